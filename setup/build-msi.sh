#!/usr/bin/env bash
# Builds the installers from the Release build:
#   artifacts/AltIdShell-<version>.msi             per user (no administrator), the default
#   artifacts/AltIdShell-<version>-permachine.msi  all users (ALLUSERS=1), for IT deployment
#   artifacts/winget/                              the winget manifests of both, read from the MSIs as built (and signed)
# usage: bash setup/build-msi.sh [--no-build] [--stage-only | --from-stage]
#   --no-build     use the Release build that is there
#   --stage-only   stop after filling artifacts/msi-staging (to sign the binaries there, see sign.ps1)
#   --from-stage   build the MSIs from artifacts/msi-staging as it is (e.g. after signing it)
# ALTIDSHELL_ARTIFACTS names another output folder (the tests use one of their own);
# ALTIDSHELL_CONFIGURATION another build configuration than Release; ALTIDSHELL_VERSION another product version than
# Core's (e.g. a second, higher version of the same build to test an upgrade); ALTIDSHELL_REPOSITORY_URL the GitHub
# repository whose release the manifests' download links point into (in GitHub Actions: the repository itself).
# SIGN_HOOK, when set, is a command run with the staged binaries to sign, then with the Windows 11 package, then with each MSI.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)

build=1 stage=1 package=1
for arg in "$@"; do
  case "$arg" in
    --no-build) build=0 ;;
    --stage-only) package=0 ;;
    --from-stage) build=0 stage=0 ;;
    *) echo "unknown option: $arg" >&2; exit 2 ;;
  esac
done

out=${ALTIDSHELL_ARTIFACTS:-artifacts}
mkdir -p "$out"
out=$(cd "$out" && pwd)
staging="$out/msi-staging"
version=${ALTIDSHELL_VERSION:-$(dotnet msbuild src/AltIdShell.Core/AltIdShell.Core.csproj -getProperty:Version -nologo)}
config=${ALTIDSHELL_CONFIGURATION:-Release}
generator="$repo/setup/AltIdShell.Setup.Generator/bin/$config/net10.0/AltIdShell.Setup.Generator.dll"

if [ "$build" = 1 ]; then dotnet build AltIdShell.sln -c "$config" --nologo -v quiet; fi

if [ "$stage" = 1 ]; then
  rm -rf "$staging"
  mkdir -p "$staging"
  # The tray and the Windows CLI share Core and its dependencies: one copy each, and it must be the same file.
  for dir in "src/AltIdShell.Tray/bin/$config/net48" "src/AltIdShell.Cli/bin/$config/net48"; do
    for file in "$dir"/*.dll "$dir"/*.exe "$dir"/*.exe.config; do
      [ -e "$file" ] || continue
      target="$staging/$(basename "$file")"
      if [ -e "$target" ]; then
        cmp -s "$file" "$target" || { echo "two different builds of $(basename "$file")" >&2; exit 1; }
      else
        cp "$file" "$target"
      fi
    done
  done
  cp "src/AltIdShell.ContextMenu/bin/$config/net48/AltIdShell.ContextMenu.dll" "$staging/"
  cp setup/assets/AltIdShell.ico setup/assets/AltIdShell.png "$staging/"
  cp LICENSE "$staging/LICENSE.txt"
  if [ -n "${SIGN_HOOK:-}" ]; then
    # Our own binaries only: the third-party DLLs carry their publishers' signatures.
    $SIGN_HOOK "$staging"/AltIdShell.*.dll "$staging"/AltIdShell.*.exe "$staging"/altid-export.exe
  fi
  # The Windows 11 sparse package the tray registers (docs/context-menu.md), from Desktop's identity data; its
  # signer's Subject must equal the package's Publisher.
  dotnet "$generator" msix "$version" setup/assets/msix "$staging/AltIdShell.msix"
  if [ -n "${SIGN_HOOK:-}" ]; then $SIGN_HOOK "$staging/AltIdShell.msix"; fi
fi
[ "$package" = 1 ] || exit 0

for scope in PerUser PerMachine; do
  if [ "$scope" = PerUser ]; then per_machine=0 msi="$out/AltIdShell-$version.msi"
  else per_machine=1 msi="$out/AltIdShell-$version-permachine.msi"; fi
  rm -f "$msi"
  generated="$out/wix/$scope"
  mkdir -p "$generated"
  dotnet "$generator" wxi "$scope" "$version" "$staging" "$generated/AltIdShell.Generated.wxi"
  # wixl 0.101 finds sources only relative to the working folder, so it runs in the output folder.
  (cd "$out" && wixl -a x64 -o "$msi" -I "$generated" \
    -D Version="$version" -D PerMachine="$per_machine" -D StagingDir=msi-staging \
    "$repo/setup/AltIdShell.wxs" 2>&1 | grep -v 'builder.vala:[0-9]*: unimplemented' || true)
  [ -s "$msi" ] || { echo "wixl did not write $msi" >&2; exit 1; }
  # The upgrade row's maximum (this version) is exclusive and wixl ignores AllowSameVersionUpgrades: make it inclusive
  # (attributes 513 = 512 VersionMaxInclusive + 1 MigrateFeatures), so that a rebuild of the same version (re-signed,
  # say) replaces the installed one instead of installing beside it.
  (cd "$generated" && msiinfo export "$msi" Upgrade > Upgrade.idt &&
    awk -F '\t' 'BEGIN { OFS = "\t" } NR > 3 && $7 ~ /^WIX_UPGRADE_DETECTED\r?$/ { $5 = 513 } { print }' Upgrade.idt > Upgrade.new &&
    mv Upgrade.new Upgrade.idt && msibuild "$msi" -i Upgrade.idt)
  # wixl 0.101 has no Environment element: the generator writes the table that puts the install folder (the CLI's) on
  # PATH and adds its two standard actions to the sequence, and msibuild imports both.
  (cd "$generated" && msiinfo export "$msi" InstallExecuteSequence > InstallExecuteSequence.idt &&
    dotnet "$generator" environment "$scope" InstallExecuteSequence.idt Environment.idt &&
    msibuild "$msi" -i Environment.idt && msibuild "$msi" -i InstallExecuteSequence.idt)
  if [ -n "${SIGN_HOOK:-}" ]; then $SIGN_HOOK "$msi"; fi
  echo "built $msi"
  msiinfo export "$msi" Property >"$generated/Property.idt"
done

# After signing: the manifests carry each file's SHA-256 as it will be downloaded.
repository=${ALTIDSHELL_REPOSITORY_URL:-${GITHUB_SERVER_URL:-https://github.com}/${GITHUB_REPOSITORY:-AltIdShell/AltIdShell}}
rm -rf "$out/winget"
dotnet "$generator" winget "$repository" "$out/winget" \
  user "$out/AltIdShell-$version.msi" "$out/wix/PerUser/Property.idt" \
  machine "$out/AltIdShell-$version-permachine.msi" "$out/wix/PerMachine/Property.idt"
echo "wrote the winget manifests in $out/winget"
