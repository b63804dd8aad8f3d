# shellcheck shell=bash
# Sourced by the benchmark scripts: with --doc each writes its own section of docs/performance.md from its own output,
# stamped with the day, the commit and the machine's load, so that no figure there is ever typed by hand.
performance_doc=docs/performance.md

# performance_doc_section NAME < MARKDOWN: replaces the section between NAME's markers (appends it the first time).
performance_doc_section() {
  local name=$1 body stamp
  body=$(cat)
  stamp="Measured $(date -u +%Y-%m-%d) at commit $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src tests || echo ' (with uncommitted changes)') on $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)."
  [ -f "$performance_doc" ] || printf '# Performance\n' >"$performance_doc"
  python3 - "$performance_doc" "$name" "$stamp"$'\n\n'"$body" <<'PY'
import re, sys
path, name, section = sys.argv[1:]
text = open(path, encoding="utf-8").read()
begin, end = f"<!-- {name}: written by tests/benchmarks/{name}.sh --doc -->", f"<!-- end of {name} -->"
block = f"{begin}\n{section}\n{end}"
pattern = re.escape(begin) + ".*?" + re.escape(end)
text = re.sub(pattern, lambda _: block, text, flags=re.S) if re.search(pattern, text, flags=re.S) else text.rstrip("\n") + "\n\n" + block + "\n"
open(path, "w", encoding="utf-8").write(text)
PY
}
