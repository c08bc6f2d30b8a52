"""Storage layer: every statistics measure as one SQL query, grouped by month."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from desktop_app.core.domain.client_report import ClientRow
from desktop_app.core.domain.measures import OUTREACH_COUNTS, FrozenSnapshot, Measure
from desktop_app.storage.db import Database
from desktop_app.storage.errors import translated_errors

# When a client became one: the first contact or request for help, or the day the record
# was made when neither is known (a case typed in afterwards is new in the year it began).
_STARTS = (
    "SELECT c.id, c.code, min(substr(c.created_at, 1, 10), coalesce(c.requested_on, '9999'),"
    " coalesce((SELECT min(k.day) FROM contacts k WHERE k.client_id = c.id), '9999'))"
    " AS started FROM clients c"
)
# One of an outreach day's counts, chosen by a parameter ({p}).
_COUNT_COLUMN = (
    "CASE {p} WHEN 'women' THEN women WHEN 'men' THEN men WHEN 'others' THEN others"
    " WHEN 'mails' THEN mails WHEN 'sms' THEN sms WHEN 'replies' THEN replies"
    " WHEN 'ads_seen' THEN json_extract(ads, '$.seen') WHEN 'ads_new' THEN"
    " json_extract(ads, '$.new') WHEN 'ads_women' THEN json_extract(ads, '$.women')"
    " WHEN 'ads_men' THEN json_extract(ads, '$.men') WHEN 'ads_under_25' THEN"
    " json_extract(ads, '$.under_25') WHEN 'ads_25_plus' THEN"
    " json_extract(ads, '$.age_25_plus') ELSE 0 END"
)
# Each measure's queries: monthly, (month 'YYYY-MM', value) rows for days between ?1
# and ?2 (?3, ?4 their months); drill, the records behind a figure as (day, what,
# number); total, a distinct measure's period total. The catalogue in
# core/domain/measures.py holds the rest of each measure (its text and permission).
_MONTHLY = {
    Measure.OUTREACH_CONTACTS: "SELECT month, sum(contacts) FROM outreach WHERE month BETWEEN ?3 AND ?4"
    " AND day BETWEEN ?1 AND ?2 AND (?5 = '' OR arena = ?5) GROUP BY month",
    Measure.OUTREACH_NEW_PERSONS: "SELECT month, sum(new_persons) FROM outreach WHERE month BETWEEN ?3 AND ?4 AND day BETWEEN ?1 AND ?2"
    " AND (?5 = '' OR arena = ?5) GROUP BY month",
    Measure.GROUP_ATTENDANCES: "SELECT month, sum(n) FROM ("
    " SELECT substr(m.day, 1, 7) AS month, count(*) AS n FROM attendance a"
    " JOIN meetings m ON m.id = a.meeting_id"
    " WHERE a.present = 1 AND NOT m.cancelled AND m.day BETWEEN ?1 AND ?2 GROUP BY 1"
    " UNION ALL SELECT substr(day, 1, 7), sum(anonymous_attendance) FROM meetings"
    " WHERE NOT cancelled AND day BETWEEN ?1 AND ?2 GROUP BY 1) GROUP BY month",
    Measure.COUNSELLING: "SELECT month, count(*) FROM contacts WHERE month BETWEEN ?3 AND ?4 AND day BETWEEN ?1 AND ?2 GROUP BY month",
    Measure.EDUCATION: "SELECT month, count(*) FROM education WHERE month BETWEEN ?3 AND ?4 AND day BETWEEN ?1 AND ?2 GROUP BY month",
    Measure.EDUCATION_PARTICIPANTS: "SELECT month, sum(participants) FROM education WHERE month BETWEEN ?3 AND ?4 AND day BETWEEN ?1 AND ?2"
    " GROUP BY month",
    Measure.CONSULTATIONS: "SELECT month, count(*) FROM consultations WHERE month BETWEEN ?3 AND ?4 AND day BETWEEN ?1 AND ?2"
    " GROUP BY month",
    Measure.PACKAGES: "SELECT o.month, sum(m.count) FROM outreach_materials m"
    " JOIN outreach o ON o.id = m.outreach_id JOIN materials t ON t.id = m.material_id"
    " WHERE NOT t.counter AND o.month BETWEEN ?3 AND ?4 AND o.day BETWEEN ?1 AND ?2"
    " AND (?5 = '' OR m.material_id = CAST(?5 AS INTEGER)) GROUP BY o.month",
    Measure.UNIQUE_CLIENTS: "SELECT month, count(DISTINCT client_id) FROM contacts"
    " WHERE client_id IS NOT NULL AND month BETWEEN ?3 AND ?4 AND day BETWEEN ?1 AND ?2"
    " GROUP BY month",
    Measure.NEW_CLIENTS: f"SELECT substr(started, 1, 7), count(*) FROM ({_STARTS})"
    " WHERE started BETWEEN ?1 AND ?2 GROUP BY 1",
    Measure.OUTREACH_STREET: "SELECT month, sum(contacts) FROM outreach WHERE month BETWEEN ?3"
    " AND ?4 AND day BETWEEN ?1 AND ?2 AND arena = 'street' GROUP BY month",
    Measure.GROUP_PERSONS: "SELECT substr(m.day, 1, 7), count(DISTINCT a.participant_id)"
    " FROM attendance a JOIN meetings m ON m.id = a.meeting_id"
    " WHERE a.present = 1 AND NOT m.cancelled AND m.day BETWEEN ?1 AND ?2 GROUP BY 1",
    Measure.OUTREACH_COUNT: f"SELECT month, sum({_COUNT_COLUMN.format(p='?5')}) FROM outreach"
    " WHERE month BETWEEN ?3 AND ?4 AND day BETWEEN ?1 AND ?2 GROUP BY month",
    Measure.OUTREACH_COUNTER: "SELECT o.month, sum(m.count) FROM outreach_materials m"
    " JOIN outreach o ON o.id = m.outreach_id WHERE m.material_id = CAST(?5 AS INTEGER)"
    " AND o.month BETWEEN ?3 AND ?4 AND o.day BETWEEN ?1 AND ?2 GROUP BY o.month",
    Measure.NO_SHOWS: "SELECT month, count(*) FROM bookings WHERE month BETWEEN ?3 AND ?4"
    " AND day BETWEEN ?1 AND ?2 AND status = 'no_show' GROUP BY month",
}
# The records behind a figure: (day, what, number) for days between ?1 and ?2.
_DRILL = {
    Measure.OUTREACH_CONTACTS: "SELECT day, arena, contacts FROM outreach WHERE day BETWEEN ?1 AND ?2 AND contacts > 0"
    " AND (?3 = '' OR arena = ?3) ORDER BY day",
    Measure.OUTREACH_NEW_PERSONS: "SELECT day, arena, new_persons FROM outreach WHERE day BETWEEN ?1 AND ?2"
    " AND new_persons > 0 AND (?3 = '' OR arena = ?3) ORDER BY day",
    Measure.PACKAGES: "SELECT o.day, t.name, m.count FROM outreach_materials m JOIN outreach o"
    " ON o.id = m.outreach_id JOIN materials t ON t.id = m.material_id"
    " WHERE NOT t.counter AND o.day BETWEEN ?1 AND ?2"
    " AND (?3 = '' OR m.material_id = CAST(?3 AS INTEGER)) ORDER BY o.day",
    Measure.GROUP_ATTENDANCES: "SELECT m.day, a.name, (SELECT count(*) FROM attendance t WHERE t.meeting_id = m.id"
    " AND t.present = 1) + m.anonymous_attendance AS n FROM meetings m"
    " JOIN activities a ON a.id = m.activity_id WHERE NOT m.cancelled"
    " AND m.day BETWEEN ?1 AND ?2 AND n > 0 ORDER BY m.day",
    Measure.COUNSELLING: "SELECT k.day, coalesce(c.code, ''), 1 FROM contacts k LEFT JOIN clients c"
    " ON c.id = k.client_id WHERE k.day BETWEEN ?1 AND ?2 ORDER BY k.day",
    Measure.EDUCATION: "SELECT day, kind || ' – ' || audience, 1 FROM education WHERE day BETWEEN ?1 AND ?2"
    " ORDER BY day",
    Measure.EDUCATION_PARTICIPANTS: "SELECT day, kind || ' – ' || audience, participants FROM education"
    " WHERE day BETWEEN ?1 AND ?2 ORDER BY day",
    Measure.CONSULTATIONS: "SELECT day, profession, 1 FROM consultations WHERE day BETWEEN ?1 AND ?2 ORDER BY day",
    Measure.UNIQUE_CLIENTS: "SELECT min(k.day), c.code, count(*) FROM contacts k JOIN clients c"
    " ON c.id = k.client_id WHERE k.day BETWEEN ?1 AND ?2 GROUP BY c.id ORDER BY 1",
    Measure.NEW_CLIENTS: f"SELECT started, code, 1 FROM ({_STARTS})"
    " WHERE started BETWEEN ?1 AND ?2 ORDER BY 1",
    Measure.OUTREACH_STREET: "SELECT day, arena, contacts FROM outreach WHERE day BETWEEN ?1"
    " AND ?2 AND arena = 'street' AND contacts > 0 ORDER BY day",
    Measure.GROUP_PERSONS: "SELECT min(m.day), p.code, count(*) FROM attendance a"
    " JOIN meetings m ON m.id = a.meeting_id JOIN participants p ON p.id = a.participant_id"
    " WHERE a.present = 1 AND NOT m.cancelled AND m.day BETWEEN ?1 AND ?2"
    " GROUP BY p.id ORDER BY 1",
    Measure.OUTREACH_COUNT: f"SELECT day, arena, {_COUNT_COLUMN.format(p='?3')} AS n"
    " FROM outreach WHERE day BETWEEN ?1 AND ?2 AND n > 0 ORDER BY day",
    Measure.OUTREACH_COUNTER: "SELECT o.day, t.name, m.count FROM outreach_materials m"
    " JOIN outreach o ON o.id = m.outreach_id JOIN materials t ON t.id = m.material_id"
    " WHERE o.day BETWEEN ?1 AND ?2 AND m.material_id = CAST(?3 AS INTEGER) ORDER BY o.day",
    Measure.NO_SHOWS: "SELECT b.day, c.code, 1 FROM bookings b JOIN clients c"
    " ON c.id = b.client_id WHERE b.status = 'no_show' AND b.day BETWEEN ?1 AND ?2"
    " ORDER BY b.day",
}
_DISTINCT_TOTAL = {
    Measure.UNIQUE_CLIENTS: "SELECT count(DISTINCT client_id) FROM contacts"
    " WHERE client_id IS NOT NULL AND month BETWEEN ?3 AND ?4 AND day BETWEEN ?1 AND ?2",
    Measure.GROUP_PERSONS: "SELECT count(DISTINCT a.participant_id) FROM attendance a"
    " JOIN meetings m ON m.id = a.meeting_id"
    " WHERE a.present = 1 AND NOT m.cancelled AND m.day BETWEEN ?1 AND ?2",
}


@dataclass(frozen=True)
class MeasureQueries:
    monthly: str
    drill: str
    total: str | None = None  # a distinct measure's total (not the months' sum)


QUERIES = {m: MeasureQueries(_MONTHLY[m], _DRILL[m], _DISTINCT_TOTAL.get(m)) for m in _MONTHLY}


def _days_and_months(start: date, end: date) -> list[str]:
    """?1, ?2: the days; ?3, ?4: their months, for the month-led indexes."""
    return [start.isoformat(), end.isoformat(), start.strftime("%Y-%m"), end.strftime("%Y-%m")]


def _params(sql: str, start: date, end: date, filter: str = "") -> list[str]:
    """SQLite wants exactly as many values as the highest number the query uses; ?5 is
    a row's filter (an arena, a material's id, one of an outreach day's counts)."""
    values = _days_and_months(start, end)
    if "?5" in sql:
        return [*values, filter]
    return values if "?3" in sql else values[:2]


