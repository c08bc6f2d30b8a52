"""UI layer: registering outreach: one session, or a whole week in one grid."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from desktop_app.core.domain.outreach_persons import OutreachPerson
from desktop_app.core.domain.unit_work import AdCounts, Arena, Material, Outreach, OutreachDraft
from desktop_app.session import Session
from desktop_app.ui.dialogs.form_dialog import FormDialog
from desktop_app.ui.feedback import label_text
from desktop_app.ui.models.calendar_model import DAY_NAMES
from desktop_app.ui.ops import Ops
from desktop_app.ui.work.outreach_persons_dialogs import MetPicker


def arena_combo(widget: QWidget) -> QComboBox:
    combo = QComboBox()
    for arena in Arena:
        combo.addItem(label_text(arena), arena.value)
    return combo


def _count() -> QSpinBox:
    return QSpinBox(minimum=0, maximum=100_000)


class OutreachDialog(FormDialog):
    saved = Signal()

    def __init__(
        self,
        session: Session,
        ops: Ops,
        materials: list[Material],
        parent: QWidget | None = None,
        record: Outreach | None = None,
        persons: list[OutreachPerson] = (),
    ) -> None:
        super().__init__(ops, parent)
        self.session = session
        self.record = record
        self.setWindowTitle(self.tr("Uppsökande arbete"))
        self.day = QDateEdit(QDate.currentDate(), calendarPopup=True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.arena = arena_combo(self)
        self.arena.setObjectName("arena")
        self.contacts, self.new_persons = _count(), _count()
        self.contacts.setObjectName("contacts")
        self.women, self.men, self.others = _count(), _count(), _count()
        self.mails, self.sms, self.replies = _count(), _count(), _count()
        self.ads = {
            name: _count() for name in ("seen", "new", "women", "men", "under_25", "age_25_plus")
        }
        self.materials = {m.id: _count() for m in materials}
        self.note = QLineEdit()
        form = QFormLayout()
        for label, widget in (
            (self.tr("Datum:"), self.day),
            (self.tr("Arena:"), self.arena),
            (self.tr("Kontakter:"), self.contacts),
            (self.tr("varav nya personer:"), self.new_persons),
            (
                self.tr("Kvinnor / män / övriga (om känt):"),
                self._row(self.women, self.men, self.others),
            ),
            (self.tr("Mejl / sms skickade, svar:"), self._row(self.mails, self.sms, self.replies)),
        ):
            form.addRow(label, widget)
        for m in materials:  # a material handed out, or the unit's own counter
            label = self.tr("%1:") if m.counter else self.tr("%1 utdelade:")
            form.addRow(label.replace("%1", m.name), self.materials[m.id])
        form.addRow(self.tr("Annonser sedda / nya:"), self._row(self.ads["seen"], self.ads["new"]))
        form.addRow(
            self.tr("Annonser kvinnor / män:"), self._row(self.ads["women"], self.ads["men"])
        )
        form.addRow(
            self.tr("Annonser under 25 / 25 år och äldre:"),
            self._row(self.ads["under_25"], self.ads["age_25_plus"]),
        )
        form.addRow(self.tr("Anteckning:"), self.note)
        self.met = MetPicker(session, ops, list(persons), lambda: self.day.date().toPython())
        columns = QHBoxLayout()
        columns.addLayout(form, 3)
        columns.addWidget(self.met, 2)
        self.finish_layout(
            QLabel(
                self.tr("Bara antal – inga namn eller länkar. Registret till höger har bara alias.")
            ),
            columns,
        )
        self.field_widgets = {"day": self.day, "note": self.note, "met": self.met.list}
        if record is not None:
            self._fill(record.draft)
            self.met.set_persons(list(persons), record.draft.met)

    def _fill(self, x: OutreachDraft) -> None:
        self.day.setDate(QDate(x.day.year, x.day.month, x.day.day))
        self.arena.setCurrentIndex(max(self.arena.findData(x.arena.value), 0))
        for name in (
            "contacts",
            "new_persons",
            "women",
            "men",
            "others",
            "mails",
            "sms",
            "replies",
        ):
            getattr(self, name).setValue(getattr(x, name))
        for material, box in self.materials.items():
            box.setValue(x.materials.get(material, 0))
        for name, box in self.ads.items():
            box.setValue(getattr(x.ads, name))
        self.note.setText(x.note)

    @staticmethod
    def _row(*widgets: QWidget) -> QWidget:
        row = QWidget()
        layout = QGridLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        for n, w in enumerate(widgets):
            layout.addWidget(w, 0, n)
        return row

    def draft(self) -> OutreachDraft:
        return OutreachDraft(
            day=self.day.date().toPython(),
            arena=Arena(self.arena.currentData()),
            contacts=self.contacts.value(),
            new_persons=self.new_persons.value(),
            women=self.women.value(),
            men=self.men.value(),
            others=self.others.value(),
            mails=self.mails.value(),
            sms=self.sms.value(),
            replies=self.replies.value(),
            materials={m: box.value() for m, box in self.materials.items() if box.value()},
            staff=(self.session.user.id,),
            note=self.note.text(),
            ads=AdCounts(**{k: v.value() for k, v in self.ads.items()}),
            met=self.met.checked(),
        )

    def submit(self) -> None:
        draft, work = self.draft(), self.session.work
        if self.record is not None:
            record_id = self.record.id
            call = lambda: work.update_outreach(record_id, draft)  # noqa: E731
        else:
            call = lambda: work.record_outreach(draft)  # noqa: E731
        self.save(call, lambda _: (self.accept(), self.saved.emit()))


class WeekDialog(FormDialog):
    """A whole week at once: one row a day; empty rows (0 contacts) are skipped."""

    saved = Signal()
    COLUMNS = ("contacts", "new_persons", "packages", "mails", "sms")

    def __init__(
        self, session: Session, ops: Ops, package: Material | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(ops, parent)
        self.session = session
        self.package = package
        self.setWindowTitle(self.tr("Registrera en vecka"))
        today = date.today()
        self.monday = today - timedelta(days=6)  # the seven days up to today
        self.arena = arena_combo(self)
        grid = QGridLayout()
        headers = [
            self.tr("Dag"),
            self.tr("Kontakter"),
            self.tr("Nya"),
            self.tr("Paket"),
            self.tr("Mejl"),
            self.tr("Sms"),
        ]
        for n, text in enumerate(headers):
            grid.addWidget(QLabel(f"<b>{text}</b>"), 0, n)
        self.cells: list[dict[str, QSpinBox]] = []
        for day in range(7):
            when = self.monday + timedelta(days=day)
            weekday = QCoreApplication.translate("CalendarModel", DAY_NAMES[when.weekday()])
            grid.addWidget(QLabel(f"{weekday} {when.isoformat()}"), day + 1, 0)
            cells = {}
            for n, name in enumerate(self.COLUMNS, start=1):
                box = _count()
                box.setObjectName(f"week_{day}_{name}")
                box.setEnabled(when <= today and (name != "packages" or package is not None))
                grid.addWidget(box, day + 1, n)
                cells[name] = box
            self.cells.append(cells)
        form = QFormLayout()
        form.addRow(self.tr("Arena:"), self.arena)
        self.finish_layout(form, grid)

    def drafts(self) -> list[OutreachDraft]:
        drafts = []
        for day, cells in enumerate(self.cells):
            values = {k: box.value() for k, box in cells.items()}
            if not any(values.values()):
                continue
            materials = (
                {self.package.id: values["packages"]} if self.package and values["packages"] else {}
            )
            drafts.append(
                OutreachDraft(
                    day=self.monday + timedelta(days=day),
                    arena=Arena(self.arena.currentData()),
                    contacts=values["contacts"],
                    new_persons=values["new_persons"],
                    mails=values["mails"],
                    sms=values["sms"],
                    materials=materials,
                    staff=(self.session.user.id,),
                )
            )
        return drafts

    def submit(self) -> None:
        drafts, work = self.drafts(), self.session.work
        if not drafts:
            self.message.setText(self.tr("Fyll i minst en dag."))
            return
        self.save(lambda: work.record_week(drafts), lambda _: (self.accept(), self.saved.emit()))
