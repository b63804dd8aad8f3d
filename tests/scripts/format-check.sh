#!/usr/bin/env bash
# The code style of .editorconfig, checked the way an editor would fix it: layout, usings, naming, `this.`.
# The build already refuses naming and using violations (EnforceCodeStyleInBuild); this adds the layout rules.
# Fix what it reports with `dotnet format AltIdShell.sln`.
set -euo pipefail
cd "$(dirname "$0")/../.."

if dotnet format AltIdShell.sln --verify-no-changes --no-restore -v quiet; then
  echo "format: 1 passed, 0 failed"
else
  echo "run 'dotnet format AltIdShell.sln' to fix the files above"
  echo "format: 0 passed, 1 failed"
  exit 1
fi