class SqlStatsRepo:
    def __init__(self, db: Database) -> None:
        self.db = db

    def monthly(self, measure: Measure, start: date, end: date, filter: str = "") -> dict[str, int]:
        with translated_errors():
            sql = QUERIES[measure].monthly
            rows = self.db.execute(sql, _params(sql, start, end, filter)).fetchall()
        return {r[0]: int(r[1] or 0) for r in rows}

    def distinct_total(self, measure: Measure, start: date, end: date) -> int:
        with translated_errors():
            sql = QUERIES[measure].total
            row = self.db.execute(sql, _params(sql, start, end)).fetchone()
        return int(row[0] or 0)

    def client_rows(self, start: date, end: date) -> list[ClientRow]:
        """Every client (or couple case) with a contact in the period, once."""
        with translated_errors():
            rows = self.db.execute(
                # when each client started, for these clients only (the first contact's
                # day from the covering index contacts_client (client_id, at))
                "SELECT c.kind, c.anonymous, c.gender, c.birth_year, c.municipality, c.district,"
                " c.target_group, c.referral,"
                " min(substr(c.created_at, 1, 10), coalesce(c.requested_on, '9999'),"
                "  coalesce((SELECT substr(min(k.at), 1, 10) FROM contacts k"
                "   WHERE k.client_id = c.id), '9999')) >= ?1, s.n"
                " FROM (SELECT client_id, count(*) AS n FROM contacts"
                "       WHERE client_id IS NOT NULL AND month BETWEEN ?3 AND ?4"
                "       AND day BETWEEN ?1 AND ?2"
                "       GROUP BY client_id) AS s JOIN clients c ON c.id = s.client_id",
                _days_and_months(start, end),
            ).fetchall()
        return [
            ClientRow(r[0], bool(r[1]), r[2], r[3], r[4], r[5], r[6], r[7], bool(r[8]), r[9])
            for r in rows
        ]

    def unregistered_contacts(self, start: date, end: date) -> int:
        with translated_errors():
            return int(
                self.db.execute(
                    "SELECT count(*) FROM contacts WHERE +client_id IS NULL"  # "+": not contacts_client
                    " AND month BETWEEN ?3 AND ?4 AND day BETWEEN ?1 AND ?2",
                    _days_and_months(start, end),
                ).fetchone()[0]
            )

    def unregistered_by_municipality(self, start: date, end: date) -> dict[str, int]:
        """Unregistered contacts per the municipality noted on them ('unknown' if none)."""
        with translated_errors():
            rows = self.db.execute(
                # the period's unregistered contacts found in the covering index
                # contacts_month_day first; only those rows are read for the municipality
                "SELECT coalesce(municipality, 'unknown'), count(*) FROM contacts"
                " WHERE rowid IN (SELECT rowid FROM contacts INDEXED BY contacts_month_day"
                "  WHERE month BETWEEN ?3 AND ?4 AND day BETWEEN ?1 AND ?2 AND client_id IS NULL)"
                " GROUP BY 1",
                _days_and_months(start, end),
            ).fetchall()
        return {code: n for code, n in rows}

    def follow_up_counts(self, start: date, end: date) -> dict[str, dict[str, int]]:
        """Follow-up answers of episodes closed in the period: {question: {answer: n}}."""
        result: dict[str, dict[str, int]] = {}
        with translated_errors():
            for key, answer, n in self.db.execute(
                "SELECT a.question_key, a.answer, count(*) FROM followup_answers a"
                " JOIN client_episodes e ON e.id = a.episode_id"
                " WHERE e.closed_on BETWEEN ? AND ? GROUP BY 1, 2",
                [start.isoformat(), end.isoformat()],
            ):
                result.setdefault(key, {})[answer] = n
        return result

    def requests(self, start: date, end: date) -> list[tuple[str, str | None, int | None, str]]:
        """(requested_on, first_offered_on, birth_year, personal_id) of requests in the
        period."""
        with translated_errors():
            return [
                tuple(r)
                for r in self.db.execute(
                    "SELECT c.requested_on, c.first_offered_on, c.birth_year,"
                    " coalesce(i.personal_id, '') FROM clients c"
                    " LEFT JOIN client_identities i ON i.client_id = c.id"
                    " WHERE c.requested_on BETWEEN ? AND ?",
                    [start.isoformat(), end.isoformat()],
                )
            ]

    def frozen(self, start: date, end: date) -> FrozenSnapshot | None:
        """The snapshot of a closed period, if it is one."""
        with translated_errors():
            row = self.db.execute(
                "SELECT f.frozen_at, f.key_figures, f.clients, f.sections,"
                " coalesce(u.display_name, ''), f.reason FROM frozen_periods f"
                " LEFT JOIN users u ON u.id = f.frozen_by WHERE f.start = ? AND f.end = ?",
                [start.isoformat(), end.isoformat()],
            ).fetchone()
        return FrozenSnapshot(*row) if row else None

    def freeze(
        self,
        start: date,
        end: date,
        frozen_at: str,
        by: int,
        key_figures: str,
        clients: str,
        sections: str = "{}",
        reason: str | None = None,
    ) -> None:
        with translated_errors():
            self.db.execute(
                "INSERT INTO frozen_periods (start, end, frozen_at, frozen_by, key_figures,"
                " clients, sections, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    start.isoformat(),
                    end.isoformat(),
                    frozen_at,
                    by,
                    key_figures,
                    clients,
                    sections,
                    reason,
                ],
            )

    def unfreeze(self, start: date, end: date) -> None:
        """Only to freeze anew (the service audits it)."""
        with translated_errors():
            self.db.execute(
                "DELETE FROM frozen_periods WHERE start = ? AND end = ?",
                [start.isoformat(), end.isoformat()],
            )

    def participants_by_municipality(self, start: date, end: date) -> dict[str, int]:
        """Distinct participants holding a place in an activity that met in the period."""
        with translated_errors():
            rows = self.db.execute(
                "SELECT p.municipality, count(DISTINCT p.id) FROM registrations r"
                " JOIN participants p ON p.id = r.participant_id"
                " WHERE r.status IN ('registered', 'confirmed', 'attended', 'no_show')"
                " AND r.activity_id IN (SELECT activity_id FROM meetings"
                "   WHERE NOT cancelled AND day BETWEEN ? AND ?) GROUP BY 1",
                [start.isoformat(), end.isoformat()],
            ).fetchall()
        return {r[0]: r[1] for r in rows}

    def outreach_by_arena(self, start: date, end: date) -> dict[str, tuple[int, int, int]]:
        """{arena: (outreach days, contacts, new persons)} from the covering index."""
        with translated_errors():
            rows = self.db.execute(
                "SELECT arena, count(*), sum(contacts), sum(new_persons) FROM outreach"
                " WHERE month BETWEEN ?3 AND ?4 AND day BETWEEN ?1 AND ?2 GROUP BY arena",
                _days_and_months(start, end),
            ).fetchall()
        return {r[0]: (r[1], int(r[2] or 0), int(r[3] or 0)) for r in rows}

    def outreach_counts(self, start: date, end: date) -> dict[str, int]:
        """The period's sums of what each outreach day records besides its contacts: women,
        men and others met, mails, sms and replies, and the ads observed online."""
        with translated_errors():
            row = self.db.execute(
                "SELECT sum(women), sum(men), sum(others), sum(mails), sum(sms), sum(replies),"
                " sum(json_extract(ads, '$.seen')), sum(json_extract(ads, '$.new')),"
                " sum(json_extract(ads, '$.women')), sum(json_extract(ads, '$.men')),"
                " sum(json_extract(ads, '$.under_25')), sum(json_extract(ads, '$.age_25_plus'))"
                " FROM outreach WHERE month BETWEEN ?3 AND ?4 AND day BETWEEN ?1 AND ?2",
                _days_and_months(start, end),
            ).fetchone()
        return {key: int(value or 0) for key, value in zip(OUTREACH_COUNTS, row, strict=True)}

    def material_kinds(self) -> list[tuple[int, bool]]:
        """Every material's id and whether it is one of the unit's own counters."""
        with translated_errors():
            rows = self.db.execute("SELECT id, counter FROM materials").fetchall()
        return [(r[0], bool(r[1])) for r in rows]

    def materials_handed_out(self, start: date, end: date) -> dict[int, int]:
        """{material id: handed out in the period}."""
        with translated_errors():
            rows = self.db.execute(
                "SELECT m.material_id, sum(m.count) FROM outreach_materials m"
                " JOIN outreach o ON o.id = m.outreach_id"
                " WHERE o.month BETWEEN ?3 AND ?4 AND o.day BETWEEN ?1 AND ?2 GROUP BY 1",
                _days_and_months(start, end),
            ).fetchall()
        return {r[0]: int(r[1] or 0) for r in rows}

    def drill(
        self, measure: Measure, start: date, end: date, filter: str = ""
    ) -> list[tuple[str, str, int]]:
        sql = QUERIES[measure].drill
        params = [start.isoformat(), end.isoformat()] + ([filter] if "?3" in sql else [])
        with translated_errors():
            return [(r[0], r[1], int(r[2] or 0)) for r in self.db.execute(sql, params)]
