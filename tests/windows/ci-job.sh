#!/usr/bin/env bash
# The Windows CI job's steps (.github/workflows/ci.yml, job "windows", in Git for Windows' bash on windows-2025);
# every step writes JUnit XML into artifacts/test-results/, as tests/run-all.sh does on Linux.
# usage: bash tests/windows/ci-job.sh xunit
#          every xunit project, built for Release, against the real .NET Framework and Windows; only the tests that
#          run Linux programs (Category LinuxTools) and the real OCES files (not in the repository) are left out
#        bash tests/windows/ci-job.sh semantics
#          tests/AltIdShell.WindowsSemantics run natively (on Linux it runs under Wine: tests/scripts/cli-under-wine.sh)
#        bash tests/windows/ci-job.sh acceptance OUTPUT NAME
#          a support table (tests/windows/acceptance.ps1, standard-user-install.ps1) from its OUTPUT, as JUnit
#        bash tests/windows/ci-job.sh total
#          "total: N passed, M failed" over every result; fails on a failure, and on a skipped xunit test: here the
#          Windows-only tests must run. A support-table row that was not run stays a skip, reported, not a failure.
set -euo pipefail
cd "$(dirname "$0")/../.."
results=artifacts/test-results
mkdir -p "$results"

case "${1:-}" in
  xunit)
    dotnet test AltIdShell.sln -c Release --no-build --nologo --filter "Category!=LinuxTools&Category!=RealOces" \
      --results-directory "$results/windows-xunit" --logger "junit;LogFileName={assembly}.xml"
    ;;
  semantics)
    work=$(mktemp -d)
    bin="$work/bin"
    for project in src/AltIdShell.Cli tests/AltIdShell.WindowsSemantics; do
      dotnet publish "$project" -f net10.0 -c Release -r win-x64 --self-contained -o "$bin" --nologo -v quiet >/dev/null
    done
    export ALTID_PASSWORD=Eksempel2026
    openssl pkcs12 -legacy -in samples/Eksempelfirma.p12 -passin env:ALTID_PASSWORD -clcerts -nokeys |
      openssl x509 -outform DER -out "$work/expected.cer"
    cp samples/Eksempelfirma.p12 "$work/sample.p12"
    mkdir -p "$work/cases"
    windows() { cygpath -w "$1"; }
    set +e
    "$bin/AltIdShell.WindowsSemantics.exe" "$(windows "$bin/altid-export.exe")" "$(windows "$work/cases")" \
      "$(windows "$work/sample.p12")" "$(windows "$work/expected.cer")" | tr -d '\r' | tee "$work/log"
    status=${PIPESTATUS[0]}
    set -e
    bash tests/scripts/junit.sh stage "Windows file rules (WindowsSemantics, native)" "$status" "$work/log" "$results/windows-semantics.xml"
    exit "$status"
    ;;
  acceptance)
    bash tests/scripts/junit.sh table "$3" "$2" "$results/windows-$3.xml"
    ;;
  total)
    status=0
    if ! bash tests/scripts/junit.sh total "$results/windows-xunit" --no-skipped >/dev/null; then
      echo "xunit: a test failed or was skipped (every xunit test must run on Windows)"
      status=1
    fi
    bash tests/scripts/junit.sh total "$results" || status=1
    exit "$status"
    ;;
  *) echo "usage: ci-job.sh xunit | semantics | acceptance OUTPUT NAME | total" >&2; exit 2 ;;
esac
