"""UI layer: pick the person to register: someone already known (by code or name) or a
new light-weight participant; anonymous participation is possible (nothing required)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    QWidget,
)

from desktop_app.core.client_query_helpers import client_by_code
from desktop_app.core.domain.client_enums import ReferralSource
from desktop_app.core.domain.courses import Participant, ParticipantDraft
from desktop_app.core.domain.municipalities import Municipality
from desktop_app.core.domain.roles import Permission
from desktop_app.core.errors import DuplicateParticipantError, VagvalError
from desktop_app.session import Session
from desktop_app.ui.dialogs.form_dialog import FormDialog
from desktop_app.ui.dialogs.removal import ask_removal_reason
from desktop_app.ui.feedback import error_text
from desktop_app.ui.ops import Ops
from desktop_app.ui.widgets.choices import EnumCombo, MunicipalityCombo

NO_YEAR = 1899


class ParticipantDialog(FormDialog):
    chosen = Signal(object)  # Participant
    removed = Signal(object)  # Participant removed (registered by mistake)

    def __init__(
        self,
        session: Session,
        ops: Ops,
        municipalities: tuple[Municipality, ...],
        districts: tuple[str, ...],
        parent: QWidget | None = None,
        participant: Participant | None = None,
    ) -> None:
        super().__init__(
            ops, parent, QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.session = session
        self.participant = participant  # set: correcting this participant
        self.setWindowTitle(
            self.tr("Anmäl deltagare")
            if participant is None
            else self.tr("Ändra deltagare %1").replace("%1", participant.code)
        )
        self.existing = QLineEdit(
            placeholderText=self.tr("Kod eller namn på en tidigare deltagare (lämna tomt för ny)")
        )
        self.existing.setObjectName("existingParticipant")
        self.name = QLineEdit(placeholderText=self.tr("valfritt"))
        self.name.setObjectName("participantName")
        self.phone = QLineEdit(placeholderText=self.tr("för påminnelser, valfritt"))
        self.municipality = MunicipalityCombo(municipalities)
        self.district = QComboBox(editable=True)
        self.district.addItems(["", *districts])
        self.referral = EnumCombo(ReferralSource, empty=self.tr("ej angivet"))
        self.birth_year = QSpinBox(minimum=NO_YEAR, maximum=2100)
        self.birth_year.setSpecialValueText(self.tr("ej angivet"))
        self.client_code = QLineEdit(placeholderText=self.tr("t.ex. K-2026-014"))
        self.client_code.setObjectName("clientCode")
        form = QFormLayout()
        if participant is None:
            form.addRow(self.tr("Tidigare deltagare:"), self.existing)
            if session.user.may(Permission.READ_CLIENTS):
                form.addRow(self.tr("eller en klient (kod):"), self.client_code)
            form.addRow(QLabel("<b>" + self.tr("eller en ny deltagare") + "</b>"))
        form.addRow(self.tr("Namn:"), self.name)
        form.addRow(self.tr("Telefon:"), self.phone)
        form.addRow(self.tr("Hemkommun:"), self.municipality)
        form.addRow(self.tr("Stadsdel:"), self.district)
        form.addRow(self.tr("Kom via:"), self.referral)
        form.addRow(self.tr("Födelseår:"), self.birth_year)
        self.finish_layout(form)
        self.field_widgets = {
            "name": self.name,
            "phone": self.phone,
            "municipality": self.municipality,
            "district": self.district,
            "birth_year": self.birth_year,
        }
        self.setMinimumWidth(480)
        if participant is not None:
            self.remove_button = self.buttons.addButton(
                self.tr("Ta bort deltagaren…"), QDialogButtonBox.ButtonRole.DestructiveRole
            )
            self.remove_button.setObjectName("removeParticipant")
            self.remove_button.setAutoDefault(False)
            self.remove_button.clicked.connect(lambda: self._remove())
            d = participant.draft
            self.name.setText(d.name)
            self.phone.setText(d.phone)
            self.municipality.set_value(d.municipality)
            self.district.setCurrentText(d.district)
            self.referral.set_value(d.referral)
            self.birth_year.setValue(d.birth_year or NO_YEAR)
        self.gender = participant.draft.gender if participant is not None else None

    def _remove(self) -> None:
        participant = self.participant
        assert participant is not None
        reason = ask_removal_reason(
            self,
            self.tr(
                "Ta bort %1 med alla anmälningar? Använd det när deltagaren lades in av misstag."
            ).replace("%1", participant.draft.name or participant.code),
        )
        if reason is None:
            return
        merge = self.session.participant_merge

        def done(_) -> None:
            self.removed.emit(participant)
            self.accept()

        self.save(lambda: merge.delete(participant.id, reason), done)

    def _draft(self) -> ParticipantDraft:
        year = self.birth_year.value()
        draft = ParticipantDraft(
            name=self.name.text(),
            phone=self.phone.text(),
            municipality=self.municipality.value() or "unknown",
            district=self.district.currentText(),
            referral=self.referral.value(),
            birth_year=None if year == NO_YEAR else year,
        )
        return draft if self.gender is None else replace(draft, gender=self.gender)

    def submit(self) -> None:
        registrations, text = self.session.registrations, self.existing.text().strip()
        if self.participant is not None:
            participant_id, draft = self.participant.id, self._draft()
            self.save(lambda: registrations.update_participant(participant_id, draft), self._done)
            return
        code = self.client_code.text().strip()
        if code and self.session.user.may(Permission.READ_CLIENTS):
            clients = self.session.clients
            self.save(lambda: participant_for_client(clients, registrations, code), self._done)
            return
        if text:
            self.save(lambda: registrations.find_participants(text), self._found)
            return
        draft = self._draft()
        self.save(lambda: registrations.create_participant(draft), self._done)

    def failed(self, error: VagvalError) -> None:
        super().failed(error)
        if not isinstance(error, DuplicateParticipantError):
            return
        box = QMessageBox(
            QMessageBox.Icon.Question, self.tr("Deltagaren finns redan"), "", parent=self
        )
        box.setText(error_text(error))
        box.setInformativeText(self.tr("Är det samma person?"))
        same = box.addButton(self.tr("Ja, använd den"), QMessageBox.ButtonRole.AcceptRole)
        other = box.addButton(self.tr("Nej, en annan person"), QMessageBox.ButtonRole.NoRole)
        box.addButton(self.tr("Avbryt"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(same)
        box.exec()
        registrations, code = self.session.registrations, error.params["code"]
        client_id = error.params.get("client_id")
        if client_id is not None:  # the client being linked was registered by name before
            self._client_duplicate(box.clickedButton(), same, other, error, client_id)
        elif box.clickedButton() is same:
            self.save(lambda: registrations.find_participants(code), self._found_code(code))
        elif box.clickedButton() is other:
            draft = self._draft()
            self.save(lambda: registrations.create_participant(draft, allow_same=True), self._done)

    def _client_duplicate(self, clicked, same, other, error, client_id) -> None:
        merge, registrations = self.session.participant_merge, self.session.registrations
        participant_id = error.params["participant_id"]
        if clicked is same:
            self.save(lambda: merge.link_client(participant_id, client_id), self._done)
        elif clicked is other:
            clients, code = self.session.clients, self.client_code.text().strip()
            self.save(
                lambda: participant_for_client(clients, registrations, code, allow_same=True),
                self._done,
            )

    def _found_code(self, code: str):
        def found(matches: list[Participant]) -> None:
            self._done(next(p for p in matches if p.code == code))

        return found

    def _found(self, matches: list[Participant]) -> None:
        text = self.existing.text().strip().casefold()
        exact = [p for p in matches if p.code.casefold() == text]
        if len(exact) == 1 or len(matches) == 1:
            self._done((exact or matches)[0])
        elif not matches:
            self.message.setText(self.tr("Ingen tidigare deltagare matchar."))
        else:
            self.message.setText(
                self.tr("Flera matchar: %1").replace(
                    "%1", ", ".join(f"{p.code} {p.draft.name}" for p in matches[:5])
                )
            )

    def _done(self, participant: Participant) -> None:
        self.accept()
        self.chosen.emit(participant)


def participant_for_client(
    clients, registrations, code: str, *, allow_same: bool = False
) -> Participant:
    """The participant record of an existing client (made from the client's details)."""
    client = client_by_code(clients, code)
    d = client.draft
    return registrations.create_participant(
        ParticipantDraft(
            name=d.name,
            municipality=d.municipality,
            district=d.district,
            referral=d.referral,
            birth_year=d.birth_year,
            gender=d.gender,
            client_id=client.id,
        ),
        allow_same=allow_same,
    )
