#!/usr/bin/env bash
# The built Explorer handler (net48) driven under Mono through its COM methods, with this harness playing
# AltIdShell.Tray.exe beside it: verbs by offset, ANSI and UTF-16, command strings, and the hand-over of 1,000 paths
# to a slow tray without blocking. Expects a Release build.
set -euo pipefail
cd "$(dirname "$0")/../.."
harness=tests/AltIdShell.ContextMenu.MonoHarness/bin/Release/net48/AltIdShell.ContextMenu.MonoHarness.exe
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# The install folder as the handler sees it: the DLL, and AltIdShell.Tray.exe beside it.
cp src/AltIdShell.ContextMenu/bin/Release/net48/AltIdShell.ContextMenu.dll "$work/"
cp "$harness" "$work/AltIdShell.Tray.exe"
mono "$harness" check "$work"
