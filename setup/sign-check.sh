#!/usr/bin/env bash
# The signing check CI runs: a throwaway code-signing certificate signs our binaries before they go into the MSIs,
# and the Windows 11 package, then the MSIs (setup/osslsign.sh, the Linux counterpart of sign.ps1). Every signature
# must verify, the binaries and the package unpacked from the signed MSI must carry theirs, and a tampered copy of a
# binary and of the package must each fail to verify.
set -euo pipefail
cd "$(dirname "$0")/.."

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "-- throwaway code-signing certificate"
bash setup/throwaway-certificate.sh "$work"
export SIGN_PKCS12="$work/sign.pfx" SIGN_PASSWORD_FILE="$work/password" SIGN_CA_FILE="$work/ca.pem"

echo "-- sign the binaries, build the MSIs from them, sign the MSIs"
ALTIDSHELL_ARTIFACTS="$work/artifacts" SIGN_HOOK="bash setup/osslsign.sh" bash setup/build-msi.sh --no-build

verify() { osslsigncode verify -CAfile "$SIGN_CA_FILE" -in "$1" >/dev/null 2>&1; }

echo "-- the binaries inside each signed MSI carry their signatures"
count=0
for msi in "$work"/artifacts/AltIdShell-*.msi; do
  verify "$msi" || { echo "FAIL: $msi does not verify" >&2; exit 1; }
  rm -rf "$work/extracted"
  mkdir -p "$work/extracted"
  (cd "$work/extracted" && msiextract "$msi" >/dev/null)
  for name in AltIdShell.ContextMenu.dll AltIdShell.Tray.exe AltIdShell.Core.dll AltIdShell.Desktop.dll altid-export.exe AltIdShell.msix; do
    file=$(find "$work/extracted" -name "$name" -type f)
    [ -n "$file" ] || { echo "FAIL: $name missing from $(basename "$msi")" >&2; exit 1; }
    verify "$file" || { echo "FAIL: $name in $(basename "$msi") is not signed" >&2; exit 1; }
    count=$((count + 1))
  done
done

echo "-- a tampered file fails verification"
cp "$(find "$work/extracted" -name AltIdShell.ContextMenu.dll -type f)" "$work/tampered.dll"
printf '\x00' | dd of="$work/tampered.dll" bs=1 seek=1024 conv=notrunc 2>/dev/null
printf '\x01' | dd of="$work/tampered.dll" bs=1 seek=1025 conv=notrunc 2>/dev/null
if verify "$work/tampered.dll"; then echo "FAIL: a tampered DLL still verifies" >&2; exit 1; fi
# One byte of the package's manifest changed inside the ZIP, where only the signature's digests can notice it.
cp "$(find "$work/extracted" -name AltIdShell.msix -type f)" "$work/tampered.msix"
manifest=$(grep -abo 'AltIdShell.Tray.exe' "$work/tampered.msix" | head -1 | cut -d: -f1)
printf 'X' | dd of="$work/tampered.msix" bs=1 seek="$manifest" conv=notrunc 2>/dev/null
if verify "$work/tampered.msix"; then echo "FAIL: a tampered package still verifies" >&2; exit 1; fi

echo "$count signed files inside 2 signed MSIs verified; tampering detected"
# The closing line tests/run-all.sh sums: each verified signature, and each tampering check, is one check.
echo "sign-check: $((count + 4)) passed, 0 failed"
