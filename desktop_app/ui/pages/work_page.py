"""UI layer: Uppsökande och utbildning: outreach, lectures and study visits,
consultations, the user survey and the year's goals."""

from __future__ import annotations

from datetime import date

from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.session import Session, municipalities
from desktop_app.ui.feedback import error_text, label_text
from desktop_app.ui.models.rows_table_model import RowsTableModel
from desktop_app.ui.ops import Ops
from desktop_app.ui.widgets.row_table import row_table
from desktop_app.ui.work.goals_tab import GoalsTab
from desktop_app.ui.work.import_dialog import ImportDialog
from desktop_app.ui.work.materials_dialog import MaterialsDialog
from desktop_app.ui.work.outreach_dialogs import OutreachDialog, WeekDialog
from desktop_app.ui.work.outreach_persons_dialogs import PersonsDialog
from desktop_app.ui.work.record_dialogs import ConsultationDialog, EducationDialog
from desktop_app.ui.work.survey_tab import SurveyTab


class WorkPage(QWidget):
    def __init__(self, session: Session, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.ops = ops
        self.materials: list = []
        self.persons: list = []  # the register of persons met in outreach
        self.names = {m.code: m.short_name for m in municipalities()}
        heading = QLabel(self.tr("Uppsökande och utbildning"))
        font = QFont()
        font.setPointSize(18)
        font.setBold(True)
        heading.setFont(font)
        self.year = QSpinBox(minimum=2000, maximum=2100, value=date.today().year)
        self.year.setPrefix(self.tr("År "))
        import_button = QPushButton(self.tr("Importera…"))
        import_button.setObjectName("importFile")
        import_button.clicked.connect(lambda: self.import_file())
        top = QHBoxLayout()
        top.addWidget(heading, 1)
        top.addWidget(self.year)
        top.addWidget(import_button)

        self.outreach_model = RowsTableModel(
            [
                self.tr("Datum"),
                self.tr("Arena"),
                self.tr("Kontakter"),
                self.tr("Nya"),
                self.tr("Mejl"),
                self.tr("Sms"),
                self.tr("Svar"),
                self.tr("Material"),
                self.tr("Anteckning"),
            ],
            self,
        )
        self.outreach_table = row_table(self.outreach_model)
        self.stock = QLabel()
        self.stock.setObjectName("stock")
        outreach_tab = self._tab(
            self.outreach_table,
            self.stock,
            (
                (self.tr("Ny registrering…"), self.new_outreach, "newOutreach"),
                (self.tr("Registrera en vecka…"), self.new_week, "newWeek"),
                (self.tr("Material…"), self.edit_material, "materials"),
                (self.tr("Personer…"), self.edit_persons, "outreachPersons"),
                (
                    self.tr("Ändra…"),
                    lambda: self._edit_selected(self.outreach_table),
                    "editOutreach",
                ),
                (
                    self.tr("Ta bort…"),
                    lambda: self.delete("outreach", self.outreach_table, self.outreach_model),
                    "deleteOutreach",
                ),
            ),
        )
        self.education_model = RowsTableModel(
            [
                self.tr("Datum"),
                self.tr("Typ"),
                self.tr("Deltagare"),
                self.tr("Publik"),
                self.tr("Organisation"),
                self.tr("Kommun"),
                self.tr("Titel"),
            ],
            self,
        )
        self.education_table = row_table(self.education_model)
        self.education_total = QLabel()
        education_tab = self._tab(
            self.education_table,
            self.education_total,
            (
                (self.tr("Ny…"), self.new_education, "newEducation"),
                (
                    self.tr("Ändra…"),
                    lambda: self._edit_selected(self.education_table),
                    "editEducation",
                ),
                (
                    self.tr("Ta bort…"),
                    lambda: self.delete("education", self.education_table, self.education_model),
                    "deleteEducation",
                ),
            ),
        )
        self.consultation_model = RowsTableModel(
            [
                self.tr("Datum"),
                self.tr("Yrke"),
                self.tr("Kommun"),
                self.tr("Form"),
                self.tr("Minuter"),
            ],
            self,
        )
        self.consultation_table = row_table(self.consultation_model)
        self.consultation_total = QLabel()
        consultation_tab = self._tab(
            self.consultation_table,
            self.consultation_total,
            (
                (self.tr("Ny…"), self.new_consultation, "newConsultation"),
                (
                    self.tr("Ändra…"),
                    lambda: self._edit_selected(self.consultation_table),
                    "editConsultation",
                ),
                (
                    self.tr("Ta bort…"),
                    lambda: self.delete(
                        "consultation", self.consultation_table, self.consultation_model
                    ),
                    "deleteConsultation",
                ),
            ),
        )
        self.survey_tab = SurveyTab(session, ops)
        self.goals_tab = GoalsTab(session, ops)
        self.tabs = QTabWidget()
        self.tabs.addTab(outreach_tab, self.tr("Uppsökande"))
        self.tabs.addTab(education_tab, self.tr("Studiebesök och utbildning"))
        self.tabs.addTab(consultation_tab, self.tr("Konsultationer"))
        self.tabs.addTab(self.survey_tab, self.tr("Brukarenkät"))
        self.tabs.addTab(self.goals_tab, self.tr("Verksamhetsmål"))
        self.message = QLabel(wordWrap=True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)
        self.year.valueChanged.connect(lambda _: self.refresh())
        self.outreach_table.doubleClicked.connect(
            lambda i: self._open(
                OutreachDialog(
                    self.session,
                    self.ops,
                    self.materials,
                    self,
                    self.outreach_model.record_at(i.row()),
                    self.persons,
                )
            )
        )
        self.education_table.doubleClicked.connect(
            lambda i: self._open(
                EducationDialog(
                    self.session, self.ops, self, self.education_model.record_at(i.row())
                )
            )
        )
        self.consultation_table.doubleClicked.connect(
            lambda i: self._open(
                ConsultationDialog(
                    self.session, self.ops, self, self.consultation_model.record_at(i.row())
                )
            )
        )

    @staticmethod
    def _tab(table: QTableView, summary: QLabel, buttons) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(table, 1)
        summary.setWordWrap(True)
        layout.addWidget(summary)  # its own line: the buttons fit the smallest window
        row = QHBoxLayout()
        row.addStretch(1)
        for text, slot, name in buttons:
            button = QPushButton(text)
            button.setObjectName(name)
            button.clicked.connect(slot)
            row.addWidget(button)
        layout.addLayout(row)
        return tab

    # -- loading ----------------------------------------------------------------------
    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> None:
        work, year = self.session.work, self.year.value()
        start, end = date(year, 1, 1), date(year, 12, 31)
        self.ops.run(
            self,
            lambda: (
                work.materials(),
                work.outreach(start, end),
                work.education(start, end),
                work.consultations(start, end),
                self.session.outreach_persons.persons(),
            ),
            self._loaded,
            lambda e: self.message.setText(error_text(e)),
        )
        self.survey_tab.refresh()
        self.goals_tab.year.setValue(year)
        self.goals_tab.refresh()

    def _loaded(self, result) -> None:
        self.materials, outreach, education, consultations, self.persons = result
        names = {m.id: m.name for m in self.materials}
        self.outreach_model.set_rows(
            [
                [
                    o.draft.day.isoformat(),
                    label_text(o.draft.arena),
                    o.draft.contacts,
                    o.draft.new_persons,
                    o.draft.mails,
                    o.draft.sms,
                    o.draft.replies,
                    ", ".join(f"{n} {names.get(m, '?')}" for m, n in o.draft.materials.items()),
                    o.draft.note,
                ]
                for o in outreach
            ],
            outreach,
        )
        self.stock.setText(
            "   ".join(
                (self.tr("%1: %2") if m.counter else self.tr("%1: %2 (av %3)"))
                .replace("%1", m.name)
                .replace("%2", str(m.handed_out))
                .replace("%3", str(m.stock))
                for m in self.materials
            )
            + "   "
            + self.tr("Kontakter i år: %1, varav nya: %2")
            .replace("%1", str(sum(o.draft.contacts for o in outreach)))
            .replace("%2", str(sum(o.draft.new_persons for o in outreach)))
        )
        self.education_model.set_rows(
            [
                [
                    e.draft.day.isoformat(),
                    label_text(e.draft.kind),
                    e.draft.participants,
                    e.draft.audience,
                    e.draft.organisation,
                    self.names.get(e.draft.municipality) or label_text(e.draft.municipality),
                    e.draft.title,
                ]
                for e in education
            ],
            education,
        )
        self.education_total.setText(
            self.tr("%1 tillfällen, %2 deltagare")
            .replace("%1", str(len(education)))
            .replace("%2", str(sum(e.draft.participants for e in education)))
        )
        self.consultation_model.set_rows(
            [
                [
                    c.draft.day.isoformat(),
                    c.draft.profession,
                    self.names.get(c.draft.municipality) or label_text(c.draft.municipality),
                    label_text(c.draft.form),
                    c.draft.minutes,
                ]
                for c in consultations
            ],
            consultations,
        )
        self.consultation_total.setText(
            self.tr("%1 konsultationer").replace("%1", str(len(consultations)))
        )

    def clear_sensitive(self) -> None:
        for model in (self.outreach_model, self.education_model, self.consultation_model):
            model.set_rows([])
        self.survey_tab.clear_sensitive()

    # -- actions ----------------------------------------------------------------------
    def _edit_selected(self, table: QTableView) -> None:
        """Ändra…: what a double-click on the selected row does."""
        rows = table.selectionModel().selectedRows()
        if not rows:
            self.message.setText(self.tr("Välj en rad i listan först."))
            return
        table.doubleClicked.emit(rows[0])

    def _open(self, dialog) -> None:
        dialog.saved.connect(self.refresh)
        dialog.open()

    def new_outreach(self) -> OutreachDialog:
        dialog = OutreachDialog(self.session, self.ops, self.materials, self, None, self.persons)
        self._open(dialog)
        return dialog

    def new_week(self) -> WeekDialog:
        package = next((m for m in self.materials if "paket" in m.name.casefold()), None)
        dialog = WeekDialog(self.session, self.ops, package, self)
        self._open(dialog)
        return dialog

    def new_education(self) -> None:
        self._open(EducationDialog(self.session, self.ops, self))

    def new_consultation(self) -> None:
        self._open(ConsultationDialog(self.session, self.ops, self))

    def edit_persons(self) -> None:
        dialog = PersonsDialog(self.session, self.ops, self)
        dialog.changed.connect(self.refresh)
        dialog.open()

    def edit_material(self) -> None:
        dialog = MaterialsDialog(self.session, self.ops, self)
        dialog.changed.connect(self.refresh)
        dialog.open()

    def delete(self, kind: str, table: QTableView, model: RowsTableModel) -> None:
        rows = table.selectionModel().selectedRows()
        record = model.record_at(rows[0].row()) if rows else None
        if record is None:
            self.message.setText(self.tr("Välj en rad i listan först."))
            return
        answer = QMessageBox.question(
            self,
            self.tr("Ta bort"),
            self.tr(
                "Ta bort registreringen från %1? Den räknas inte längre i statistiken."
            ).replace("%1", str(record.draft.day)),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        work = self.session.work
        self.ops.run(
            self,
            lambda: work.delete(kind, record.id),
            lambda _: self.refresh(),
            lambda e: self.message.setText(error_text(e)),
        )

    def import_file(self) -> None:
        dialog = ImportDialog(self.session, self.ops, self)
        dialog.finished.connect(lambda _: self.refresh())
        dialog.open()
