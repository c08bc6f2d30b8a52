"""PyInstaller entry point of the program (Vagval / Vagval.exe)."""

from desktop_app.__main__ import main

if __name__ == "__main__":
    raise SystemExit(main())
