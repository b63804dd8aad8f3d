#!/usr/bin/env bash
# A desktop of our own for the tray under Mono: an X display, a window manager and a notification area, plus the
# what every script does with it: find a window, photograph it, click the tray icon. Sourced by tests/ui/tray-ui-test.sh
# and tests/ui/guide-screenshots.sh; the caller keeps the background processes in "pids" and its logs in "$work".
# shellcheck disable=SC2154 # work and pids belong to the sourcing script

# Starts Xvfb on the first free display from FIRST to FIRST+49, openbox and trayer; exports DISPLAY.
start_desktop() { # first-display-number
  local n display=""
  for n in $(seq "$1" $(($1 + 49))); do
    [ -e "/tmp/.X$n-lock" ] || [ -e "/tmp/.X11-unix/X$n" ] || { display=":$n"; break; }
  done
  Xvfb "$display" -screen 0 1280x900x24 -nolisten tcp > "$work/xvfb.log" 2>&1 & pids+=($!)
  export DISPLAY=$display
  for _ in $(seq 50); do xdotool getdisplaygeometry >/dev/null 2>&1 && break; sleep 0.1; done
  openbox > "$work/openbox.log" 2>&1 & pids+=($!)
  # A notification area, so the tray icon exists on screen and can be clicked.
  trayer --edge bottom --align left --widthtype request --height 24 --transparent false --tint 0x303030 > "$work/trayer.log" 2>&1 & pids+=($!)
}

# Names are regular expressions; X hands non-ASCII titles over in a multi-byte encoding, so "–" is matched by ".*".
wait_window() { # name, seconds -> prints the window id
  for _ in $(seq $(($2 * 5))); do
    id=$(xdotool search --onlyvisible --name "^$1\$" 2>/dev/null | head -1 || true)
    [ -n "$id" ] && { echo "$id"; return 0; }
    sleep 0.2
  done
  return 1
}

# The window with its frame, as a person sees it, into FILE; fails when nothing was written.
photograph() { # window id, file
  sleep 0.7
  eval "$(xdotool getwindowgeometry --shell "$1")"
  import -window root -crop "$((WIDTH + 24))x$((HEIGHT + 64))+$((X > 12 ? X - 12 : 0))+$((Y > 52 ? Y - 52 : 0))" +repage "$2"
  [ -s "$2" ]
}

click_tray_icon() { # button: the icon in trayer's panel (the only one while a single tray runs)
  eval "$(xdotool getwindowgeometry --shell "$(xdotool search --name '^panel$' | head -1)")"
  xdotool mousemove $((X + WIDTH / 2)) $((Y + HEIGHT / 2)) click "$1"
}

visible_windows() { xdotool search --onlyvisible --name "" 2>/dev/null | sort; }

# Right-clicks the tray icon; the menu is the largest new window at least three items tall, once the same one has
# been found three times in a row: the icon's one-line tooltip also comes and goes with the pointer, and a window
# that is gone cannot be typed into. Sets MENU_ID MENU_X MENU_Y MENU_W MENU_H; fails when no menu stays open in 10 s.
open_tray_menu() {
  local before id geometry area largest largest_area seen=0
  before=$(visible_windows)
  MENU_ID=""
  click_tray_icon 3
  for _ in $(seq 30); do
    sleep 0.3
    largest="" largest_area=0
    for id in $(comm -13 <(echo "$before") <(visible_windows)); do
      geometry=$(xdotool getwindowgeometry --shell "$id" 2>/dev/null) || continue
      eval "$geometry"
      area=$((WIDTH * HEIGHT))
      if [ "$HEIGHT" -ge 60 ] && [ "$area" -gt "$largest_area" ]; then
        largest=$id largest_area=$area
        # shellcheck disable=SC2034 # read by the scripts that source this file
        MENU_X=$X MENU_Y=$Y MENU_W=$WIDTH MENU_H=$HEIGHT
      fi
    done
    if [ -n "$largest" ] && [ "$largest" = "$MENU_ID" ]; then
      seen=$((seen + 1))
      [ "$seen" -ge 2 ] && return 0
    else
      seen=0
    fi
    MENU_ID=$largest
  done
  return 1
}
