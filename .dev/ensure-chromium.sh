#!/usr/bin/env bash
# The end-to-end tests drive Debian's Chromium (Playwright's own browser downloads are not used).
# Installs it when missing and we are root; otherwise says what to install.
set -euo pipefail
CHROMIUM=/usr/bin/chromium
[[ -x $CHROMIUM ]] && exit 0
if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null; then
  echo "Installing Debian's chromium for the end-to-end tests"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q
  apt-get install -y -q chromium
  exit 0
fi
echo "The end-to-end tests need Chromium at $CHROMIUM." >&2
echo "Install it first, e.g.: sudo apt-get install -y chromium" >&2
exit 1
