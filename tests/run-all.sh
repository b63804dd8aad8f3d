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

filter=()
if [ ! -d ../shared/fixtures/real-oces ]; then
  echo "note: ../shared/fixtures/real-oces is not beside this checkout: the tests on the six real OCES files are left out;"
  echo "      every behaviour they check is also checked on generated files."
  filter=(--filter "Category!=RealOces")
fi

echo "== unit and integration tests (xunit; the installer tests build the MSIs with wixl)"
log=$(mktemp)
trap 'rm -f "$log"' EXIT
set +e
dotnet test AltIdShell.sln -c Release --no-build --nologo "${filter[@]}" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e
# One closing line for the whole run, summed over the test assemblies.
awk '/(Passed|Failed)! +- Failed:/ { gsub(",", ""); failed += $4; passed += $6 } END { printf "xunit: %d passed, %d failed\n", passed, failed }' "$log"
exit "$status"
