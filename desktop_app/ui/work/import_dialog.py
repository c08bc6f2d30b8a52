"""UI layer: import counts from a spreadsheet: choose the kind and file, see a preview
(how many rows would come in, how many are already there, and why the others would
not), then import; earlier imports are listed below, and one can be undone."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.domain.imports import ImportRecord
from desktop_app.core.imports.import_service import ImportReport
from desktop_app.session import Session
from desktop_app.ui.feedback import error_text
from desktop_app.ui.models.rows_table_model import RowsTableModel
from desktop_app.ui.ops import Ops
from desktop_app.ui.widgets.row_table import row_table
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
        self.kind_names = {self.kind.itemData(i): self.kind.itemText(i) for i in range(5)}
        self.records: list[ImportRecord] = []
        self.history_model = RowsTableModel(
            [
                self.tr("Importerad"),
                self.tr("Sort"),
                self.tr("Fil"),
                self.tr("Rader"),
                self.tr("Av"),
            ],
            self,
        )
        self.history = row_table(self.history_model, "importHistory")
        self.undo_button = QPushButton(self.tr("Ångra vald import…"))
        self.undo_button.setObjectName("undoImport")
        self.undo_button.setAutoDefault(False)
        self.undo_button.setEnabled(False)
        self.undo_button.clicked.connect(self._undo)
        self.history.selectionModel().selectionChanged.connect(
            lambda *_: self.undo_button.setEnabled(
                bool(self.history.selectionModel().selectedRows())
            )
        )
        history_row = QHBoxLayout()
        history_row.addWidget(QLabel("<b>" + self.tr("Tidigare importer") + "</b>"), 1)
        history_row.addWidget(self.undo_button)
        form = QFormLayout()
        form.addRow(self.tr("Sort:"), self.kind)
        form.addRow(self.tr("Fil:"), row)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.preview, 2)
        layout.addLayout(history_row)
        layout.addWidget(self.history, 1)
        layout.addWidget(self.buttons)
        self.resize(720, 600)
        self.load_history()
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
            self.load_history()
        if report.already:
            lines.append(
                self.tr(
                    "%n rader finns redan från en tidigare import och räknas inte igen.",
                    "",
                    report.already,
                )
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

    # -- the history ------------------------------------------------------------------
    def load_history(self) -> None:
        imports = self.session.imports
        self.ops.run(self, imports.history, self._show_history, self._failed)

    def _show_history(self, records: list[ImportRecord]) -> None:
        self.records = records
        self.history_model.set_rows(
            [
                [
                    r.imported_at[:16].replace("T", " "),
                    self.kind_names.get(r.kind, r.kind),
                    r.file_name,
                    str(r.rows),
                    r.imported_by,
                ]
                for r in records
            ]
        )
        self.undo_button.setEnabled(False)

    def _undo(self) -> None:
        rows = self.history.selectionModel().selectedRows()
        if not rows:
            return
        record = self.records[rows[0].row()]
        answer = QMessageBox.question(
            self,
            self.tr("Ångra import"),
            self.tr(
                "Ångra importen av %1? Allt den skapade (%2 rader) tas bort och syns inte "
                "längre i statistiken. Ändringen loggas."
            )
            .replace("%1", record.file_name)
            .replace("%2", str(record.rows)),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        imports = self.session.imports

        def undone(count: int) -> None:
            self.preview.setPlainText(
                self.tr("Importen av %1 är ångrad: %n rader togs bort.", "", count).replace(
                    "%1", record.file_name
                )
            )
            self.load_history()

        self.ops.run(self, lambda: imports.undo(record), undone, self._failed)
