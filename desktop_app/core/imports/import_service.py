"""Core layer: import a spreadsheet of counts through the same services as manual entry.

Every row that passes is saved in one transaction (nothing is imported half); each
rejected row is reported with its number and why; a storage failure or a cancel rolls
the whole file back and is recorded nowhere. A file already imported as the same
kind (same SHA-256) is refused. Each row's fingerprint (core/imports/fingerprint.py) is
kept with what it made, so a corrected or re-saved file brings in only the rows not
already there; identical rows inside one file are separate real events and all count
(the n-th copy is "already there" only when n copies were imported before). ``preview``
runs the same import and rolls it back. ``undo`` removes what an import made.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

from desktop_app.core.client_query_helpers import client_by_code
from desktop_app.core.domain.audit import AuditAction
from desktop_app.core.domain.courses import MeetingDraft
from desktop_app.core.domain.ids import ClientId, ContactId, MeetingId, UserId
from desktop_app.core.domain.imports import ImportedRow, ImportRecord
from desktop_app.core.domain.municipalities import Municipality
from desktop_app.core.domain.removal import RemovalReason
from desktop_app.core.domain.roles import Permission
from desktop_app.core.domain.users import User
from desktop_app.core.errors import CancelledError, NotFoundError, VagvalError, ValidationError
from desktop_app.core.imports.fingerprint import fingerprint
from desktop_app.core.imports.rows import (
    KINDS,
    ContactRow,
    GroupSessionRow,
    Lookups,
    client_draft_for,
    parse_row,
)
from desktop_app.core.imports.table_file import Progress, file_checksum, read_table
from desktop_app.core.services.access import require
from desktop_app.core.services.audit_service import AuditService
from desktop_app.core.services.client_service import ClientService
from desktop_app.core.services.contact_service import ContactService
from desktop_app.core.services.course_service import CourseService
from desktop_app.core.services.ports import Clock, UnitOfWork
from desktop_app.core.services.ports_work import ImportLogRepo
from desktop_app.core.services.unit_work_service import UnitWorkService
from desktop_app.core.services.user_service import UserService

MAX_LISTED = 100  # rejected rows listed one by one; the rest are counted
# Errors that mean "this row's content is refused": anything else aborts the import.
REFUSED = (ValidationError, NotFoundError)


@dataclass(frozen=True)
class RejectedRow:
    row: int
    error: VagvalError


@dataclass
class ImportReport:
    kind: str
    file_name: str
    rows: int
    imported: int = 0
    rejected: list[RejectedRow] = field(default_factory=list)
    previously: tuple[str, str] | None = None  # (when, file name) if imported before
    dry_run: bool = False
    rejected_count: int = 0  # all rejected rows; ``rejected`` lists the first MAX_LISTED
    already: int = 0  # rows an earlier import already brought in (by fingerprint)

    def reject(self, row: RejectedRow) -> None:
        self.rejected_count += 1
        if len(self.rejected) < MAX_LISTED:
            self.rejected.append(row)

    @property
    def complete(self) -> bool:
        return (
            self.previously is None
            and not self.rejected_count
            and self.imported + self.already == self.rows
        )


class _Rollback(Exception):
    pass


class ImportService:
    def __init__(
        self,
        *,
        users: UserService,
        clients: ClientService,
        contacts: ContactService,
        courses: CourseService,
        work: UnitWorkService,
        import_log: ImportLogRepo,
        audit: AuditService,
        uow: UnitOfWork,
        actor: Callable[[], User],
        clock: Clock,
        municipalities: tuple[Municipality, ...],
    ) -> None:
        self._users = users
        self._clients = clients
        self._contacts = contacts
        self._courses = courses
        self._work = work
        self._log = import_log
        self._audit = audit
        self._uow = uow
        self._actor = actor
        self._clock = clock
        names = {}
        for m in municipalities:
            for key in (m.code, m.name, m.short_name):
                names[key.casefold()] = m.code
        names.update({"okänd": "unknown", "okänt": "unknown", "utanför sverige": "abroad"})
        self._municipalities = names

    def _lookups(self) -> Lookups:
        staff = {}
        for user in self._users.colleagues():
            staff[user.username.casefold()] = user.id
            staff[user.display_name.casefold()] = user.id
        packages = [m for m in self._work.materials() if "paket" in m.name.casefold()]
        return Lookups(
            municipality=lambda text: self._municipalities.get(text.strip().casefold(), "invalid"),
            staff=lambda name: staff.get(name.strip().casefold()),
            package=packages[0].id if packages else None,
            default_staff=self._actor().id,
        )

    def preview(self, kind: str, path: Path) -> ImportReport:
        return self.run(kind, path, dry_run=True)

    def run(
        self,
        kind: str,
        path: Path,
        dry_run: bool = False,
        progress: Progress | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> ImportReport:
        """Import the whole file or nothing. A row the rules refuse is reported (the
        first ``MAX_LISTED`` with their numbers, then a count); any other failure (a full
        disk, a damaged database, a cancel) rolls everything back and is raised, and
        nothing is recorded in the import log. ``progress`` gets the share read."""
        actor = self._actor()
        require(actor, Permission.MANAGE_ACTIVITIES)
        if kind not in KINDS:
            raise ValidationError("kind", "unknown_word", value=kind)
        path = Path(path)
        checksum = file_checksum(path)
        report = ImportReport(kind, path.name, 0, dry_run=dry_run)
        report.previously = self._log.imported(checksum, kind)
        if report.previously is not None:
            return report
        if kind in ("contacts",):
            require(actor, Permission.WRITE_CLIENTS)
        lookups = self._lookups()
        known, seen = self._log.fingerprints(kind), Counter()
        made: list[ImportedRow] = []
        try:
            with self._uow.transaction(), self._audit.deferred() as audit_entries:
                for row in read_table(path, progress):
                    if cancelled is not None and row.number % 100 == 0 and cancelled():
                        raise CancelledError()
                    report.rows += 1
                    error = row.error
                    if error is None:
                        mark = fingerprint(kind, row.cells)
                        seen[mark] += 1
                        if seen[mark] <= known.get(mark, 0):
                            report.already += 1
                            continue
                        logged = len(audit_entries)
                        try:
                            with self._uow.transaction():  # a savepoint per row
                                item = parse_row(kind, row.cells, lookups)
                                made += [
                                    ImportedRow(mark, *record) for record in self._save(kind, item)
                                ]
                            report.imported += 1
                        except REFUSED as refused:  # the row's content, not the storage
                            del audit_entries[logged:]  # rolled back with the row
                            error = refused
                    if error is not None:
                        report.reject(RejectedRow(row.number, error))
                if report.imported:
                    import_id = self._log.record_import(
                        checksum, kind, path.name, report.imported, UserId(actor.id), self._clock()
                    )
                    self._log.record_rows(import_id, made)
                if dry_run:
                    raise _Rollback
        except _Rollback:
            pass
        return report

    # -- the history, and undoing an import --------------------------------------------
    def history(self) -> list[ImportRecord]:
        require(self._actor(), Permission.MANAGE_ACTIVITIES)
        return self._log.imports()

    def undo(self, record: ImportRecord) -> int:
        """Remove everything the import made (audit-logged, all or nothing); a head count
        it replaced gets its earlier number back. Refused, with what stands in the way,
        when later work hangs on it (a client it created now has other contacts or
        notes; a session it created has attendance by name). Returns the rows undone."""
        actor = self._actor()
        require(actor, Permission.MANAGE_ACTIVITIES)
        if record.kind == "contacts":
            require(actor, Permission.WRITE_CLIENTS)
        rows = self._log.rows_of(record.id)
        with self._uow.transaction():
            for row in reversed(rows):  # a contact before the client it was made for
                self._undo_row(row)
            self._log.delete_import(record.id)
            self._audit.record(
                AuditAction.DELETE,
                "import",
                record.id,
                f"undone kind={record.kind} rows={record.rows} file={record.file_name}",
            )
        return record.rows

    def _undo_row(self, row: ImportedRow) -> None:
        try:
            if row.entity in ("outreach", "education", "consultation"):
                self._work.delete(row.entity, row.entity_id)
            elif row.entity == "contact":
                self._contacts.delete(ContactId(row.entity_id), RemovalReason.MISTAKE)
            elif row.entity == "head_count":
                self._courses.record_head_count(MeetingId(row.entity_id), row.previous or 0)
            elif row.entity == "meeting":
                if not self._log.delete_session(row.entity_id):
                    day = self._courses.meeting(MeetingId(row.entity_id)).draft.starts_at.date()
                    raise ValidationError("import", "in_use", record=str(day))
                self._audit.record(AuditAction.DELETE, "meeting", row.entity_id, "import undone")
            elif row.entity == "client":
                if not self._log.bare_client(row.entity_id):
                    code = self._clients.get(ClientId(row.entity_id)).code
                    raise ValidationError("import", "in_use", record=code)
                self._log.delete_client(row.entity_id)
                self._audit.record(AuditAction.DELETE, "client", row.entity_id, "import undone")
        except NotFoundError:
            pass  # removed by hand since: nothing left to undo

    def _save(self, kind: str, item) -> list[tuple[str, int, int | None]]:
        """Save one parsed row; returns what it made: (entity, id, previous)."""
        if kind == "outreach":
            return [("outreach", self._work.record_outreach(item), None)]
        if kind == "education":
            return [("education", self._work.record_education(item), None)]
        if kind == "consultations":
            return [("consultation", self._work.record_consultation(item), None)]
        if kind == "contacts":
            return self._save_contact(item)
        return self._save_group_session(item)

    def _save_contact(self, row: ContactRow) -> list[tuple[str, int, int | None]]:
        contacts = self._contacts
        if not row.client_code:
            return [("contact", contacts.register_unregistered(row.draft).id, None)]
        made: list[tuple[str, int, int | None]] = []
        try:
            client = client_by_code(self._clients, row.client_code)
        except NotFoundError:
            client = self._clients.create(client_draft_for(row), code=row.client_code)
            made.append(("client", client.id, None))
        made.append(
            ("contact", contacts.register(replace(row.draft, client_id=client.id)).id, None)
        )
        return made

    def _save_group_session(self, row: GroupSessionRow) -> list[tuple[str, int, int | None]]:
        meeting_id, previous = self._courses.record_past_session(
            row.group,
            MeetingDraft(row.starts_at, row.ends_at, row.venue),
            row.participants,
            row.staff,
        )
        if previous is None:
            return [("meeting", meeting_id, None)]
        return [("head_count", meeting_id, previous)]
