"""Benchmark starting the program: time from launch to the login window, frozen and from
source, and unlocking (key derivation included).

Usage: python benchmarks/startup.py [--quick] [--no-build]
- startup_frozen: dist/Vagval/Vagval until its login window is shown (built with
  build/build.sh when missing); floor_ms: a bare PySide6 window frozen the same way
  (PyInstaller onedir, the same exclusions), measured in the same run.
- startup_source: `python -m desktop_app` until the login window is shown; floor_ms: the
  bare window from source.
- unlock: logging in to a database, Argon2id key derivation included; floor_ms: the bare
  key derivation.
- unlock_large: logging in to the large database (20,000 clients, 1,000,000 contacts;
  --quick: a tenth), built with the demo generator; floor_ms: the bare Argon2id unwrap
  plus opening the three files with their raw keys (benchmarks/keys.py).
Medians of several launches (--quick: fewer). Prints one JSON object per line; not a
timed test. Both executables quit themselves once the window is up (--startup-probe).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

# This folder holds statistics.py, which would shadow the standard library's module.
_HERE = Path(__file__).resolve().parent
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != _HERE]
ROOT = _HERE.parent
sys.path.insert(0, str(ROOT))

from benchmarks.harness import emit, timed  # noqa: E402

PASSWORD = "Start-mätning-av-Vägval-1"
FROZEN = ROOT / "dist" / "Vagval" / "Vagval"
BARE_WORK = ROOT / "build-work" / "bare"
BARE = ROOT / "build-work" / "bare-dist" / "bare" / "bare"


def launch_ms(command: list[str], env: dict[str, str]) -> float:
    """Milliseconds from starting the process until it reports its window shown."""
    start = time.perf_counter()
    proc = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env
    )
    for line in proc.stdout:
        if "startup-probe: shown" in line:
            elapsed = (time.perf_counter() - start) * 1000
            break
    else:
        proc.wait()
        raise RuntimeError(f"{command[0]} never showed its window (exit {proc.returncode})")
    proc.wait(timeout=60)
    return elapsed


def paired_launches(
    command: list[str], floor: list[str], env: dict[str, str], repeat: int
) -> tuple[float, float]:
    """Medians of the command and its floor, launched in turn so that a busy moment of
    the machine weighs on both alike; one warm-up launch each (the file cache of a PC
    used every day)."""
    launch_ms(command, env)
    launch_ms(floor, env)
    ours, bare = [], []
    for _ in range(repeat):
        ours.append(launch_ms(command, env))
        bare.append(launch_ms(floor, env))
    ours.sort()
    bare.sort()
    return ours[len(ours) // 2], bare[len(bare) // 2]


def _stale(bundle: Path) -> bool:
    """The bundle is older than some source file of the program."""
    built = bundle.stat().st_mtime
    return any(p.stat().st_mtime > built for p in (ROOT / "desktop_app").rglob("*.py"))


def build_bare() -> None:
    """Freeze the bare window with the program's own exclusions, once."""
    if BARE.exists() and BARE.stat().st_mtime > (_HERE / "bare_window.py").stat().st_mtime:
        return
    spec_globals: dict = {"SPECPATH": str(ROOT / "build"), "__file__": "spec"}
    source = (ROOT / "build" / "desktop_app.spec").read_text(encoding="utf-8")
    exclusions = source[
        source.index("EXCLUDES = [") : source.index("]", source.index("EXCLUDES = ["))
    ]
    exec(exclusions + "]", spec_globals)  # noqa: S102 (our own spec's list)
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--onedir",
        "--log-level",
        "WARN",
        "--name",
        "bare",
        "--workpath",
        str(BARE_WORK),
        "--distpath",
        str(BARE.parent.parent),
        "--specpath",
        str(BARE_WORK),
        "--strip",
    ]
    for module in spec_globals["EXCLUDES"]:
        command += ["--exclude-module", module]
    subprocess.run([*command, str(_HERE / "bare_window.py")], check=True, cwd=ROOT)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer launches (under a minute)")
    parser.add_argument("--no-build", action="store_true", help="skip what needs building")
    args = parser.parse_args()
    repeat = 3 if args.quick else 9

    from desktop_app.core.domain.roles import Role
    from desktop_app.core.domain.users import NewUser
    from desktop_app.session import Gatekeeper, create_unit
    from desktop_app.storage.keyslots import KdfParams

    with tempfile.TemporaryDirectory() as folder:
        data = Path(folder)
        session, _ = create_unit(
            data / "vagval.db",
            "Startmätning",
            NewUser("anna", "Anna", Role.ADMINISTRATOR),
            PASSWORD,
        )
        session.close()
        env = dict(
            os.environ,
            QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
            VAGVAL_DATA_DIR=str(data),
            VAGVAL_CONFIG_DIR=str(data / "config"),
        )

        source, bare_source = paired_launches(
            [sys.executable, "-m", "desktop_app", "--startup-probe"],
            [sys.executable, str(_HERE / "bare_window.py")],
            env,
            repeat,
        )
        emit("startup_source", source, bare_source)

        if not args.no_build:
            if not FROZEN.exists() or _stale(FROZEN):
                subprocess.run(["bash", str(ROOT / "build" / "build.sh")], check=True)
            build_bare()
        if FROZEN.exists() and BARE.exists():
            frozen, bare = paired_launches(
                [str(FROZEN), "--startup-probe"], [str(BARE)], env, repeat
            )
            emit("startup_frozen", frozen, bare, ratio=round(frozen / bare, 2))

        gate = Gatekeeper(data / "vagval.db")

        def unlock() -> None:
            gate.login("anna", PASSWORD).close()

        salt = os.urandom(16)
        kdf = timed(lambda: KdfParams().derive(PASSWORD, salt), repeat)
        emit("unlock", timed(unlock, repeat), kdf)
        # The first login after start also imports the storage layer and the services,
        # which the login window leaves until then.
        probe = (
            "import sys, time\n"
            "from desktop_app.gatekeeper import Gatekeeper\n"
            "start = time.perf_counter()\n"
            "Gatekeeper(sys.argv[1]).login('anna', sys.argv[2]).close()\n"
            "print((time.perf_counter() - start) * 1000)\n"
        )
        firsts = sorted(
            float(
                subprocess.run(
                    [sys.executable, "-c", probe, str(data / "vagval.db"), PASSWORD],
                    capture_output=True,
                    text=True,
                    check=True,
                    env=env,
                ).stdout
            )
            for _ in range(repeat)
        )
        emit("unlock_first_after_start", firsts[len(firsts) // 2], kdf)
        unlock_large(data / "large.db", args.quick, repeat)
    return 0


def unlock_large(path: Path, quick: bool, repeat: int) -> None:
    from benchmarks.keys import ADMIN, _bare_open
    from desktop_app.demo.generator import DemoSpec, build_demo
    from desktop_app.session import Gatekeeper

    clients, contacts = (2_000, 100_000) if quick else (20_000, 1_000_000)
    build_demo(path, DemoSpec(seed=7, clients=clients, years=1, contacts=contacts))
    gate = Gatekeeper(path)
    emit(
        "unlock_large",
        timed(lambda: gate.login(ADMIN.username, ADMIN.password).close(), repeat),
        timed(lambda: _bare_open(path), repeat),
        clients=clients,
        contacts=contacts,
    )


if __name__ == "__main__":
    raise SystemExit(main())
