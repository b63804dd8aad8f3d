#!/usr/bin/env bash
# The built Explorer handler (net48) driven under Mono through its COM methods, with this harness playing
# AltIdShell.Tray.exe beside it: verbs by offset, ANSI and UTF-16, command strings, and the hand-over of 1,000 paths
# to a slow tray without blocking. Then the tray's Windows 11 verb (IExplorerCommand) the same way: title by language,
# state per selection, the paths a click hands over. Expects a Release build.
set -euo pipefail
cd "$(dirname "$0")/../.."
harness=tests/AltIdShell.ContextMenu.MonoHarness/bin/Release/net48/AltIdShell.ContextMenu.MonoHarness.exe
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# The install folder as the handler sees it: the DLL, and AltIdShell.Tray.exe beside it.
cp src/AltIdShell.ContextMenu/bin/Release/net48/AltIdShell.ContextMenu.dll "$work/"
cp "$harness" "$work/AltIdShell.Tray.exe"
status=0
mono "$harness" check "$work" | tee "$work/handler.log" || status=1
# From the harness's own folder, where the build put the tray and its libraries beside it.
(cd "$(dirname "$harness")" && mono "$(basename "$harness")" verb) | tee "$work/verb.log" || status=1
# One closing line for tests/run-all.sh: both parts' counts.
cat "$work/handler.log" "$work/verb.log" | grep -E '^mono-(handler|verb): [0-9]+ passed' |
  awk '{ passed += $2; failed += $4 } END { printf "mono-shell: %d passed, %d failed\n", passed, failed }'
exit $status
