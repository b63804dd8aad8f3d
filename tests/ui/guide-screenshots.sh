#!/usr/bin/env bash
# The pictures in docs/vejledning.md (Danish) and docs/guide.md (English): the tray under Mono + Xvfb, as
# tests/ui/tray-ui-test.sh drives it, once per language, with a real OCES3 test system certificate from
# ../shared/fixtures/real-oces/ in a folder named as on Windows. Each picture is cropped to its window. The
# notification is not pictured: Mono shows a balloon, not Windows' toast, so the guides quote its text instead.
# Writes artifacts/guide/*.png; copy them into docs/images/ (the acceptance script's Windows screenshots replace them
# when they exist). Not a test: tray-ui-test.sh checks what these pictures show.
# Expects the Release build (dotnet build AltIdShell.sln -c Release).
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
tray="$root/src/AltIdShell.Tray/bin/Release/net48/AltIdShell.Tray.exe"
fixtures="$root/../shared/fixtures/real-oces"
out="$root/artifacts/guide"
[ -f "$tray" ] || { echo "$tray not built (dotnet build AltIdShell.sln -c Release)"; exit 1; }
[ -d "$fixtures" ] || { echo "$fixtures is absent: the guide's pictures show real OCES test certificates"; exit 1; }
mkdir -p "$out"

work=$(mktemp -d /tmp/altid-guide.XXXXXX)
# The folder the dialogs name, as a Windows user's Downloads would read; a backslash is no separator here, so this is
# one folder at the root, made for the pictures and removed after them.
downloads='/C:\Users\jens\Downloads'
[ ! -e "$downloads" ] || { echo "$downloads is there already; remove it first"; exit 1; }
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  rm -rf "$work" "$downloads"
}
trap cleanup EXIT
# As in tray-ui-test.sh: never ask a real OCSP responder, so every verdict says "revocation not checked".
export ALTID_OFFLINE=1

# shellcheck source=tests/ui/desktop-session.sh
source tests/ui/desktop-session.sh
start_desktop 150
sleep 1

shot() { # window id, file: the window with its frame and nothing of the black desktop around it
  photograph "$1" "$work/shot.png"
  convert "$work/shot.png" -bordercolor black -border 1 -fuzz 3% -trim +repage "$out/$2"
  echo "$out/$2"
}

run_language() { # lang tag, LANG, password-dialog title, recent-window title
  local tag=$1 lang=$2 password_title=$3 recent_title=$4
  export HOME="$work/home-$tag" XDG_DATA_HOME="$work/home-$tag/.local/share"
  rm -rf "$downloads"
  mkdir -p "$HOME" "$downloads"
  local p12="$downloads/KOMBIT systemcertifikat.p12"
  cp "$fixtures/oces3_sys_kombit_SP_DEVTEST4_DEMOKLIENT_2026.p12" "$p12"

  # A test system certificate: the password dialog, the recent list, the menu.
  LANG=$lang LC_ALL=$lang mono "$tray" "$p12" < /dev/null > "$work/tray-$tag.log" 2>&1 & pids+=($!)
  local tray_pid=$!
  local dialog
  dialog=$(wait_window "$password_title" 60)
  xdotool windowactivate --sync "$dialog" >/dev/null 2>&1 || true
  shot "$dialog" "password-$tag.png"
  xdotool type --delay 40 '1kKUWZ,91Zg1'
  xdotool key Return
  for _ in $(seq 150); do [ -s "${p12%.p12}.cer" ] && break; sleep 0.2; done
  sleep 11   # the balloon goes before the icon is clicked
  click_tray_icon 1
  local recent
  recent=$(wait_window "$recent_title" 20)
  xdotool windowactivate --sync "$recent" >/dev/null 2>&1 || true
  shot "$recent" "recent-$tag.png"
  xdotool key Escape
  sleep 1
  open_tray_menu || { echo "no tray menu stayed open" >&2; exit 1; }
  import -window root -crop "$((MENU_W + 40))x$((MENU_H + 60))+$((MENU_X > 20 ? MENU_X - 20 : 0))+$((MENU_Y - 10))" +repage "$work/menu.png"
  convert "$work/menu.png" -bordercolor black -border 1 -fuzz 3% -trim +repage "$out/menu-$tag.png"
  echo "$out/menu-$tag.png"
  xdotool key Escape
  kill "$tray_pid" 2>/dev/null || true
  sleep 1
}

run_language da da_DK.UTF-8 "Adgangskode til certifikat" "Seneste eksporter .*AltIdShell"
run_language en en_GB.UTF-8 "Certificate password" "Recent exports .*AltIdShell"
