"""The Windows release pieces, checked as far as Linux allows: the workflow parses and
does what the issue asks, the Inno Setup script's settings, the version resource and
the icon. (The Linux bundle itself is built and smoke-tested by build/build.sh in CI.)"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import yaml
from PIL import Image

from desktop_app import __version__

ROOT = Path(__file__).resolve().parent.parent


def test_release_workflow_parses_and_builds_tests_and_installs():
    workflow = yaml.safe_load((ROOT / ".github/workflows/release.yml").read_text("utf-8"))
    job = workflow["jobs"]["windows"]
    assert job["runs-on"].startswith("windows")
    script = "\n".join(str(step.get("run", "")) for step in job["steps"])
    assert "choco install innosetup" in script  # installed explicitly
    assert "desktop_app.__version__" in script  # version from the package
    assert "build/desktop_app.spec" in script
    assert script.count("--self-test") >= 2  # the bundle and the installed program
    assert "/VERYSILENT" in script and "unins000.exe" in script
    assert "verify-backup" in script


def test_installer_script_settings():
    iss = (ROOT / "build/installer.iss").read_text("utf-8")
    assert "#ifndef AppVersion" in iss  # the version comes from the package
    assert "PrivilegesRequiredOverridesAllowed=dialog commandline" in iss  # machine or user
    assert re.search(r'Source: "\.\.\\dist\\Vagval\\\*"', iss)
    assert '{group}\\{#AppName}"; Filename: "{app}\\{#AppExe}"' in iss  # Start menu
    assert "[UninstallDelete]" not in iss  # the unit's data is left alone
    assert "Swedish.isl" in iss
    icon = re.search(r"SetupIconFile=(.+)", iss).group(1).strip().replace("\\", "/")
    assert (ROOT / "build" / icon).resolve().is_file()


def test_version_resource_and_icon(tmp_path):
    done = subprocess.run(
        [sys.executable, str(ROOT / "build/make_windows_resources.py"), str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    text = (tmp_path / "version_info.txt").read_text("utf-8")
    captured = {}

    def stub(name):
        def make(*args, **kwargs):
            captured.setdefault(name, []).append((args, kwargs))
            return (name, args, kwargs)

        return make

    names = (
        "VSVersionInfo FixedFileInfo StringFileInfo StringTable StringStruct VarFileInfo VarStruct"
    )
    eval(text, {n: stub(n) for n in names.split()})  # noqa: S307 (our own generated file)
    fixed = captured["FixedFileInfo"][0][1]
    expected = tuple(int(p) for p in __version__.split(".")) + (0,)
    assert fixed["filevers"] == fixed["prodvers"] == expected[:4]
    strings = {a[0]: a[1] for a, _ in captured["StringStruct"]}
    assert strings["ProductName"] == "Vägval" and strings["ProductVersion"] == __version__
    icon = Image.open(ROOT / "resources/icons/vagval.ico")
    assert (256, 256) in icon.info["sizes"] and (16, 16) in icon.info["sizes"]


def test_spec_is_python():
    compile((ROOT / "build/desktop_app.spec").read_text("utf-8"), "desktop_app.spec", "exec")
