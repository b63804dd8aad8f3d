#!/usr/bin/env bash
# The release steps, everything but the upload: both MSIs and the sparse package built by setup/build-msi.sh and
# signed on the way (binaries, package, MSIs), every signature verified, SHA256SUMS, the winget manifests, and the
# release notes from CHANGELOG.md. Writes artifacts/release/; .github/workflows/release.yml uploads what is there.
# usage: bash setup/release.sh [--dry-run] [--no-build]
#   --dry-run   sign with a throwaway certificate (setup/throwaway-certificate.sh) instead of the release certificate
#   --no-build  use the Release build that is there
# The release certificate comes from the environment (repository secrets in release.yml), never from a command line:
#   SIGNING_CERTIFICATE_BASE64    the code-signing .pfx, base64
#   SIGNING_CERTIFICATE_PASSWORD  its password
#   SIGNING_CA_PEM                optional: the CA chain to verify against (PEM); else the system's trusted roots
#   SIGN_TIMESTAMP_URL            optional: an RFC 3161 timestamp server
# GITHUB_REF_NAME, when set (the tag that started release.yml), must be v<the product version>.
set -euo pipefail
cd "$(dirname "$0")/.."

dry_run=0 build_options=()
for arg in "$@"; do
  case "$arg" in
    --dry-run) dry_run=1 ;;
    --no-build) build_options+=(--no-build) ;;
    *) echo "unknown option: $arg" >&2; exit 2 ;;
  esac
done

stop() { echo "release: $*" >&2; exit 1; }

if [ "$dry_run" = 0 ] && { [ -z "${SIGNING_CERTIFICATE_BASE64:-}" ] || [ -z "${SIGNING_CERTIFICATE_PASSWORD:-}" ]; }; then
  stop "no signing certificate: set the repository secrets SIGNING_CERTIFICATE_BASE64 and SIGNING_CERTIFICATE_PASSWORD" \
    "(docs/deployment.md, 'Cutting a release'). Nothing was built or published: a release is never unsigned."
fi

# The key material lives in files only its owner reads, in a folder removed on every exit, and leaves the
# environment before any other program (dotnet, openssl, the build) starts.
secrets=$(mktemp -d)
trap 'rm -rf "$secrets"' EXIT
chmod 700 "$secrets"
if [ "$dry_run" = 1 ]; then
  echo "-- dry run: a throwaway certificate signs"
  bash setup/throwaway-certificate.sh "$secrets"
  ca="$secrets/ca.pem"
else
  # printf is a shell builtin: the secrets never appear on a command line another process could read.
  (umask 077
    printf '%s' "$SIGNING_CERTIFICATE_BASE64" | base64 -d >"$secrets/sign.pfx"
    printf '%s' "$SIGNING_CERTIFICATE_PASSWORD" >"$secrets/password")
  if [ -n "${SIGNING_CA_PEM:-}" ]; then
    printf '%s\n' "$SIGNING_CA_PEM" >"$secrets/ca.pem"
    ca="$secrets/ca.pem"
  else
    ca=/etc/ssl/certs/ca-certificates.crt
  fi
fi
unset SIGNING_CERTIFICATE_BASE64 SIGNING_CERTIFICATE_PASSWORD SIGNING_CA_PEM

version=$(dotnet msbuild src/AltIdShell.Core/AltIdShell.Core.csproj -getProperty:Version -nologo)
if [ -n "${GITHUB_REF_NAME:-}" ] && [ "$GITHUB_REF_NAME" != "v$version" ]; then
  stop "the tag $GITHUB_REF_NAME does not name the product version $version (src/AltIdShell.Core): tag v$version instead"
fi
notes=$(awk -v version="$version" '
  $0 ~ "^## \\[" version "\\]" { found = 1; next }
  found && /^## \[/ { exit }
  found && !started && /^[[:space:]]*$/ { next }
  found { started = 1; print }' CHANGELOG.md)
[ -n "$(echo "$notes" | tr -d '[:space:]')" ] || stop "CHANGELOG.md has no section '## [$version]' with notes for this release"

export SIGN_PKCS12="$secrets/sign.pfx" SIGN_PASSWORD_FILE="$secrets/password" SIGN_CA_FILE="$ca"

# Windows registers the sparse package only when its signer's Subject is the package's Publisher.
subject=$(openssl pkcs12 -in "$SIGN_PKCS12" -passin "file:$SIGN_PASSWORD_FILE" -nokeys -clcerts 2>/dev/null |
  openssl x509 -noout -subject -nameopt RFC2253 | sed -e 's/^subject=//' -e 's/,\([A-Za-z]\)/, \1/g')
[ -n "$subject" ] || stop "the signing certificate cannot be read with its password"

build=artifacts/release-build
release=artifacts/release
rm -rf "$build" "$release"
mkdir -p "$release"
echo "-- build and sign (setup/build-msi.sh, setup/osslsign.sh)"
ALTIDSHELL_ARTIFACTS="$build" SIGN_HOOK="bash setup/osslsign.sh" bash setup/build-msi.sh "${build_options[@]}"

publisher=$(unzip -p "$build/msi-staging/AltIdShell.msix" AppxManifest.xml | grep -o 'Publisher="[^"]*"' | head -n 1 | sed -e 's/^Publisher="//' -e 's/"$//')
[ "$subject" = "$publisher" ] ||
  stop "the certificate's Subject '$subject' is not the sparse package's Publisher '$publisher': set SparsePackageIdentity.Publisher" \
    "(and the tray's app.manifest) to the Subject, or Windows will not register the package"

echo "-- verify every signature"
for file in "$build/AltIdShell-$version.msi" "$build/AltIdShell-$version-permachine.msi" "$build/msi-staging/AltIdShell.msix"; do
  osslsigncode verify -CAfile "$SIGN_CA_FILE" -in "$file" >/dev/null 2>&1 || stop "the signature on $(basename "$file") does not verify"
  echo "verified $(basename "$file")"
done

cp "$build/AltIdShell-$version.msi" "$build/AltIdShell-$version-permachine.msi" "$release/"
cp -r "$build/winget" "$release/winget"
(cd "$release" && sha256sum "AltIdShell-$version.msi" "AltIdShell-$version-permachine.msi" >SHA256SUMS)
printf '%s\n' "$notes" >"$release/release-notes.md"
if [ "$dry_run" = 1 ]; then
  # The throwaway CA's certificate (public), so a check can verify the dry run's signatures after this script.
  cp "$ca" "$build/throwaway-ca.pem"
fi
echo "-- $release, ready to publish as v$version:"
(cd "$release" && find . -type f | sort)
