"""Core layer: import a spreadsheet of counts through the same services as manual entry.

Every row that passes is saved in one transaction (nothing is imported half); each
rejected row is reported with its number and why; a storage failure or a cancel rolls
the whole file back and is recorded nowhere. A file already imported as the same
kind (same SHA-256) is refused, so re-importing never duplicates; identical rows inside
one file are separate real events and all count. ``preview`` runs the same import and
rolls it back.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

from desktop_app.core.client_query_helpers import client_by_code
from desktop_app.core.domain.courses import MeetingDraft
from desktop_app.core.domain.ids import UserId
from desktop_app.core.domain.municipalities import Municipality
from desktop_app.core.domain.roles import Permission
from desktop_app.core.domain.users import User
from desktop_app.core.errors import CancelledError, NotFoundError, VagvalError, ValidationError
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
from desktop_app.core.services.client_service import ClientService
from desktop_app.core.services.contact_service import ContactService
from desktop_app.core.services.course_service import CourseService
from desktop_app.core.services.ports import Clock, UnitOfWork
from desktop_app.core.services.ports_work import SurveyRepo
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

    def reject(self, row: RejectedRow) -> None:
        self.rejected_count += 1
        if len(self.rejected) < MAX_LISTED:
            self.rejected.append(row)

    @property
    def complete(self) -> bool:
        return self.previously is None and not self.rejected_count and self.imported == self.rows


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
        import_log: SurveyRepo,
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
        try:
            with self._uow.transaction():
                for row in read_table(path, progress):
                    if cancelled is not None and row.number % 100 == 0 and cancelled():
                        raise CancelledError()
                    report.rows += 1
                    error = row.error
                    if error is None:
                        try:
                            with self._uow.transaction():  # a savepoint per row
                                self._save(kind, parse_row(kind, row.cells, lookups))
                            report.imported += 1
                        except REFUSED as refused:  # the row's content, not the storage
                            error = refused
                    if error is not None:
                        report.reject(RejectedRow(row.number, error))
                if report.imported:
                    self._log.record_import(
                        checksum, kind, path.name, report.imported, UserId(actor.id), self._clock()
                    )
                if dry_run:
                    raise _Rollback
        except _Rollback:
            pass
        return report

    def _save(self, kind: str, item) -> None:
        if kind == "outreach":
            self._work.record_outreach(item)
        elif kind == "education":
            self._work.record_education(item)
        elif kind == "consultations":
            self._work.record_consultation(item)
        elif kind == "contacts":
            self._save_contact(item)
        elif kind == "group-sessions":
            self._save_group_session(item)

    def _save_contact(self, row: ContactRow) -> None:
        contacts = self._contacts
        if not row.client_code:
            contacts.register_unregistered(row.draft)
            return
        try:
            client = client_by_code(self._clients, row.client_code)
        except NotFoundError:
            client = self._clients.create(client_draft_for(row), code=row.client_code)
        contacts.register(replace(row.draft, client_id=client.id))

    def _save_group_session(self, row: GroupSessionRow) -> None:
        self._courses.record_past_session(
            row.group,
            MeetingDraft(row.starts_at, row.ends_at, row.venue),
            row.participants,
            row.staff,
        )
