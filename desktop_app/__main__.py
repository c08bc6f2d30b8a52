"""Start Vägval: arguments, paths (platformdirs), Qt. ``python -m desktop_app --demo``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop_app import APP_NAME, __version__


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="vagval", description=f"{APP_NAME} {__version__}")
    parser.add_argument(
        "--demo",
        action="store_true",
        help="skapa eller öppna demodatabasen och visa demoinloggningarna",
    )
    parser.add_argument("--db", type=Path, help="databasfil att öppna")
    parser.add_argument("--lang", choices=["sv", "en"], help="språk (standard: sv)")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="starta Qt utan fönster, skapa en tillfällig databas, bygg "
        "huvudfönstret och avsluta (för installation och CI)",
    )
    # Benchmarks: quit as soon as the first window (login or setup) has been shown.
    parser.add_argument("--startup-probe", action="store_true", help=argparse.SUPPRESS)
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    if args.self_test:
        from desktop_app.ui.self_test import run_self_test

        return run_self_test()

    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from desktop_app import paths
    from desktop_app.app import VagvalApp
    from desktop_app.ui.clipboard_guard import install as install_clipboard_guard
    from desktop_app.ui.crash import install_excepthook
    from desktop_app.ui.i18n import install_translators
    from desktop_app.ui.main_thread_gc import install as install_main_thread_gc
    from desktop_app.ui.theme import follow_system

    config_path = paths.default_config_dir() / "config.json"
    config = paths.AppConfig.load(config_path)
    app = QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setWindowIcon(QIcon(str(paths.resource("icons", "vagval.png"))))
    follow_system(app)  # the look: light, or dark / high contrast as the system asks
    install_translators(app, args.lang or config.language or "sv")
    install_excepthook(paths.default_data_dir() / "logs")
    install_main_thread_gc(app)
    install_clipboard_guard(app)

    demo_accounts: tuple = ()
    if args.demo:
        from desktop_app.demo.generator import open_or_create_demo

        db_path = args.db or paths.demo_database_path()
        demo_accounts = open_or_create_demo(db_path).accounts
    else:
        db_path = args.db or Path(config.database or paths.default_database_path())
    vagval = VagvalApp(
        db_path,
        config_path,
        paths.default_data_dir(),
        demo_accounts=demo_accounts,
        remember=not args.demo,
    )
    vagval.start()
    if args.startup_probe:
        from PySide6.QtCore import QTimer

        def shown() -> None:
            print("startup-probe: shown", flush=True)
            app.quit()

        QTimer.singleShot(0, shown)  # runs once the first window has been shown
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
