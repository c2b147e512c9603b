#!/usr/bin/env bash
# Installs what the tests need when it is missing, from Debian's packages: Chromium (Playwright cannot
# download its own browser here), a font with Vietnamese glyphs for readable screenshots, and the
# PostgreSQL 15 client tools (pg_dump and pg_restore, for the backup drill; they match the embedded
# server, 15.18, and refuse a newer one).
set -euo pipefail

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
fc-list 2>/dev/null | grep -qi "Noto Sans" || missing+=(fonts-noto-core)
{ command -v pg_dump >/dev/null && pg_dump --version | grep -q " 15\." ; } || missing+=(postgresql-client-15)
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing ${missing[*]} from Debian's packages (needed by the tests)..."
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "Need root or sudo to install: ${missing[*]}" >&2; exit 1; }
  sudo="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" fontconfig >/dev/null
