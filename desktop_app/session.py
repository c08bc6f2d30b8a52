"""Wiring (no Qt): unlock a vault, build the repositories and services for one user.

Both the GUI (``app.py``) and the admin command line log in through ``Gatekeeper``.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from desktop_app.core.domain.audit import AnchorResult, AuditAction, ChainCheck
from desktop_app.core.domain.municipalities import (
    Municipality,
    load_municipalities,
    valid_municipality_codes,
)
from desktop_app.core.domain.roles import Permission, Role
from desktop_app.core.domain.users import NewUser, User
from desktop_app.core.imports.import_service import ImportService
from desktop_app.core.services.access import require
from desktop_app.core.services.audit_service import AuditService
from desktop_app.core.services.backup_service import UNIT_CREATED_AT, BackupService
from desktop_app.core.services.booking_service import BookingService
from desktop_app.core.services.client_service import ClientService
from desktop_app.core.services.contact_service import ContactService
from desktop_app.core.services.course_service import CourseService
from desktop_app.core.services.journal_service import JournalService
from desktop_app.core.services.outreach_person_service import OutreachPersonService
from desktop_app.core.services.overview import OverviewReader
from desktop_app.core.services.participant_merge import ParticipantMergeService
from desktop_app.core.services.passwords import validate_new_password
from desktop_app.core.services.period_reports import PeriodReportReader
from desktop_app.core.services.purge_service import PurgeService
from desktop_app.core.services.register_extract import RegisterExtractService
from desktop_app.core.services.registration_corrections import RegistrationCorrections
from desktop_app.core.services.registration_service import RegistrationService
from desktop_app.core.services.report_service import ReportService
from desktop_app.core.services.statistics_service import StatisticsService
from desktop_app.core.services.survey_service import SurveyService
from desktop_app.core.services.unit_service import UNIT_NAME, UnitService, validate_unit_name
from desktop_app.core.services.unit_work_service import UnitWorkService
from desktop_app.core.services.user_service import UserService, validate_new_user
from desktop_app.core.services.yearly_report_data import YearlyReportReader
from desktop_app.paths import resource
from desktop_app.storage.db import Database, check_integrity
from desktop_app.storage.keyslots import KdfParams
from desktop_app.storage.repos.audit_repo import SqlAuditRepo
from desktop_app.storage.repos.bookings_repo import SqlBookingRepo
from desktop_app.storage.repos.bulk_repo import SqlBulkWriter
from desktop_app.storage.repos.client_details_repo import SqlClientDetailsRepo
from desktop_app.storage.repos.clients_repo import SqlClientRepo
from desktop_app.storage.repos.contacts_repo import SqlContactRepo
from desktop_app.storage.repos.courses_repo import SqlCourseRepo
from desktop_app.storage.repos.imports_repo import SqlImportRepo
from desktop_app.storage.repos.journal_repo import SqlJournalRepo
from desktop_app.storage.repos.outreach_persons_repo import SqlOutreachPersonRepo
from desktop_app.storage.repos.participant_merge_repo import SqlParticipantMergeRepo
from desktop_app.storage.repos.participants_repo import SqlParticipantRepo
from desktop_app.storage.repos.purge_repo import SqlPurgeRepo
from desktop_app.storage.repos.settings_repo import SqlSettingsRepo
from desktop_app.storage.repos.stats_repo import SqlStatsRepo
from desktop_app.storage.repos.surveys_repo import SqlSurveyRepo
from desktop_app.storage.repos.unit_work_repo import SqlUnitWorkRepo
from desktop_app.storage.repos.users_repo import SqlUserRepo
from desktop_app.storage.set_aside import SetAsideFiles
from desktop_app.storage.vault import OpenVault, Vault

Clock = Callable[[], datetime]


def municipalities() -> tuple[Municipality, ...]:
    return load_municipalities(resource("data", "municipalities.csv"))


class Session:
    """One logged-in user's view of the open database."""

    def __init__(self, vault: OpenVault, user: User, clock: Clock = datetime.now) -> None:
        self.vault = vault
        self.db_path = vault.db_path
        self.db_id = vault.db_id
        self._user = user
        self.clock = clock
        self._user_repo = SqlUserRepo(vault.db)
        uow = vault.uow  # the unit of work; the key store and backups are parts apart
        self.audit = AuditService(SqlAuditRepo(vault.db), self._current_user, clock, uow)
        self.users = UserService(
            self._user_repo, vault.key_store, self.audit, uow, self._current_user, clock
        )
        self.unit = UnitService(SqlSettingsRepo(vault.db), self.audit, uow, self._current_user)
        codes = valid_municipality_codes(municipalities())
        clients, details = SqlClientRepo(vault.db), SqlClientDetailsRepo(vault.db)
        actor = self._current_user
        self.clients = ClientService(clients, details, self.audit, uow, actor, clock, codes)
        self.contacts = ContactService(
            SqlContactRepo(vault.db), clients, details, self.audit, uow, actor, clock, codes
        )
        self.courses = CourseService(SqlCourseRepo(vault.db), self.audit, uow, actor, clock)
        self.registrations = RegistrationService(
            SqlParticipantRepo(vault.db),
            self.courses,
            self.audit,
            uow,
            actor,
            clock,
            codes,
            self.unit.offer_days,
        )
        self.registration_corrections = RegistrationCorrections(
            SqlParticipantRepo(vault.db), self.registrations, self.courses, self.audit, uow, actor
        )
        self.participant_merge = ParticipantMergeService(
            SqlParticipantMergeRepo(vault.db), self.audit, uow, actor
        )
        self.work = UnitWorkService(SqlUnitWorkRepo(vault.db), self.audit, uow, actor, clock, codes)
        self.bookings = BookingService(
            repo=SqlBookingRepo(vault.db),
            clients=self.clients,
            contacts=self.contacts,
            audit=self.audit,
            uow=uow,
            actor=actor,
            clock=clock,
        )
        self.outreach_persons = OutreachPersonService(
            SqlOutreachPersonRepo(vault.db), self.audit, uow, actor, clock
        )
        self.surveys = SurveyService(SqlSurveyRepo(vault.db), self.audit, uow, actor, clock)
        self.imports = ImportService(
            users=self.users,
            clients=self.clients,
            contacts=self.contacts,
            courses=self.courses,
            work=self.work,
            import_log=SqlImportRepo(vault.db),
            audit=self.audit,
            uow=uow,
            actor=actor,
            clock=clock,
            municipalities=municipalities(),
        )
        self.statistics = StatisticsService(
            SqlStatsRepo(vault.db), SqlSettingsRepo(vault.db), self.audit, uow, actor
        )

        self.journal = JournalService(
            SqlJournalRepo(vault.db), clients, details, self.audit, uow, actor, clock
        )
        self.purging = PurgeService(
            SqlPurgeRepo(vault.db),
            SqlSettingsRepo(vault.db),
            self.audit,
            uow,
            actor,
            clock,
            SetAsideFiles(vault.db_path),
        )
        self.reports = ReportService(
            clients=self.clients,
            courses=self.courses,
            registrations=self.registrations,
            work=self.work,
            outreach_persons=self.outreach_persons,
            audit=self.audit,
            settings=SqlSettingsRepo(vault.db),
            stats=SqlStatsRepo(vault.db),
            uow=uow,
            actor=actor,
            clock=clock,
        )
        self.statistics.keep_sections_of(self.reports.live_sections)
        self.yearly = YearlyReportReader(
            reports=self.reports, statistics=self.statistics, surveys=self.surveys, unit=self.unit
        )
        self.period_reports = PeriodReportReader(
            reports=self.reports, statistics=self.statistics, surveys=self.surveys
        )
        self.register_extracts = RegisterExtractService(
            clients=self.clients,
            contacts=self.contacts,
            journal=self.journal,
            registrations=self.registrations,
            courses=self.courses,
            bookings=self.bookings,
            purging=self.purging,
            audit=self.audit,
            actor=actor,
            clock=clock,
        )
        self.backups = BackupService(
            vault.backup_store(),
            SqlSettingsRepo(vault.db),
            self.audit,
            uow,
            actor,
            clock,
            accounts=vault.key_store,
        )
        self.overview = OverviewReader(
            clients=self.clients,
            journal=self.journal,
            courses=self.courses,
            bookings=self.bookings,
            backups=self.backups,
            audit=self.audit,
            actor=actor,
            clock=clock,
        )

    def check_kept_anchor(self) -> bool:
        """At login, before anything is appended: does the log still hold the row the
        key file anchored when the last session ended? If not (cut short or rewritten
        since), that is recorded and the anchor kept, so ``verify`` keeps reporting it."""
        anchors = self.vault.anchors.kept_anchors()
        if not anchors:
            return True
        result = self.audit.check_anchor(anchors[0])
        if result == AnchorResult.OK:
            return True
        self.vault.anchors.keep_anchor(anchors[0], failed=True)
        self.audit.record(AuditAction.CHAIN_BROKEN, "audit_log", anchors[0].last_id, result)
        return False

    def _current_user(self) -> User:
        return self._user

    @property
    def user(self) -> User:
        return self._user

    def refresh_user(self) -> User:
        fresh = self._user_repo.get(self._user.id)
        if fresh is not None:
            self._user = fresh
        return self._user

    def unlock_screen(self, password: str) -> bool:
        """Check the password of the logged-in user after a screen lock."""
        ok = self.vault.key_store.check_password(self._user.username, password)
        self.audit.record(AuditAction.UNLOCK if ok else AuditAction.UNLOCK_FAILED)
        return ok

    def check_recovery_key(self, recovery_key: str) -> bool:
        """The recovery-key test (administrators): does the key still open everything?"""
        require(self._user, Permission.MANAGE_UNIT)
        ok = self.vault.key_store.check_recovery_key(recovery_key)
        self.audit.record(AuditAction.READ, "recovery_key", "", "test ok" if ok else "test failed")
        return ok

    def new_recovery_key(self) -> str:
        """Replace the recovery key (administrators only); returns it, to be shown once."""
        require(self._user, Permission.MANAGE_UNIT)
        key = self.vault.key_store.new_recovery_key()
        self.audit.record(AuditAction.UPDATE, "recovery_key")
        return key

    def rotate_keys(self, progress=None) -> int:
        """ "Byt krypteringsnycklar" (administrators only): every part re-encrypted under
        new keys; returns how many version-1 slots were dropped (those users need a new
        password from an administrator)."""
        require(self._user, Permission.MANAGE_UNIT)
        dropped = self.vault.rotate_keys(progress)
        self.audit.record(AuditAction.UPDATE, "encryption_keys", "", f"dropped={dropped}")
        return dropped

    def bulk_writer(self) -> SqlBulkWriter:
        """Many records at once (demo data, imports); administrators only. Use inside
        ``transaction()`` so that a failure leaves nothing half-written."""
        require(self._user, Permission.MANAGE_UNIT)
        return SqlBulkWriter(self.vault.db)

    def transaction(self):
        return self.vault.uow.transaction()

    def integrity(self):
        return check_integrity(self.vault.db)

    def check_pages(self) -> list[str]:
        """Every page of every open part against its HMAC (SQLCipher's full check), run
        after login in the background: empty when the files are whole."""
        return check_integrity(self.vault.db).cipher_integrity

    def check_audit(self) -> ChainCheck:
        """The audit chain link by link and against every anchor kept outside the log:
        the key file's, the backups' (since the last restore) and the reviews'."""
        anchors = self.vault.anchors.kept_anchors()
        anchors += self.backups.anchors(self.audit.last_restore())
        return self.audit.check(anchors)

    def lock_lost(self) -> bool:
        """Another copy has taken the database over (see storage/lock.py)."""
        return not self.vault.lock.check()

    def close(self) -> None:
        try:
            if not self.lock_lost():  # after a takeover nothing more is written
                self.audit.record(AuditAction.LOGOUT)
                self.vault.anchors.keep_anchor(self.audit.head())
        finally:
            self.vault.close()


