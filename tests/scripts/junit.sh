#!/usr/bin/env bash
# One result format for every stage: JUnit XML files in artifacts/test-results/.
# usage: bash tests/scripts/junit.sh stage NAME STATUS LOG OUT.xml
#          a runner's own result as JUnit: its last "word: N passed, M failed" line in LOG and its exit STATUS (a
#          failing exit with no failed check counts as one failure); the log goes into the file as system-out
#        bash tests/scripts/junit.sh table NAME LOG OUT.xml
#          tests/windows/acceptance.ps1's support table (rows "| surface | Windows | result | detail |" in LOG) as
#          JUnit: one test case per surface; "passed" passes, "FAILED" fails, any other result is skipped (not run)
#        bash tests/scripts/junit.sh total FOLDER [--no-skipped]
#          sums every testsuite under FOLDER and prints "total: N passed, M failed" (and how many were skipped);
#          exits 1 when one failed, or with --no-skipped when one was skipped
set -euo pipefail

escape() { sed -e 's/&/\&amp;/g' -e 's/</\&lt;/g' -e 's/>/\&gt;/g' -e 's/"/\&quot;/g' | tr -d '\000-\010\013\014\016-\037'; }

# $1 = name, $2 = tests, $3 = failures, $4 = skipped; test cases on stdin; written to $5.
suite() {
  {
    echo '<?xml version="1.0" encoding="UTF-8"?>'
    echo "<testsuites><testsuite name=\"$(printf '%s' "$1" | escape)\" tests=\"$2\" failures=\"$3\" errors=\"0\" skipped=\"$4\">"
    cat
    echo '</testsuite></testsuites>'
  } >"$5"
}

case "${1:-}" in
  stage)
    name=$2 status=$3 log=$4 out=$5
    counts=$(grep -aE '^[A-Za-z0-9-]+: [0-9]+ passed, [0-9]+ failed' "$log" | tail -n 1 || true)
    passed=0 failed=0
    if [ -n "$counts" ]; then
      passed=$(echo "$counts" | sed -E 's/.*: ([0-9]+) passed.*/\1/')
      failed=$(echo "$counts" | sed -E 's/.* ([0-9]+) failed.*/\1/')
    fi
    if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
    # The runner counts its checks; it names them only in its log, which goes with the suite.
    {
      printf '<testcase classname="%s" name="%s">' "$(printf '%s' "$name" | escape)" "$(printf '%s' "${counts:-exit status $status}" | escape)"
      if [ "$failed" -gt 0 ]; then printf '<failure message="%s"/>' "$(printf '%s failed; exit status %s' "$failed" "$status" | escape)"; fi
      printf '<system-out>'
      escape <"$log"
      printf '</system-out></testcase>\n'
    } | suite "$name" $((passed + failed)) "$failed" 0 "$out"
    ;;
  table)
    name=$2 log=$3 out=$4
    rows=$(grep -aE '^\| .* \| .* \| .* \| .* \|$' "$log" | grep -avE '^\| surface \||^\|---' || true)
    tests=0 failures=0 skipped=0
    cases=$(mktemp)
    trap 'rm -f "$cases"' EXIT
    while IFS= read -r row; do
      [ -n "$row" ] || continue
      surface=$(echo "$row" | awk -F ' \\| ' '{ sub(/^\| /, "", $1); print $1 }')
      result=$(echo "$row" | awk -F ' \\| ' '{ print $3 }')
      detail=$(echo "$row" | awk -F ' \\| ' '{ sub(/ \|$/, "", $4); print $4 }')
      tests=$((tests + 1))
      printf '<testcase classname="%s" name="%s">' "$(printf '%s' "$name" | escape)" "$(printf '%s' "$surface" | escape)"
      case "$result" in
        passed) ;;
        FAILED) failures=$((failures + 1)); printf '<failure message="%s"/>' "$(printf '%s' "$detail" | escape)" ;;
        *) skipped=$((skipped + 1)); printf '<skipped message="%s"/>' "$(printf '%s: %s' "$result" "$detail" | escape)" ;;
      esac
      printf '<system-out>%s</system-out></testcase>\n' "$(printf '%s' "$detail" | escape)"
    done <<<"$rows" >"$cases"
    if [ "$tests" -eq 0 ]; then
      # No table at all: the script stopped before its end, which is a failure of its own.
      tests=1 failures=1
      printf '<testcase classname="%s" name="support table"><failure message="no support table in the log"/></testcase>\n' \
        "$(printf '%s' "$name" | escape)" >"$cases"
    fi
    suite "$name" "$tests" "$failures" "$skipped" "$out" <"$cases"
    ;;
  total)
    folder=$2
    total=0 failed=0 skipped=0
    while IFS= read -r element; do
      attribute() { echo "$element" | grep -oE " $1=\"[0-9]+\"" | grep -oE '[0-9]+' || echo 0; }
      total=$((total + $(attribute tests)))
      failed=$((failed + $(attribute failures) + $(attribute errors)))
      skipped=$((skipped + $(attribute skipped)))
    done < <(find "$folder" -name '*.xml' -type f -print0 | xargs -0 -r cat | grep -aoE '<testsuite [^>]*>' || true)
    passed=$((total - failed - skipped))
    if [ "$skipped" -gt 0 ]; then echo "skipped: $skipped"; fi
    echo "total: $passed passed, $failed failed"
    [ "$failed" -eq 0 ] || exit 1
    if [ "${3:-}" = --no-skipped ] && [ "$skipped" -gt 0 ]; then
      echo "a skipped test is a failure here (--no-skipped)" >&2
      exit 1
    fi
    ;;
  *) echo "usage: junit.sh stage NAME STATUS LOG OUT | table NAME LOG OUT | total FOLDER [--no-skipped]" >&2; exit 2 ;;
esac
