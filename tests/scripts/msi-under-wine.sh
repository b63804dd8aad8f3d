#!/usr/bin/env bash
# Both MSIs through a real Windows Installer, Wine's msiexec, in a throwaway 64-bit prefix
# (../shared/reference/wine-msiexec.md): install, every file and registry value (64-bit view) against the build and the
# registration definition, upgrade to a higher version built here, refused downgrade, a rebuild of the same version
# replacing the installed one, the user's "Start with Windows" surviving both, each package refusing while the other
# is installed, uninstall leaving nothing but the recent-exports list. One line per check, then the count.
# Expects a Release build (tests/run-all.sh builds first). KEEP_WINE_PREFIX=1 keeps the prefix and msiexec's logs.
set -uo pipefail
cd "$(dirname "$0")/../.." || exit 1
repo=$(pwd)
generator="$repo/setup/AltIdShell.Setup.Generator/bin/Release/net10.0/AltIdShell.Setup.Generator.dll"

work=$(mktemp -d)
export WINEPREFIX="$work/prefix" WINEARCH=win64 WINEDEBUG=-all
# No Mono or Gecko download, and no menu entries written into the real home folder.
export WINEDLLOVERRIDES="mscoree,mshtml,winemenubuilder.exe=d"
finish() {
  wineserver -k 2>/dev/null # this prefix's server only: WINEPREFIX names it
  if [ -n "${KEEP_WINE_PREFIX:-}" ]; then echo "kept: $work (msiexec logs *.log, the prefix)"; else rm -rf "$work"; fi
}
trap finish EXIT

passed=0
failed=0
check() {
  local name=$1
  shift
  if "$@"; then
    echo "ok      $name"
    passed=$((passed + 1))
  else
    echo "FAILED  $name"
    failed=$((failed + 1))
  fi
}
summary() {
  echo "wine-msiexec: $passed passed, $failed failed"
  [ "$failed" -eq 0 ]
}

# --- three builds of the same binaries: this version, a higher one, and that higher one rebuilt
build() { # folder [version]
  ALTIDSHELL_ARTIFACTS="$work/$1" ALTIDSHELL_VERSION="${2:-}" bash setup/build-msi.sh --no-build >"$work/$1.build.log" 2>&1
}
v1=$(dotnet msbuild src/AltIdShell.Core/AltIdShell.Core.csproj -getProperty:Version -nologo)
IFS=. read -r major minor patch <<<"$v1"
v2="$major.$minor.$((patch + 1))"
for b in "v1 $v1" "v2 $v2" "v2-rebuilt $v2"; do
  # shellcheck disable=SC2086
  build $b || { cat "$work/${b%% *}.build.log"; echo "building the MSIs failed"; summary; exit 1; }
done
msi() { # folder version PerUser|PerMachine
  if [ "$3" = PerUser ]; then echo "$work/$1/AltIdShell-$2.msi"; else echo "$work/$1/AltIdShell-$2-permachine.msi"; fi
}
product_code() { msiinfo export "$1" Property | tr -d '\r' | awk -F '\t' '$1 == "ProductCode" { print $2 }'; }

