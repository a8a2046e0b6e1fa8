#!/usr/bin/env bash
# The browser tests drive Debian's Chromium (never a downloaded browser), with its French language
# pack since the popup is checked in French. Installs both with apt-get when missing and allowed.
set -euo pipefail
if [ -x /usr/bin/chromium ] && [ -e /usr/lib/chromium/locales/fr.pak ]; then exit 0; fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "Installing Debian's chromium and chromium-l10n for the browser tests…"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium chromium-l10n >/dev/null
  exit 0
fi
echo "The browser tests need Debian's Chromium: sudo apt-get install chromium chromium-l10n" >&2
exit 1
