#!/usr/bin/env bash
# Set everything up and start Vägval on the demo database (created on first start).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec .venv/bin/python -m desktop_app --demo "$@"
