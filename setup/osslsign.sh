#!/usr/bin/env bash
# Authenticode-signs each file in place with osslsigncode, then verifies it: the Linux counterpart of sign.ps1.
# usage: bash setup/osslsign.sh FILE...
# env: SIGN_PKCS12 (a .pfx/.p12 with the code-signing key), SIGN_PASSWORD_FILE (its password),
#      SIGN_CA_FILE (the issuing CA, PEM, to verify against), SIGN_TIMESTAMP_URL (optional RFC 3161 server)
set -euo pipefail
: "${SIGN_PKCS12:?SIGN_PKCS12 must name the signing certificate}"
: "${SIGN_PASSWORD_FILE:?SIGN_PASSWORD_FILE must name a file holding its password}"
: "${SIGN_CA_FILE:?SIGN_CA_FILE must name the CA certificate to verify against}"
[ "$#" -gt 0 ] || { echo "osslsign.sh: no files to sign" >&2; exit 2; }

timestamp=()
if [ -n "${SIGN_TIMESTAMP_URL:-}" ]; then timestamp=(-ts "$SIGN_TIMESTAMP_URL"); fi

log=$(mktemp)
trap 'rm -f "$log"' EXIT
for file in "$@"; do
  [ -f "$file" ] || { echo "osslsign.sh: $file does not exist" >&2; exit 1; }
  osslsigncode sign -pkcs12 "$SIGN_PKCS12" -readpass "$SIGN_PASSWORD_FILE" -n "AltIdShell" -h sha256 \
    "${timestamp[@]}" -in "$file" -out "$file.signed" >/dev/null
  mv "$file.signed" "$file"
  if ! osslsigncode verify -CAfile "$SIGN_CA_FILE" -in "$file" >"$log" 2>&1; then
    cat "$log" >&2
    echo "osslsign.sh: the signature on $file does not verify" >&2
    exit 1
  fi
  echo "signed and verified $(basename "$file")"
done
