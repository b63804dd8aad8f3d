#!/usr/bin/env bash
# The code style of .editorconfig, checked the way an editor would fix it: layout, usings, naming, `this.`.
# The build already refuses naming and using violations (EnforceCodeStyleInBuild); this adds the layout rules.
# Fix what it reports with `dotnet format AltIdShell.sln`.
set -euo pipefail
cd "$(dirname "$0")/../.."

# dotnet format passes over a project it cannot load and still exits 0, saying so only in its detailed log: that
# counts as a failure here, or that project's files would go unchecked. (Its other load warnings are about the test
# projects that build a net48 project without referencing it, on purpose.)
log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0
dotnet format AltIdShell.sln --verify-no-changes --no-restore -v diagnostic > "$log" 2>&1 || status=$?
grep -v "is using configuration from" "$log"
if grep -qiE "msbuild failed|failed to load|could not load" "$log"; then
  echo "a project could not be loaded, so its files were not checked"
  status=1
fi
if [ "$status" -eq 0 ]; then
  echo "format: 1 passed, 0 failed"
else
  echo "run 'dotnet format AltIdShell.sln' to fix the files above"
  echo "format: 0 passed, 1 failed"
  exit 1
fi
