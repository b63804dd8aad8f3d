#!/usr/bin/env bash
# The engine under Windows' own file rules: a self-contained win-x64 build of the net10.0 altid-export run under Wine,
# driven by tests/AltIdShell.WindowsSemantics (itself a Windows process, so it can hold files open against the CLI).
# Prints one line per check and "cli-under-wine: N passed, M failed". Needs wine64 (tests/scripts/install-prerequisites.sh).
set -euo pipefail
cd "$(dirname "$0")/../.."

work=$(mktemp -d)
export WINEPREFIX="$work/prefix" WINEARCH=win64 WINEDEBUG=-all
# No Gecko, and no menu entries in the real home folder. Wine's own mscoree stays on: CoreCLR needs it to load
# IL-only assemblies.
export WINEDLLOVERRIDES="mshtml,winemenubuilder.exe=d"
cleanup() {
  wineserver -k 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

echo "-- publishing altid-export and the checks for win-x64"
bin="$work/bin"
for project in src/AltIdShell.Cli tests/AltIdShell.WindowsSemantics; do
  dotnet publish "$project" -f net10.0 -c Release -r win-x64 --self-contained -p:PublishAot=false -o "$bin" --nologo -v quiet >/dev/null
done

echo "-- a throwaway Wine prefix"
wineboot -i >/dev/null 2>&1

sample=samples/Eksempelfirma.p12
export ALTID_PASSWORD=Eksempel2026
openssl pkcs12 -legacy -in "$sample" -passin env:ALTID_PASSWORD -clcerts -nokeys | openssl x509 -outform DER -out "$work/expected.cer"
cp "$sample" "$work/sample.p12"
mkdir -p "$work/cases"

windows() { winepath -w "$1" 2>/dev/null; }
wine "$bin/AltIdShell.WindowsSemantics.exe" "$(windows "$bin/altid-export.exe")" "$(windows "$work/cases")" \
  "$(windows "$work/sample.p12")" "$(windows "$work/expected.cer")" 2>/dev/null | tr -d '\r'
