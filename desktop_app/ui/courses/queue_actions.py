"""UI layer: registering someone on a course or group, and keeping its waiting queue:
status changes, the answer to an offered place, moving someone in the queue (with a
reason), a member leaving or coming back, and a registration after the deadline
("registrera ändå", with a reason)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog

from desktop_app.core.domain.courses import (
    LateReason,
    OfferAnswer,
    QueueReason,
    Registration,
    RegistrationStatus,
)
from desktop_app.core.errors import ValidationError
from desktop_app.session import municipalities
from desktop_app.ui.courses.participant_dialog import ParticipantDialog
from desktop_app.ui.dates import moment_text
from desktop_app.ui.dialogs.removal import ask_reason
from desktop_app.ui.feedback import error_text, label_text
from desktop_app.ui.widgets.ask_date import ask_date


def _who(registration: Registration) -> str:
    return registration.participant.draft.name or registration.participant.code


class QueueActions:
    """Mixed into ``ActivityDialog`` (which provides ``session``, ``ops``, ``data``,
    ``activity_id``, ``message``, ``changed``, ``reload`` and ``_run``)."""

    def connect_queue(self) -> None:
        tab = self.registrations
        tab.add_requested.connect(lambda: self.add_participant())
        tab.status_requested.connect(lambda r, s: self.change_status(r, s))
        tab.answer_requested.connect(lambda r, a: self.answer_offer(r, a))
        tab.queue_move_requested.connect(lambda r: self.move_in_queue(r))
        tab.leave_requested.connect(lambda r: self.leave_group(r))
        tab.rejoin_requested.connect(lambda r: self.rejoin_group(r))

    def _after(self, text: str):
        """A done-callback: the message, then the offer a freed place went to, if any."""

        def done(offer: Registration | None) -> None:
            self.changed.emit()
            self.reload()
            self.message.setText(text + (" " + self.offer_text(offer) if offer else ""))

        return done

    def _call(self, call, text: str) -> None:
        self.ops.run(self, call, self._after(text), lambda e: self.message.setText(error_text(e)))

    @staticmethod
    def offer_text(offer: Registration) -> str:
        text = QCoreApplication.translate(
            "QueueActions", "Den lediga platsen erbjuds nu %1, först i kön"
        )
        text = text.replace("%1", _who(offer))
        if offer.participant.draft.phone:
            text += " " + QCoreApplication.translate("QueueActions", "(tel. %1)").replace(
                "%1", offer.participant.draft.phone
            )
        if offer.offer_until is not None:
            text += ", " + QCoreApplication.translate("QueueActions", "svar senast %1").replace(
                "%1", moment_text(offer.offer_until)
            )
        return text + "."

    # -- registering ------------------------------------------------------------------
    def add_participant(self) -> None:
        if self.data is None:
            return
        dialog = ParticipantDialog(
            self.session, self.ops, municipalities(), self.data.districts, self
        )
        dialog.chosen.connect(lambda participant: self.register(participant))
        dialog.open()

    def register(self, participant, late_reason: LateReason | None = None) -> None:
        registrations, activity_id = self.session.registrations, self.activity_id

        def done(registration: Registration) -> None:
            text = (
                QCoreApplication.translate("QueueActions", "%1 är nu: %2")
                .replace("%1", participant.code)
                .replace("%2", label_text(registration.status))
            )
            if registration.status == RegistrationStatus.WAITING and self.data is not None:
                a, queue = self.data.activity, self.data.queue
                text = (
                    QCoreApplication.translate(
                        "QueueActions",
                        "%1 av %2 platser är tagna och %3 står redan i kön: %4 står nu på "
                        "plats %5.",
                    )
                    .replace(
                        "%1",
                        str(
                            a.registered_count
                            + sum(r.status == RegistrationStatus.OFFERED for r in queue)
                        ),
                    )
                    .replace("%2", str(a.draft.capacity))
                    .replace("%3", str(len(queue)))
                    .replace("%4", participant.code)
                    .replace("%5", str(len(queue) + 1))
                )
            self.message.setText(text)
            self.changed.emit()
            self.reload()

        def failed(error: Exception) -> None:
            if isinstance(error, ValidationError) and (error.field, error.code) == (
                "deadline",
                "passed",
            ):
                self.register_late(participant, error)
            else:
                self.message.setText(error_text(error))

        self.ops.run(
            self,
            lambda: registrations.register(activity_id, participant.id, late_reason=late_reason),
            done,
            failed,
        )

    def register_late(self, participant, error: ValidationError) -> None:
        """After the deadline: "registrera ändå" with a reason, or not at all."""
        reason = ask_reason(
            self,
            QCoreApplication.translate("QueueActions", "Registrera ändå"),
            error_text(error)
            + "\n\n"
            + QCoreApplication.translate("QueueActions", "Skäl att anmäla %1 ändå:").replace(
                "%1", participant.draft.name or participant.code
            ),
            list(LateReason),
        )
        if reason is not None:
            self.register(participant, reason)
        else:
            self.message.setText(
                QCoreApplication.translate("QueueActions", "%1 är inte anmäld.").replace(
                    "%1", participant.code
                )
            )

    # -- the queue --------------------------------------------------------------------
    def change_status(self, registration: Registration, status) -> None:
        registrations = self.session.registrations
        self._call(
            lambda: registrations.set_status(registration.id, status),
            QCoreApplication.translate("QueueActions", "%1 är nu: %2")
            .replace("%1", _who(registration))
            .replace("%2", label_text(status)),
        )

    def answer_offer(self, registration: Registration, answer: OfferAnswer) -> None:
        registrations = self.session.registrations
        texts = {
            OfferAnswer.YES: QCoreApplication.translate("QueueActions", "%1 tog platsen."),
            OfferAnswer.NO: QCoreApplication.translate(
                "QueueActions", "%1 tackade nej och är avbokad."
            ),
            OfferAnswer.NO_ANSWER: QCoreApplication.translate(
                "QueueActions", "%1 svarade inte och står nu sist i kön."
            ),
        }
        self._call(
            lambda: registrations.answer_offer(registration.id, answer),
            texts[answer].replace("%1", _who(registration)),
        )

    def move_in_queue(self, registration: Registration) -> None:
        queue = self.data.queue if self.data is not None else []
        ids = [r.id for r in queue]
        if registration.id not in ids:
            return
        position, ok = QInputDialog.getInt(
            self,
            QCoreApplication.translate("QueueActions", "Flytta i kön"),
            QCoreApplication.translate("QueueActions", "Ny plats i kön för %1 (nu %2 av %3):")
            .replace("%1", _who(registration))
            .replace("%2", str(ids.index(registration.id) + 1))
            .replace("%3", str(len(ids))),
            1,
            1,
            len(ids),
        )
        if not ok:
            return
        reason = ask_reason(
            self,
            QCoreApplication.translate("QueueActions", "Flytta i kön"),
            QCoreApplication.translate("QueueActions", "Skäl (sparas i granskningsloggen):"),
            list(QueueReason),
        )
        if reason is None:
            return
        registrations = self.session.registrations
        self._call(
            lambda: registrations.move_in_queue(registration.id, position, reason),
            QCoreApplication.translate("QueueActions", "%1 står nu på plats %2 i kön.")
            .replace("%1", _who(registration))
            .replace("%2", str(position)),
        )

    # -- a group's members ------------------------------------------------------------
    def leave_group(self, registration: Registration) -> None:
        on = ask_date(
            self,
            QCoreApplication.translate("QueueActions", "Slutar i gruppen"),
            QCoreApplication.translate("QueueActions", "Sista dag i gruppen för %1:").replace(
                "%1", registration.participant.code
            ),
        )
        if on is None:
            return
        registrations = self.session.registrations
        self._call(
            lambda: registrations.leave_group(registration.id, on),
            QCoreApplication.translate("QueueActions", "%1 har slutat i gruppen.").replace(
                "%1", registration.participant.code
            ),
        )

    def rejoin_group(self, registration: Registration) -> None:
        registrations, code = self.session.registrations, registration.participant.code

        def done(back: Registration) -> None:
            self.changed.emit()
            self.reload()
            self.message.setText(
                (
                    QCoreApplication.translate("QueueActions", "%1 är tillbaka i gruppen.")
                    if back.status != RegistrationStatus.WAITING
                    else QCoreApplication.translate(
                        "QueueActions", "Gruppen är full: %1 står nu sist i kön."
                    )
                ).replace("%1", code)
            )

        self.ops.run(
            self,
            lambda: registrations.rejoin_group(registration.id),
            done,
            lambda e: self.message.setText(error_text(e)),
        )
