#!/usr/bin/env bash
# The tray as a person uses it, under Mono in a real X window (Xvfb + openbox): start it on a .p12, type a wrong
# password, then the right one, check the .cer against OpenSSL's, open the recent-exports window; then export from the
# certificate store and see a renewal reminder and the recent list's status column. Screenshots go to artifacts/ui/. Uses a real OCES fixture from ../shared when present, else a .p12 that openssl makes here.
# Expects the Release build (tests/run-all.sh builds first).
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
tray="$root/src/AltIdShell.Tray/bin/Release/net48/AltIdShell.Tray.exe"
harness="$root/tests/AltIdShell.ContextMenu.MonoHarness/bin/Release/net48/AltIdShell.ContextMenu.MonoHarness.exe"
shots="$root/artifacts/ui"
[ -f "$tray" ] || { echo "FAIL: $tray not built (dotnet build AltIdShell.sln -c Release)"; echo "tray-ui: 0 passed, 1 failed"; exit 1; }
[ -f "$harness" ] || { echo "FAIL: $harness not built (dotnet build AltIdShell.sln -c Release)"; echo "tray-ui: 0 passed, 1 failed"; exit 1; }
mkdir -p "$shots"
rm -f "$shots"/*.png

work=$(mktemp -d /tmp/altid-ui.XXXXXX)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT
checks=0
# Every tray below judges offline: a test never asks a real OCSP responder.
export ALTID_OFFLINE=1
# The last line is what tests/run-all.sh adds up: "tray-ui: N passed, M failed".
fail() { echo "FAIL: $*"; for log in "$work"/*.log; do echo "--- $log"; cat "$log"; done; echo "tray-ui: $checks passed, 1 failed"; exit 1; }
pass() { echo "ok: $*"; checks=$((checks + 1)); }

# --- the certificate file a person would right-click
# shellcheck source=tests/scripts/real-oces.sh
source "$root/tests/scripts/real-oces.sh"
fixture="$real_oces/oces3_sys_kombit_SP_DEVTEST4_DEMOKLIENT_2026.p12"
mkdir -p "$work/Mine certifikater"
if [ -f "$fixture" ]; then
  p12="$work/Mine certifikater/KOMBIT systemcertifikat.p12"
  password=$(real_oces_password "$(basename "$fixture")")
  cp "$fixture" "$p12"
  echo "using the real OCES fixture $(basename "$fixture")"
else
  p12="$work/Mine certifikater/Testfirma systemcertifikat.p12"
  password='Hemmelig-42'
  (
    cd "$work"
    openssl req -x509 -newkey rsa:2048 -nodes -keyout ca.key -out ca.pem -days 30 \
      -subj "/C=DK/O=Den Danske Stat/OU=Test - cti/CN=Den Danske Stat OCES udstedende-CA 1" 2>/dev/null
    openssl req -newkey rsa:2048 -nodes -keyout leaf.key -out leaf.csr \
      -subj "/C=DK/organizationIdentifier=NTRDK-12345678/O=Testfirma ApS/serialNumber=UI:DK-O:G:0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0/CN=Testfirma systemcertifikat" 2>/dev/null
    openssl x509 -req -in leaf.csr -CA ca.pem -CAkey ca.key -CAcreateserial -out leaf.pem -days 30 2>/dev/null
    PW=$password openssl pkcs12 -export -in leaf.pem -inkey leaf.key -certfile ca.pem -passout env:PW -out "$p12"
  )
  echo "../shared is absent: using a .p12 generated with openssl"
fi
cer="${p12%.p12}.cer"
PW=$password openssl pkcs12 -legacy -in "$p12" -passin env:PW -clcerts -nokeys | openssl x509 -outform DER > "$work/reference.cer"

# --- a desktop of our own: display, window manager, an empty home for the recent-exports list
# shellcheck source=tests/ui/desktop-session.sh
source tests/ui/desktop-session.sh
start_desktop 90
export HOME="$work/home" XDG_DATA_HOME="$work/home/.local/share"
mkdir -p "$HOME"
recent_list="$XDG_DATA_HOME/AltIdShell/recent-exports.json"
sleep 1

window_gone() { ! xdotool search --onlyvisible --name "^$1\$" >/dev/null 2>&1; }
shot() { # window id, file
  photograph "$1" "$shots/$2" || fail "no screenshot $2"
  pass "screenshot artifacts/ui/$2"
}

open_menu() { open_tray_menu || fail "right-click on the tray icon opened no menu that stayed open"; }
choose_menu_item() { # access key: the letter the item underlines, as a keyboard user picks it; once more if the menu closed
  xdotool key --window "$MENU_ID" "$1" 2>/dev/null && return 0
  open_menu
  xdotool key --window "$MENU_ID" "$1" 2>/dev/null || fail "the tray menu closed before its item '$1' could be chosen"
}

# --- starts that have nothing to do show nothing: the installer's --exit with no tray running, and a malformed
# altidshell: URI, which any web page can start as often as it likes
for args in "--exit" "altidshell:format-disk?path=C%3A%5Cx.cer"; do
  code=0
  LANG=da_DK.UTF-8 LC_ALL=da_DK.UTF-8 timeout 30 mono "$tray" "$args" < /dev/null > "$work/tray-quiet.log" 2>&1 || code=$?
  [ "$code" = 0 ] || fail "mono AltIdShell.Tray.exe $args ended with $code (124: it waited, a window open)"
done
pass "--exit and a malformed URI exit at once, showing nothing"

# --- Explorer's way in, Danish display language: the built handler DLL in an install folder beside the tray, its verb
# invoked as Explorer would (the handler's Mono harness plays Explorer); the tray gets --handoff and reads the path
# from the handler's pipe.
install="$work/install"
cp -r "$(dirname "$tray")" "$install"
cp "$root/src/AltIdShell.ContextMenu/bin/Release/net48/AltIdShell.ContextMenu.dll" "$install/"
LANG=da_DK.UTF-8 LC_ALL=da_DK.UTF-8 mono "$harness" invoke "$install" "$p12" > "$work/tray-da.log" 2>&1 & pids+=($!)
dialog=$(wait_window "Adgangskode til certifikat" 60) || fail "the Danish password dialog did not appear"
tray_da=$(pgrep -f "AltIdShell.Tray.exe --handoff AltIdShell.Handoff." | head -1)
[ -n "$tray_da" ] || fail "the handler did not start the tray with --handoff"
pids+=("$tray_da")
pass "Explorer's verb started the tray with --handoff; password dialog appeared, in Danish"
xdotool windowactivate --sync "$dialog" >/dev/null 2>&1 || true
shot "$dialog" password-dialog-da.png

xdotool type --delay 40 "forkert-adgangskode"
xdotool key Return
# Mono gives each control an X window named after its text: the complaint is there once the check is done.
wait_window "Adgangskoden er forkert.*" 60 >/dev/null || fail "no message saying the password is wrong"
wait_window "Adgangskode til certifikat" 1 >/dev/null || fail "the dialog closed on a wrong password"
[ ! -e "$cer" ] || fail "a .cer was written after a wrong password"
[ ! -e "$recent_list" ] || fail "the recent list changed after a wrong password"
pass "wrong password: the dialog says so and stays open, nothing written"
shot "$dialog" password-wrong-da.png

# The wrong password is selected, so typing replaces it, as it would for a person.
xdotool type --delay 40 "$password"
xdotool key Return
for _ in $(seq 150); do [ -s "$cer" ] && break; sleep 0.2; done
[ -s "$cer" ] || fail "no .cer after the right password"
cmp -s "$cer" "$work/reference.cer" || fail "the .cer differs from OpenSSL's reference"
pass ".cer written beside the .p12, byte-identical to openssl's"
for _ in $(seq 25); do window_gone "Adgangskode til certifikat" && break; sleep 0.2; done
window_gone "Adgangskode til certifikat" || fail "the dialog stayed open after the right password"
pass "dialog closed after the right password"
for _ in $(seq 25); do [ -s "$recent_list" ] && break; sleep 0.2; done
grep -qF "$(basename "$cer")" "$recent_list" || fail "the export is not in the recent list"
if grep -qiE "$password|forkert-adgangskode" "$recent_list" "$work"/tray-da.log; then fail "a password was written to disk or the log"; fi
pass "export recorded in the recent list, no password anywhere"
sleep 1
import -window root "$shots/notification-balloon-da.png"
pass "screenshot artifacts/ui/notification-balloon-da.png"

# --- the tray icon, like a person: left-click shows the recent exports, right-click the menu
click_tray_icon 1
recent_da=$(wait_window "Seneste eksporter .*AltIdShell" 20) || fail "left-click on the tray icon did not open the recent exports"
xdotool windowactivate --sync "$recent_da" >/dev/null 2>&1 || true
pass "left-click on the tray icon opens the recent exports, in Danish"
shot "$recent_da" recent-exports-da.png
xdotool key Escape
for _ in $(seq 25); do window_gone "Seneste eksporter .*AltIdShell" && break; sleep 0.2; done
open_menu
import -window root -crop "$((MENU_W + 40))x$((MENU_H + 60))+$((MENU_X > 20 ? MENU_X - 20 : 0))+$((MENU_Y - 10))" +repage "$shots/tray-menu-da.png"
pass "screenshot artifacts/ui/tray-menu-da.png"
choose_menu_item v    # &Vis alle
wait_window "Seneste eksporter .*AltIdShell" 20 >/dev/null || fail "the menu's \"Vis alle\" did not open the recent exports"
pass "menu: \"Vis alle\" opens the recent exports"
xdotool key Escape
sleep 1
# "Eksportér et certifikat…": the file picker, a typed path, the password dialog; Esc there cancels and writes nothing.
picked="$work/Mine certifikater/Valgt i dialogen.p12"
cp "$p12" "$picked"
open_menu
choose_menu_item e    # &Eksportér et certifikat…
picker=$(wait_window "V.*lg certifikatfil.*" 20) || fail "the menu's \"Eksportér et certifikat…\" opened no file picker"
xdotool windowactivate --sync "$picker" >/dev/null 2>&1 || true
shot "$picker" file-picker-da.png
xdotool type --delay 20 "$picked"
xdotool key Return
prompt=$(wait_window "Adgangskode til certifikat" 30) || fail "no password dialog for the file chosen in the picker"
wait_window "Valgt i dialogen.p12" 5 >/dev/null || fail "the password dialog does not name the file chosen in the picker"
xdotool windowactivate --sync "$prompt" >/dev/null 2>&1 || true
xdotool key Escape
for _ in $(seq 25); do window_gone "Adgangskode til certifikat" && break; sleep 0.2; done
window_gone "Adgangskode til certifikat" || fail "Esc did not cancel the password dialog"
[ ! -e "${picked%.p12}.cer" ] || fail "a .cer was written although the password dialog was cancelled"
pass "menu: the file picker leads to the password dialog for the chosen file; Esc cancels, nothing written"

open_menu
choose_menu_item a    # &Afslut
for _ in $(seq 50); do kill -0 "$tray_da" 2>/dev/null || break; sleep 0.2; done
if kill -0 "$tray_da" 2>/dev/null; then fail "the menu's \"Afslut\" did not end the tray"; fi
pass "menu: \"Afslut\" ends the tray"

# --- started again by hand, English display language: the recent-exports window, read from disk. Its standard
# input is a pipe that nobody closes (as some launchers leave it): the tray must stop waiting for paths and go on.
sleep 25 | LANG=en_GB.UTF-8 LC_ALL=en_GB.UTF-8 mono "$tray" > "$work/tray-en.log" 2>&1 & pids+=($!)
recent=$(wait_window "Recent exports .*AltIdShell" 60) || fail "the English recent-exports window did not appear"
pass "recent-exports window appeared, in English, although standard input never closed"
xdotool windowactivate --sync "$recent" >/dev/null 2>&1 || true
shot "$recent" recent-exports-en.png

# The clipboard, read back from X as a browser would paste it: Alt+P copies the path, Alt+2 the SHA-256 fingerprint.
xdotool key alt+p
sleep 1
[ "$(timeout 5 xclip -o -selection clipboard)" = "$cer" ] || fail "Copy path did not put the .cer's path on the clipboard"
xdotool key alt+2
sleep 1
fingerprint=$(openssl x509 -in "$work/reference.cer" -inform DER -noout -fingerprint -sha256 | sed 's/.*=//')
[ "$(timeout 5 xclip -o -selection clipboard)" = "$fingerprint" ] || fail "Copy SHA-256 did not put the fingerprint on the clipboard"
pass "Alt+P copies the path, Alt+2 the SHA-256 fingerprint"
# Copy file: the file for a web page or Explorer, and its path as text for the upload dialog's File name box.
printf 'before' | xclip -selection clipboard -loops 1
xdotool key alt+i
sleep 1
[ "$(timeout 5 xclip -o -selection clipboard)" = "$cer" ] || fail "Copy file did not put the .cer's path as text on the clipboard"
pass "Alt+I (Copy file) puts the path as text on the clipboard too, for the upload dialog's File name box"
shot "$recent" recent-exports-copied-en.png

# The .cer replaced behind the tray's back: Copy SHA-256 reads it again, says it changed, and copies nothing.
cp "$cer" "$work/exported.cer"
openssl req -x509 -newkey rsa:2048 -nodes -keyout "$work/other.key" -subj "/CN=Someone else" -days 30 -outform DER -out "$cer" 2>/dev/null
printf 'before' | xclip -selection clipboard -loops 1
xdotool key alt+2
sleep 1
[ "$(timeout 5 xclip -o -selection clipboard)" = "before" ] || fail "Copy SHA-256 handed out the recorded fingerprint of a .cer that was replaced"
pass "a replaced .cer: Copy SHA-256 copies nothing"
shot "$recent" recent-exports-cer-changed-en.png
cp "$work/exported.cer" "$cer"

# Keyboard only: Delete removes the selected export from the list, and the list on disk follows.
xdotool key Delete
for _ in $(seq 25); do grep -qF "$(basename "$cer")" "$recent_list" || break; sleep 0.2; done
if grep -qF "$(basename "$cer")" "$recent_list"; then fail "Delete did not remove the export from the list"; fi
[ -e "$cer" ] || fail "removing from the list deleted the .cer"
pass "Delete removes the entry from the list, the .cer stays"
shot "$recent" recent-exports-empty-en.png
xdotool key Escape
for _ in $(seq 25); do window_gone "Recent exports .*AltIdShell" && break; sleep 0.2; done
window_gone "Recent exports .*AltIdShell" || fail "Esc did not close the recent-exports window"
pass "Esc closes the recent-exports window"

# --- a batch from Explorer, English: one password for both files, ticked with its access key; a different
# "Kopi A.cer" is already there, so the tray asks, and the person keeps both
cp "$p12" "$work/Mine certifikater/Kopi A.p12"
cp "$p12" "$work/Mine certifikater/Kopi B.p12"
echo "an older, different certificate" > "$work/Mine certifikater/Kopi A.cer"
printf '%s\n%s\n' "$work/Mine certifikater/Kopi A.p12" "$work/Mine certifikater/Kopi B.p12" |
  LANG=en_GB.UTF-8 LC_ALL=en_GB.UTF-8 mono "$tray" > "$work/tray-batch.log" 2>&1 & pids+=($!)
batch=$(wait_window "Certificate password" 60) || fail "the English password dialog did not appear for the batch"
xdotool windowactivate --sync "$batch" >/dev/null 2>&1 || true
xdotool type --delay 40 "$password"
xdotool key alt+u
shot "$batch" password-batch-en.png
xdotool key Return
conflict=$(wait_window "The file already exists" 30) || fail "no question about the .cer already in the way"
xdotool windowactivate --sync "$conflict" >/dev/null 2>&1 || true
shot "$conflict" existing-file-en.png
xdotool key alt+k
for f in "Kopi A (2)" "Kopi B"; do
  for _ in $(seq 150); do [ -s "$work/Mine certifikater/$f.cer" ] && break; sleep 0.2; done
  cmp -s "$work/Mine certifikater/$f.cer" "$work/reference.cer" || fail "$f.cer missing or not byte-identical to openssl's"
done
grep -q "older, different" "$work/Mine certifikater/Kopi A.cer" || fail "keep both overwrote the existing .cer"
sleep 1
window_gone "Certificate password" || fail "a second password prompt appeared although the password was to be re-used"
pass "batch: one password for both files; keep both left the old .cer and wrote Kopi A (2).cer"

# --- a file with two leaf certificates, Danish: the person picks the second one with the keyboard
(
  cd "$work"
  for n in 1 2; do
    openssl req -x509 -newkey rsa:2048 -nodes -keyout "leaf$n.key" -out "leaf$n.pem" -days 30 \
      -addext basicConstraints=critical,CA:FALSE -subj "/C=DK/O=Flerfirma ApS/CN=Flerfirma certifikat $n" 2>/dev/null
    openssl x509 -in "leaf$n.pem" -outform DER -out "leaf$n.der"
  done
  cat leaf1.pem leaf2.pem > leaves.pem
  PW=$password openssl pkcs12 -export -nokeys -in leaves.pem -passout env:PW -out "Mine certifikater/Flere certifikater.p12"
)
several="$work/Mine certifikater/Flere certifikater.p12"
printf '%s\n' "$several" | LANG=da_DK.UTF-8 LC_ALL=da_DK.UTF-8 mono "$tray" > "$work/tray-several.log" 2>&1 & pids+=($!)
prompt=$(wait_window "Adgangskode til certifikat" 60) || fail "no password dialog for the file with two certificates"
xdotool windowactivate --sync "$prompt" >/dev/null 2>&1 || true
xdotool type --delay 40 "$password"
xdotool key Return
choose=$(wait_window "Vælg certifikat|V.*lg certifikat" 30) || fail "no choice between the two certificates"
xdotool windowactivate --sync "$choose" >/dev/null 2>&1 || true
xdotool key Down
shot "$choose" choose-certificate-da.png
xdotool key Return
out="${several%.p12}.cer"
for _ in $(seq 150); do [ -s "$out" ] && break; sleep 0.2; done
[ -s "$out" ] || fail "no .cer after choosing a certificate"
cmp -s "$out" "$work/leaf2.der" || fail "the .cer is not the second certificate, the one chosen"
pass "two certificates: the chosen one was exported"

# --- certificates already in the store, and renewal reminders (Danish). Earlier trays still run (each start is a tray
# of its own on Linux, where there is no pipe): end them, so the icon clicked below is this one's.
for pid in "${pids[@]}"; do
  if grep -q "AltIdShell.Tray.exe" "/proc/$pid/cmdline" 2>/dev/null; then kill "$pid" 2>/dev/null || true; fi
done
sleep 1
# The official guide imports the .p12 into the user's store; Mono keeps that store under ~/.config/.mono/certs.
cp "$work/reference.cer" "$work/store-oces.cer"
cp "$work/leaf1.der" "$work/store-other.cer"
certmgr -add -c My "$work/store-oces.cer" > "$work/certmgr.log" 2>&1 || fail "certmgr could not add the OCES certificate to the store"
certmgr -add -c My "$work/store-other.cer" >> "$work/certmgr.log" 2>&1 || fail "certmgr could not add the other certificate to the store"
# A recent list as years of use leave it: a certificate expiring in 25 days (a reminder is due), an expired one with the
# same CVR and name (superseded by it), and one valid for years, all in a folder with a long name.
far="$work/Mine certifikater/AltID-integrationen hos Påmindelse ApS, produktionsmiljøet, certifikater til modtagerregistret"
mkdir -p "$far"
iso() { date -u -d "$1" +%Y-%m-%dT%H:%M:%S+00:00; }
entry() { # file, organisation, cvr, name, not after, sha256
  printf '{"OutputPath":"%s/%s","SourcePath":"%s/%s.p12","Organisation":"%s","Cvr":"%s","CertificateName":"%s","NotAfter":"%s","Environment":"Production","Kind":"Oces3OrganisationOrSystem","Sha256Fingerprint":"%s","ExportedAt":"%s"}' \
    "$far" "$1" "$far" "$1" "$2" "$3" "$4" "$5" "$6" "$(iso '-1 day')"
}
due_sha=$(printf 'A1%.0s' $(seq 32))
mkdir -p "$XDG_DATA_HOME/AltIdShell"
printf '{"version":1,"exports":[%s,%s,%s]}' \
  "$(entry "Påmindelse ny.cer" "Påmindelse ApS" 11111111 "Påmindelse system" "$(iso '+25 days')" "$due_sha")" \
  "$(entry "Påmindelse gammel.cer" "Påmindelse ApS" 11111111 "Påmindelse system" "$(iso '-5 days')" "$(printf 'B2%.0s' $(seq 32))")" \
  "$(entry "Gyldig.cer" "Gyldig A/S" 22222222 "Gyldig system" "$(iso '+900 days')" "$(printf 'C3%.0s' $(seq 32))")" > "$recent_list"
reminders="$XDG_DATA_HOME/AltIdShell/renewal-reminders.json"
rm -f "$reminders"

LANG=da_DK.UTF-8 LC_ALL=da_DK.UTF-8 mono "$tray" < /dev/null > "$work/tray-store.log" 2>&1 & pids+=($!)
tray_store=$!
recent_da=$(wait_window "Seneste eksporter .*AltIdShell" 60) || fail "the recent-exports window did not appear for the reminder run"
for _ in $(seq 50); do [ -s "$reminders" ] && break; sleep 0.2; done
grep -q "\"$due_sha\": 30" "$reminders" || fail "no 30-day reminder recorded for the certificate expiring in 25 days"
grep -q "B2B2" "$reminders" && fail "a reminder was recorded for the superseded certificate"
grep -q "C3C3" "$reminders" && fail "a reminder was recorded for the certificate valid for years"
pass "at start, the 30-day reminder is shown for the certificate expiring in 25 days only"
import -window root "$shots/reminder-balloon-da.png"
pass "screenshot artifacts/ui/reminder-balloon-da.png"
xdotool windowactivate --sync "$recent_da" >/dev/null 2>&1 || true
shot "$recent_da" recent-status-da.png
xdotool key Escape
for _ in $(seq 25); do window_gone "Seneste eksporter .*AltIdShell" && break; sleep 0.2; done

open_menu
import -window root -crop "$((MENU_W + 40))x$((MENU_H + 60))+$((MENU_X > 20 ? MENU_X - 20 : 0))+$((MENU_Y - 10))" +repage "$shots/tray-menu-store-da.png"
pass "screenshot artifacts/ui/tray-menu-store-da.png"
choose_menu_item m    # Eksportér fra &mine certifikater…
mine=$(wait_window "Mine certifikater .*AltIdShell" 30) || fail "the menu's \"Eksportér fra mine certifikater…\" opened no window"
xdotool windowactivate --sync "$mine" >/dev/null 2>&1 || true
pass "menu: \"Eksportér fra mine certifikater…\" opens the store window"
shot "$mine" store-window-da.png
xdotool key alt+v
shot "$mine" store-window-all-da.png
xdotool key alt+v
sleep 0.5
# The OCES3 certificate is first and selected: Alt+E asks for the folder, which starts at Documents (Mono: the home).
xdotool key alt+e
sleep 2
folder_dialog=$(xdotool getactivewindow)
[ "$folder_dialog" != "$mine" ] || fail "Alt+E opened no folder dialog"
shot "$folder_dialog" store-folder-da.png
xdotool key Return
store_cer=""
for _ in $(seq 50); do store_cer=$(find "$HOME" -maxdepth 1 -name '*.cer' | head -1); [ -n "$store_cer" ] && break; sleep 0.2; done
[ -n "$store_cer" ] || fail "no .cer in the home folder (Documents) after exporting from the store"
cmp -s "$store_cer" "$work/reference.cer" || fail "the .cer exported from the store is not the certificate put there"
for _ in $(seq 25); do grep -qF "$store_cer" "$recent_list" && break; sleep 0.2; done
grep -qF "$store_cer" "$recent_list" || fail "the store export is not in the recent list"
grep -qF 'CurrentUser\\My' "$recent_list" || fail "the recent list does not say the certificate came from CurrentUser\\My"
pass "store: exported $(basename "$store_cer") to Documents byte for byte, and recorded it in the recent list"
shot "$mine" store-exported-da.png
xdotool key Escape
for _ in $(seq 25); do window_gone "Mine certifikater .*AltIdShell" && break; sleep 0.2; done
window_gone "Mine certifikater .*AltIdShell" || fail "Esc did not close the store window"
kill "$tray_store" 2>/dev/null || true
sleep 1

# The notification's "Mind mig ikke om det igen" is an altidshell: URI, which any program or web page can send too: the tray
# asks first (No is the default), and silences the certificate for good only on Yes.
stop_uri="altidshell:stop-reminding?path=$(python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1], safe=""))' "$far/Påmindelse ny.cer")"
LANG=da_DK.UTF-8 LC_ALL=da_DK.UTF-8 mono "$tray" "$stop_uri" < /dev/null > "$work/tray-stop.log" 2>&1 & pids+=($!)
tray_stop=$!
question=""
for _ in $(seq 100); do question=$(xdotool search --onlyvisible --name '^AltIdShell$' 2>/dev/null | head -1 || true); [ -n "$question" ] && break; sleep 0.2; done
[ -n "$question" ] || fail "the stop-reminding URI asked nothing"
! grep -A3 '"silenced"' "$reminders" | grep -q "$due_sha" || fail "the stop-reminding URI silenced the certificate before the user said yes"
shot "$question" stop-reminding-question-da.png
xdotool windowactivate --sync "$question" key shift+Tab space # from the default Nej to Ja
for _ in $(seq 100); do grep -A3 '"silenced"' "$reminders" | grep -q "$due_sha" && break; sleep 0.2; done
grep -A3 '"silenced"' "$reminders" | grep -q "$due_sha" || fail "the stop-reminding URI did not silence the certificate after Ja"
pass "\"Mind mig ikke om det igen\" (altidshell:stop-reminding) asks, silences the certificate on Ja, and it is remembered"
kill "$tray_stop" 2>/dev/null || true

# --- "Kontrollér certifikat til AltID" on a .cer from Explorer (Danish): the built handler offers the check for .cer
# files and starts the tray with --check --handoff; the window shows the verdict first, then its reasons and the
# fingerprints, and says in words why a .p12 renamed .cer is no certificate. No password, nothing written.
for pid in "${pids[@]}"; do
  if grep -q "AltIdShell.Tray.exe" "/proc/$pid/cmdline" 2>/dev/null; then kill "$pid" 2>/dev/null || true; fi
done
sleep 1
checked="$work/Til kontrol"
mkdir -p "$checked"
cp "$work/reference.cer" "$checked/Systemcertifikat.cer"
cp "$p12" "$checked/Omdøbt nøglefil.cer"
folder_state() { stat -c '%Y' "$1"; (cd "$1" && find . -mindepth 1 -printf '%p %s %T@\n' | sort); }
before_check=$(folder_state "$checked")
LANG=da_DK.UTF-8 LC_ALL=da_DK.UTF-8 mono "$harness" invoke "$install" "$checked/Systemcertifikat.cer" "$checked/Omdøbt nøglefil.cer" > "$work/tray-check.log" 2>&1 & pids+=($!)
check_window=$(wait_window "Kontrol af certifikat .*AltIdShell" 60) || fail "the check window did not appear"
tray_check=$(pgrep -f "AltIdShell.Tray.exe --check --handoff AltIdShell.Handoff." | head -1)
[ -n "$tray_check" ] || fail "the handler did not start the tray with --check --handoff"
pids+=("$tray_check")
pass "Explorer's check verb on two .cer files started the tray with --check --handoff; the check window appeared"
# Mono gives each label an X window named after its text: the verdict, in Danish, is one of them.
wait_window "(Kun til testmilj|Ikke egnet til AltIDs modtagerregister|Egnet til AltIDs modtagerregister).*" 5 >/dev/null \
  || fail "the check window shows no verdict in Danish"
pass "the check window shows the verdict in Danish"
xdotool windowactivate --sync "$check_window" >/dev/null 2>&1 || true
shot "$check_window" check-window-da.png
printf 'before' | xclip -selection clipboard -loops 1
xdotool key alt+k
copied=""
for _ in $(seq 25); do copied=$(timeout 5 xclip -o -selection clipboard 2>/dev/null || true); [ "$copied" != "before" ] && [ -n "$copied" ] && break; sleep 0.2; done
printf '%s\n' "$copied" > "$work/check-window.txt"
# Line by line as shown: the file's name, then the verdict first, then its reasons, the details and fingerprints.
[ "$(sed -n 1p "$work/check-window.txt")" = "Systemcertifikat.cer" ] || fail "the check window does not start with the file's name: $(head -3 "$work/check-window.txt")"
sed -n 2p "$work/check-window.txt" | grep -qE "^(Kun til testmiljøet|Ikke egnet til AltIDs modtagerregister|Egnet til AltIDs modtagerregister)" \
  || fail "the verdict is not the first thing said about the file: $(sed -n 2p "$work/check-window.txt")"
grep -qF "SHA-256: $fingerprint" "$work/check-window.txt" || fail "the check window does not show the SHA-256 OpenSSL computes ($fingerprint)"
grep -qF "SHA-1: $(openssl x509 -in "$work/reference.cer" -inform DER -noout -fingerprint -sha1 | sed 's/.*=//')" "$work/check-window.txt" \
  || fail "the check window does not show OpenSSL's SHA-1"
grep -qE "^Gyldig til: [0-9]{4}-[0-9]{2}-[0-9]{2}" "$work/check-window.txt" || fail "the check window does not say until when the certificate is valid"
grep -qE "^Gyldig til: [0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2} \((dansk tid|UTC[-+0-9:]*)\)$" "$work/check-window.txt" || fail "the check window does not say the time's zone"
grep -qxF "Filen har den form, registret beder om: DER, ét certifikat, ingen privat nøgle." "$work/check-window.txt" \
  || fail "the check window does not say that the exported .cer is in the form the register asks for"
pass "Alt+K copies the window's text: name, verdict first, validity, SHA-256 and SHA-1 as OpenSSL computes them"
renamed_line=$(grep -A1 -F "Omdøbt nøglefil.cer" "$work/check-window.txt" | sed -n 2p)
[ -n "$renamed_line" ] || fail "the .p12 renamed .cer gets no explanation"
if echo "$renamed_line" | grep -qE "^(Kun til|Ikke egnet til|Egnet til)"; then fail "the .p12 renamed .cer got a verdict: $renamed_line"; fi
if grep -qF "$password" "$work/check-window.txt" "$work/tray-check.log"; then fail "a password appeared in the check"; fi
pass "the .p12 renamed .cer is explained in words: $renamed_line"
[ "$(folder_state "$checked")" = "$before_check" ] || fail "the check wrote or changed something in the folder"
wait_window "Adgangskode til certifikat" 1 >/dev/null && fail "the check asked for a password"
pass "the check asked for no password and wrote nothing"
xdotool key Escape
for _ in $(seq 25); do window_gone "Kontrol af certifikat .*AltIdShell" && break; sleep 0.2; done
window_gone "Kontrol af certifikat .*AltIdShell" || fail "Esc did not close the check window"
pass "Esc closes the check window"
kill "$tray_check" 2>/dev/null || true

echo "tray-ui: $checks passed, 0 failed"
