#!/usr/bin/env bash
# Every test AltIdShell has, on a fresh Debian machine: installs what is missing, builds, runs each stage, and
# closes with one line summing them all. The README's test command and what .ci/run calls.
set -euo pipefail
cd "$(dirname "$0")/.."

# shellcheck source=tests/scripts/install-prerequisites.sh
source tests/scripts/install-prerequisites.sh

echo "== build (Release)"
dotnet build AltIdShell.sln -c Release --nologo -v quiet

passed=0
failed=0
failed_stages=()
log=$(mktemp)
trap 'rm -f "$log"' EXIT

# Runs one stage; its output's last "word: N passed, M failed" line is added to the totals.
stage() {
  local name=$1
  shift
  echo "== $name"
  set +e
  "$@" 2>&1 | tee "$log"
  local status=${PIPESTATUS[0]}
  set -e
  local counts
  counts=$(grep -E '^[A-Za-z0-9-]+: [0-9]+ passed, [0-9]+ failed' "$log" | tail -n 1 || true)
  if [ -n "$counts" ]; then
    passed=$((passed + $(echo "$counts" | sed -E 's/.*: ([0-9]+) passed.*/\1/')))
    failed=$((failed + $(echo "$counts" | sed -E 's/.* ([0-9]+) failed.*/\1/')))
  fi
  if [ "$status" -ne 0 ]; then
    failed_stages+=("$name")
    [ -n "$counts" ] && [ "$(echo "$counts" | sed -E 's/.* ([0-9]+) failed.*/\1/')" -gt 0 ] || failed=$((failed + 1))
  fi
}

# Runs the whole xunit suite; the counts come from the TRX files, not from the console text.
# Arguments, if any, are a command prefix (the shifted-clock stage passes `env LD_PRELOAD=… FAKETIME=…`).
xunit() {
  local filter=()
  if [ ! -d ../shared/fixtures/real-oces ]; then
    echo "note: ../shared/fixtures/real-oces is not beside this checkout: the tests on the six real OCES files are left out;"
    echo "      every behaviour they check is also checked on generated files."
    filter=(--filter "Category!=RealOces")
  fi
  local results status
  results=$(mktemp -d)
  set +e
  "$@" dotnet test AltIdShell.sln -c Release --no-build --nologo "${filter[@]}" --logger trx --results-directory "$results"
  status=$?
  set -e
  cat "$results"/*.trx | grep -o '<Counters [^>]*>' |
    sed -E 's/.* passed="([0-9]+)" failed="([0-9]+)".*/\1 \2/' |
    awk '{ passed += $1; failed += $2 } END { printf "xunit: %d passed, %d failed\n", passed, failed }'
  rm -rf "$results"
  return "$status"
}

# The whole suite again with the clock moved three years ahead, so that a test that depends on the day fails the day
# it is written. Only the clock moves: file times stay real (NO_FAKE_STAT), as they would on the day itself.
xunit_three_years_ahead() {
  local library
  library=$(dpkg -L libfaketime | grep '/libfaketime.so.1$' | head -n 1)
  xunit env LD_PRELOAD="$library" FAKETIME=+1095d NO_FAKE_STAT=1
}

stage "code style (.editorconfig, dotnet format --verify-no-changes)" bash tests/scripts/format-check.sh
stage "signing check (throwaway certificate, osslsigncode)" bash setup/sign-check.sh
stage "unit and integration tests (xunit; the installer tests build the MSIs with wixl)" xunit
stage "the same tests with the clock three years ahead (faketime)" xunit_three_years_ahead
stage "both MSIs installed, upgraded and uninstalled by Wine's msiexec" bash tests/scripts/msi-under-wine.sh
stage "altid-export (win-x64) under Wine: Windows' own file rules (locks, read-only, device names, long paths)" bash tests/scripts/cli-under-wine.sh
stage "Windows CLI (net48) under Mono" bash tests/scripts/cli-net48-under-mono.sh
stage "Explorer handler (net48) under Mono" bash tests/scripts/contextmenu-under-mono.sh
stage "tray (net48) under Mono + Xvfb, typed into like a person (screenshots in artifacts/ui/)" bash tests/ui/tray-ui-test.sh
stage "speed: altid-export against the OpenSSL pipeline on a heavy and a light file (fails above 1.0×)" bash tests/benchmarks/cli-vs-openssl.sh --runs 5 --check
stage "fuzzing (AFL++ over the engine's file reader, ${FUZZ_SECONDS:-90} s)" bash tests/fuzz/run-fuzz.sh "${FUZZ_SECONDS:-90}"

echo "== summary"
if [ ${#failed_stages[@]} -gt 0 ]; then
  echo "failed stages: ${failed_stages[*]}"
fi
echo "total: $passed passed, $failed failed"
[ ${#failed_stages[@]} -eq 0 ]
