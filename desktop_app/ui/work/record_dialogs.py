"""UI layer: a lecture, training or study visit, and a consultation to a professional."""

from __future__ import annotations

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from desktop_app.core.domain.contact_enums import ContactForm
from desktop_app.core.domain.unit_work import ConsultationDraft, EducationDraft, EducationKind
from desktop_app.session import Session, municipalities
from desktop_app.ui.dialogs.form_dialog import FormDialog
from desktop_app.ui.ops import Ops
from desktop_app.ui.widgets.choices import EnumCombo, MunicipalityCombo

AUDIENCES = (
    "socialsekreterare",
    "skolpersonal",
    "fritidsgårdspersonal",
    "polis",
    "hälso- och sjukvård",
    "studenter",
    "allmänhet",
)


class _RecordDialog(FormDialog):
    saved = Signal()

    def __init__(
        self, session: Session, ops: Ops, title: str, parent: QWidget | None, record=None
    ) -> None:
        super().__init__(ops, parent)
        self.session = session
        self.record = record
        self.setWindowTitle(title)
        self.day = QDateEdit(QDate.currentDate(), calendarPopup=True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.municipality = MunicipalityCombo(municipalities())
        self.form = QFormLayout()
        self.finish_layout(self.form)
        self.field_widgets = {"day": self.day, "municipality": self.municipality}

    def call(self):
        raise NotImplementedError

    def submit(self) -> None:
        self.save(self.call(), lambda _: (self.accept(), self.saved.emit()))


def _qdate(day) -> QDate:
    return QDate(day.year, day.month, day.day)


class EducationDialog(_RecordDialog):
    def __init__(
        self, session: Session, ops: Ops, parent: QWidget | None = None, record=None
    ) -> None:
        super().__init__(session, ops, self.tr("Studiebesök och utbildning"), parent, record)
        self.kind = EnumCombo(EducationKind)
        self.participants = QSpinBox(minimum=0, maximum=100_000)
        self.participants.setObjectName("participants")
        self.audience = QComboBox(editable=True)
        self.audience.addItems(AUDIENCES)
        self.organisation = QLineEdit()
        self.title = QLineEdit()
        for label, widget in (
            (self.tr("Datum:"), self.day),
            (self.tr("Typ:"), self.kind),
            (self.tr("Antal deltagare:"), self.participants),
            (self.tr("Publik:"), self.audience),
            (self.tr("Organisation:"), self.organisation),
            (self.tr("Kommun:"), self.municipality),
            (self.tr("Titel:"), self.title),
        ):
            self.form.addRow(label, widget)
        if record is not None:
            x = record.draft
            self.day.setDate(_qdate(x.day))
            self.kind.set_value(x.kind)
            self.participants.setValue(x.participants)
            self.audience.setCurrentText(x.audience)
            self.organisation.setText(x.organisation)
            self.municipality.set_value(x.municipality)
            self.title.setText(x.title)

    def call(self):
        draft = EducationDraft(
            self.day.date().toPython(),
            self.kind.value(),
            self.participants.value(),
            self.audience.currentText(),
            self.organisation.text(),
            self.municipality.value() or "unknown",
            self.title.text(),
            (self.session.user.id,),
        )
        work = self.session.work
        if self.record is not None:
            record_id = self.record.id
            return lambda: work.update_education(record_id, draft)
        return lambda: work.record_education(draft)


class ConsultationDialog(_RecordDialog):
    def __init__(
        self, session: Session, ops: Ops, parent: QWidget | None = None, record=None
    ) -> None:
        super().__init__(session, ops, self.tr("Konsultation"), parent, record)
        self.profession = QComboBox(editable=True)
        self.profession.setObjectName("profession")
        self.profession.addItems(
            ("socialsekreterare", "skolkurator", "polis", "sjuksköterska", "läkare", "behandlare")
        )
        self.contact_form = EnumCombo(ContactForm)
        self.minutes = QSpinBox(minimum=0, maximum=600, value=30)
        for label, widget in (
            (self.tr("Datum:"), self.day),
            (self.tr("Yrke:"), self.profession),
            (self.tr("Kommun:"), self.municipality),
            (self.tr("Form:"), self.contact_form),
            (self.tr("Minuter:"), self.minutes),
        ):
            self.form.addRow(label, widget)
        if record is not None:
            x = record.draft
            self.day.setDate(_qdate(x.day))
            self.profession.setCurrentText(x.profession)
            self.municipality.set_value(x.municipality)
            self.contact_form.set_value(x.form)
            self.minutes.setValue(x.minutes)

    def call(self):
        draft = ConsultationDraft(
            self.day.date().toPython(),
            self.profession.currentText(),
            self.municipality.value() or "unknown",
            self.contact_form.value(),
            self.minutes.value(),
            (self.session.user.id,),
        )
        work = self.session.work
        if self.record is not None:
            record_id = self.record.id
            return lambda: work.update_consultation(record_id, draft)
        return lambda: work.record_consultation(draft)
