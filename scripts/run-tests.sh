#!/usr/bin/env bash
# Set everything up and run the whole test suite headless, then the linter and the
# program's own smoke test.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export QT_QPA_PLATFORM=offscreen
.venv/bin/python -m pytest -n auto "$@"
# Again, every test starting from a version-1 database migrated at its first login.
VAGVAL_TEST_MIGRATED=1 .venv/bin/python -m pytest -n auto -q "$@"
.venv/bin/ruff check .
.venv/bin/ruff format --check .
.venv/bin/python scripts/update_translations.py --check >/dev/null
.venv/bin/python -m desktop_app --self-test
