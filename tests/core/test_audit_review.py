"""The audit page's search, the monthly review record, and who may read the log."""

from datetime import date, datetime, timedelta

import pytest

from desktop_app.core.domain.audit import AuditAction, AuditQuery
from desktop_app.core.domain.clients import ClientDraft
from desktop_app.core.domain.contact_enums import ContactForm, ContactKind
from desktop_app.core.domain.contacts import ContactDraft
from desktop_app.core.domain.roles import Role
from desktop_app.core.domain.users import NewUser
from desktop_app.core.errors import PermissionDeniedError, ValidationError
from desktop_app.session import Gatekeeper

PW = "Tillfalligt-losen-9"


@pytest.fixture
def two_staff(vault):
    s = vault.session
    s.users.add_user(NewUser("bo.berg", "Bo Berg", Role.COUNSELLOR), PW)
    first = s.clients.create(ClientDraft(name="Första Klient"))
    second = s.clients.create(ClientDraft(name="Andra Klient"))
    bo = Gatekeeper(vault.path).login("bo.berg", PW)
    bo.clients.get(first.id)  # Bo opens the first client's card
    bo.contacts.register(
        ContactDraft(
            datetime.now() - timedelta(hours=1),
            ContactForm.VISIT,
            ContactKind.SUPPORT,
            45,
            bo.user.id,
            client_id=first.id,
        )
    )
    bo_id = bo.user.id
    bo.close()
    return vault, first, second, bo_id


def test_who_opened_or_changed_which_client(two_staff):
    vault, first, second, bo_id = two_staff
    audit = vault.session.audit
    rows = audit.search(AuditQuery(client_id=first.id))
    assert rows and all(r.client_code == first.code for r in rows)
    assert {r.entry.username for r in rows} >= {"anna", "bo.berg"}
    assert any(r.entry.action == AuditAction.READ and r.entry.username == "bo.berg" for r in rows)
    assert not any(r.entry.entity_id == str(second.id) and r.entry.entity == "client" for r in rows)

    by_bo = audit.search(AuditQuery(user_id=bo_id))
    assert by_bo and {r.entry.username for r in by_bo} == {"bo.berg"}
    today = date.today()
    assert audit.search(AuditQuery(start=today + timedelta(days=1))) == []
    assert audit.search(AuditQuery(start=today, end=today))
    # Reading the log is itself logged.
    assert audit.entries(entity="audit_log")[0].action == AuditAction.READ


def test_review_done_with_a_comment(vault):
    audit = vault.session.audit
    audit.add_review(date(2026, 10, 1), date(2026, 10, 31), "Inga avvikelser. Stickprov 12 kort.")
    [review] = audit.reviews()
    assert (review.username, review.start, review.end) == (
        "anna",
        date(2026, 10, 1),
        date(2026, 10, 31),
    )
    assert review.comment.startswith("Inga avvikelser")
    assert audit.entries(entity="audit_log")[0].action == AuditAction.REVIEW
    with pytest.raises(ValidationError):
        audit.add_review(date(2026, 10, 31), date(2026, 10, 1), "bakvänt")
    with pytest.raises(ValidationError):
        audit.add_review(date(2026, 10, 1), date(2026, 10, 31), "  ")


@pytest.mark.parametrize("role", [Role.COUNSELLOR, Role.COURSE_LEADER, Role.STATISTICS])
def test_only_administrators_read_the_log(vault, role):
    vault.session.users.add_user(NewUser("xavier", "X", role), PW)
    session = Gatekeeper(vault.path).login("xavier", PW)
    try:
        for call in (
            lambda: session.audit.search(AuditQuery()),
            lambda: session.audit.add_review(date(2026, 1, 1), date(2026, 1, 31), "x"),
            session.audit.reviews,
        ):
            with pytest.raises(PermissionDeniedError):
                call()
    finally:
        session.close()


def test_a_failed_unlock_of_the_lock_screen_is_audited(vault):
    from desktop_app.core.domain.audit import AuditAction

    s = vault.session
    assert not s.unlock_screen("fel lösenord")
    assert s.unlock_screen(vault.password)
    actions = [e.action for e in s.audit.entries(limit=10)]
    assert AuditAction.UNLOCK_FAILED in actions and AuditAction.UNLOCK in actions


def test_every_audit_action_has_words():
    from desktop_app.core.domain.audit import AuditAction
    from desktop_app.messages import label

    assert all(label(a) and label(a) != a.value for a in AuditAction)
