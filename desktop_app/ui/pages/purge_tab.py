"""UI layer: Administration › Gallring: the rules, the review of what is due, holds,
and purging after the administrator confirms."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.domain.purge import (
    MAX_YEARS,
    MIN_YEARS,
    SET_ASIDE_DAYS,
    PurgeCandidate,
    PurgeKind,
    PurgeLogEntry,
    PurgeReview,
    PurgeRules,
)
from desktop_app.session import Session
from desktop_app.ui.feedback import error_text, label_text
from desktop_app.ui.models.rows_table_model import RowsTableModel
from desktop_app.ui.ops import Ops


def _years_box(name: str) -> QSpinBox:
    box = QSpinBox(minimum=MIN_YEARS, maximum=MAX_YEARS)
    box.setObjectName(name)
    return box


class PurgeTab(QWidget):
    def __init__(self, session: Session, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.ops = ops
        self.review: PurgeReview | None = None
        self.client_years = _years_box("purgeClientYears")
        self.participant_years = _years_box("purgeParticipantYears")
        self.contact_years = _years_box("purgeContactYears")
        for box in (self.client_years, self.participant_years, self.contact_years):
            box.setSuffix(self.tr(" år efter senaste anteckningen"))
        save = QPushButton(self.tr("Spara reglerna"))
        save.clicked.connect(self._save_rules)
        form = QFormLayout()
        form.addRow(self.tr("Klientakter (SoL 12 kap., normalt 5 år):"), self.client_years)
        form.addRow(
            self.tr("Kursdeltagares namn och telefon, alias i uppsökande arbete:"),
            self.participant_years,
        )
        form.addRow(self.tr("Oregistrerade kontakter:"), self.contact_years)
        form.addRow("", save)

        self.review_button = QPushButton(self.tr("Granska vad som ska gallras"))
        self.review_button.setObjectName("purgeReview")
        self.review_button.clicked.connect(self.load_review)
        self.hold_button = QPushButton(self.tr("Spärra…"))
        self.hold_button.setObjectName("purgeHold")
        self.hold_button.clicked.connect(self._hold)
        self.release_button = QPushButton(self.tr("Häv spärren"))
        self.release_button.clicked.connect(self._release)
        self.purge_button = QPushButton(self.tr("Gallra…"))
        self.purge_button.setObjectName("purgeNow")
        self.purge_button.setEnabled(False)
        self.purge_button.clicked.connect(self.purge)
        buttons = QHBoxLayout()
        for button in (self.review_button, self.hold_button, self.release_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.purge_button)

        self.model = RowsTableModel(
            [
                self.tr("Slag"),
                self.tr("Kod"),
                self.tr("Namn / form"),
                self.tr("Senaste"),
                self.tr("Spärr"),
            ],
            self,
        )
        self.table = QTableView()
        self.table.setObjectName("purgeTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(200)
        self.summary = QLabel(wordWrap=True)
        self.summary.setObjectName("purgeSummary")
        self.log_label = QLabel(wordWrap=True)
        self.log_label.setObjectName("purgeLog")
        self.message = QLabel(wordWrap=True)
        self.message.setObjectName("purgeMessage")

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addWidget(QLabel("<b>" + self.tr("Gallringslogg") + "</b>"))
        layout.addWidget(self.log_label)
        layout.addWidget(self.message)

    def kind_label(self, kind: PurgeKind) -> str:
        return {
            PurgeKind.CLIENT: self.tr("Klientakt"),
            PurgeKind.PARTICIPANT: self.tr("Kursdeltagare"),
            PurgeKind.CONTACT: self.tr("Oregistrerad kontakt"),
            PurgeKind.OUTREACH_PERSON: self.tr("Person i uppsökande arbete"),
        }[kind]

    # -- loading ----------------------------------------------------------------------
    def refresh(self) -> None:
        purging = self.session.purging
        self.ops.run(
            self,
            lambda: (purging.rules(), purging.log()),
            self._loaded,
            lambda e: self.message.setText(error_text(e)),
        )

    def _loaded(self, result) -> None:
        rules, log = result
        self.client_years.setValue(rules.client_years)
        self.participant_years.setValue(rules.participant_years)
        self.contact_years.setValue(rules.contact_years)
        self._show_log(log)

    def _show_log(self, log: list[PurgeLogEntry]) -> None:
        lines = [
            self.tr("%1: %2 gallrade %3 × %4 (äldre än %5, regel %6 år)")
            .replace("%1", e.at[:16].replace("T", " "))
            .replace("%2", e.username)
            .replace("%3", str(e.count))
            .replace("%4", self.kind_label(e.kind).lower())
            .replace("%5", e.older_than)
            .replace("%6", str(e.rule_years))
            for e in log[:20]
        ]
        self.log_label.setText("\n".join(lines) or self.tr("Inget har gallrats ännu."))

    def load_review(self) -> None:
        self.message.clear()
        self.ops.run(
            self,
            self.session.purging.review,
            self._show_review,
            lambda e: self.message.setText(error_text(e)),
        )

    def _show_review(self, review: PurgeReview) -> None:
        self.review = review
        rows = []
        for c in review.candidates:
            label = label_text(c.label) if c.kind == PurgeKind.CONTACT else c.label
            hold = self.tr("Ja: %1").replace("%1", c.hold_reason) if c.hold else ""
            rows.append([self.kind_label(c.kind), c.code, label, c.last_entry.isoformat(), hold])
        self.model.set_rows(rows, review.candidates)
        due = review.due()
        counts = {kind: len(review.due(kind)) for kind in PurgeKind}
        self.summary.setText(
            self.tr(
                "Att gallra: %1 klientakter, %2 kursdeltagare, %3 oregistrerade kontakter, "
                "%5 alias i uppsökande arbete. %4 spärrade."
            )
            .replace("%1", str(counts[PurgeKind.CLIENT]))
            .replace("%2", str(counts[PurgeKind.PARTICIPANT]))
            .replace("%3", str(counts[PurgeKind.CONTACT]))
            .replace("%5", str(counts[PurgeKind.OUTREACH_PERSON]))
            .replace("%4", str(len(review.candidates) - len(due)))
        )
        copies, old = review.set_aside, review.set_aside_due()
        if copies:
            self.summary.setText(
                self.summary.text()
                + " "
                + self.tr(
                    "Undanlagda kopior av databasen (från återställningar och uppdateringar): "
                    "%1, varav %2 äldre än %3 dagar tas bort vid gallringen."
                )
                .replace("%1", str(len(copies)))
                .replace("%2", str(len(old)))
                .replace("%3", str(SET_ASIDE_DAYS))
            )
        self.purge_button.setEnabled(bool(due) or bool(old))

    def _selected(self) -> PurgeCandidate | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.record_at(rows[0].row()) if rows else None

    # -- holds ------------------------------------------------------------------------
    def _hold(self) -> None:
        candidate = self._selected()
        if candidate is None or candidate.kind != PurgeKind.CLIENT:
            self.message.setText(self.tr("Välj en klientakt i listan."))
            return
        reason, ok = QInputDialog.getText(
            self, self.tr("Spärra mot gallring"), self.tr("Varför ska akten sparas?")
        )
        if ok:
            self._set_hold(candidate, True, reason)

    def _release(self) -> None:
        candidate = self._selected()
        if candidate is not None and candidate.kind == PurgeKind.CLIENT:
            self._set_hold(candidate, False, "")

    def _set_hold(self, candidate: PurgeCandidate, hold: bool, reason: str) -> None:
        purging = self.session.purging
        self.ops.run(
            self,
            lambda: (purging.set_hold(candidate.id, hold, reason), purging.review())[1],
            self._show_review,
            lambda e: self.message.setText(error_text(e)),
        )

    # -- purging ----------------------------------------------------------------------
    def purge(self) -> None:
        review = self.review
        if review is None or not (review.due() or review.set_aside_due()):
            return
        question = self.tr(
            "%1 uppgifter raderas för gott, med journaltext och allt som hör till dem. "
            "Det går inte att ångra (utom genom att återställa en äldre säkerhetskopia). "
            "Spärrade akter lämnas kvar. Gallra nu?"
        ).replace("%1", str(len(review.due())))
        if review.set_aside_due():
            question += " " + self.tr(
                "%n undanlagda kopior av databasen tas också bort.", "", len(review.set_aside_due())
            )
        answer = QMessageBox.warning(
            self,
            self.tr("Gallra"),
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        progress = QProgressDialog(self.tr("Gallrar och packar databasen…"), "", 0, 0, self)
        progress.setCancelButton(None)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        purging, chosen = self.session.purging, review.due()

        def done(counts) -> None:
            progress.close()
            self.message.setText(
                self.tr(
                    "Gallrat: %1 klientakter, %2 kursdeltagare, %3 oregistrerade kontakter, "
                    "%4 alias i uppsökande arbete."
                )
                .replace("%1", str(counts[PurgeKind.CLIENT]))
                .replace("%2", str(counts[PurgeKind.PARTICIPANT]))
                .replace("%3", str(counts[PurgeKind.CONTACT]))
                .replace("%4", str(counts[PurgeKind.OUTREACH_PERSON]))
            )
            self.refresh()
            self.ops.run(self, purging.review, self._show_review)  # keeps the message

        def failed(error) -> None:
            progress.close()
            self.message.setText(error_text(error))

        self.ops.run(self, lambda: purging.purge(chosen), done, failed)

    def _save_rules(self) -> None:
        rules = PurgeRules(
            self.client_years.value(), self.participant_years.value(), self.contact_years.value()
        )
        purging = self.session.purging
        self.ops.run(
            self,
            lambda: purging.set_rules(rules),
            lambda _: self.message.setText(self.tr("Reglerna är sparade.")),
            lambda e: self.message.setText(error_text(e)),
        )

    def clear_sensitive(self) -> None:
        self.review = None
        self.model.set_rows([])
        self.summary.clear()
        self.purge_button.setEnabled(False)
