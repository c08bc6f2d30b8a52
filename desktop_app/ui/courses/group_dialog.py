"""UI layer: a new recurring talk group (e.g. every 14 days at a treatment home)."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import QDate, QDateTime, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QDateTimeEdit,
    QFormLayout,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    QWidget,
)

from desktop_app.core.domain.courses import Activity, ActivityDraft, ActivityKind
from desktop_app.core.services.course_validation import MANY_SESSIONS, session_count
from desktop_app.session import Session
from desktop_app.ui.dialogs.form_dialog import FormDialog
from desktop_app.ui.ops import Ops
from desktop_app.ui.widgets.leaders_list import LeadersList


class GroupDialog(FormDialog):
    saved = Signal(object)  # Activity

    def __init__(
        self, session: Session, ops: Ops, colleagues=(), parent: QWidget | None = None
    ) -> None:
        super().__init__(ops, parent)
        self.session = session
        self.setWindowTitle(self.tr("Ny samtalsgrupp"))
        self.name = QLineEdit()
        self.name.setObjectName("groupName")
        self.venue = QLineEdit(placeholderText=self.tr("t.ex. behandlingshemmet"))
        self.rhythm = QSpinBox(minimum=1, maximum=90, value=14, suffix=self.tr(" dagar"))
        start = (datetime.now() + timedelta(days=7)).replace(
            hour=13, minute=0, second=0, microsecond=0
        )
        self.first = QDateTimeEdit(QDateTime(start), calendarPopup=True)
        self.first.setDisplayFormat("ddd yyyy-MM-dd HH:mm")
        self.minutes = QSpinBox(minimum=15, maximum=480, value=90, suffix=self.tr(" min"))
        until = date.today() + timedelta(days=182)
        self.until = QDateEdit(QDate(until.year, until.month, until.day), calendarPopup=True)
        self.until.setDisplayFormat("ddd yyyy-MM-dd")
        self.capacity = QSpinBox(minimum=1, maximum=100, value=12)
        self.capacity.setObjectName("groupCapacity")
        self.leaders = LeadersList(colleagues or (session.user,), (session.user.id,))
        form = QFormLayout()
        form.addRow(self.tr("Namn:"), self.name)
        form.addRow(self.tr("Plats:"), self.venue)
        form.addRow(self.tr("Träffas var:"), self.rhythm)
        form.addRow(self.tr("Första träffen:"), self.first)
        form.addRow(self.tr("Längd:"), self.minutes)
        form.addRow(self.tr("Träffar skapas fram till:"), self.until)
        form.addRow(self.tr("Antal platser:"), self.capacity)
        form.addRow(self.tr("Gruppledare (och medledare):"), self.leaders)
        self.finish_layout(form)
        self.field_widgets = {
            "activity_name": self.name,
            "venue": self.venue,
            "until": self.until,
            "at": self.first,
        }

    def submit(self) -> None:
        draft = ActivityDraft(
            ActivityKind.GROUP,
            self.name.text(),
            self.venue.text(),
            capacity=self.capacity.value(),
            minimum=1,
            rhythm_days=self.rhythm.value(),
            leaders=self.leaders.chosen(),
        )
        first = self.first.dateTime().toPython().replace(second=0, microsecond=0)
        minutes, until, courses = (
            self.minutes.value(),
            self.until.date().toPython(),
            self.session.courses,
        )
        # Counted, not built: an end date far ahead would make millions on the UI thread.
        count = session_count(first, draft.rhythm_days or 14, datetime.combine(until, first.time()))
        if count > MANY_SESSIONS and not self._confirm_many(count):
            return
        self.save(lambda: courses.create_group(draft, first, minutes, until), self._saved)

    def _confirm_many(self, count: int) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Många träffar"),
            self.tr(
                "Gruppen får %1 träffar fram till slutdatumet. Vill du verkligen lägga upp "
                "alla? (Välj Nej och ett tidigare slutdatum för att lägga upp färre.)"
            ).replace("%1", str(count)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _saved(self, activity: Activity) -> None:
        self.accept()
        self.saved.emit(activity)
