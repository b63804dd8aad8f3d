#!/usr/bin/env bash
# Fuzzes the engine's file reader (tests/AltIdShell.Fuzz) with AFL++ through SharpFuzz for SECONDS (default 90).
#
#   bash tests/fuzz/run-fuzz.sh 90       the short run tests/run-all.sh does in CI
#   bash tests/fuzz/run-fuzz.sh 1200     a longer campaign (docs/security.md records the last one)
#
# Installs afl++ and openssl (Debian) and the SharpFuzz.CommandLine local tool when missing, publishes the harness,
# instruments AltIdShell.Core and BouncyCastle's ASN.1 parsers, seeds from generated .p12/.cer files (plus
# ../shared/fixtures/real-oces when it is beside the checkout; never copied into the repository) and runs
# afl-fuzz. Every input that escapes with anything but an ExportException is replayed with its stack trace and
# fails the run. Work files go to artifacts/fuzz (FUZZ_WORK to change); findings stay there for triage.
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-90}
work=${FUZZ_WORK:-$PWD/artifacts/fuzz}

# shellcheck source=tests/scripts/install-prerequisites.sh
source tests/scripts/install-prerequisites.sh
dotnet tool restore >/dev/null

echo "== fuzz: build and instrument"
rm -rf "$work"
mkdir -p "$work"
dotnet publish tests/AltIdShell.Fuzz -c Release -o "$work/plain" --nologo -v quiet
# Seeding and replaying run the plain build; afl-fuzz runs the instrumented copy, which needs afl-fuzz's memory.
cp -r "$work/plain" "$work/instrumented"
dotnet tool run sharpfuzz "$work/instrumented/AltIdShell.Core.dll"
# BouncyCastle's ASN.1 parsers only (the engine reads certificates and OCSP answers at that level, not through its
# Org.BouncyCastle.X509 classes): coverage of its ciphers and digests is noise that slows the fuzzer down.
dotnet tool run sharpfuzz "$work/instrumented/BouncyCastle.Cryptography.dll" Org.BouncyCastle.Asn1

dotnet "$work/plain/AltIdShell.Fuzz.dll" seed "$work/seeds"
if [ -d ../shared/fixtures/real-oces ]; then
  cp ../shared/fixtures/real-oces/*.p12 ../shared/fixtures/real-oces/*.pfx "$work/seeds/" 2>/dev/null || true
fi
echo "== fuzz: $(ls "$work/seeds" | wc -l) seeds, $seconds s"

export AFL_SKIP_BIN_CHECK=1 AFL_NO_UI=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_AFFINITY=1
# .NET starts slowly, and the first input per process runs twice (SharpFuzz's warm-up).
export AFL_FORKSRV_INIT_TMOUT=60000
afl-fuzz -i "$work/seeds" -o "$work/findings" -V "$seconds" -t 5000 -m none \
  -- dotnet "$work/instrumented/AltIdShell.Fuzz.dll" > "$work/afl.log" 2>&1 || { tail -40 "$work/afl.log"; exit 1; }

stats="$work/findings/default/fuzzer_stats"
field() { sed -n "s/^$1 *: *//p" "$stats"; }
echo "== fuzz: $(field execs_done) executions in $(field run_time) s, $(field corpus_count) inputs in the corpus," \
  "$(field saved_crashes) crashes, $(field saved_hangs) hangs"

shopt -s nullglob
found=("$work"/findings/default/crashes/id:* "$work"/findings/default/hangs/id:*)
if [ ${#found[@]} -gt 0 ]; then
  echo "== fuzz: ${#found[@]} inputs crashed or hung; replaying them (files in $work/findings/default):"
  dotnet "$work/plain/AltIdShell.Fuzz.dll" replay "${found[@]}" || true
  exit 1
fi
