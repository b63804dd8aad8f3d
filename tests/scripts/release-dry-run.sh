#!/usr/bin/env bash
# The release steps of .github/workflows/release.yml, run here but for the upload: setup/release.sh refuses to go on
# without the signing secrets and with a tag that is not the product version, and with a throwaway certificate
# (--dry-run) it leaves signed, verified MSIs, SHA256SUMS that match them, the winget manifests with their hashes, and
# the notes from CHANGELOG.md in artifacts/release/. The release path proper (the certificate from the environment, as
# release.yml passes the secrets) runs too, with throwaway certificates: one that matches the sparse package's
# Publisher, and one that does not and is refused. Prints one line per check and "release-dry-run: N passed, M failed".
set -uo pipefail
cd "$(dirname "$0")/../.." || exit 1
version=$(dotnet msbuild src/AltIdShell.Core/AltIdShell.Core.csproj -getProperty:Version -nologo)
release=artifacts/release
passed=0 failed=0
check() {
  local what=$1
  shift
  if "$@"; then echo "ok: $what"; passed=$((passed + 1)); else echo "FAIL: $what"; failed=$((failed + 1)); fi
}
log=$(mktemp)
certificates=$(mktemp -d)
trap 'rm -rf "$log" "$certificates"' EXIT

# Runs setup/release.sh the way release.yml does: the certificate in the secrets' environment variables.
release_with() {
  local folder=$1
  SIGNING_CERTIFICATE_BASE64=$(base64 -w0 "$folder/sign.pfx") SIGNING_CERTIFICATE_PASSWORD=$(cat "$folder/password") \
    SIGNING_CA_PEM=$(cat "$folder/ca.pem") GITHUB_REF_NAME=v$version bash setup/release.sh --no-build >"$log" 2>&1
}

rm -rf "$release"
env -u SIGNING_CERTIFICATE_BASE64 -u SIGNING_CERTIFICATE_PASSWORD bash setup/release.sh --no-build >"$log" 2>&1
status=$?
check "without the signing secrets it stops with a plain message" \
  test "$status" -ne 0 -a -n "$(grep 'no signing certificate: set the repository secrets' "$log")"
check "... and leaves nothing to publish" test ! -e "$release"

GITHUB_REF_NAME=v0.0.0-other bash setup/release.sh --dry-run --no-build >"$log" 2>&1
status=$?
check "a tag that is not v$version is refused" test "$status" -ne 0 -a -n "$(grep 'does not name the product version' "$log")"

bash setup/throwaway-certificate.sh "$certificates/other" "/CN=Someone Else" 2>/dev/null
release_with "$certificates/other"
status=$?
check "a certificate whose Subject is not the sparse package's Publisher is refused" \
  test "$status" -ne 0 -a -n "$(grep "is not the sparse package's Publisher" "$log")"

bash setup/throwaway-certificate.sh "$certificates/matching" 2>/dev/null
release_with "$certificates/matching"
status=$?
check "the release with the certificate from the secrets' environment variables succeeds" test "$status" -eq 0
[ "$status" -eq 0 ] || cat "$log"
check "... and its output shows neither the password nor the certificate" \
  test -z "$(grep -F -e "$(cat "$certificates/matching/password")" -e "$(base64 -w0 "$certificates/matching/sign.pfx" | cut -c1-40)" "$log")"
check "... and its MSIs verify against that certificate's CA" \
  osslsigncode verify -CAfile "$certificates/matching/ca.pem" -in "$release/AltIdShell-$version.msi" >/dev/null 2>&1

GITHUB_REF_NAME=v$version bash setup/release.sh --dry-run --no-build >"$log" 2>&1
status=$?
check "the dry run for v$version succeeds" test "$status" -eq 0
[ "$status" -eq 0 ] || cat "$log"

msis=("$release/AltIdShell-$version.msi" "$release/AltIdShell-$version-permachine.msi")
for msi in "${msis[@]}"; do
  check "$(basename "$msi") is signed and verifies" \
    osslsigncode verify -CAfile artifacts/release-build/throwaway-ca.pem -in "$msi" >/dev/null 2>&1
done
check "SHA256SUMS names both MSIs and matches them" \
  bash -c "cd '$release' && [ \$(wc -l <SHA256SUMS) -eq 2 ] && sha256sum --quiet -c SHA256SUMS"
for msi in "${msis[@]}"; do
  hash=$(sha256sum "$msi" | cut -d' ' -f1)
  check "the winget installer manifest carries the SHA-256 of the signed $(basename "$msi")" \
    grep -qi "InstallerSha256: $hash" "$release/winget/AltIdShell.AltIdShell.installer.yaml"
done
check "the four winget manifests are there" \
  test "$(find "$release/winget" -name 'AltIdShell.AltIdShell*.yaml' | wc -l)" -eq 4
check "the release notes are CHANGELOG.md's section for $version" \
  test -s "$release/release-notes.md" -a -n "$(grep -F "$(head -n 1 "$release/release-notes.md")" CHANGELOG.md)"
check "the key material is gone (no .pfx, no password file left)" \
  test -z "$(find artifacts/release artifacts/release-build -name '*.pfx' -o -name password -o -name '*.key' 2>/dev/null)"

echo "release-dry-run: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
