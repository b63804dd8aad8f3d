#!/usr/bin/env bash
# Every test AltIdShell has, on a fresh Debian machine: installs what is missing, builds, runs each stage, and
# closes with one line summing them all. The README's test command and what .ci/run calls.
set -euo pipefail
cd "$(dirname "$0")/.."

# shellcheck source=tests/scripts/install-prerequisites.sh
source tests/scripts/install-prerequisites.sh

echo "== build (Release)"
dotnet build AltIdShell.sln -c Release --nologo -v quiet

failed_stages=()
log=$(mktemp)
trap 'rm -f "$log"' EXIT
# One result format: every stage leaves JUnit XML in a folder of its own here, and the closing line sums those files.
results=artifacts/test-results
rm -rf "$results"
mkdir -p "$results"
stage_number=0

# Runs one stage with STAGE_RESULTS naming its folder. A runner that writes no JUnit itself (all but xunit) gets a
# file from its last "word: N passed, M failed" line and its exit status; a failing exit always counts as a failure.
stage() {
  local name=$1
  shift
  stage_number=$((stage_number + 1))
  local own
  own="$results/$(printf '%02d' "$stage_number")"
  mkdir -p "$own"
  echo "== $name"
  set +e
  STAGE_RESULTS="$own" "$@" 2>&1 | tee "$log"
  local status=${PIPESTATUS[0]}
  set -e
  if [ -z "$(find "$own" -name '*.xml' -print -quit)" ]; then
    bash tests/scripts/junit.sh stage "$name" "$status" "$log" "$own/stage.xml"
  elif [ "$status" -ne 0 ] && bash tests/scripts/junit.sh total "$own" >/dev/null; then
    bash tests/scripts/junit.sh stage "$name" "$status" /dev/null "$own/exit-status.xml"
  fi
  [ "$status" -eq 0 ] || failed_stages+=("$name")
}

# Runs the whole xunit suite; JUnit XML per test assembly into the stage's folder, and its counts from those files.
# Arguments, if any, are a command prefix (the shifted-clock stage passes `env LD_PRELOAD=… FAKETIME=…`).
xunit() {
  local filter=()
  if [ ! -d ../shared/fixtures/real-oces ]; then
    echo "note: ../shared/fixtures/real-oces is not beside this checkout: the tests on the six real OCES files are left out;"
    echo "      every behaviour they check is also checked on generated files."
    filter=(--filter "Category!=RealOces")
  fi
  local status
  set +e
  "$@" dotnet test AltIdShell.sln -c Release --no-build --nologo "${filter[@]}" \
    --results-directory "$STAGE_RESULTS" --logger "junit;LogFileName={assembly}.xml"
  status=$?
  set -e
  bash tests/scripts/junit.sh total "$STAGE_RESULTS" | sed 's/^total:/xunit:/' || true
  return "$status"
}

# The whole suite again with the clock moved three years ahead, so that a test that depends on the day fails the day
# it is written. Only the clock moves: file times stay real (NO_FAKE_STAT), as they would on the day itself.
xunit_three_years_ahead() {
  local library
  library=$(dpkg -L libfaketime | grep '/libfaketime.so.1$' | head -n 1)
  xunit env LD_PRELOAD="$library" FAKETIME=+1095d NO_FAKE_STAT=1
}

stage "code style (.editorconfig, dotnet format --verify-no-changes)" bash tests/scripts/format-check.sh
stage "workflows and shell scripts (actionlint, shellcheck)" bash tests/scripts/lint.sh
stage "signing check (throwaway certificate, osslsigncode)" bash setup/sign-check.sh
stage "release dry run (setup/release.sh with a throwaway certificate: signed MSIs, SHA256SUMS, winget manifests)" bash tests/scripts/release-dry-run.sh
stage "unit and integration tests (xunit; the installer tests build the MSIs with wixl)" xunit
stage "the same tests with the clock three years ahead (faketime)" xunit_three_years_ahead
stage "both MSIs installed, upgraded and uninstalled by Wine's msiexec" bash tests/scripts/msi-under-wine.sh
stage "altid-export (win-x64) under Wine: Windows' own file rules (locks, read-only, device names, long paths)" bash tests/scripts/cli-under-wine.sh
stage "Windows CLI (net48) under Mono" bash tests/scripts/cli-net48-under-mono.sh
stage "Explorer handler (net48) under Mono" bash tests/scripts/contextmenu-under-mono.sh
stage "tray (net48) under Mono + Xvfb, typed into like a person (screenshots in artifacts/ui/)" bash tests/ui/tray-ui-test.sh
stage "speed: altid-export against the OpenSSL pipeline on a heavy and a light file (fails above 1.0×; the goal is 0.5×)" bash tests/benchmarks/cli-vs-openssl.sh --runs 10 --check
stage "fuzzing (AFL++ over the engine's file reader, ${FUZZ_SECONDS:-90} s)" bash tests/fuzz/run-fuzz.sh "${FUZZ_SECONDS:-90}"

echo "== summary"
if [ ${#failed_stages[@]} -gt 0 ]; then
  echo "failed stages: ${failed_stages[*]}"
fi
# The closing line, from the JUnit files alone.
bash tests/scripts/junit.sh total "$results" || true
[ ${#failed_stages[@]} -eq 0 ]
