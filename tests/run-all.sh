#!/usr/bin/env bash
# Every test AltIdShell has, on a fresh Debian machine: installs what is missing, builds, runs each stage.
# The README's test command and what .ci/run calls.
set -euo pipefail
cd "$(dirname "$0")/.."

# shellcheck source=tests/scripts/install-prerequisites.sh
source tests/scripts/install-prerequisites.sh

echo "== build (Release)"
dotnet build AltIdShell.sln -c Release --nologo -v quiet

echo "== signing check (throwaway certificate, osslsigncode)"
bash setup/sign-check.sh

echo "== unit and integration tests (xunit; the installer tests build the MSIs with wixl)"
dotnet test AltIdShell.sln -c Release --no-build --nologo
