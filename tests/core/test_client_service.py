"""Client register rules, against a real encrypted database."""

import contextlib
from datetime import date, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.domain.client_enums import (
    CaseKind,
    CloseReason,
    FollowUpAnswer,
    Gender,
    TargetGroup,
)
from desktop_app.core.domain.client_query import ClientQuery, SortKey, StatusFilter
from desktop_app.core.domain.clients import ClientDraft
from desktop_app.core.domain.roles import Role
from desktop_app.core.domain.users import NewUser
from desktop_app.core.errors import PermissionDeniedError, ValidationError
from desktop_app.core.services.client_validation import normalize_personal_id
from desktop_app.session import Gatekeeper

VALID_PNR = "19900101-0017"
COORDINATION = "199001612317"  # samordningsnummer: day of birth + 60


def test_only_a_code_is_needed_and_codes_count_per_year(vault):
    first = vault.session.clients.create(ClientDraft(anonymous=True))
    second = vault.session.clients.create(ClientDraft())
    year = datetime.now().year
    assert (first.code, second.code) == (f"K-{year}-001", f"K-{year}-002")
    assert first.anonymous and first.draft.name == ""
    assert first.draft.responsible_id == vault.session.user.id
    assert first.active


@pytest.mark.parametrize(
    "draft,field,code",
    [
        (ClientDraft(anonymous=True, name="Sven"), "name", "anonymous"),
        (ClientDraft(anonymous=True, personal_id=VALID_PNR), "personal_id", "anonymous"),
        (ClientDraft(personal_id="19900101-0018"), "personal_id", "bad_checksum"),
        (ClientDraft(personal_id="1990"), "personal_id", "wrong_length"),
        (ClientDraft(birth_year=date.today().year + 1), "birth_year", "in_future"),
        (ClientDraft(birth_year=1850), "birth_year", "out_of_range"),
        (ClientDraft(municipality="9999"), "municipality", "invalid"),
        (ClientDraft(requested_on=date.today() + timedelta(days=1)), "requested_on", "in_future"),
        (
            ClientDraft(requested_on=date(2026, 3, 10), first_offered_on=date(2026, 3, 9)),
            "first_offered_on",
            "before_request",
        ),
    ],
)
def test_bad_input_names_the_field_and_saves_nothing(vault, draft, field, code):
    with pytest.raises(ValidationError) as info:
        vault.session.clients.create(draft)
    assert (info.value.field, info.value.code) == (field, code)
    assert vault.session.clients.count(ClientQuery(status=StatusFilter.ALL)) == 0


def test_anonymity_is_also_enforced_by_the_database(vault):
    from desktop_app.core.errors import StorageError
    from desktop_app.storage.errors import translated_errors

    client = vault.session.clients.create(ClientDraft(anonymous=True))
    with pytest.raises(StorageError), translated_errors():
        vault.session.vault.db.execute("UPDATE clients SET name = 'X' WHERE id = ?", [client.id])


def test_personnummer_and_samordningsnummer_give_the_birth_year(vault):
    a = vault.session.clients.create(ClientDraft(personal_id="900101-0017"))
    b = vault.session.clients.create(ClientDraft(personal_id=COORDINATION))
    assert a.draft.personal_id == "199001010017" and a.draft.birth_year == 1990
    assert b.draft.birth_year == 1990
    assert a.age_on(date(2026, 1, 1)) == 36 and a.age_on(date(2025, 12, 31)) == 35


def test_reading_a_client_is_audited(vault):
    client = vault.session.clients.create(ClientDraft())
    vault.session.clients.get(client.id)
    entry = vault.session.audit.entries(limit=1)[0]
    assert (entry.action.value, entry.entity, entry.entity_id) == ("read", "client", str(client.id))


def test_waiting_days_and_the_waiting_filter(vault):
    today = date.today()
    adult = vault.session.clients.create(
        ClientDraft(requested_on=today - timedelta(days=9), birth_year=1980)
    )
    youth = vault.session.clients.create(
        ClientDraft(requested_on=today - timedelta(days=2), birth_year=today.year - 16)
    )
    offered = vault.session.clients.create(
        ClientDraft(
            requested_on=today - timedelta(days=20), first_offered_on=today - timedelta(days=15)
        )
    )
    recent = vault.session.clients.create(ClientDraft(requested_on=today - timedelta(days=3)))
    assert adult.days_waited(today) == 9 and offered.days_waited(today) == 5
    assert adult.waiting_too_long(today) and youth.waiting_too_long(today)
    assert not recent.waiting_too_long(today) and not offered.waiting_too_long(today)
    assert offered.offered_in_time() is True
    waiting = vault.session.clients.page(ClientQuery(status=StatusFilter.WAITING_TOO_LONG))
    assert {c.id for c in waiting} == {adult.id, youth.id}


def test_search_filters_and_sorting(vault):
    clients = vault.session.clients
    sven = clients.create(
        ClientDraft(name="Sven Åkesson", personal_id=VALID_PNR, target_group=TargetGroup.BUYER)
    )
    clients.create(ClientDraft(name="Maria Berg", target_group=TargetGroup.SELLS_SEX))
    clients.create(ClientDraft(anonymous=True, target_group=TargetGroup.BUYER))
    for text in ("sven", "akesson", "Åke", "9001010017", "19900101-0017", sven.code.lower()):
        assert [c.id for c in clients.page(ClientQuery(text=text))] == [sven.id], text
    assert clients.count(ClientQuery(target_group=TargetGroup.BUYER)) == 2
    assert clients.count(ClientQuery(anonymous=True)) == 1
    names = [c.draft.name for c in clients.page(ClientQuery(sort=SortKey.NAME, descending=False))]
    assert names == ["Maria Berg", "Sven Åkesson", ""]
    assert clients.page(ClientQuery(text='"; DROP TABLE clients; --')) == []


