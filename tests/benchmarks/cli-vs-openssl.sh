#!/usr/bin/env bash
# Times a whole `altid-export export` process (the native Linux build) against the OpenSSL pipeline users would
# otherwise run, on the same files, and prints the ratio. A benchmark, not a test: run it on a quiet machine.
#   bash tests/benchmarks/cli-vs-openssl.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-30}
command -v hyperfine >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq hyperfine >/dev/null; }

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
dotnet publish src/AltIdShell.Cli -f net10.0 -c Release -r linux-x64 -o "$out/bin" --nologo -v quiet >/dev/null

# shellcheck source=tests/scripts/real-oces.sh
source tests/scripts/real-oces.sh
declare -A passwords=([Eksempelfirma.p12]=Eksempel2026)
files=(samples/Eksempelfirma.p12)
for name in oces3_sys_kombit_SP_DEVTEST4_DEMOKLIENT_2026.p12 oces3_org_digst_oiosamlnet_serviceprovider_2026.p12 oces3_org_digst_OIOIDWS_WSC_3DES.p12; do
  [ -f "$real_oces/$name" ] || continue
  passwords[$name]=$(real_oces_password "$name")
  files+=("$real_oces/$name")
done

# Wall time (median) decides; CPU time (user + system, mean) is beside it because it suffers less from a busy machine.
printf '%-55s %12s %12s %8s %14s %14s\n' file altid-export openssl ratio 'altid-export cpu' 'openssl cpu'
for file in "${files[@]}"; do
  name=$(basename "$file")
  cp "$file" "$out/$name"
  export ALTID_PASSWORD=${passwords[$name]}
  # Offline: the benchmark times the export, not a network round trip. -i: exit 9 (written, but a test, expired or
  # retired certificate does not suit the production register) is a successful run here.
  hyperfine --runs "$runs" --warmup 3 -N -i --export-json "$out/result.json" \
    --prepare "rm -f $out/${name%.*}.cer" \
    "$out/bin/altid-export export --offline $out/$name" \
    "sh -c 'openssl pkcs12 -legacy -in $out/$name -passin env:ALTID_PASSWORD -clcerts -nokeys | openssl x509 -outform DER -out $out/openssl.cer'" \
    >/dev/null
  python3 - "$out/result.json" "$name" <<'PY'
import json, sys
results = json.load(open(sys.argv[1]))["results"]
ours, theirs = (r["median"] * 1000 for r in results)
ours_cpu, theirs_cpu = ((r["user"] + r["system"]) * 1000 for r in results)
print(f"{sys.argv[2]:<55} {ours:9.1f} ms {theirs:9.1f} ms {ours / theirs:7.2f}x {ours_cpu:13.1f} ms {theirs_cpu:11.1f} ms")
PY
done
