#!/usr/bin/env bash
# Every test AltIdShell has, on a fresh Debian machine: installs what is missing, builds, runs each stage.
# The README's test command and what .ci/run calls.
set -euo pipefail
cd "$(dirname "$0")/.."

# shellcheck source=tests/scripts/install-prerequisites.sh
source tests/scripts/install-prerequisites.sh

echo "== build (Release)"
dotnet build AltIdShell.sln -c Release --nologo -v quiet

echo "== unit and integration tests (xunit)"
dotnet test AltIdShell.sln -c Release --no-build --nologo

echo "== fuzzing (AFL++ over the engine's file reader, ${FUZZ_SECONDS:-90} s)"
bash tests/fuzz/run-fuzz.sh "${FUZZ_SECONDS:-90}"
