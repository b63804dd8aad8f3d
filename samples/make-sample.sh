#!/usr/bin/env bash
# Makes samples/Eksempelfirma.p12: a plainly fake, OCES3-shaped organisation certificate in the layout MitID Erhverv
# uses (RC2-40 certificates, 3DES key, SHA-1 MAC, 51,200 iterations), for the README's first command and for demos.
# The committed file was made with this script; run it again only to change the sample.
set -euo pipefail
cd "$(dirname "$0")"
password=Eksempel2026
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cat > "$work/ca.cnf" <<'CNF'
[ca]
basicConstraints = critical, CA:true
keyUsage = critical, keyCertSign, cRLSign
[leaf]
basicConstraints = critical, CA:false
keyUsage = critical, digitalSignature, keyEncipherment
certificatePolicies = 0.4.0.2042.1.1, 1.2.208.169.1.1.1.3.7.1
CNF

openssl req -x509 -new -newkey rsa:3072 -nodes -keyout "$work/root.key" -out "$work/root.pem" -days 7300 \
  -subj "/C=DK/O=Den Danske Stat/OU=Test - AltIdShell eksempel (FAKE)/CN=Den Danske Stat OCES rod-CA" \
  -addext "basicConstraints=critical,CA:true" -addext "keyUsage=critical,keyCertSign,cRLSign"
openssl req -new -newkey rsa:3072 -nodes -keyout "$work/ca.key" -out "$work/ca.csr" \
  -subj "/C=DK/O=Den Danske Stat/OU=Test - AltIdShell eksempel (FAKE)/CN=Den Danske Stat OCES udstedende-CA 1"
openssl x509 -req -in "$work/ca.csr" -CA "$work/root.pem" -CAkey "$work/root.key" -CAcreateserial -days 7000 \
  -extfile "$work/ca.cnf" -extensions ca -out "$work/ca.pem"
openssl req -new -newkey rsa:3072 -nodes -keyout "$work/leaf.key" -out "$work/leaf.csr" -utf8 \
  -subj "/C=DK/organizationIdentifier=NTRDK-12345678/O=Eksempelfirma ApS (FAKE)/serialNumber=UI:DK-O:G:00000000-0000-4000-8000-000000000000/CN=AltIdShell eksempel - ikke et rigtigt certifikat"
openssl x509 -req -in "$work/leaf.csr" -CA "$work/ca.pem" -CAkey "$work/ca.key" -CAcreateserial -days 3650 \
  -extfile "$work/ca.cnf" -extensions leaf -out "$work/leaf.pem"
cat "$work/ca.pem" "$work/root.pem" > "$work/chain.pem"
ALTID_SAMPLE_PW=$password openssl pkcs12 -export -legacy -in "$work/leaf.pem" -inkey "$work/leaf.key" \
  -certfile "$work/chain.pem" -certpbe PBE-SHA1-RC2-40 -keypbe PBE-SHA1-3DES -macalg sha1 -iter 51200 \
  -name "Eksempelfirma ApS (FAKE)" -passout env:ALTID_SAMPLE_PW -out Eksempelfirma.p12
echo "wrote samples/Eksempelfirma.p12 (password $password)"
