"""UI layer: register a contact (samtal) from the keyboard in seconds: everything has
a sensible default, Tab moves on, Enter saves. Without a client it is an unregistered
contact (an anonymous call that still counts)."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from PySide6.QtCore import QDateTime, QTime, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from desktop_app.core.client_query_helpers import client_by_code
from desktop_app.core.domain.client_enums import TargetGroup
from desktop_app.core.domain.clients import Client
from desktop_app.core.domain.contact_enums import ContactForm, ContactKind, Participants
from desktop_app.core.domain.contacts import Contact, ContactDraft
from desktop_app.core.services.contact_service import MAX_NOTE
from desktop_app.session import Session
from desktop_app.ui.dialogs.client_dialog import ClientFormOptions
from desktop_app.ui.dialogs.form_dialog import FormDialog
from desktop_app.ui.ops import Ops
from desktop_app.ui.widgets.choices import EnumCombo, MunicipalityCombo
from desktop_app.ui.widgets.form_parts import LengthHint


def _now_rounded() -> QDateTime:
    now = QDateTime.currentDateTime()
    minute = now.time().minute() - now.time().minute() % 5
    return QDateTime(now.date(), QTime(now.time().hour(), minute))


class ContactDialog(FormDialog):
    saved = Signal(object)  # Contact

    def __init__(
        self,
        session: Session,
        ops: Ops,
        options: ClientFormOptions,
        client: Client | None = None,
        parent: QWidget | None = None,
        contact: Contact | None = None,
    ) -> None:
        super().__init__(ops, parent)
        self.session = session
        self.client = client
        self.contact = contact  # set: correcting a saved contact
        if contact is not None:
            title = (
                self.tr("Ändra samtal – %1").replace("%1", client.code)
                if client is not None
                else self.tr("Ändra oregistrerad kontakt")
            )
            self.setWindowTitle(title)
        elif client is None:
            self.setWindowTitle(self.tr("Oregistrerad kontakt"))
        else:
            self.setWindowTitle(self.tr("Nytt samtal – %1").replace("%1", client.code))
        self.at = QDateTimeEdit(_now_rounded(), calendarPopup=True)
        self.at.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.at.setObjectName("contactAt")
        self.form = EnumCombo(ContactForm)
        self.form.setObjectName("contactForm")
        self.kind = EnumCombo(ContactKind)
        self.kind.setObjectName("contactKind")
        self.minutes = QSpinBox(minimum=0, maximum=600, value=30, suffix=self.tr(" min"))
        self.minutes.setObjectName("contactMinutes")
        self.staff = QComboBox()
        for user in options.colleagues:
            self.staff.addItem(user.display_name, user.id)
        self.staff.setCurrentIndex(max(self.staff.findData(session.user.id), 0))
        self.participants = EnumCombo(Participants)
        self.note = QLineEdit(placeholderText=self.tr("Kort anteckning (valfri)"))
        self.note.setObjectName("contactNote")
        note_row = QHBoxLayout()
        note_row.addWidget(self.note, 1)
        note_row.addWidget(LengthHint(self.note, MAX_NOTE))
        form = QFormLayout()
        form.addRow(self.tr("Datum och tid:"), self.at)
        form.addRow(self.tr("Form:"), self.form)
        form.addRow(self.tr("Typ:"), self.kind)
        form.addRow(self.tr("Minuter:"), self.minutes)
        form.addRow(self.tr("Medarbetare:"), self.staff)
        self.target_group = self.municipality = None
        if client is None:
            self.target_group = EnumCombo(TargetGroup, empty=self.tr("ej angivet"))
            self.municipality = MunicipalityCombo(options.municipalities)
            form.addRow(self.tr("Målgrupp:"), self.target_group)
            form.addRow(self.tr("Kommun (om den sades):"), self.municipality)
        else:
            form.addRow(self.tr("Deltog:"), self.participants)
        form.addRow(self.tr("Anteckning:"), note_row)
        self.client_code = None
        if contact is not None and client is not None:
            # A call saved on the wrong client is moved by typing the right client's code.
            self.client_code = QLineEdit(client.code)
            self.client_code.setObjectName("contactClientCode")
            form.addRow(self.tr("Klient (kod):"), self.client_code)
        self.finish_layout(form)
        self.field_widgets = {
            "at": self.at,
            "minutes": self.minutes,
            "note": self.note,
            "client": self.client_code or self.note,
        }
        self.setMinimumWidth(440)
        if contact is not None:
            self._fill(contact)

    def _fill(self, contact: Contact) -> None:
        d = contact.draft
        self.at.setDateTime(QDateTime(d.at))
        self.form.set_value(d.form)
        self.kind.set_value(d.kind)
        self.minutes.setValue(d.minutes)
        index = self.staff.findData(d.staff_id)
        if index < 0:  # a colleague who has left: still shown as who held the talk
            self.staff.addItem(contact.staff_name or "?", d.staff_id)
            index = self.staff.count() - 1
        self.staff.setCurrentIndex(index)
        self.participants.set_value(d.participants)
        self.note.setText(d.note)
        if self.target_group is not None:
            self.target_group.set_value(d.target_group)
        if self.municipality is not None:
            self.municipality.set_value(d.municipality)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        # The time is "now" already: start on the form (Shift+Tab goes back to the time).
        self.form.setFocus()

    def draft(self) -> ContactDraft:
        at: datetime = self.at.dateTime().toPython()
        return ContactDraft(
            at=at.replace(second=0, microsecond=0),
            form=self.form.value(),
            kind=self.kind.value(),
            minutes=self.minutes.value(),
            staff_id=self.staff.currentData(),
            participants=self.participants.value(),
            note=self.note.text().strip(),
            client_id=self.client.id if self.client else None,
            target_group=self.target_group.value() if self.target_group else None,
            municipality=self.municipality.value() if self.municipality else None,
        )

    def submit(self) -> None:
        draft = self.draft()
        contacts = self.session.contacts
        if self.contact is not None:
            contact_id, code = self.contact.id, self.client_code
            typed = code.text().strip().upper() if code is not None else ""
            clients = self.session.clients

            def correct():
                moved = draft
                if typed and self.client is not None and typed != self.client.code:
                    moved = replace(draft, client_id=client_by_code(clients, typed).id)
                return contacts.update(contact_id, moved)

            self.save(correct, self._saved)
            return
        call = contacts.register if self.client else contacts.register_unregistered
        self.save(lambda: call(draft), self._saved)

    def _saved(self, contact: Contact) -> None:
        self.accept()
        self.saved.emit(contact)
