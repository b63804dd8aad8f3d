#!/usr/bin/env bash
# The Windows build of altid-export (net48) run under Mono: every real fixture (where ../shared is beside the
# checkout) and the sample export exactly the OpenSSL reference bytes. Expects a Release build.
set -euo pipefail
cd "$(dirname "$0")/../.."
cli=src/AltIdShell.Cli/bin/Release/net48/altid-export.exe
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

declare -A passwords=([Eksempelfirma.p12]=Eksempel2026)
files=(samples/Eksempelfirma.p12)
if [ -d ../shared/fixtures/real-oces ]; then
  while IFS='|' read -r _ name password _; do
    name=$(echo "$name" | tr -d ' '); password=$(echo "$password" | sed 's/^ *`//; s/` *$//')
    [ -f "../shared/fixtures/real-oces/$name" ] || continue
    passwords[$name]=$password
    files+=("../shared/fixtures/real-oces/$name")
  done < <(grep -E '^\| oces' ../shared/fixtures/real-oces/README.md)
fi

failures=0
for file in "${files[@]}"; do
  name=$(basename "$file")
  cp "$file" "$work/$name"
  printf '%s\n' "${passwords[$name]}" | mono "$cli" export --password-stdin "$work/$name" >/dev/null
  ALTID_PASSWORD=${passwords[$name]} openssl pkcs12 -legacy -in "$file" -passin env:ALTID_PASSWORD -clcerts -nokeys \
    | openssl x509 -outform DER -out "$work/reference.cer"
  if cmp -s "$work/${name%.*}.cer" "$work/reference.cer"; then
    echo "ok: $name"
  else
    echo "FAILED: $name: the net48 CLI under Mono did not write the OpenSSL reference bytes"
    failures=$((failures + 1))
  fi
done
echo "mono-cli: $(( ${#files[@]} - failures )) passed, $failures failed"
[ "$failures" -eq 0 ]
