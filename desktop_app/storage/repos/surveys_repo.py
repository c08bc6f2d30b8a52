"""Storage layer: user surveys with their anonymous answers, yearly goals, and the log
of imported files (to recognise a file imported before)."""

from __future__ import annotations

import json
from datetime import datetime

from desktop_app.core.domain.ids import GoalId, SurveyId
from desktop_app.core.domain.unit_work import Goal, GoalDraft, Survey
from desktop_app.storage.db import Database
from desktop_app.storage.errors import translated_errors
from desktop_app.storage.repos.rows import iso


class SqlSurveyRepo:
    def __init__(self, db: Database) -> None:
        self.db = db

    # -- surveys ----------------------------------------------------------------------
    def insert_survey(
        self, name: str, year: int, options: tuple[str, ...], statements: tuple[str, ...]
    ) -> SurveyId:
        with translated_errors():
            cursor = self.db.execute(
                "INSERT INTO surveys (name, year, options) VALUES (?, ?, ?)",
                [name, year, json.dumps(list(options), ensure_ascii=False)],
            )
            survey_id = SurveyId(cursor.lastrowid)
            self.db.conn.executemany(
                "INSERT INTO survey_statements (survey_id, position, text) VALUES (?, ?, ?)",
                [[survey_id, n, text] for n, text in enumerate(statements, start=1)],
            )
        return survey_id

    def surveys(self) -> list[Survey]:
        with translated_errors():
            rows = self.db.execute(
                "SELECT s.id, s.name, s.year, s.options, (SELECT count(*) FROM survey_responses r"
                " WHERE r.survey_id = s.id) FROM surveys s ORDER BY s.year DESC, s.id DESC"
            ).fetchall()
            statements: dict[int, list] = {}
            for sid, stid, text in self.db.execute(
                "SELECT survey_id, id, text FROM survey_statements ORDER BY position"
            ):
                statements.setdefault(sid, []).append((stid, text))
        return [
            Survey(
                SurveyId(r[0]),
                r[1],
                r[2],
                tuple(json.loads(r[3])),
                tuple(t for _, t in statements.get(r[0], [])),
                tuple(i for i, _ in statements.get(r[0], [])),
                r[4],
            )
            for r in rows
        ]

    def insert_response(self, survey_id: SurveyId, answers: dict[int, int], now: datetime) -> None:
        with translated_errors():
            cursor = self.db.execute(
                "INSERT INTO survey_responses (survey_id, entered_at) VALUES (?, ?)",
                [survey_id, iso(now)],
            )
            self.db.conn.executemany(
                "INSERT INTO survey_answers (response_id, statement_id, option) VALUES (?, ?, ?)",
                [[cursor.lastrowid, st, opt] for st, opt in answers.items()],
            )

    def rename_survey(self, survey_id: SurveyId, name: str) -> None:
        with translated_errors():
            self.db.execute("UPDATE surveys SET name = ? WHERE id = ?", [name, survey_id])

    def delete_survey(self, survey_id: SurveyId) -> None:
        with translated_errors():  # statements, responses and answers go with it
            self.db.execute("DELETE FROM surveys WHERE id = ?", [survey_id])

    def responses(self, survey_id: SurveyId) -> list[tuple[int, str, dict[int, int]]]:
        """(response id, entered at, {statement id: option}) of every form, oldest first."""
        with translated_errors():
            rows = self.db.execute(
                "SELECT r.id, r.entered_at, a.statement_id, a.option FROM survey_responses r"
                " LEFT JOIN survey_answers a ON a.response_id = r.id WHERE r.survey_id = ?"
                " ORDER BY r.id",
                [survey_id],
            ).fetchall()
        found: dict[int, tuple[str, dict[int, int]]] = {}
        for response_id, at, statement_id, option in rows:
            entry = found.setdefault(response_id, (at, {}))
            if statement_id is not None:
                entry[1][statement_id] = option
        return [(rid, at, answers) for rid, (at, answers) in found.items()]

    def replace_answers(self, response_id: int, answers: dict[int, int]) -> None:
        with translated_errors():
            self.db.execute("DELETE FROM survey_answers WHERE response_id = ?", [response_id])
            self.db.conn.executemany(
                "INSERT INTO survey_answers (response_id, statement_id, option) VALUES (?, ?, ?)",
                [[response_id, st, opt] for st, opt in answers.items()],
            )

    def delete_response(self, response_id: int) -> None:
        with translated_errors():
            self.db.execute("DELETE FROM survey_responses WHERE id = ?", [response_id])

    def counts(self, survey_id: SurveyId) -> dict[int, dict[int, int]]:
        """{statement id: {option: count}}."""
        result: dict[int, dict[int, int]] = {}
        with translated_errors():
            for st, opt, n in self.db.execute(
                "SELECT a.statement_id, a.option, count(*) FROM survey_answers a"
                " JOIN survey_responses r ON r.id = a.response_id WHERE r.survey_id = ?"
                " GROUP BY 1, 2",
                [survey_id],
            ):
                result.setdefault(st, {})[opt] = n
        return result

    # -- goals ------------------------------------------------------------------------
    def goals(self, year: int) -> list[Goal]:
        with translated_errors():
            rows = self.db.execute(
                "SELECT id, year, goal, activity, score, comment, position FROM goals"
                " WHERE year = ? ORDER BY position, id",
                [year],
            ).fetchall()
        return [Goal(GoalId(r[0]), GoalDraft(r[1], r[2], r[3], r[4], r[5]), r[6]) for r in rows]

    def save_goal(self, draft: GoalDraft, goal_id: GoalId | None) -> GoalId:
        with translated_errors():
            if goal_id is None:
                cursor = self.db.execute(
                    "INSERT INTO goals (year, position, goal, activity, score, comment) VALUES"
                    " (?, (SELECT coalesce(max(position), 0) + 1 FROM goals WHERE year = ?),"
                    " ?, ?, ?, ?)",
                    [
                        draft.year,
                        draft.year,
                        draft.goal,
                        draft.activity,
                        draft.score,
                        draft.comment,
                    ],
                )
                return GoalId(cursor.lastrowid)
            self.db.execute(
                "UPDATE goals SET goal = ?, activity = ?, score = ?, comment = ? WHERE id = ?",
                [draft.goal, draft.activity, draft.score, draft.comment, goal_id],
            )
        return goal_id

    def delete_goal(self, goal_id: GoalId) -> bool:
        with translated_errors():
            return self.db.execute("DELETE FROM goals WHERE id = ?", [goal_id]).rowcount > 0
