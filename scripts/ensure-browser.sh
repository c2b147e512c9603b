#!/usr/bin/env bash
# Installs what the browser tests need when it is missing: Debian's Chromium (Playwright cannot download
# its own browser here) and a font with Vietnamese glyphs for readable screenshots.
set -euo pipefail

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
fc-list 2>/dev/null | grep -qi "Noto Sans" || missing+=(fonts-noto-core)
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing ${missing[*]} from Debian's packages (needed by the browser tests)..."
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "Need root or sudo to install: ${missing[*]}" >&2; exit 1; }
  sudo="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" fontconfig >/dev/null
/usr/bin/chromium --version
