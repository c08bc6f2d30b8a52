"""The floor of the startup benchmark: a bare PySide6 window, nothing else. Frozen the
same way as the program by benchmarks/startup.py; prints one line once shown."""

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QLabel("Vägval")
    window.resize(460, 300)
    window.show()

    def shown() -> None:
        print("startup-probe: shown", flush=True)
        app.quit()

    QTimer.singleShot(0, shown)
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
