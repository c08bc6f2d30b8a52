"""UI layer: a registration corrected beyond its status, from the activity window's
participant list: its participant corrected (or removed when registered by mistake),
moved to another course occasion, or removed when made by mistake."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog

from desktop_app.core.domain.courses import ActivityKind, Registration
from desktop_app.session import municipalities
from desktop_app.ui.courses.participant_dialog import ParticipantDialog
from desktop_app.ui.dialogs.removal import ask_removal_reason


class RegistrationEditing:
    """Mixed into ``ActivityDialog`` (which provides ``session``, ``ops``, ``data``,
    ``activity_id``, ``message`` and ``_run``)."""

    def edit_participant(self, registration: Registration) -> None:
        """Ändra deltagare…: correct the person (or remove one registered by mistake)."""
        if self.data is None:
            return
        dialog = ParticipantDialog(
            self.session,
            self.ops,
            municipalities(),
            self.data.districts,
            self,
            participant=registration.participant,
        )
        changed = QCoreApplication.translate("RegistrationEditing", "%1 är ändrad.")
        removed = QCoreApplication.translate("RegistrationEditing", "%1 är borttagen.")
        dialog.chosen.connect(lambda p: self._run(lambda: None, changed.replace("%1", p.code)))
        dialog.removed.connect(lambda p: self._run(lambda: None, removed.replace("%1", p.code)))
        dialog.open()

    def move_registration(self, registration: Registration) -> None:
        courses, activity_id = self.session.courses, self.activity_id

        def choose(occasions) -> None:
            others = [
                a
                for a in occasions
                if a.id != activity_id
                and a.cancelled_on is None
                and (a.first_meeting is None or a.first_meeting.date() >= date.today())
            ]
            if not others:
                self.message.setText(
                    QCoreApplication.translate(
                        "RegistrationEditing", "Det finns inget annat kommande kurstillfälle."
                    )
                )
                return
            labels = [
                f"{a.draft.name} ({a.first_meeting:%Y-%m-%d})" if a.first_meeting else a.draft.name
                for a in others
            ]
            who = registration.participant.draft.name or registration.participant.code
            chosen, ok = QInputDialog.getItem(
                self,
                QCoreApplication.translate("RegistrationEditing", "Flytta anmälan"),
                QCoreApplication.translate("RegistrationEditing", "Flytta %1 till:").replace(
                    "%1", who
                ),
                labels,
                0,
                False,
            )
            if not ok:
                return
            target = others[labels.index(chosen)]
            fixes = self.session.registration_corrections
            self._run(
                lambda: fixes.move(registration.id, target.id),
                QCoreApplication.translate("RegistrationEditing", "%1 är flyttad till %2.")
                .replace("%1", who)
                .replace("%2", target.draft.name),
            )

        self.ops.run(self, lambda: courses.activities(ActivityKind.COURSE), choose)

    def remove_registration(self, registration: Registration) -> None:
        who = registration.participant.draft.name or registration.participant.code
        reason = ask_removal_reason(
            self,
            QCoreApplication.translate(
                "RegistrationEditing",
                "Ta bort anmälan för %1? Använd det bara när anmälan var fel; den som avbokar "
                "får statusen avbokad.",
            ).replace("%1", who),
        )  # fmt: skip
        if reason is None:
            return
        fixes = self.session.registration_corrections
        self._run(
            lambda: fixes.remove(registration.id, reason),
            QCoreApplication.translate(
                "RegistrationEditing", "Anmälan för %1 är borttagen."
            ).replace("%1", who),
        )
