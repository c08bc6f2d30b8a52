#!/usr/bin/env bash
# Build the Linux onedir bundle into dist/Vagval and smoke-test the frozen program:
# --self-test (offscreen), then create, reopen and verify an encrypted database with the
# admin command line inside the bundle. Exit status 0 only when all of it passed.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$PWD"
WORK="${VAGVAL_BUILD_WORK:-$ROOT/build-work}"   # outside the tracked build/ folder

bash scripts/setup.sh   # dependencies and compiled translations (safe to run again)
# strip (binutils) and CUPS for Qt's print plugin, bundled from this machine.
if command -v apt-get >/dev/null 2>&1 && [ "${VAGVAL_SKIP_APT:-0}" != "1" ]; then
  for pkg in binutils libcups2; do
    if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
      sudo=""; if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
      $sudo apt-get update -qq
      $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$pkg"
    fi
  done
fi
.venv/bin/python -m pip install -q "pyinstaller>=6.10"

start=$(date +%s)
.venv/bin/pyinstaller --noconfirm --clean --log-level WARN \
  --workpath "$WORK" --distpath "$ROOT/dist" build/desktop_app.spec
echo "build: $(( $(date +%s) - start )) s"

BUNDLE="$ROOT/dist/Vagval"
ln -sf Vagval "$BUNDLE/vagval-admin"   # one executable on Linux (see build/entry_linux.py)
echo "bundle size: $(du -sm "$BUNDLE" | cut -f1) MB"
echo "ten largest parts:"
# (awk, not head, takes the first ten: head would end the pipe early and, with pipefail,
# sort's SIGPIPE would fail the build.)
(cd "$BUNDLE" && find . -type f -printf '%s %P\n' | sort -rn \
  | awk 'NR <= 10 {printf "  %5.1f MB  %s\n", $1 / 1048576, $2}')

echo "smoke test:"
QT_QPA_PLATFORM=offscreen "$BUNDLE/Vagval" --self-test
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
export VAGVAL_PASSWORD="Rok-test-av-paketet-1"
"$BUNDLE/vagval-admin" init --db "$tmp/vagval.db" --unit "Röktest" --admin anna >/dev/null
"$BUNDLE/vagval-admin" users --db "$tmp/vagval.db" --user anna list
"$BUNDLE/vagval-admin" verify --db "$tmp/vagval.db" --user anna
backup="$("$BUNDLE/vagval-admin" backup --db "$tmp/vagval.db" --user anna --to "$tmp/usb")"
"$BUNDLE/vagval-admin" verify-backup --user anna "$backup"
if [ "$(head -c 15 "$tmp/vagval.db")" = "SQLite format 3" ]; then
  echo "the database is not encrypted" >&2; exit 1
fi
echo "smoke test: ok"
