#!/usr/bin/env bash
# Installs the Debian packages the test stages use, only when one is missing (apt-get update runs once, then).
# Each pair is "command or absolute file:package".
need=()
for pair in openssl:openssl script:bsdutils chattr:e2fsprogs \
  mono:mono-runtime /usr/lib/mono/4.5/Facades/netstandard.dll:mono-devel \
  /usr/lib/mono/4.5/System.Windows.Forms.dll:libmono-system-windows-forms4.0-cil /usr/lib/libgdiplus.so.0:libgdiplus \
  /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf:fonts-dejavu-core \
  Xvfb:xvfb xdotool:xdotool xclip:xclip openbox:openbox trayer:trayer import:imagemagick; do
  what=${pair%%:*}; pkg=${pair#*:}
  if [[ $what == /* ]]; then [ -e "$what" ] || need+=("$pkg"); else command -v "$what" >/dev/null 2>&1 || need+=("$pkg"); fi
done
if [ ${#need[@]} -gt 0 ]; then
  echo "== installing: ${need[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
