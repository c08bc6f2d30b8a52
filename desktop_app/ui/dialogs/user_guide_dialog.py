"""UI layer: the user guide (docs/anvandarhandbok.md) as rendered text, from the Help menu."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from desktop_app.paths import user_guide_path


class UserGuideDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Användarhandbok"))
        self.setObjectName("userGuide")
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(False)
        try:
            self.browser.setMarkdown(user_guide_path().read_text(encoding="utf-8"))
        except OSError:
            self.browser.setPlainText(
                self.tr("Användarhandboken saknas i installationen (%1).").replace(
                    "%1", str(user_guide_path())
                )
            )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(760, 680)
