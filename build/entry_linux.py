"""PyInstaller entry point on Linux: one executable for both the program and the admin
command line (``vagval-admin`` is a symbolic link to ``Vagval``); it keeps the bundle one
copy of the Python archive smaller. Windows needs two (a console and a window one)."""

import os
import sys

if os.path.basename(sys.argv[0]).lower().startswith("vagval-admin"):
    from desktop_app.cli.main import main
else:
    from desktop_app.__main__ import main

if __name__ == "__main__":
    raise SystemExit(main())