def test_close_with_follow_up_then_reopen_keeps_history(vault):
    clients = vault.session.clients
    client = clients.create(ClientDraft(target_group=TargetGroup.BUYER))
    closed = clients.close(
        client.id,
        date.today(),
        CloseReason.COMPLETED,
        {"stopped_buying_sex": FollowUpAnswer.YES, "stopped_porn": FollowUpAnswer.PARTLY},
    )
    assert not closed.active and closed.close_reason == CloseReason.COMPLETED
    assert clients.count(ClientQuery(status=StatusFilter.CLOSED)) == 1
    with pytest.raises(ValidationError):
        clients.close(client.id, date.today(), CloseReason.OTHER)
    reopened = clients.reopen(client.id)
    assert reopened.active
    episodes = clients.episodes(client.id)
    assert len(episodes) == 2
    assert episodes[0].follow_up["stopped_buying_sex"] == FollowUpAnswer.YES
    assert episodes[1].closed_on is None
    with pytest.raises(ValidationError):
        clients.close(client.id, date.today() + timedelta(days=2), CloseReason.OTHER)


def test_unit_can_add_its_own_follow_up_question(vault):
    clients = vault.session.clients
    question = clients.add_follow_up_question("Har du fått stöd av anhöriga?")
    client = clients.create(ClientDraft())
    clients.close(client.id, date.today(), CloseReason.COMPLETED, {question.key: FollowUpAnswer.NO})
    assert clients.episodes(client.id)[0].follow_up == {question.key: FollowUpAnswer.NO}
    with pytest.raises(ValidationError):
        clients.close(
            clients.create(ClientDraft()).id,
            date.today(),
            CloseReason.OTHER,
            {"no_such": FollowUpAnswer.NO},
        )


def test_relatives_and_couples(vault):
    clients = vault.session.clients
    buyer = clients.create(ClientDraft(gender=Gender.MAN, target_group=TargetGroup.BUYER))
    partner = clients.create(ClientDraft(gender=Gender.WOMAN, target_group=TargetGroup.RELATIVE))
    clients.link_relative(buyer.id, partner.id)
    assert clients.relatives(buyer.id) == [partner.id]
    assert clients.relative_of(partner.id) == [buyer.id]
    couple = clients.create_couple(ClientDraft(), (buyer.id, partner.id))
    assert couple.draft.kind == CaseKind.COUPLE and couple.members == (buyer.id, partner.id)
    assert couple.draft.target_group == TargetGroup.COUPLE
    assert clients.couples_of(buyer.id) == [couple.id]
    with pytest.raises(ValidationError):
        clients.create_couple(ClientDraft(), (buyer.id, buyer.id))
    with pytest.raises(ValidationError):
        clients.create(ClientDraft(kind=CaseKind.COUPLE, personal_id=VALID_PNR))


@pytest.mark.parametrize("role", [Role.COURSE_LEADER, Role.STATISTICS])
def test_roles_without_client_access_are_refused(vault, role):
    client = vault.session.clients.create(ClientDraft(name="Sven"))
    vault.session.users.add_user(NewUser("bo", "Bo", role), "Tillfalligt-losen-9")
    session = Gatekeeper(vault.path).login("bo", "Tillfalligt-losen-9")
    try:
        for call in (
            lambda: session.clients.get(client.id),
            lambda: session.clients.page(ClientQuery()),
            lambda: session.clients.create(ClientDraft()),
            lambda: session.journal.notes(client.id),
            lambda: session.contacts.for_client(client.id),
        ):
            with pytest.raises(PermissionDeniedError):
                call()
    finally:
        session.close()


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=20))
def test_personal_id_parsing_raises_only_validation_errors(text):
    with contextlib.suppress(ValidationError):
        assert len(normalize_personal_id(text)) in (0, 12)


def test_the_first_held_talk_closes_the_request_for_help(vault):
    """A 16-year-old's first phone talk: he no longer waits longer than the guarantee."""
    from datetime import datetime

    from desktop_app.core.domain import periods
    from desktop_app.core.domain.contact_enums import ContactForm, ContactKind
    from desktop_app.core.domain.contacts import ContactDraft

    today = date.today()
    youth = vault.session.clients.create(
        ClientDraft(requested_on=today - timedelta(days=3), birth_year=today.year - 16)
    )
    assert vault.session.clients.get(youth.id).waiting_too_long(today)
    vault.session.contacts.register(
        ContactDraft(
            datetime.combine(today, datetime.min.time()).replace(hour=9),
            ContactForm.PHONE,
            ContactKind.ADVICE,
            20,
            vault.session.user.id,
            client_id=youth.id,
        )
    )
    after = vault.session.clients.get(youth.id)
    assert after.draft.first_offered_on == today and not after.waiting_too_long(today)
    waiting = vault.session.clients.page(ClientQuery(status=StatusFilter.WAITING_TOO_LONG))
    assert youth.id not in {c.id for c in waiting}
    access = vault.session.reports.access(periods.year(today.year))
    assert access.still_waiting == 0 and access.offered == 1
