#!/usr/bin/env bash
# The engine in process against the whole process of the OpenSSL pipeline people would otherwise run
# (`openssl pkcs12 -legacy -clcerts -nokeys | openssl x509 -outform DER`), side by side in one BenchmarkDotNet table
# whose baseline is the pipeline (so Ratio is engine / pipeline): on net10.0, then the net48 build under Mono, the
# stand-in for .NET Framework and so for the tray's engine time. Also our PKCS#12 KDF against BouncyCastle's at
# KOMBIT's MAC cost. A benchmark, not a test: short runs (3 iterations), so read it with the machine's load in mind.
#   bash tests/benchmarks/engine-vs-openssl.sh [--doc] [FIXTURE-GLOB...]
#   default: *kombit* and *OIOIDWS_WSC_3DES* (the heavy and the light real file); * for all
#   --doc    writes the tables into docs/performance.md
set -euo pipefail
shopt -s inherit_errexit # a failure inside $(…) stops the script too
cd "$(dirname "$0")/../.."
[ -d ../shared/fixtures/real-oces ] || { echo "needs ../shared/fixtures/real-oces beside the checkout" >&2; exit 1; }
doc=false
if [ "${1:-}" = --doc ]; then
  doc=true
  shift
fi
fixtures=("$@")
[ ${#fixtures[@]} -gt 0 ] || fixtures=('*kombit*' '*OIOIDWS_WSC_3DES*')
filters=()
for fixture in "${fixtures[@]}"; do
  filters+=("*ExportBenchmarks*$fixture*")
done

dotnet build tests/AltIdShell.Benchmarks -c Release --nologo -v quiet >/dev/null
bin=$PWD/tests/AltIdShell.Benchmarks/bin/Release
artifacts=$(mktemp -d)
trap 'rm -rf "$artifacts"' EXIT

benchmark() {
  local name=$1; shift
  # In process: BenchmarkDotNet cannot build a separate net48 job from a Mono host.
  "$@" --filter "${filters[@]}" '*KdfBenchmarks*' --job short --inProcess --artifacts "$artifacts/$name" >/dev/null
  for report in "$artifacts/$name"/results/*-report-github.md; do
    echo "### $name: $(basename "$report" -report-github.md)"
    echo
    grep '^|' "$report"
    echo
  done
}

tables=$(
  cd tests/AltIdShell.Benchmarks
  benchmark net10.0 dotnet "$bin/net10.0/AltIdShell.Benchmarks.dll"
  benchmark "net48 under Mono (the tray's engine)" mono "$bin/net48/AltIdShell.Benchmarks.exe"
)
echo "$tables"

if $doc; then
  # shellcheck source=tests/benchmarks/performance-doc.sh
  source tests/benchmarks/performance-doc.sh
  performance_doc_section engine-vs-openssl <<EOF
The engine in process (read, choose the leaf, describe it: what the tray does per file) against the OpenSSL
pipeline's whole process, the baseline, so *Ratio* is engine / pipeline; on net10.0 and on the net48 build under Mono
as the stand-in for .NET Framework: \`bash tests/benchmarks/engine-vs-openssl.sh --doc\` (BenchmarkDotNet's short
run, 3 iterations: read the ratios, which compare things measured side by side). *KdfBenchmarks* is the PKCS#12 key
derivation alone at KOMBIT's MAC cost (SHA-1, 102,400 iterations), ours against BouncyCastle's. BenchmarkDotNet
shortens the file names: \`oces3(...)S.p12 [36]\` is OIOIDWS 3DES, \`oces3(...)6.p12 [48]\` is KOMBIT.

$tables
EOF
fi
