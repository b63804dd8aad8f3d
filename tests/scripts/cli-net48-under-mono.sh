#!/usr/bin/env bash
# The Windows build of altid-export (net48) run under Mono: every real fixture (where ../shared is beside the
# checkout) and the sample export exactly the OpenSSL reference bytes. Expects a Release build.
set -euo pipefail
cd "$(dirname "$0")/../.."
cli=src/AltIdShell.Cli/bin/Release/net48/altid-export.exe
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# shellcheck source=tests/scripts/real-oces.sh
source tests/scripts/real-oces.sh
declare -A passwords=([Eksempelfirma.p12]=Eksempel2026)
files=(samples/Eksempelfirma.p12)
for name in $(real_oces_names); do
  [ -f "$real_oces/$name" ] || continue
  passwords[$name]=$(real_oces_password "$name")
  files+=("$real_oces/$name")
done

failures=0
for file in "${files[@]}"; do
  name=$(basename "$file")
  cp "$file" "$work/$name"
  # Offline: never a real OCSP responder from a test. Exit 9 is a written file whose certificate does not suit the
  # production register (the sample is fake; the fixtures are test, expired or retired certificates).
  status=0
  printf '%s\n' "${passwords[$name]}" | mono "$cli" export --password-stdin --offline "$work/$name" >/dev/null || status=$?
  if [ "$status" -ne 0 ] && [ "$status" -ne 9 ]; then
    echo "FAILED: $name: exit $status"
    failures=$((failures + 1))
    continue
  fi
  ALTID_PASSWORD=${passwords[$name]} openssl pkcs12 -legacy -in "$file" -passin env:ALTID_PASSWORD -clcerts -nokeys \
    | openssl x509 -outform DER -out "$work/reference.cer"
  if cmp -s "$work/${name%.*}.cer" "$work/reference.cer"; then
    echo "ok: $name"
  else
    echo "FAILED: $name: the net48 CLI under Mono did not write the OpenSSL reference bytes"
    failures=$((failures + 1))
  fi
done
# Standard output closed before the help is written: an exit code, not a stack trace.
{ mono "$cli" --help 2>"$work/stderr" | head -1 >/dev/null; } || true
if [ ! -s "$work/stderr" ]; then
  echo "ok: output closed early"
else
  echo "FAILED: output closed early: $(head -1 "$work/stderr")"
  failures=$((failures + 1))
fi
echo "mono-cli: $(( ${#files[@]} + 1 - failures )) passed, $failures failed"
[ "$failures" -eq 0 ]
