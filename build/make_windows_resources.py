"""Write what the Windows build needs from the package: the icon as .ico (from the
program's own PNG) and PyInstaller's version resource with the package's version.

Usage: python build/make_windows_resources.py [OUTPUT_FOLDER]   (default: build/)
Runs on any platform; the release workflow runs it before PyInstaller.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from desktop_app import APP_NAME, __version__  # noqa: E402

ICON_SIZES = [(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)]


def version_tuple(version: str) -> tuple[int, int, int, int]:
    numbers = [int("".join(c for c in part if c.isdigit()) or 0) for part in version.split(".")]
    return tuple((numbers + [0, 0, 0, 0])[:4])  # type: ignore[return-value]


def version_resource(version: str) -> str:
    """PyInstaller's version file (a VSVersionInfo expression)."""
    v = version_tuple(version)
    strings = {
        "CompanyName": APP_NAME,
        "FileDescription": f"{APP_NAME} – register, kurser och statistik",
        "FileVersion": version,
        "InternalName": "Vagval",
        "LegalCopyright": f"{APP_NAME}",
        "OriginalFilename": "Vagval.exe",
        "ProductName": APP_NAME,
        "ProductVersion": version,
    }
    entries = ",\n            ".join(f"StringStruct({k!r}, {s!r})" for k, s in strings.items())
    return f"""VSVersionInfo(
  ffi=FixedFileInfo(filevers={v}, prodvers={v}, mask=0x3f, flags=0x0, OS=0x40004,
                    fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([StringTable('041D04B0', [
            {entries}])]),
    VarFileInfo([VarStruct('Translation', [0x041D, 1200, 0x0409, 1200])])
  ]
)
"""


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "build"
    out.mkdir(parents=True, exist_ok=True)
    from PIL import Image

    icon = ROOT / "resources" / "icons" / "vagval.ico"
    Image.open(ROOT / "resources" / "icons" / "vagval.png").save(icon, sizes=ICON_SIZES)
    (out / "version_info.txt").write_text(version_resource(__version__), encoding="utf-8")
    print(f"{icon}\n{out / 'version_info.txt'} ({__version__})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
