"""Core layer: the attendance, before/after questionnaire and summary of an activity
(mixed into ``RegistrationService``, which provides the repositories and the checks)."""

from __future__ import annotations

from datetime import timedelta

from desktop_app.core.domain.audit import AuditAction
from desktop_app.core.domain.courses import (
    HOLDS_PLACE,
    ActivityKind,
    CourseSummary,
    Phase,
    Registration,
    RegistrationStatus,
)
from desktop_app.core.domain.ids import ActivityId, MeetingId, ParticipantId, StatementId
from desktop_app.core.domain.periods import Period
from desktop_app.core.errors import ValidationError
from desktop_app.core.services.course_summary import summarize

S = RegistrationStatus


class AttendanceRecords:
    # -- attendance -------------------------------------------------------------------
    def attendance(self, meeting_id: MeetingId) -> tuple[list[Registration], dict]:
        """Who is expected at a meeting, and what has been recorded."""
        self._allowed()
        meeting = self._courses.meeting(meeting_id)
        expected = [
            r
            for r in self._repo.for_activity(meeting.activity_id)
            if r.status in HOLDS_PLACE
            and (r.left_on is None or r.left_on >= meeting.draft.starts_at.date())
        ]
        return expected, self._repo.attendance(meeting_id)

    def attendance_rows(self, activity_id: ActivityId) -> list[tuple[int, int, bool]]:
        """Every recorded (meeting, participant, present) of an activity."""
        self._allowed()
        return self._repo.attendance_for_activity(activity_id)

    def record_attendance(self, meeting_id: MeetingId, present: dict[ParticipantId, bool]) -> None:
        """Record a meeting's attendance; participants then read "deltog" or "uteblev"."""
        self._allowed()
        expected, _ = self.attendance(meeting_id)
        known = {r.participant.id for r in expected}
        if set(present) - known:
            raise ValidationError("attendance", "not_registered")
        meeting = self._courses.meeting(meeting_id)
        if meeting.draft.starts_at > self._clock() + timedelta(hours=12):
            raise ValidationError(
                "attendance",
                "meeting_in_future",
                start=meeting.draft.starts_at.strftime("%Y-%m-%d %H.%M"),
            )
        with self._uow.transaction():
            self._repo.record_attendance(meeting_id, {p: present.get(p, False) for p in known})
            self._update_outcomes(meeting.activity_id)
            self._audit.record(AuditAction.UPDATE, "meeting", meeting_id, "attendance")

    def _update_outcomes(self, activity_id: ActivityId) -> None:
        activity = self._courses.get(activity_id)
        if activity.draft.kind != ActivityKind.COURSE:
            return
        rows = self._repo.attendance_for_activity(activity_id)
        attended = {p for _, p, ok in rows if ok}
        seen = {p for _, p, _ in rows}
        for registration in self._repo.for_activity(activity_id):
            if registration.status not in HOLDS_PLACE:
                continue
            pid = registration.participant.id
            outcome = S.ATTENDED if pid in attended else S.NO_SHOW if pid in seen else None
            if outcome is not None and outcome != registration.status:
                self._repo.set_status(registration.id, outcome, self._clock())

    # -- questionnaire ----------------------------------------------------------------
    def record_answers(
        self,
        activity_id: ActivityId,
        participant_id: ParticipantId,
        phase: Phase,
        values: dict[StatementId, int | None],
    ) -> None:
        """One participant's answers in one phase; ``None`` clears an answer typed by
        mistake."""
        self.record_questionnaire(activity_id, {(participant_id, Phase(phase)): values})

    def record_questionnaire(
        self,
        activity_id: ActivityId,
        changes: dict[tuple[ParticipantId, Phase], dict[StatementId, int | None]],
    ) -> None:
        """Answers of several participants (the leader's grid) saved together or not at
        all; the audit log says whose changed, never the values."""
        self._allowed()
        activity = self._courses.get(activity_id)
        if activity.draft.type_id is None:
            raise ValidationError("questionnaire", "none")
        statements = set(self._courses.type(activity.draft.type_id).statement_ids)
        for values in changes.values():
            for statement, value in values.items():
                if statement not in statements:
                    raise ValidationError("questionnaire", "unknown_statement")
                if value is not None and (not isinstance(value, int) or not 1 <= value <= 5):
                    raise ValidationError("answer", "out_of_range", minimum=1, maximum=5)
        with self._uow.transaction():
            for (participant_id, phase), values in changes.items():
                phase = Phase(phase)
                given = {s: v for s, v in values.items() if v is not None}
                cleared = [s for s, v in values.items() if v is None]
                self._repo.set_answers(activity_id, participant_id, phase, given)
                self._repo.clear_answers(activity_id, participant_id, phase, cleared)
                self._audit.record(
                    AuditAction.UPDATE,
                    "questionnaire",
                    activity_id,
                    f"{phase.value} participant={participant_id} answers={len(values)}",
                )

    def answers(self, activity_id: ActivityId) -> list[tuple[int, int, str, int]]:
        self._allowed()
        return self._repo.answers(activity_id)

    # -- summary ----------------------------------------------------------------------
    def summary(self, activity_id: ActivityId, period: Period | None = None) -> CourseSummary:
        """The course's summary; with *period*, counted over its meetings in the period."""
        self._allowed()
        activity = self._courses.get(activity_id)
        course_type = self._courses.type(activity.draft.type_id) if activity.draft.type_id else None
        return summarize(
            activity,
            self._courses.meetings(activity_id),
            self._repo.for_activity(activity_id),
            self._repo.attendance_for_activity(activity_id),
            self._repo.answers(activity_id),
            course_type,
            self._clock(),
            period,
        )