def create_unit(
    db_path: Path | str,
    unit_name: str,
    admin: NewUser,
    password: str,
    *,
    clock: Clock = datetime.now,
    kdf: KdfParams | None = None,
) -> tuple[Session, str]:
    """Create a new database for a unit with its first administrator.

    Returns the administrator's session and the recovery key (to be shown once).
    """
    unit_name = validate_unit_name(unit_name)
    admin = validate_new_user(NewUser(admin.username, admin.display_name, Role.ADMINISTRATOR))
    validate_new_password(password, admin.username)

    def initialize(db: Database) -> None:
        SqlSettingsRepo(db).set(UNIT_NAME, unit_name)
        SqlSettingsRepo(db).set(UNIT_CREATED_AT, clock().isoformat(timespec="seconds"))
        SqlUserRepo(db).add(
            admin.username, admin.display_name, admin.role, must_change_password=False, now=clock()
        )

    vault, recovery_key = Vault(db_path, kdf).create(admin.username, password, initialize)
    user = SqlUserRepo(vault.db).by_username(admin.username)
    assert user is not None
    session = Session(vault, user, clock)
    session.audit.record(AuditAction.CREATE, "unit", "", f"unit={unit_name}")
    session.audit.record(AuditAction.LOGIN)
    return session, recovery_key


# Kept here for the many callers; defined apart so the login window can start without
# importing every service (benchmarks/startup.py).
from desktop_app.gatekeeper import Gatekeeper  # noqa: E402

__all__ = ["Gatekeeper", "Session", "create_unit", "municipalities"]
