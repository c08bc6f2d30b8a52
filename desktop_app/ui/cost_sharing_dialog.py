"""UI layer: the dialog where the unit enters the parties of its cost-sharing agreement."""

from __future__ import annotations

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QFormLayout,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from desktop_app.core.domain.cost_sharing import CostSharing
from desktop_app.core.domain.municipalities import valid_municipality_codes
from desktop_app.core.errors import ValidationError
from desktop_app.session import Session, municipalities
from desktop_app.ui.dialogs.form_dialog import FormDialog
from desktop_app.ui.ops import Ops
from desktop_app.ui.widgets.choices import MunicipalityCombo


class CostSharingDialog(FormDialog):
    """One party per line: "kommun;invånare" (name or SCB code)."""

    saved = Signal()

    def __init__(
        self, session: Session, ops: Ops, current: CostSharing | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(ops, parent)
        self.session = session
        self.setWindowTitle(self.tr("Kostnadsfördelning"))
        self.names = {m.code: m.short_name for m in municipalities()}
        self.codes = {m.short_name.casefold(): m.code for m in municipalities()}
        self.codes.update({m.code: m.code for m in municipalities()})
        self.total = QSpinBox(minimum=0, maximum=1_000_000_000, singleStep=100_000)
        self.total.setSuffix(" kr")
        self.as_of = QDateEdit(QDate.currentDate(), calendarPopup=True)
        self.as_of.setDisplayFormat("yyyy-MM-dd")
        self.parties = QPlainTextEdit()
        self.parties.setPlaceholderText(
            self.tr("En kommun per rad: namn;invånare, t.ex. Botkyrka;93106")
        )
        self.home = MunicipalityCombo(municipalities(), empty=self.tr("ingen"))
        self.home.setObjectName("homeMunicipality")
        self.home.setToolTip(
            self.tr(
                "Enhetens egen kommun redovisas för sig, skild från de andra parterna "
                "(t.ex. polisens hänvisningar: egna staden, kranskommunerna, andra städer)."
            )
        )
        if current is not None:
            self.home.set_value(current.home)
            self.total.setValue(current.total_cost)
            self.as_of.setDate(QDate(current.as_of.year, current.as_of.month, current.as_of.day))
            self.parties.setPlainText(
                "\n".join(f"{self.names.get(c, c)};{p}" for c, p in current.parties)
            )
        form = QFormLayout()
        form.addRow(self.tr("Total kostnad per år:"), self.total)
        form.addRow(self.tr("Invånare per datum:"), self.as_of)
        form.addRow(self.tr("Parter:"), self.parties)
        form.addRow(self.tr("Egen kommun:"), self.home)
        self.field_widgets = {"municipality": self.parties, "total_cost": self.total}
        self.finish_layout(form)
        self.resize(520, 520)

    def sharing(self) -> CostSharing:
        parties = []
        for n, line in enumerate(self.parties.toPlainText().splitlines(), start=1):
            if not line.strip():
                continue
            name, _, population = line.replace(",", ";").partition(";")
            code = self.codes.get(name.strip().casefold())
            digits = population.replace(" ", "").strip()
            if code is None or not digits.isdigit():
                raise ValidationError("municipality", "unknown_word", value=f"{n}: {line}")
            parties.append((code, int(digits)))
        home = self.home.value()
        return CostSharing(self.total.value(), self.as_of.date().toPython(), tuple(parties), home)

    def submit(self) -> None:
        try:
            sharing = self.sharing()
        except ValidationError as error:
            self.failed(error)
            return
        stats, codes = self.session.statistics, valid_municipality_codes(municipalities())
        self.save(
            lambda: stats.set_cost_sharing(sharing, codes),
            lambda _: (self.accept(), self.saved.emit()),
        )
