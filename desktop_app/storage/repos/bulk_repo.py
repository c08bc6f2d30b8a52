"""Storage layer: writing many generated or imported records at once (the demo
generator, later the spreadsheet importer): batched inserts in one transaction, then
the derived columns and the search index rebuilt in SQL."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime

from desktop_app.core.domain.client_enums import CloseReason, FollowUpAnswer
from desktop_app.core.domain.clients import ClientDraft
from desktop_app.core.domain.contacts import ContactDraft
from desktop_app.core.domain.ids import ClientId, UserId
from desktop_app.core.domain.unit_work import OutreachDraft
from desktop_app.storage.db import Database
from desktop_app.storage.errors import translated_errors
from desktop_app.storage.repos.clients_repo import DRAFT_COLUMNS, draft_values
from desktop_app.storage.repos.rows import iso

BATCH = 5000


@dataclass(frozen=True)
class BulkClient:
    draft: ClientDraft
    created_at: datetime
    created_by: UserId
    closed_on: date | None = None
    close_reason: CloseReason | None = None
    follow_up: dict[str, FollowUpAnswer] = field(default_factory=dict)


@dataclass(frozen=True)
class BulkNote:
    client_id: ClientId
    title: str
    text: str
    by: UserId
    at: datetime


def _batches(rows: Iterable, size: int = BATCH):
    batch = []
    for row in rows:
        batch.append(row)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


class SqlBulkWriter:
    def __init__(self, db: Database) -> None:
        self.db = db

    def add_clients(self, clients: list[BulkClient], code_prefix: str = "K") -> list[ClientId]:
        with translated_errors():
            seqs: dict[int, int] = {
                year: seq
                for year, seq in self.db.execute(
                    "SELECT code_year, max(code_seq) FROM clients GROUP BY code_year"
                )
            }
            first = self.db.execute("SELECT coalesce(max(id), 0) + 1 FROM clients").fetchone()[0]
            rows = []
            for i, c in enumerate(clients):
                year = c.created_at.year
                seq = seqs.get(year, 0) + 1
                seqs[year] = seq
                stamp = iso(c.created_at)
                rows.append(
                    [
                        first + i,
                        f"{code_prefix}-{year}-{seq:03d}",
                        year,
                        seq,
                        *draft_values(c.draft),
                        stamp,
                        c.created_by,
                        stamp,
                        stamp,
                        iso(c.closed_on),
                        c.close_reason.value if c.close_reason else None,
                    ]
                )
            for batch in _batches(rows):
                self.db.conn.executemany(
                    f"INSERT INTO clients (id, code, code_year, code_seq, {DRAFT_COLUMNS},"
                    " created_at, created_by, updated_at, last_entry_at, closed_on, close_reason)"
                    f" VALUES (?, ?, ?, ?, {', '.join('?' * 15)}, ?, ?, ?, ?, ?, ?)",
                    batch,
                )
            self.db.conn.executemany(
                "INSERT INTO client_identities (client_id, name, personal_id) VALUES (?, ?, ?)",
                [
                    [first + i, c.draft.name, c.draft.personal_id]
                    for i, c in enumerate(clients)
                    if c.draft.name or c.draft.personal_id
                ],
            )
            episodes = []
            answers = []
            for i, c in enumerate(clients):
                episodes.append(
                    [
                        first + i,
                        iso(c.created_at.date()),
                        iso(c.closed_on),
                        c.close_reason.value if c.close_reason else None,
                    ]
                )
            first_episode = self.db.execute(
                "SELECT coalesce(max(id), 0) + 1 FROM client_episodes"
            ).fetchone()[0]
            self.db.conn.executemany(
                "INSERT INTO client_episodes (client_id, opened_on, closed_on, close_reason)"
                " VALUES (?, ?, ?, ?)",
                episodes,
            )
            for i, c in enumerate(clients):
                answers += [[first_episode + i, key, a.value] for key, a in c.follow_up.items()]
            self.db.conn.executemany(
                "INSERT INTO followup_answers (episode_id, question_key, answer) VALUES (?, ?, ?)",
                answers,
            )
        return [ClientId(first + i) for i in range(len(clients))]

    def add_contacts(self, contacts: Iterable[ContactDraft], created_by: UserId) -> int:
        count = 0
        with translated_errors():
            first = self.db.execute("SELECT coalesce(max(id), 0) + 1 FROM contacts").fetchone()[0]
            for batch in _batches(contacts):
                self.db.conn.executemany(
                    "INSERT INTO contacts (id, client_id, at, day, month, form, kind, minutes,"
                    " staff_id, participants, target_group, municipality, created_at,"
                    " created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [
                        [
                            first + count + i,
                            d.client_id,
                            iso(d.at),
                            d.at.date().isoformat(),
                            d.at.strftime("%Y-%m"),
                            d.form.value,
                            d.kind.value,
                            d.minutes,
                            d.staff_id,
                            d.participants.value,
                            d.target_group.value if d.target_group else None,
                            d.municipality,
                            iso(d.at),
                            created_by,
                        ]
                        for i, d in enumerate(batch)
                    ],
                )
                self.db.conn.executemany(
                    "INSERT INTO contact_notes (contact_id, note) VALUES (?, ?)",
                    [[first + count + i, d.note] for i, d in enumerate(batch) if d.note],
                )
                count += len(batch)
        return count

    def add_notes(self, notes: list[BulkNote]) -> None:
        with translated_errors():
            first = self.db.execute(
                "SELECT coalesce(max(id), 0) + 1 FROM journal_notes"
            ).fetchone()[0]
            rows = [
                [first + i, n.client_id, first + i, n.title, n.text, n.by, iso(n.at)]
                for i, n in enumerate(notes)
            ]
            for batch in _batches(rows):
                self.db.conn.executemany(
                    "INSERT INTO journal_notes (id, client_id, root_id, version, title, text,"
                    " written_by, written_at) VALUES (?, ?, ?, 1, ?, ?, ?, ?)",
                    batch,
                )

    def add_links(self, links: list[tuple[ClientId, ClientId, str]], now: datetime) -> None:
        with translated_errors():
            self.db.conn.executemany(
                "INSERT OR IGNORE INTO client_links (client_id, other_id, link, created_at)"
                " VALUES (?, ?, ?, ?)",
                [[a, b, link, iso(now)] for a, b, link in links],
            )

    def add_concerns(self, concerns: list[tuple[ClientId, date, str, UserId]]) -> None:
        with translated_errors():
            self.db.conn.executemany(
                "INSERT INTO concern_reports (client_id, reported_on, recipient, reported_by)"
                " VALUES (?, ?, ?, ?)",
                [[c, iso(on), to, by] for c, on, to, by in concerns],
            )

    def add_outreach(self, records: Iterable[OutreachDraft], created_by: UserId) -> int:
        count = 0
        with translated_errors():
            for batch in _batches(records):
                self.db.conn.executemany(
                    "INSERT INTO outreach (day, month, arena, contacts, new_persons, women, men,"
                    " others, mails, sms, replies, ads, note, created_at, created_by)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '{}', ?, ?, ?)",
                    [
                        [
                            iso(x.day),
                            x.day.strftime("%Y-%m"),
                            x.arena.value,
                            x.contacts,
                            x.new_persons,
                            x.women,
                            x.men,
                            x.others,
                            x.mails,
                            x.sms,
                            x.replies,
                            x.note,
                            iso(x.day),
                            created_by,
                        ]
                        for x in batch
                    ],
                )
                count += len(batch)
        return count

    def finish(self) -> None:
        """Recompute what the services keep up to date one record at a time."""
        with translated_errors():
            self.db.execute(
                "UPDATE clients SET contact_count = s.n, last_contact_on = s.last"
                " FROM (SELECT client_id, count(*) AS n, max(day) AS last FROM contacts"
                " WHERE client_id IS NOT NULL GROUP BY client_id) AS s"
                " WHERE clients.id = s.client_id"
            )
            self.db.execute(
                "UPDATE clients SET open_concerns = s.n FROM (SELECT client_id, count(*) AS n"
                " FROM concern_reports WHERE closed_on IS NULL GROUP BY client_id) AS s"
                " WHERE clients.id = s.client_id"
            )
            self.db.execute("DELETE FROM clients_fts")
            self.db.execute(
                "INSERT INTO clients_fts (rowid, code, name, personal_id, titles)"
                " SELECT c.id, c.code, coalesce(i.name, ''),"
                " CASE WHEN coalesce(i.personal_id, '') = '' THEN ''"
                " ELSE i.personal_id || ' ' || substr(i.personal_id, 3) END,"
                " coalesce((SELECT group_concat(title, ' ') FROM journal_notes n"
                " WHERE n.client_id = c.id AND n.superseded_by IS NULL), '')"
                " FROM clients c LEFT JOIN client_identities i ON i.client_id = c.id"
            )
