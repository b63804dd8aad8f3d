# shellcheck shell=bash
# Sourced by the scripts that use the real OCES fixtures in ../shared/fixtures/real-oces. Their passwords are read from
# the table in its README, the one place they are written (RealFixturePasswords in the tests reads the same table).
real_oces="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)/shared/fixtures/real-oces"

real_oces_names() { # the file names in the table, one a line; nothing where ../shared is absent
  [ -f "$real_oces/README.md" ] || return 0
  awk -F'|' '$3 ~ /^ *`/ { gsub(/ /, "", $2); print $2 }' "$real_oces/README.md"
}

real_oces_password() { # file name -> its password; fails for a name the table does not hold
  awk -F'|' -v name="$1" '$3 ~ /^ *`/ { gsub(/ /, "", $2); if ($2 == name) { sub(/^ *`/, "", $3); sub(/` *$/, "", $3); print $3; found = 1 } }
    END { exit !found }' "$real_oces/README.md"
}
