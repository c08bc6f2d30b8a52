"""UI layer: correcting a course or group after it was created: its details (name, room,
places, minimum, deadline, leaders, guests), a meeting added, the whole cancelled
("ställ in": the history stays) or, when nobody was ever registered, removed."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from desktop_app.core.domain.courses import Activity, ActivityKind, MeetingDraft
from desktop_app.core.domain.users import User
from desktop_app.session import Session
from desktop_app.ui.courses.move_meeting_dialog import MoveMeetingDialog
from desktop_app.ui.dialogs.form_dialog import FormDialog
from desktop_app.ui.dialogs.removal import ask_removal_reason
from desktop_app.ui.feedback import error_text
from desktop_app.ui.ops import Ops
from desktop_app.ui.widgets.choices import OptionalDateEdit
from desktop_app.ui.widgets.leaders_list import LeadersList


class EditActivityDialog(FormDialog):
    saved = Signal(object)  # Activity

    def __init__(
        self,
        session: Session,
        ops: Ops,
        activity: Activity,
        colleagues: list[User],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ops, parent)
        self.session, self.activity = session, activity
        d = activity.draft
        self.setWindowTitle(self.tr("Ändra %1").replace("%1", d.name))
        self.setObjectName("editActivity")
        self.name = QLineEdit(d.name)
        self.name.setObjectName("editActivityName")
        self.venue = QLineEdit(d.venue)
        self.capacity = QSpinBox(minimum=1, maximum=500, value=d.capacity)
        self.capacity.setObjectName("editCapacity")
        self.minimum = QSpinBox(minimum=1, maximum=500, value=d.minimum)
        self.deadline = OptionalDateEdit()
        self.deadline.set_value(d.deadline)
        self.guests = QLineEdit(d.guests)
        self.leaders = LeadersList(
            colleagues, d.leaders, zip(activity.leader_names, d.leaders, strict=False)
        )
        form = QFormLayout()
        form.addRow(self.tr("Namn:"), self.name)
        form.addRow(self.tr("Lokal:"), self.venue)
        form.addRow(self.tr("Antal platser:"), self.capacity)
        if d.kind == ActivityKind.COURSE:
            form.addRow(self.tr("Minsta antal för att starta:"), self.minimum)
            form.addRow(self.tr("Sista anmälningsdag:"), self.deadline)
            form.addRow(self.tr("Gäster:"), self.guests)
        form.addRow(self.tr("Ledare:"), self.leaders)
        self.finish_layout(form)
        self.field_widgets = {
            "activity_name": self.name,
            "venue": self.venue,
            "capacity": self.capacity,
            "minimum": self.minimum,
            "deadline": self.deadline,
        }
        self.setMinimumWidth(460)

    def submit(self) -> None:
        leaders = self.leaders.chosen()
        draft = replace(
            self.activity.draft,
            name=self.name.text(),
            venue=self.venue.text(),
            capacity=self.capacity.value(),
            minimum=self.minimum.value(),
            deadline=self.deadline.value(),
            guests=self.guests.text(),
            leaders=leaders,
        )
        courses, activity_id = self.session.courses, self.activity.id
        self.save(lambda: courses.update(activity_id, draft), self._saved)

    def _saved(self, activity: Activity) -> None:
        self.accept()
        self.saved.emit(activity)


def next_meeting_draft(activity: Activity, meetings) -> MeetingDraft:
    """A sensible new meeting: a week after the last one (or next week), same hours."""
    held = [m.draft for m in meetings if not m.cancelled]
    if held:
        last = max(held, key=lambda m: m.starts_at)
        step = timedelta(days=activity.draft.rhythm_days or 7)
        return MeetingDraft(last.starts_at + step, last.ends_at + step, last.venue)
    start = (datetime.now() + timedelta(days=7)).replace(hour=18, minute=0, second=0, microsecond=0)
    return MeetingDraft(start, start + timedelta(hours=2), activity.draft.venue)


class ActivityEditing:
    """The activity window's corrections (mixed into ``ActivityDialog``, which provides
    ``session``, ``ops``, ``data``, ``activity_id``, ``message``, ``changed`` and ``_run``)."""

    def connect_editing(self) -> None:
        """The corrections' signals from the tabs (called by ``ActivityDialog``; moving and
        removing a registration are ``RegistrationEditing``'s)."""
        self.meetings.remove_requested.connect(self.remove_meeting)
        self.registrations.move_requested.connect(self.move_registration)
        self.registrations.remove_requested.connect(self.remove_registration)

    def remove_meeting(self, meeting) -> None:
        reason = ask_removal_reason(
            self,
            QCoreApplication.translate(
                "ActivityEditing", "Ta bort träffen %1? Använd det när den lades till av misstag."
            ).replace("%1", f"{meeting.draft.starts_at:%Y-%m-%d %H:%M}"),
        )
        if reason is None:
            return
        courses = self.session.courses
        self._run(
            lambda: courses.remove_meeting(meeting.id, reason),
            QCoreApplication.translate("ActivityEditing", "Träffen är borttagen."),
        )

    def edit_details(self) -> None:
        if self.data is None:
            return
        activity = self.data.activity

        def show(colleagues) -> None:
            dialog = EditActivityDialog(self.session, self.ops, activity, colleagues, self)
            dialog.saved.connect(
                lambda _: self._run(
                    lambda: None,
                    QCoreApplication.translate("ActivityEditing", "Uppgifterna är sparade."),
                )
            )
            dialog.open()

        self.ops.run(self, self.session.users.colleagues, show)

    def add_meeting(self) -> None:
        if self.data is None:
            return
        new = next_meeting_draft(self.data.activity, self.data.meetings)
        courses, activity_id = self.session.courses, self.activity_id
        leaders = self.data.activity.draft.leaders
        dialog = MoveMeetingDialog(
            self.ops,
            None,
            lambda draft: courses.add_meeting(activity_id, draft),
            self,
            new=new,
            clashes=lambda draft: courses.clashes([draft], leaders, activity_id),
        )
        dialog.accepted.connect(
            lambda: self._run(
                lambda: None, QCoreApplication.translate("ActivityEditing", "Träffen är tillagd.")
            )
        )
        dialog.open()

    def cancel_activity(self) -> None:
        if self.data is None:
            return
        reason = ask_removal_reason(
            self,
            QCoreApplication.translate(
                "ActivityEditing",
                "Ställa in %1? Alla träffar från och med idag ställs in. Det som redan hållits "
                "(närvaro, statistik) finns kvar.",
            ).replace("%1", self.data.activity.draft.name),
        )
        if reason is None:
            return
        courses, activity_id = self.session.courses, self.activity_id
        self._run(
            lambda: courses.cancel(activity_id, reason),
            QCoreApplication.translate("ActivityEditing", "Den är inställd."),
        )

    def delete_activity(self) -> None:
        if self.data is None:
            return
        reason = ask_removal_reason(
            self,
            QCoreApplication.translate(
                "ActivityEditing", "Ta bort %1 helt? Det går bara när ingen har anmälts."
            ).replace("%1", self.data.activity.draft.name),
        )
        if reason is None:
            return
        courses, activity_id = self.session.courses, self.activity_id

        def done(_) -> None:
            self.changed.emit()
            self.accept()

        self.ops.run(
            self,
            lambda: courses.delete(activity_id, reason),
            done,
            lambda e: self.message.setText(error_text(e)),
        )
