"""Core layer: user surveys (brukarenkät) with shares per answer, and the year's goals."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime

from desktop_app.core.domain.audit import AuditAction
from desktop_app.core.domain.changes import describe_changes
from desktop_app.core.domain.ids import GoalId, SurveyId
from desktop_app.core.domain.removal import RemovalReason
from desktop_app.core.domain.roles import Permission
from desktop_app.core.domain.unit_work import (
    Goal,
    GoalDraft,
    StatementResult,
    Survey,
    SurveyResponse,
)
from desktop_app.core.domain.users import User
from desktop_app.core.errors import NotFoundError, ValidationError
from desktop_app.core.services.access import require
from desktop_app.core.services.audit_service import AuditService
from desktop_app.core.services.hygiene import clean_text
from desktop_app.core.services.ports import Clock, UnitOfWork
from desktop_app.core.services.ports_work import SurveyRepo

DEFAULT_OPTIONS = (
    "stämmer mycket bra",
    "stämmer bra",
    "stämmer ganska bra",
    "stämmer dåligt",
    "stämmer inte alls",
)


class SurveyService:
    def __init__(
        self,
        repo: SurveyRepo,
        audit: AuditService,
        uow: UnitOfWork,
        actor: Callable[[], User],
        clock: Clock,
    ) -> None:
        self._repo = repo  # storage's SqlSurveyRepo
        self._audit = audit
        self._uow = uow
        self._actor = actor
        self._clock = clock

    def _allowed(self) -> User:
        actor = self._actor()
        require(actor, Permission.MANAGE_ACTIVITIES)
        return actor

    # -- surveys ----------------------------------------------------------------------
    def create_survey(
        self,
        name: str,
        year: int,
        statements: list[str],
        options: tuple[str, ...] = DEFAULT_OPTIONS,
    ) -> Survey:
        self._allowed()
        name = clean_text("survey_name", name, 120)
        statements = [clean_text("statements", s, 300) for s in statements if s.strip()]
        options = tuple(clean_text("options", o, 80) for o in options if o.strip())
        if not name:
            raise ValidationError("survey_name", "required")
        if not statements:
            raise ValidationError("statements", "required")
        if not 2 <= len(options) <= 10:
            raise ValidationError("options", "out_of_range", minimum=2, maximum=10)
        if not 2000 <= year <= self._clock().year + 1:
            raise ValidationError(
                "year", "out_of_range", minimum=2000, maximum=self._clock().year + 1
            )
        with self._uow.transaction():
            survey_id = self._repo.insert_survey(name, year, options, tuple(statements))
            self._audit.record(AuditAction.CREATE, "survey", survey_id)
        return self.survey(survey_id)

    def surveys(self) -> list[Survey]:
        require(self._actor(), Permission.READ_STATISTICS)
        return self._repo.surveys()

    def survey(self, survey_id: SurveyId) -> Survey:
        found = next((s for s in self._repo.surveys() if s.id == survey_id), None)
        if found is None:
            raise NotFoundError("survey", id=survey_id)
        return found

    def _chosen(self, survey: Survey, answers: list[int | None]) -> dict[int, int]:
        if len(answers) != len(survey.statements):
            raise ValidationError("answer", "wrong_count", expected=len(survey.statements))
        chosen = {}
        for statement_id, answer in zip(survey.statement_ids, answers, strict=True):
            if answer is None:
                continue
            if not isinstance(answer, int) or not 1 <= answer <= len(survey.options):
                raise ValidationError(
                    "answer", "out_of_range", minimum=1, maximum=len(survey.options)
                )
            chosen[statement_id] = answer - 1
        if not chosen:
            raise ValidationError("answer", "required")
        return chosen

    def record_response(self, survey_id: SurveyId, answers: list[int | None]) -> None:
        """One anonymous paper form: per statement the chosen option (1 = the first),
        or None when left blank."""
        self._allowed()
        chosen = self._chosen(self.survey(survey_id), answers)
        with self._uow.transaction():
            self._repo.insert_response(survey_id, chosen, self._clock())
            self._audit.record(AuditAction.CREATE, "survey_response", survey_id)

    # -- corrections ------------------------------------------------------------------
    def rename(self, survey_id: SurveyId, name: str) -> Survey:
        self._allowed()
        old = self.survey(survey_id)
        name = clean_text("survey_name", name, 120)
        if not name:
            raise ValidationError("survey_name", "required")
        with self._uow.transaction():
            self._repo.rename_survey(survey_id, name)
            self._audit.record(AuditAction.UPDATE, "survey", survey_id, "renamed")
        return replace(old, name=name)

    def delete(self, survey_id: SurveyId, reason: RemovalReason) -> None:
        """Remove a survey (with the forms typed into it) created by mistake or twice."""
        self._allowed()
        survey = self.survey(survey_id)
        reason = RemovalReason(reason)
        with self._uow.transaction():
            self._repo.delete_survey(survey_id)
            self._audit.record(
                AuditAction.DELETE,
                "survey",
                survey_id,
                f"responses={survey.responses} reason={reason.value}",
            )

    def responses(self, survey_id: SurveyId) -> list[SurveyResponse]:
        """Every typed form, oldest first, as it was typed (to find and correct one)."""
        self._allowed()
        survey = self.survey(survey_id)
        return [
            SurveyResponse(
                response_id,
                datetime.fromisoformat(at),
                tuple(answers[st] + 1 if st in answers else None for st in survey.statement_ids),
            )
            for response_id, at, answers in self._repo.responses(survey_id)
        ]

    def correct_response(
        self, survey_id: SurveyId, response_id: int, answers: list[int | None]
    ) -> None:
        self._allowed()
        chosen = self._chosen(self.survey(survey_id), answers)
        if response_id not in {r.id for r in self.responses(survey_id)}:
            raise NotFoundError("survey_response", id=response_id)
        with self._uow.transaction():
            self._repo.replace_answers(response_id, chosen)
            self._audit.record(AuditAction.UPDATE, "survey_response", response_id)

    def delete_response(self, survey_id: SurveyId, response_id: int) -> None:
        self._allowed()
        if response_id not in {r.id for r in self.responses(survey_id)}:
            raise NotFoundError("survey_response", id=response_id)
        with self._uow.transaction():
            self._repo.delete_response(response_id)
            self._audit.record(AuditAction.DELETE, "survey_response", response_id)

    def results(self, survey_id: SurveyId) -> list[StatementResult]:
        require(self._actor(), Permission.READ_STATISTICS)
        survey = self.survey(survey_id)
        counts = self._repo.counts(survey_id)
        results = []
        for statement_id, text in zip(survey.statement_ids, survey.statements, strict=True):
            per = counts.get(statement_id, {})
            row = tuple(per.get(i, 0) for i in range(len(survey.options)))
            results.append(StatementResult(text, row, sum(row)))
        return results

    # -- goals ------------------------------------------------------------------------
    def goals(self, year: int) -> list[Goal]:
        require(self._actor(), Permission.READ_STATISTICS)
        return self._repo.goals(year)

    def save_goal(self, draft: GoalDraft, goal_id: GoalId | None = None) -> GoalId:
        self._allowed()
        goal = clean_text("goal", draft.goal, 1000, required=True)
        if draft.score is not None and draft.score not in (1, 2, 3):
            raise ValidationError("score", "out_of_range", minimum=1, maximum=3)
        draft = replace(
            draft,
            goal=goal,
            activity=clean_text("text", draft.activity, 2000, multiline=True),
            comment=clean_text("text", draft.comment, 2000, multiline=True),
        )
        old = next((g.draft for g in self._repo.goals(draft.year) if g.id == goal_id), None)
        with self._uow.transaction():
            saved = self._repo.save_goal(draft, goal_id)
            if goal_id is None:
                self._audit.record(AuditAction.CREATE, "goal", saved)
            else:
                detail = describe_changes(old, draft) if old is not None else "year"
                self._audit.record(AuditAction.UPDATE, "goal", saved, detail)
        return saved

    def delete_goal(self, goal_id: GoalId) -> None:
        self._allowed()
        with self._uow.transaction():
            if not self._repo.delete_goal(goal_id):
                raise NotFoundError("goal", id=goal_id)
            self._audit.record(AuditAction.DELETE, "goal", goal_id)
