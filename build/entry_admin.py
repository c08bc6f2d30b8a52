"""PyInstaller entry point of the admin command line (vagval-admin / vagval-admin.exe)."""

from desktop_app.cli.main import main

if __name__ == "__main__":
    raise SystemExit(main())
