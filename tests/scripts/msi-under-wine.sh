#!/usr/bin/env bash
# Both MSIs through a real Windows Installer, Wine's msiexec, in a throwaway 64-bit prefix
# (../shared/reference/wine-msiexec.md): install, every file (the version-independent folder, the handler in its
# version's folder) and registry value (64-bit view) against the build and the registration definition, the folder on
# PATH, upgrade to a higher version built here, refused downgrade, a rebuild of the same version replacing the installed
# one, the user's "Start with Windows" surviving both and still naming a tray that exists, each package refusing while
# the other is installed, uninstall leaving nothing (PATH included) but the recent-exports list. One line per check,
# then the count.
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

# --- four builds of the same binaries: this version, a higher one, that higher one rebuilt, and a higher one still
build() { # folder [version]
  ALTIDSHELL_ARTIFACTS="$work/$1" ALTIDSHELL_VERSION="${2:-}" bash setup/build-msi.sh --no-build >"$work/$1.build.log" 2>&1
}
v1=$(dotnet msbuild src/AltIdShell.Core/AltIdShell.Core.csproj -getProperty:Version -nologo)
IFS=. read -r major minor patch <<<"$v1"
v2="$major.$minor.$((patch + 1))"
v3="$major.$minor.$((patch + 2))"
for b in "v1 $v1" "v2 $v2" "v2-rebuilt $v2" "v3 $v3"; do
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
folder_of() { # PerUser|PerMachine -> the Windows path the package installs into, the same for every version
  if [ "$1" = PerUser ]; then echo "$local_appdata\\Programs\\AltIdShell"; else echo "C:\\Program Files\\AltIdShell"; fi
}
handler_folder_of() { # PerUser|PerMachine version -> the folder of that version's handler DLL
  echo "$(folder_of "$1")\\handler\\$2"
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

# One registry value (64-bit view); fails when it is not there. A query that prints nothing at all, neither the value
# nor reg's "Unable to find", was seen once on a loaded machine for a value that was there (InprocServer32's Assembly):
# it is asked once more, and said so, before its answer counts.
reg_query() { # root key name-or-empty -> reg's output, stdout and stderr
  if [ -n "$3" ]; then wine reg query "$1\\$2" /v "$3" /reg:64 2>&1; else wine reg query "$1\\$2" /ve /reg:64 2>&1; fi
}
reg_value() { # root key name-or-empty
  local out
  out=$(reg_query "$@" | tr -d '\r')
  if ! grep -q '    REG_\|Unable to find' <<<"$out"; then
    echo "note: wine reg query $1\\$2 [${3:-(default)}] answered nothing; asking once more" >&2
    sleep 1
    out=$(reg_query "$@" | tr -d '\r')
  fi
  printf '%s\n' "$out" | sed -n 's/^    .*    REG_[A-Z_]*    \{0,1\}//p' | head -n 1
  grep -q '    REG_' <<<"$out"
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

# Every file of the build where the generator's layout puts it (the handler under handler\<version>), byte for byte,
# and no other file.
files_are_the_build() { # install folder (unix) staging folder version
  [ -d "$1" ] || return 1
  local expected path
  expected=$(dotnet "$generator" files "$3" "$2" | tr -d '\r' | tr '\\' / | sort)
  diff <(cd "$1" && find . -type f | sed 's|^\./||' | sort) <(printf '%s\n' "$expected") >/dev/null || return 1
  while IFS= read -r path; do cmp -s "$2/$(basename "$path")" "$1/$path" || return 1; done <<<"$expected"
}

# PATH: the user's (HKCU\Environment) for the per-user package, the system's for the per-machine one.
system_environment='System\CurrentControlSet\Control\Session Manager\Environment'
path_value() { # HKCU|HKLM -> that PATH, empty when there is none
  if [ "$1" = HKCU ]; then reg_value HKCU Environment PATH; else reg_value HKLM "$system_environment" PATH; fi
}
path_count() { # HKCU|HKLM folder -> how often the folder is on that PATH (with or without a trailing backslash)
  path_value "$1" | tr ';' '\n' | sed 's/\\$//' | grep -cixF "$2"
}
on_path_once() { [ "$(path_count "$1" "$2")" = 1 ]; }
not_on_path() { [ "$(path_count "$1" "$2")" = 0 ]; }
# The Run value's tray, "C:\…\AltIdShell.Tray.exe" --background, is a file that exists.
run_names_a_tray_that_exists() {
  local run tray
  run=$(reg_value HKCU "$run_key" "$run_name") || return 1
  tray=$(sed -n 's/^"\([^"]*\)".*/\1/p' <<<"$run")
  [ -n "$tray" ] && [ -f "$(unix_path "$tray")" ]
}

# The registry values the package writes into that folder, by the generator from the registration definition; the
# fields are separated by a character that, unlike a tab, read does not merge (the default value has an empty name).
expected_registry() { # scope version
  dotnet "$generator" installed "$1" "$(folder_of "$1")" "$2" | tr '\t' '\037'
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
tray_of() { echo "$(folder_of "$1")\\AltIdShell.Tray.exe"; } # scope: the same path for every version

# ---------------------------------------------------------------- per user
pu_folder=$(folder_of PerUser)
pu_tray=$(tray_of PerUser)
check "per-user: the CLI's folder is not on the user's PATH before the install" not_on_path HKCU "$pu_folder"
code=$(install pu-install "$(msi v1 "$v1" PerUser)")
check "per-user $v1 installs (exit code $code)" test "$code" = 0
check "per-user $v1: the installed files are the build's, byte for byte, and no others (the handler in handler\\$v1)" \
  files_are_the_build "$(unix_path "$pu_folder")" "$work/v1/msi-staging" "$v1"
check_registration PerUser "$v1"
check "per-user $v1: the install folder is on the user's PATH, once" on_path_once HKCU "$pu_folder"
check "per-user $v1: ... and not on the system's" not_on_path HKLM "$pu_folder"
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
record_start "$pu_tray"
mkdir -p "$unix_local_appdata/AltIdShell"
echo '[]' >"$unix_local_appdata/AltIdShell/recent-exports.json"
# ... and the user turning autostart off: no Run value.

code=$(install pu-upgrade "$(msi v2 "$v2" PerUser)")
check "per-user $v1 -> $v2 upgrades (exit code $code)" test "$code" = 0
check "  ... after asking $v1's tray to exit (CloseTray)" closed_tray pu-upgrade "$pu_tray"
check "per-user $v2: one product registered, $v2's" only_product "$(product_code "$(msi v2 "$v2" PerUser)")"
check "per-user $v2: the installed files are the build's, in the same folder (the handler in handler\\$v2)" \
  files_are_the_build "$(unix_path "$pu_folder")" "$work/v2/msi-staging" "$v2"
check "per-user $v2: $v1's handler folder is gone" test ! -e "$(unix_path "$(handler_folder_of PerUser "$v1")")"
check_registration PerUser "$v2"
check "per-user $v2: the install folder is still on the user's PATH, once" on_path_once HKCU "$pu_folder"
check "per-user $v2: \"Start with Windows: off\" survived the upgrade (no Run value written)" no_value HKCU "$run_key" "$run_name"

code=$(install pu-downgrade "$(msi v1 "$v1" PerUser)")
check "per-user $v2 -> $v1 is refused as a downgrade (exit code $code)" test "$code" = 1603
check "  ... by the downgrade condition" refused_by pu-downgrade WIX_DOWNGRADE_DETECTED
check "  ... and $v2 stays installed, alone" test "$(products)" = 1 -a -d "$(unix_path "$(handler_folder_of PerUser "$v2")")"

# A rebuild of the same version must replace the installed one, not install beside it.
rebuilt=$(msi v2-rebuilt "$v2" PerUser)
check "the rebuild of $v2 is another product (same version, new product code)" \
  test "$(product_code "$rebuilt")" != "$(product_code "$(msi v2 "$v2" PerUser)")"
code=$(install pu-rebuild "$rebuilt")
check "per-user $v2 rebuilt over $v2 installs (exit code $code)" test "$code" = 0
check "  ... and replaces it: one product, the rebuild's" only_product "$(product_code "$rebuilt")"
check "  ... its files are the build's" files_are_the_build "$(unix_path "$pu_folder")" "$work/v2-rebuilt/msi-staging" "$v2"
check "  ... the handler's registration is still there" value_is "$pu_tray" HKCU "$clsid_key" TrayPath

# An upgrade as Windows runs it, in two halves: the old version's removal keeps the user's autostart and the tray's
# record (a real uninstall does not), and the Run value still names a tray that exists once the new version is in.
# Wine's RemoveExistingProducts removes the old product without setting UPGRADINGPRODUCTCODE (Windows sets it, and the
# clean-up's condition reads it), so that removal is run here the way Windows runs it, then the next version installed.
record_start "$pu_tray"
autostart_on "$pu_tray"
code=$(msiexec pu-removed-by-upgrade /x "\"$(winepath -w "$rebuilt" 2>/dev/null)\"" "UPGRADINGPRODUCTCODE={00000000-0000-0000-0000-000000000001}")
check "per-user $v2 removed as by an upgrade (exit code $code)" test "$code" = 0
check "  ... \"Start with Windows: on\" survived it" value_is "\"$pu_tray\" --background" HKCU "$run_key" "$run_name"
check "  ... the tray's record survived it" value_is "$pu_tray" HKCU "$record_key" "$record_name"
code=$(install pu-upgrade-install "$(msi v3 "$v3" PerUser)")
check "per-user $v3 installs, the upgrade's second half (exit code $code)" test "$code" = 0
check "  ... the Run value, untouched since $v2, names a tray that exists" run_names_a_tray_that_exists
check "  ... $v3's tray, the one the handler starts" value_is "$pu_tray" HKCU "$clsid_key" TrayPath
check "  ... the tray's record names it too" value_is "$pu_tray" HKCU "$record_key" "$record_name"
check "  ... the handler is $v3's, in its own folder" \
  value_is "file:///$(handler_folder_of PerUser "$v3")\\AltIdShell.ContextMenu.dll" HKCU "$clsid_key\\InprocServer32" CodeBase

code=$(uninstall pu-uninstall "$(msi v3 "$v3" PerUser)")
check "per-user uninstall (exit code $code)" test "$code" = 0
check "  ... after asking the installed tray to exit (CloseTray)" closed_tray pu-uninstall "$pu_tray"
check "per-user uninstalled: no product registered" test "$(products)" = 0
check "per-user uninstalled: %LOCALAPPDATA%\\Programs\\AltIdShell is gone" test ! -e "$unix_local_appdata/Programs/AltIdShell"
check "per-user uninstalled: the install folder is off the user's PATH" not_on_path HKCU "$pu_folder"
check "per-user uninstalled: the Start-menu shortcut is gone" \
  test ! -e "$drive_c/users/$user/AppData/Roaming/Microsoft/Windows/Start Menu/Programs/AltIdShell.lnk"
while IFS=$'\037' read -r root key name value; do
  check "per-user uninstalled: no $root\\$key [${name:-(default)}]" no_value "$root" "$key" "$name"
done < <(expected_registry PerUser "$v3")
check "per-user uninstalled: the Run value is gone" no_value HKCU "$run_key" "$run_name"
check "per-user uninstalled: HKCU\\$record_key is gone" no_key HKCU "$record_key"
check "per-user uninstalled: the recent-exports list is kept" test -f "$unix_local_appdata/AltIdShell/recent-exports.json"

# ---------------------------------------------------------------- per machine
pm_folder=$(folder_of PerMachine)
pm_tray=$(tray_of PerMachine)
system_path_before=$(path_value HKLM)
code=$(install pm-install "$(msi v1 "$v1" PerMachine)")
check "per-machine $v1 installs (exit code $code)" test "$code" = 0
check "per-machine $v1: the installed files are the build's, byte for byte, and no others (the handler in handler\\$v1)" \
  files_are_the_build "$(unix_path "$pm_folder")" "$work/v1/msi-staging" "$v1"
check_registration PerMachine "$v1"
check "per-machine $v1: the install folder is on the system's PATH, once" on_path_once HKLM "$pm_folder"
check "per-machine $v1: ... last, after what was there" test "$(path_value HKLM | sed 's/\\$//')" = "$system_path_before;$pm_folder"
no_run_value() { no_value HKLM "$run_key" "$run_name" && no_value HKCU "$run_key" "$run_name"; }
check "per-machine $v1: the installer writes no Run value, under HKLM or HKCU" no_run_value

code=$(install pu-refused "$(msi v1 "$v1" PerUser)")
check "the per-user package refuses while the per-machine one is installed (exit code $code)" test "$code" = 1603
check "  ... by its launch condition on the per-machine registration" refused_by pu-refused OTHERSCOPETRAY
check "  ... and leaves nothing in %LOCALAPPDATA%\\Programs" test ! -e "$unix_local_appdata/Programs/AltIdShell"

code=$(install pm-upgrade "$(msi v2 "$v2" PerMachine)")
check "per-machine $v1 -> $v2 upgrades (exit code $code)" test "$code" = 0
check "  ... after asking $v1's tray to exit (CloseTray)" closed_tray pm-upgrade "$pm_tray"
check "per-machine $v2: one product registered, $v2's" \
  only_product "$(product_code "$(msi v2 "$v2" PerMachine)")"
check "per-machine $v2: the installed files are the build's, in the same folder" \
  files_are_the_build "$(unix_path "$pm_folder")" "$work/v2/msi-staging" "$v2"
check "per-machine $v2: $v1's handler folder is gone" test ! -e "$(unix_path "$(handler_folder_of PerMachine "$v1")")"
check "per-machine $v2: the handler starts the tray at the same path" value_is "$pm_tray" HKLM "$clsid_key" TrayPath
check "per-machine $v2: the install folder is still on the system's PATH, once" on_path_once HKLM "$pm_folder"

autostart_on "$pm_tray"
code=$(uninstall pm-uninstall "$(msi v2 "$v2" PerMachine)")
check "per-machine uninstall (exit code $code)" test "$code" = 0
check "per-machine uninstalled: no product registered" test "$(products)" = 0
check "per-machine uninstalled: Program Files\\AltIdShell is gone" test ! -e "$drive_c/Program Files/AltIdShell"
# Wine's msiexec leaves the separator of each entry it removes (";;" after an upgrade and an uninstall): the entries
# are compared, not the text.
path_entries() { tr ';' '\n' <<<"$1" | grep -v '^$'; }
same_entries_as_before() { [ "$(path_entries "$(path_value HKLM)")" = "$(path_entries "$system_path_before")" ]; }
check "per-machine uninstalled: the system's PATH holds what it held before the install, nothing else" same_entries_as_before
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
