#!/usr/bin/env bash
# The packages the Windows CI job installs: this build's MSIs, and the same build as the next patch version, which
# tests/windows/acceptance.ps1 -UpgradeMsi installs over them. Unsigned, like every CI build (releases are signed:
# setup/release.sh). Writes artifacts/acceptance/current/ and artifacts/acceptance/upgrade/ from the Release build.
set -euo pipefail
cd "$(dirname "$0")/../.."
version=$(dotnet msbuild src/AltIdShell.Core/AltIdShell.Core.csproj -getProperty:Version -nologo)
IFS=. read -r major minor patch <<<"$version"
ALTIDSHELL_ARTIFACTS=artifacts/acceptance/current bash setup/build-msi.sh --no-build
ALTIDSHELL_ARTIFACTS=artifacts/acceptance/upgrade ALTIDSHELL_VERSION="$major.$minor.$((${patch:-0} + 1))" \
  bash setup/build-msi.sh --no-build
