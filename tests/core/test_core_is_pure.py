import subprocess
import sys

FORBIDDEN = ("PySide6", "sqlcipher3", "sqlite3", "sqlite_utils", "reportlab")


def test_core_imports_no_qt_no_driver_no_reportlab():
    code = (
        "import pkgutil, importlib, sys, desktop_app.core as c\n"
        "for m in pkgutil.walk_packages(c.__path__, 'desktop_app.core.'):\n"
        "    importlib.import_module(m.name)\n"
        f"bad = [m for m in sys.modules if m.split('.')[0] in {FORBIDDEN!r}]\n"
        "print(','.join(sorted(bad)))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_reports_import_no_qt():
    code = (
        "import pkgutil, importlib, sys, desktop_app.reports as r\n"
        "for m in pkgutil.walk_packages(r.__path__, 'desktop_app.reports.'):\n"
        "    importlib.import_module(m.name)\n"
        "print(','.join(m for m in sys.modules if m.startswith(('PySide6', 'sqlcipher3'))))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""
