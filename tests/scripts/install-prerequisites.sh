#!/usr/bin/env bash
# Installs the Debian packages the test stages use, only when one is missing (apt-get update runs once, then).
need=()
for pair in openssl:openssl afl-fuzz:afl++; do
  cmd=${pair%%:*}; pkg=${pair#*:}
  command -v "$cmd" >/dev/null 2>&1 || need+=("$pkg")
done
if [ ${#need[@]} -gt 0 ]; then
  echo "== installing: ${need[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
