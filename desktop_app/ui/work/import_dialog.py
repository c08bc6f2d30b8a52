"""UI layer: import counts from a spreadsheet: choose the kind and file, see a preview
(how many rows would come in, and why the others would not), then import."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QProgressDialog,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.imports.import_service import ImportReport
from desktop_app.session import Session
from desktop_app.ui.feedback import error_text
from desktop_app.ui.ops import Ops
from desktop_app.ui.widgets.worker_progress import WorkerProgress


class ImportDialog(QDialog):
    def __init__(self, session: Session, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.ops = ops
        self.progress_dialog: QProgressDialog | None = None
        self.setWindowTitle(self.tr("Importera från Excel eller CSV"))
        self.kind = QComboBox()
        for text, kind in (
            (self.tr("Uppsökande arbete"), "outreach"),
            (self.tr("Studiebesök och utbildning"), "education"),
            (self.tr("Konsultationer"), "consultations"),
            (self.tr("Samtal"), "contacts"),
            (self.tr("Gruppträffar"), "group-sessions"),
        ):
            self.kind.addItem(text, kind)
        self.path = QLineEdit()
        self.path.setObjectName("importPath")
        choose = QPushButton(self.tr("Välj fil…"))
        choose.clicked.connect(self._choose)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(choose)
        self.preview = QTextBrowser()
        self.preview.setObjectName("importPreview")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.check = self.buttons.addButton(
            self.tr("Förhandsgranska"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.run_button = self.buttons.addButton(
            self.tr("Importera"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.run_button.setObjectName("runImport")
        self.run_button.setEnabled(False)
        self.check.clicked.connect(lambda: self.start(dry_run=True))
        self.run_button.clicked.connect(lambda: self.start(dry_run=False))
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Sort:"), self.kind)
        form.addRow(self.tr("Fil:"), row)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.buttons)
        self.resize(640, 460)
        self.kind.currentIndexChanged.connect(lambda _: self.run_button.setEnabled(False))
        self.path.textChanged.connect(lambda _: self.run_button.setEnabled(False))

    def _choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Välj fil"), str(Path.home()), self.tr("Kalkylblad (*.csv *.xlsx)")
        )
        if path:
            self.path.setText(path)

    def start(self, dry_run: bool) -> None:
        path, kind, imports = Path(self.path.text()), self.kind.currentData(), self.session.imports
        if not path.is_file():
            self.preview.setPlainText(self.tr("Välj en fil först."))
            return
        self.check.setEnabled(False)
        self.run_button.setEnabled(False)
        dialog = QProgressDialog(
            self.tr("Läser filen…") if dry_run else self.tr("Importerar…"),
            self.tr("Avbryt"),
            0,
            1000,
            self,
        )
        dialog.setObjectName("importProgress")
        dialog.setWindowTitle(self.windowTitle())
        dialog.setMinimumDuration(300)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        progress = WorkerProgress(dialog)
        self.progress_dialog = dialog

        def work():
            return imports.run(
                kind,
                path,
                dry_run=dry_run,
                progress=progress.share,
                cancelled=progress.is_cancelled,
            )

        self.ops.run(self, work, self._reported, self._failed)

    def _close_progress(self) -> None:
        if self.progress_dialog is not None:
            self.progress_dialog.close()
            self.progress_dialog.deleteLater()
            self.progress_dialog = None

    def _reported(self, report: ImportReport) -> None:
        self._close_progress()
        self.check.setEnabled(True)
        lines = []
        if report.previously is not None:
            when, name = report.previously
            lines.append(
                self.tr("Filen har redan importerats %1 (%2). Den importeras inte igen.")
                .replace("%1", when[:16].replace("T", " "))
                .replace("%2", name)
            )
        elif report.dry_run:
            lines.append(
                self.tr("%1 av %2 rader kan importeras.")
                .replace("%1", str(report.imported))
                .replace("%2", str(report.rows))
            )
            self.run_button.setEnabled(report.imported > 0)
        else:
            lines.append(
                self.tr("%1 av %2 rader importerades.")
                .replace("%1", str(report.imported))
                .replace("%2", str(report.rows))
            )
        for rejected in report.rejected:
            lines.append(
                self.tr("Rad %1: %2")
                .replace("%1", str(rejected.row))
                .replace("%2", error_text(rejected.error))
            )
        more = report.rejected_count - len(report.rejected)
        if more > 0:
            lines.append(self.tr("… och %n rader till som inte kan importeras.", "", more))
        self.preview.setPlainText("\n".join(lines))

    def _failed(self, error) -> None:
        self._close_progress()
        self.check.setEnabled(True)
        self.preview.setPlainText(error_text(error))