# --- the prefix, made to look like .NET Framework 4.8 is there (the packages' launch condition)
wineboot -i >/dev/null 2>&1
wine reg add 'HKLM\SOFTWARE\Microsoft\NET Framework Setup\NDP\v4\Full' /v Release /t REG_DWORD /d 528040 /f /reg:64 >/dev/null 2>&1
user=$(wine cmd /c 'echo %USERNAME%' 2>/dev/null | tr -d '\r')
drive_c="$WINEPREFIX/drive_c"
local_appdata="C:\\users\\$user\\AppData\\Local"
unix_local_appdata="$drive_c/users/$user/AppData/Local"
folder_of() { # PerUser|PerMachine version -> the Windows path the package installs into
  if [ "$1" = PerUser ]; then echo "$local_appdata\\Programs\\AltIdShell\\$2"; else echo "C:\\Program Files\\AltIdShell\\$2"; fi
}
unix_path() { # C:\a\b -> $drive_c/a/b
  local p=${1#C:\\}
  echo "$drive_c/${p//\\//}"
}

# msiexec's real exit code: through cmd, since wine's own exit status keeps only 8 bits (1603 would read 67).
msiexec() { # log-name msiexec-arguments...
  local log=$1
  shift
  printf '@msiexec %s /qn /l*v "%s"\r\n@echo EXITCODE=%%ERRORLEVEL%%\r\n' "$*" "$(winepath -w "$work/$log.log" 2>/dev/null)" >"$work/run.bat"
  local code
  code=$(wine cmd /c "$(winepath -w "$work/run.bat" 2>/dev/null)" 2>/dev/null | tr -d '\r' | sed -n 's/^EXITCODE=//p')
  if [ -z "$code" ]; then
    # Seen once on a loaded machine: cmd ended without printing msiexec's code. Once more, and said so; a package
    # that really fails prints its code the second time as well.
    echo "note: msiexec $* printed no exit code; running it once more" >&2
    code=$(wine cmd /c "$(winepath -w "$work/run.bat" 2>/dev/null)" 2>/dev/null | tr -d '\r' | sed -n 's/^EXITCODE=//p')
  fi
  echo "$code"
}
install() { msiexec "$1" /i "\"$(winepath -w "$2" 2>/dev/null)\""; }
uninstall() { msiexec "$1" /x "\"$(winepath -w "$2" 2>/dev/null)\""; }

# One registry value (64-bit view); fails when it is not there.
reg_value() { # root key name-or-empty
  local out
  if [ -n "$3" ]; then
    out=$(wine reg query "$1\\$2" /v "$3" /reg:64 2>/dev/null) || return 1
  else
    out=$(wine reg query "$1\\$2" /ve /reg:64 2>/dev/null) || return 1
  fi
  printf '%s\n' "$out" | tr -d '\r' | sed -n 's/^    .*    REG_[A-Z_]*    \{0,1\}//p' | head -n 1
  printf '%s\n' "$out" | tr -d '\r' | grep -q '    REG_'
}
has_value() { reg_value "$@" >/dev/null; }
no_value() { ! reg_value "$@" >/dev/null; }
no_key() { ! wine reg query "$1\\$2" /reg:64 >/dev/null 2>&1; }
value_is() { # expected root key name
  local actual
  actual=$(reg_value "$2" "$3" "$4") && [ "$actual" = "$1" ]
}
products() { # how many products named AltIdShell Windows Installer has registered
  wine reg query 'HKLM\Software\Microsoft\Windows\CurrentVersion\Uninstall' /s /reg:64 2>/dev/null | tr -d '\r' |
    grep -c '^    DisplayName    REG_SZ    AltIdShell$'
}
only_product() { # product code: the one product registered
  [ "$(products)" = 1 ] && wine reg query "HKLM\\Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\$1" /reg:64 >/dev/null 2>&1
}
# CloseTray ran, for this tray. Under Wine the .NET tray itself cannot start: the action runs, fails, and is ignored.
closed_tray() { # log-name tray path
  grep -aq 'Action start [0-9:]*: CloseTray\.' "$work/$1.log" && grep -aqxF "Property(S): INSTALLEDTRAY = $2" <(tr -d '\r' <"$work/$1.log")
}
no_close_tray() { ! grep -aq 'Action start [0-9:]*: CloseTray\.' "$work/$1.log"; }
refused_by() { # log-name property: the launch conditions stopped it (Wine logs that as 0), with this property set
  grep -aq 'LaunchConditions. Return value 0' "$work/$1.log" && grep -aq "^Property(S): $2 = " "$work/$1.log"
}

# Every file of the build, byte for byte, and no other file.
files_are_the_build() { # install folder (unix) staging folder
  [ -d "$1" ] || return 1
  diff <(cd "$1" && ls -A) <(cd "$2" && ls -A) >/dev/null || return 1
  local f
  for f in "$2"/*; do cmp -s "$f" "$1/$(basename "$f")" || return 1; done
}

# The registry values the package writes into that folder, by the generator from the registration definition; the
# fields are separated by a character that, unlike a tab, read does not merge (the default value has an empty name).
expected_registry() { # scope version
  dotnet "$generator" installed "$1" "$(folder_of "$1" "$2")" | tr '\t' '\037'
}

# Every value of the registration definition, as the generator says the package writes it into that folder.
check_registration() { # scope version
  local root key name value
  while IFS=$'\037' read -r root key name value; do
    check "$1 $2: $root\\$key [${name:-(default)}]" value_is "$value" "$root" "$key" "$name"
  done < <(expected_registry "$1" "$2")
}

run_key='Software\Microsoft\Windows\CurrentVersion\Run'
run_name=AltIdShell
record_key='Software\AltIdShell'
record_name=TrayStartedFrom
clsid_key='Software\Classes\CLSID\{6A0F3C1E-5B7D-4C8A-9E21-3D4B5A6C7E8F}'
tray_of() { echo "$(folder_of "$1" "$2")\\AltIdShell.Tray.exe"; }

# ---------------------------------------------------------------- per user
code=$(install pu-install "$(msi v1 "$v1" PerUser)")
check "per-user $v1 installs (exit code $code)" test "$code" = 0
check "per-user $v1: the installed files are the build's, byte for byte, and no others" \
  files_are_the_build "$(unix_path "$(folder_of PerUser "$v1")")" "$work/v1/msi-staging"
check_registration PerUser "$v1"
check "per-user $v1: the installer writes no Run value (autostart is the tray's)" no_value HKCU "$run_key" "$run_name"
check "per-user $v1: the Start-menu shortcut is there" \
  test -f "$drive_c/users/$user/AppData/Roaming/Microsoft/Windows/Start Menu/Programs/AltIdShell.lnk"
check "per-user $v1: one product registered" test "$(products)" = 1
check "per-user $v1: a first install asks no tray to exit" no_close_tray pu-install

code=$(install pm-refused "$(msi v1 "$v1" PerMachine)")
check "the per-machine package refuses while the per-user one is installed (exit code $code)" test "$code" = 1603
check "  ... by its launch condition on the per-user registration" refused_by pm-refused OTHERSCOPETRAY
check "  ... and leaves nothing in Program Files" test ! -e "$drive_c/Program Files/AltIdShell"

# What the tray does (it cannot run here: no Mono for Wine): its record of this user, a recent export, and autostart.
record_start() { wine reg add "HKCU\\$record_key" /v "$record_name" /d "$1" /f >/dev/null 2>&1; }
autostart_on() { wine reg add "HKCU\\$run_key" /v "$run_name" /d "\"$1\" --background" /f >/dev/null 2>&1; }
record_start "$(tray_of PerUser "$v1")"
mkdir -p "$unix_local_appdata/AltIdShell"
echo '[]' >"$unix_local_appdata/AltIdShell/recent-exports.json"
# ... and the user turning autostart off: no Run value.

code=$(install pu-upgrade "$(msi v2 "$v2" PerUser)")
check "per-user $v1 -> $v2 upgrades (exit code $code)" test "$code" = 0
check "  ... after asking $v1's tray to exit (CloseTray)" closed_tray pu-upgrade "$(tray_of PerUser "$v1")"
check "per-user $v2: one product registered, $v2's" only_product "$(product_code "$(msi v2 "$v2" PerUser)")"
check "per-user $v2: the installed files are the build's" \
  files_are_the_build "$(unix_path "$(folder_of PerUser "$v2")")" "$work/v2/msi-staging"
check "per-user $v2: $v1's folder is gone" test ! -e "$(unix_path "$(folder_of PerUser "$v1")")"
check_registration PerUser "$v2"
check "per-user $v2: \"Start with Windows: off\" survived the upgrade (no Run value written)" no_value HKCU "$run_key" "$run_name"

code=$(install pu-downgrade "$(msi v1 "$v1" PerUser)")
check "per-user $v2 -> $v1 is refused as a downgrade (exit code $code)" test "$code" = 1603
check "  ... by the downgrade condition" refused_by pu-downgrade WIX_DOWNGRADE_DETECTED
check "  ... and $v2 stays installed, alone" test "$(products)" = 1 -a -f "$(unix_path "$(tray_of PerUser "$v2")")"

# A rebuild of the same version must replace the installed one, not install beside it.
rebuilt=$(msi v2-rebuilt "$v2" PerUser)
check "the rebuild of $v2 is another product (same version, new product code)" \
  test "$(product_code "$rebuilt")" != "$(product_code "$(msi v2 "$v2" PerUser)")"
code=$(install pu-rebuild "$rebuilt")
check "per-user $v2 rebuilt over $v2 installs (exit code $code)" test "$code" = 0
check "  ... and replaces it: one product, the rebuild's" only_product "$(product_code "$rebuilt")"
check "  ... its files are the build's" files_are_the_build "$(unix_path "$(folder_of PerUser "$v2")")" "$work/v2-rebuilt/msi-staging"
check "  ... the handler's registration is still there" value_is "$(tray_of PerUser "$v2")" HKCU "$clsid_key" TrayPath

# The old version's removal in an upgrade keeps the user's autostart and the tray's record; a real uninstall does not.
# Wine's RemoveExistingProducts removes the old product without setting UPGRADINGPRODUCTCODE (Windows sets it, and the
# clean-up's condition reads it), so that removal is run here the way Windows runs it.
record_start "$(tray_of PerUser "$v2")"
autostart_on "$(tray_of PerUser "$v2")"
code=$(msiexec pu-removed-by-upgrade /x "\"$(winepath -w "$rebuilt" 2>/dev/null)\"" "UPGRADINGPRODUCTCODE={00000000-0000-0000-0000-000000000001}")
check "per-user $v2 removed as by an upgrade (exit code $code)" test "$code" = 0
check "  ... \"Start with Windows: on\" survived it" \
  value_is "\"$(tray_of PerUser "$v2")\" --background" HKCU "$run_key" "$run_name"
check "  ... the tray's record survived it" value_is "$(tray_of PerUser "$v2")" HKCU "$record_key" "$record_name"
code=$(install pu-reinstall "$rebuilt")
check "per-user $v2 installs again (exit code $code)" test "$code" = 0

code=$(uninstall pu-uninstall "$rebuilt")
check "per-user uninstall (exit code $code)" test "$code" = 0
check "  ... after asking the installed tray to exit (CloseTray)" closed_tray pu-uninstall "$(tray_of PerUser "$v2")"
check "per-user uninstalled: no product registered" test "$(products)" = 0
check "per-user uninstalled: %LOCALAPPDATA%\\Programs\\AltIdShell is gone" test ! -e "$unix_local_appdata/Programs/AltIdShell"
check "per-user uninstalled: the Start-menu shortcut is gone" \
  test ! -e "$drive_c/users/$user/AppData/Roaming/Microsoft/Windows/Start Menu/Programs/AltIdShell.lnk"
while IFS=$'\037' read -r root key name value; do
  check "per-user uninstalled: no $root\\$key [${name:-(default)}]" no_value "$root" "$key" "$name"
done < <(expected_registry PerUser "$v2")
check "per-user uninstalled: the Run value is gone" no_value HKCU "$run_key" "$run_name"
check "per-user uninstalled: HKCU\\$record_key is gone" no_key HKCU "$record_key"
check "per-user uninstalled: the recent-exports list is kept" test -f "$unix_local_appdata/AltIdShell/recent-exports.json"

# ---------------------------------------------------------------- per machine
code=$(install pm-install "$(msi v1 "$v1" PerMachine)")
check "per-machine $v1 installs (exit code $code)" test "$code" = 0
check "per-machine $v1: the installed files are the build's, byte for byte, and no others" \
  files_are_the_build "$(unix_path "$(folder_of PerMachine "$v1")")" "$work/v1/msi-staging"
check_registration PerMachine "$v1"
no_run_value() { no_value HKLM "$run_key" "$run_name" && no_value HKCU "$run_key" "$run_name"; }
check "per-machine $v1: the installer writes no Run value, under HKLM or HKCU" no_run_value

code=$(install pu-refused "$(msi v1 "$v1" PerUser)")
check "the per-user package refuses while the per-machine one is installed (exit code $code)" test "$code" = 1603
check "  ... by its launch condition on the per-machine registration" refused_by pu-refused OTHERSCOPETRAY
check "  ... and leaves nothing in %LOCALAPPDATA%\\Programs" test ! -e "$unix_local_appdata/Programs/AltIdShell"

code=$(install pm-upgrade "$(msi v2 "$v2" PerMachine)")
check "per-machine $v1 -> $v2 upgrades (exit code $code)" test "$code" = 0
check "  ... after asking $v1's tray to exit (CloseTray)" closed_tray pm-upgrade "$(tray_of PerMachine "$v1")"
check "per-machine $v2: one product registered, $v2's" \
  only_product "$(product_code "$(msi v2 "$v2" PerMachine)")"
check "per-machine $v2: $v1's folder is gone" test ! -e "$(unix_path "$(folder_of PerMachine "$v1")")"
check "per-machine $v2: the handler starts $v2's tray" value_is "$(tray_of PerMachine "$v2")" HKLM "$clsid_key" TrayPath

wine reg add "HKCU\\$run_key" /v "$run_name" /d "\"$(tray_of PerMachine "$v2")\" --background" /f >/dev/null 2>&1
code=$(uninstall pm-uninstall "$(msi v2 "$v2" PerMachine)")
check "per-machine uninstall (exit code $code)" test "$code" = 0
check "per-machine uninstalled: no product registered" test "$(products)" = 0
check "per-machine uninstalled: Program Files\\AltIdShell is gone" test ! -e "$drive_c/Program Files/AltIdShell"
check "per-machine uninstalled: no handler registration under HKLM" no_key HKLM "$clsid_key"
check "per-machine uninstalled: the uninstalling user's Run value is gone" no_value HKCU "$run_key" "$run_name"

# ---------------------------------------------------------------- nothing left
files_left() { (cd "$drive_c" && find . -iname '*altidshell*' | grep -v '^\./users/[^/]*/AppData/Local/AltIdShell\(/\|$\)'); }
registry_left() {
  local hive
  for hive in HKCU HKLM; do
    rm -f "$work/$hive.reg"
    wine reg export "$hive" "$(winepath -w "$work/$hive.reg" 2>/dev/null)" /y /reg:64 >/dev/null 2>&1
    [ -s "$work/$hive.reg" ] || { echo "reg export $hive failed"; continue; }
    iconv -f UTF-16 -t UTF-8 "$work/$hive.reg" | grep -i altidshell
  done
}
check "after both uninstalls: no file or folder named AltIdShell but the recent-exports list" test -z "$(files_left)"
check "after both uninstalls: the registry names AltIdShell nowhere" test -z "$(registry_left)"

summary
