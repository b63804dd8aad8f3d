#!/usr/bin/env bash
# The engine in process against the whole process of the OpenSSL pipeline people would otherwise run
# (`openssl pkcs12 -legacy -clcerts -nokeys | openssl x509 -outform DER`), side by side in one BenchmarkDotNet table
# whose baseline is the pipeline (so Ratio is engine / pipeline): on net10.0, then the net48 build under Mono, the
# stand-in for .NET Framework. Also our PKCS#12 KDF against BouncyCastle's at KOMBIT's MAC cost. A benchmark, not a
# test: short runs (3 iterations), so read it with the machine's load in mind.
#   bash tests/benchmarks/engine-vs-openssl.sh [FIXTURE-GLOB]   default *kombit*: the heaviest real file; * for all
set -euo pipefail
cd "$(dirname "$0")/../.."
[ -d ../shared/fixtures/real-oces ] || { echo "needs ../shared/fixtures/real-oces beside the checkout" >&2; exit 1; }
fixtures=${1:-*kombit*}

dotnet build tests/AltIdShell.Benchmarks -c Release --nologo -v quiet >/dev/null
bin=$PWD/tests/AltIdShell.Benchmarks/bin/Release
artifacts=$(mktemp -d)
trap 'rm -rf "$artifacts"' EXIT

benchmark() {
  local name=$1; shift
  # In process: BenchmarkDotNet cannot build a separate net48 job from a Mono host.
  "$@" --filter "*ExportBenchmarks*$fixtures*" '*KdfBenchmarks*' --job short --inProcess --artifacts "$artifacts/$name" >/dev/null
  for report in "$artifacts/$name"/results/*-report-github.md; do
    echo "### $name: $(basename "$report" -report-github.md)"
    grep '^|' "$report"
    echo
  done
}

(cd tests/AltIdShell.Benchmarks && benchmark net10.0 dotnet "$bin/net10.0/AltIdShell.Benchmarks.dll")
(cd tests/AltIdShell.Benchmarks && benchmark "net48 under Mono" mono "$bin/net48/AltIdShell.Benchmarks.exe")
