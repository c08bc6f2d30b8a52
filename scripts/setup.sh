#!/usr/bin/env bash
# Set up a development copy of Vägval on Debian/Ubuntu: the system libraries Qt needs,
# a virtual environment in .venv with the program and its test tools, and the
# compiled translations. Safe to run again; it only installs what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

QT_PACKAGES="libegl1 libgl1 libglib2.0-0 libfontconfig1 libfreetype6 libxkbcommon0
  libxkbcommon-x11-0 libdbus-1-3 libx11-xcb1 libxcb1 libxcb-cursor0 libxcb-icccm4
  libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-shm0
  libxcb-sync1 libxcb-xfixes0 libxcb-xkb1 fonts-dejavu-core poppler-utils"

if command -v apt-get >/dev/null 2>&1 && [ "${VAGVAL_SKIP_APT:-0}" != "1" ]; then
  missing=""
  for pkg in $QT_PACKAGES; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" \
      || missing="$missing $pkg"
  done
  if [ -n "$missing" ]; then
    sudo=""
    if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
    echo "Installerar systempaket som Qt behöver:$missing"
    $sudo apt-get update -qq
    # shellcheck disable=SC2086
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing
  fi
fi

PYTHON="${PYTHON:-python3}"
if ! "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then
  echo "Vägval behöver Python 3.11 eller nyare (sätt PYTHON=/sökväg/till/python3.11)." >&2
  exit 2
fi
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e ".[dev]"

for ts in resources/i18n/*.ts; do
  .venv/bin/pyside6-lrelease -silent "$ts" -qm "${ts%.ts}.qm"
done
