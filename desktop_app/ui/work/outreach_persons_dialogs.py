"""UI layer: the pseudonymous register of persons met in outreach: one person (alias,
gender, birth year, first met), the register (added, corrected, removed), and the list
an outreach day ticks the persons met in."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.domain.client_enums import Gender
from desktop_app.core.domain.ids import OutreachPersonId
from desktop_app.core.domain.outreach_persons import OutreachPerson, OutreachPersonDraft
from desktop_app.session import Session
from desktop_app.ui.dialogs.form_dialog import FormDialog
from desktop_app.ui.feedback import error_text, label_text
from desktop_app.ui.models.rows_table_model import RowsTableModel
from desktop_app.ui.ops import Ops
from desktop_app.ui.widgets.choices import EnumCombo
from desktop_app.ui.widgets.row_table import row_table

NO_YEAR = 1899


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class PersonDialog(FormDialog):
    """One person: a new one (first met ``met_on``) or a correction."""

    added = Signal(int)  # the new person's id

    def __init__(
        self,
        session: Session,
        ops: Ops,
        person: OutreachPerson | None = None,
        met_on: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ops, parent)
        self.session, self.person = session, person
        self.setWindowTitle(self.tr("Ny person") if person is None else self.tr("Ändra person"))
        self.alias = QLineEdit(person.draft.alias if person else "")
        self.alias.setObjectName("personAlias")
        self.alias.setPlaceholderText(self.tr("ett namn teamet känner igen, inte det riktiga"))
        self.gender = EnumCombo(Gender)
        self.gender.set_value(person.draft.gender if person else Gender.WOMAN)
        self.birth_year = QSpinBox(minimum=NO_YEAR, maximum=2100)
        self.birth_year.setObjectName("personBirthYear")
        self.birth_year.setSpecialValueText(self.tr("ej känt"))
        self.birth_year.setValue((person.draft.birth_year if person else None) or NO_YEAR)
        first = (person.draft.first_met if person else None) or met_on or date.today()
        self.first_met = QDateEdit(_qdate(first), calendarPopup=True)
        self.first_met.setDisplayFormat("yyyy-MM-dd")
        self.first_met.setObjectName("personFirstMet")
        form = QFormLayout()
        form.addRow(self.tr("Alias:"), self.alias)
        form.addRow(self.tr("Kön:"), self.gender)
        form.addRow(self.tr("Födelseår (ungefär):"), self.birth_year)
        form.addRow(self.tr("Först mött:"), self.first_met)
        hint = QLabel(self.tr("Inget riktigt namn behövs: registret räknar personer, inte vilka."))
        hint.setWordWrap(True)
        self.finish_layout(hint, form)
        self.field_widgets = {
            "alias": self.alias,
            "birth_year": self.birth_year,
            "first_met": self.first_met,
        }

    def draft(self) -> OutreachPersonDraft:
        year = self.birth_year.value()
        return OutreachPersonDraft(
            self.alias.text(),
            self.gender.value(),
            None if year == NO_YEAR else year,
            self.first_met.date().toPython(),
        )

    def submit(self) -> None:
        register, draft = self.session.outreach_persons, self.draft()
        if self.person is None:
            self.save(lambda: register.add(draft), self._added)
        else:
            person_id = self.person.id
            self.save(lambda: register.update(person_id, draft))

    def _added(self, person_id: int) -> None:
        self.accept()
        self.added.emit(person_id)


class PersonsDialog(QDialog):
    """The register: every person with when they were first and last met."""

    changed = Signal()

    def __init__(self, session: Session, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.ops = session, ops
        self.persons: list[OutreachPerson] = []
        self.setWindowTitle(self.tr("Personer i uppsökande arbete"))
        self.model = RowsTableModel(
            [
                self.tr("Alias"),
                self.tr("Kön"),
                self.tr("Födelseår"),
                self.tr("Först mött"),
                self.tr("Senast mött"),
                self.tr("Dagar mötta"),
            ],
            self,
        )
        self.table = row_table(self.model, "personsTable")
        self.table.doubleClicked.connect(lambda index: self._edit(self._at(index.row())))
        self.empty = QLabel(
            self.tr(
                "Registret är tomt. Det är frivilligt: lägg till en person med Ny… eller direkt "
                "från en uppsökande dag, så kan unika och nya personer räknas."
            )
        )
        self.empty.setWordWrap(True)
        buttons = []
        for text, name, slot in (
            (self.tr("Ny…"), "newPerson", lambda: self._edit(None)),
            (self.tr("Ändra…"), "editPerson", lambda: self._edit(self._selected())),
            (self.tr("Ta bort…"), "removePerson", lambda: self._remove()),
        ):
            button = QPushButton(text)
            button.setObjectName(name)
            button.setAutoDefault(False)
            button.clicked.connect(slot)
            buttons.append(button)
        self.new_button, self.edit_button, self.remove_button = buttons
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.message = QLabel(wordWrap=True)
        self.message.setObjectName("personsMessage")
        row = QHBoxLayout()
        row.addStretch(1)
        for button in buttons:
            row.addWidget(button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(close)
        self.resize(640, 400)
        self._update_buttons()
        self.refresh()

    def refresh(self) -> None:
        self.ops.run(self, self.session.outreach_persons.persons, self._loaded, self._failed)

    def _loaded(self, persons: list[OutreachPerson]) -> None:
        self.persons = persons
        self.model.set_rows(
            [
                [
                    p.shown,
                    label_text(p.draft.gender),
                    str(p.draft.birth_year or "–"),
                    p.draft.first_met.isoformat() if p.draft.first_met else "–",
                    p.last_met.isoformat() if p.last_met else "–",
                    str(p.days_met),
                ]
                for p in persons
            ]
        )
        self.empty.setVisible(not persons)
        self._update_buttons()

    def _failed(self, error) -> None:
        self.message.setText(error_text(error))

    def _at(self, row: int) -> OutreachPerson | None:
        return self.persons[row] if 0 <= row < len(self.persons) else None

    def _selected(self) -> OutreachPerson | None:
        rows = self.table.selectionModel().selectedRows()
        return self._at(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        chosen = self._selected() is not None
        self.edit_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)

    def _edit(self, person: OutreachPerson | None) -> None:
        dialog = PersonDialog(self.session, self.ops, person, parent=self)
        dialog.accepted.connect(self._saved)
        dialog.open()

    def _saved(self) -> None:
        self.message.clear()
        self.refresh()
        self.changed.emit()

    def _remove(self) -> None:
        person = self._selected()
        if person is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Ta bort person"),
            self.tr(
                "Ta bort %1 ur registret? Personen tas bort från %2 uppsökande dagar och "
                "räknas inte längre i statistik som inte är fastställd. Dagarna finns kvar."
            )
            .replace("%1", person.shown)
            .replace("%2", str(person.days_met)),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        register = self.session.outreach_persons
        self.ops.run(
            self, lambda: register.remove(person.id), lambda _: self._saved(), self._failed
        )


class MetPicker(QWidget):
    """The persons met on an outreach day: a filtered list to tick, and a new person
    added right here (first met that day)."""

    def __init__(
        self,
        session: Session,
        ops: Ops,
        persons: list[OutreachPerson],
        day: Callable[[], date],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session, self.ops, self.day = session, ops, day
        self.filter = QLineEdit()
        self.filter.setObjectName("metFilter")
        self.filter.setPlaceholderText(self.tr("Sök alias…"))
        self.filter.textChanged.connect(lambda _: self._apply_filter())
        self.list = QListWidget()
        self.list.setObjectName("metList")
        self.new_button = QPushButton(self.tr("Ny person…"))
        self.new_button.setObjectName("newMetPerson")
        self.new_button.setAutoDefault(False)
        self.new_button.clicked.connect(lambda: self._new())
        self.count = QLabel()
        self.list.itemChanged.connect(lambda _: self._counted())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("Personer som mötts (frivilligt register):")))
        layout.addWidget(self.filter)
        layout.addWidget(self.list, 1)
        row = QHBoxLayout()
        row.addWidget(self.count, 1)
        row.addWidget(self.new_button)
        layout.addLayout(row)
        self.set_persons(persons, ())

    def set_persons(self, persons: list[OutreachPerson], checked) -> None:
        chosen = set(checked)
        self.list.blockSignals(True)
        self.list.clear()
        for p in persons:
            item = QListWidgetItem(f"{p.shown} ({label_text(p.draft.gender)})")
            item.setData(Qt.ItemDataRole.UserRole, p.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if p.id in chosen else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.list.blockSignals(False)
        self._apply_filter()
        self._counted()

    def checked(self) -> tuple[OutreachPersonId, ...]:
        return tuple(
            OutreachPersonId(self.list.item(n).data(Qt.ItemDataRole.UserRole))
            for n in range(self.list.count())
            if self.list.item(n).checkState() == Qt.CheckState.Checked
        )

    def _apply_filter(self) -> None:
        wanted = self.filter.text().casefold().strip()
        for n in range(self.list.count()):
            item = self.list.item(n)
            item.setHidden(bool(wanted) and wanted not in item.text().casefold())

    def _counted(self) -> None:
        self.count.setText(self.tr("%1 valda").replace("%1", str(len(self.checked()))))

    def _new(self) -> None:
        dialog = PersonDialog(self.session, self.ops, met_on=self.day(), parent=self)
        dialog.added.connect(self._added)
        dialog.open()

    def _added(self, person_id: int) -> None:
        checked = (*self.checked(), OutreachPersonId(person_id))
        self.ops.run(
            self,
            self.session.outreach_persons.persons,
            lambda persons: self.set_persons(persons, checked),
        )
