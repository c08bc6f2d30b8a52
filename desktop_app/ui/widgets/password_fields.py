"""UI layer: a new password typed twice, with a strength bar and a hint."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QProgressBar, QWidget

from desktop_app.core.services.passwords import MIN_LENGTH, Strength, strength


class NewPasswordFields(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.password = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.password.setObjectName("newPassword")
        self.repeat = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.repeat.setObjectName("repeatPassword")
        self.bar = QProgressBar(maximum=int(Strength.STRONG), textVisible=False)
        self.bar.setFixedHeight(8)
        self.hint = QLabel(wordWrap=True)
        self.hint.setObjectName("passwordHint")
        layout = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        # Never squeezed below its own height when an error line appears beside it (the
        # fields once shrank to 10 px in the wizard).
        layout.setSizeConstraint(QFormLayout.SizeConstraint.SetMinimumSize)
        layout.addRow(self.tr("Lösenord:"), self.password)
        layout.addRow(self.tr("Upprepa lösenordet:"), self.repeat)
        layout.addRow("", self.bar)
        layout.addRow("", self.hint)
        self.password.textChanged.connect(self._update)
        self.repeat.textChanged.connect(self._update)
        self._update()

    def text(self) -> str:
        return self.password.text()

    def clear(self) -> None:
        self.password.clear()
        self.repeat.clear()

    def is_acceptable(self) -> bool:
        value = self.password.text()
        return strength(value) > Strength.WEAK and value == self.repeat.text()

    def _update(self) -> None:
        value = self.password.text()
        level = strength(value)
        self.bar.setValue(int(level))
        colours = {0: "#b3261e", 1: "#b3261e", 2: "#b26a00", 3: "#2e7d32", 4: "#1b5e20"}
        self.bar.setStyleSheet(f"QProgressBar::chunk {{ background: {colours[int(level)]}; }}")
        if len(value) < MIN_LENGTH:
            hint = self.tr(
                "Minst %n tecken. Tips: flera ord med mellanslag eller bindestreck.", "", MIN_LENGTH
            )
        elif level == Strength.WEAK:
            hint = self.tr("Svagt: lätt att gissa. Lägg till fler ord eller tecken.")
        elif self.repeat.text() and self.repeat.text() != value:
            hint = self.tr("De två lösenorden är inte lika.")
        elif level == Strength.FAIR:
            hint = self.tr("Godkänt, men ett längre lösenord är säkrare.")
        else:
            hint = self.tr("Starkt lösenord.")
        self.hint.setText(hint)
        self.changed.emit()
