#!/usr/bin/env bash
# A throwaway code-signing certificate for the checks here (setup/sign-check.sh, the release dry run): a two-day CA and a
# code-signing certificate it issued, whose Subject is the sparse package's Publisher (CN=AltIdShell), as Windows demands.
# usage: bash setup/throwaway-certificate.sh FOLDER [SUBJECT]
#   SUBJECT (default /CN=AltIdShell) another signer, to see a mismatch refused; writes FOLDER/sign.pfx, FOLDER/password (its random password) and FOLDER/ca.pem (the CA, to verify against)
set -euo pipefail
work=$1
subject=${2:-/CN=AltIdShell}
mkdir -p "$work"
openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=AltIdShell throwaway test CA" \
  -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign" \
  -keyout "$work/ca.key" -out "$work/ca.pem" 2>/dev/null
openssl req -newkey rsa:2048 -nodes -subj "$subject" \
  -keyout "$work/sign.key" -out "$work/sign.csr" 2>/dev/null
printf 'basicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature\nextendedKeyUsage=codeSigning\n' >"$work/ext"
openssl x509 -req -days 2 -in "$work/sign.csr" -CA "$work/ca.pem" -CAkey "$work/ca.key" -CAcreateserial \
  -extfile "$work/ext" -out "$work/sign.pem" 2>/dev/null
(umask 077 && printf '%s' "$(openssl rand -hex 16)" >"$work/password")
openssl pkcs12 -export -inkey "$work/sign.key" -in "$work/sign.pem" -certfile "$work/ca.pem" \
  -passout "file:$work/password" -out "$work/sign.pfx"
