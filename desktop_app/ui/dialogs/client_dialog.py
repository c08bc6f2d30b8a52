"""UI layer: a new client in seconds (only the code is required), or changing one."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    QWidget,
)

from desktop_app.core.domain.client_enums import Gender, ReferralSource, TargetGroup
from desktop_app.core.domain.clients import Client, ClientDraft
from desktop_app.core.domain.municipalities import Municipality
from desktop_app.core.domain.users import User
from desktop_app.core.errors import DuplicateClientError, VagvalError
from desktop_app.session import Session
from desktop_app.ui.dialogs.form_dialog import FormDialog
from desktop_app.ui.feedback import error_text
from desktop_app.ui.ops import Ops
from desktop_app.ui.widgets.choices import EnumCombo, MunicipalityCombo, OptionalDateEdit

NO_YEAR = 1899


@dataclass(frozen=True)
class ClientFormOptions:
    """What the form offers, loaded once by the page."""

    municipalities: tuple[Municipality, ...]
    colleagues: tuple[User, ...]
    districts: tuple[str, ...]


class ClientDialog(FormDialog):
    saved = Signal(object)  # Client
    open_existing = Signal(object)  # ClientId: the person already has a client

    def __init__(
        self,
        session: Session,
        ops: Ops,
        options: ClientFormOptions,
        client: Client | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ops, parent)
        self.session = session
        self.client = client
        self.setWindowTitle(
            self.tr("Ny klient")
            if client is None
            else self.tr("Ändra %1").replace("%1", client.code)
        )
        self.anonymous = QCheckBox(self.tr("Anonym klient (namn och personnummer kan inte anges)"))
        self.anonymous.setObjectName("anonymous")
        self.name = QLineEdit()
        self.name.setObjectName("clientName")
        self.personal_id = QLineEdit(placeholderText=self.tr("ÅÅÅÅMMDD-NNNN"))
        self.personal_id.setObjectName("personalId")
        self.birth_year = QSpinBox(minimum=NO_YEAR, maximum=date.today().year)
        self.birth_year.setSpecialValueText(self.tr("ej angivet"))
        self.birth_year.setObjectName("birthYear")
        self.gender = EnumCombo(Gender)
        self.gender.set_value(Gender.NOT_STATED)
        self.municipality = MunicipalityCombo(options.municipalities)
        self.municipality.setObjectName("municipality")
        self.district = QComboBox(editable=True)
        self.district.addItems(["", *options.districts])
        self.target_group = EnumCombo(TargetGroup, empty=self.tr("ej angivet"))
        self.target_group.setObjectName("targetGroup")
        self.referral = EnumCombo(ReferralSource, empty=self.tr("ej angivet"))
        self.requested_on = OptionalDateEdit()
        self.first_offered_on = OptionalDateEdit()
        self.responsible = QComboBox()
        for user in options.colleagues:
            self.responsible.addItem(user.display_name, user.id)
        self.responsible.setCurrentIndex(max(self.responsible.findData(session.user.id), 0))

        form = QFormLayout()
        form.addRow(self.anonymous)
        form.addRow(self.tr("Namn:"), self.name)
        form.addRow(self.tr("Personnummer eller samordningsnummer:"), self.personal_id)
        form.addRow(self.tr("Födelseår:"), self.birth_year)
        form.addRow(self.tr("Kön:"), self.gender)
        form.addRow(self.tr("Hemkommun:"), self.municipality)
        form.addRow(self.tr("Stadsdel:"), self.district)
        form.addRow(self.tr("Målgrupp:"), self.target_group)
        form.addRow(self.tr("Kom via:"), self.referral)
        form.addRow(self.tr("Bad om hjälp:"), self.requested_on)
        form.addRow(self.tr("Första erbjudna tid:"), self.first_offered_on)
        form.addRow(self.tr("Ansvarig:"), self.responsible)
        hint = QLabel(
            self.tr("Bara koden krävs; den skapas när du sparar. Allt annat kan fyllas i senare."),
            wordWrap=True,
        )
        hint.setVisible(client is None)
        self.finish_layout(hint, form)
        self.field_widgets = {
            "name": self.name,
            "personal_id": self.personal_id,
            "birth_year": self.birth_year,
            "municipality": self.municipality,
            "district": self.district,
            "requested_on": self.requested_on,
            "first_offered_on": self.first_offered_on,
        }
        self.anonymous.toggled.connect(self._anonymity_changed)
        self.setMinimumWidth(520)
        if client is not None:
            self._fill(client.draft)
        self.anonymous.setFocus()

    def _anonymity_changed(self, anonymous: bool) -> None:
        for edit in (self.name, self.personal_id):
            edit.setEnabled(not anonymous)
            if anonymous:
                edit.clear()

    def _fill(self, d: ClientDraft) -> None:
        self.anonymous.setChecked(d.anonymous)
        self.name.setText(d.name)
        self.personal_id.setText(d.personal_id)
        self.birth_year.setValue(d.birth_year or NO_YEAR)
        self.gender.set_value(d.gender)
        self.municipality.set_value(d.municipality)
        self.district.setCurrentText(d.district)
        self.target_group.set_value(d.target_group)
        self.referral.set_value(d.referral)
        self.requested_on.set_value(d.requested_on)
        self.first_offered_on.set_value(d.first_offered_on)
        self.responsible.setCurrentIndex(max(self.responsible.findData(d.responsible_id), 0))

    def draft(self) -> ClientDraft:
        base = self.client.draft if self.client else ClientDraft()
        year = self.birth_year.value()
        return replace(
            base,
            anonymous=self.anonymous.isChecked(),
            name=self.name.text(),
            personal_id=self.personal_id.text(),
            birth_year=None if year == NO_YEAR else year,
            gender=self.gender.value(),
            municipality=self.municipality.value(),
            district=self.district.currentText(),
            target_group=self.target_group.value(),
            referral=self.referral.value(),
            requested_on=self.requested_on.value(),
            first_offered_on=self.first_offered_on.value(),
            responsible_id=self.responsible.currentData(),
        )

    def submit(self) -> None:
        draft = self.draft()
        if self.client is None:
            call = lambda: self.session.clients.create(draft)  # noqa: E731
        else:
            client_id = self.client.id
            call = lambda: self.session.clients.update(client_id, draft)  # noqa: E731
        self.save(call, self._saved)

    def _saved(self, client: Client) -> None:
        self.client = client
        self.accept()
        self.saved.emit(client)

    def failed(self, error: VagvalError) -> None:
        super().failed(error)
        if not isinstance(error, DuplicateClientError):
            return
        self.personal_id.setFocus()
        box = QMessageBox(
            QMessageBox.Icon.Information, self.tr("Klienten finns redan"), "", parent=self
        )
        box.setText(error_text(error))
        box.setInformativeText(self.tr("Öppna den klienten i stället för att skapa en till?"))
        open_button = box.addButton(self.tr("Öppna"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Avbryt"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(open_button)
        box.exec()
        if box.clickedButton() is open_button:
            self.reject()
            self.open_existing.emit(error.params["client_id"])
