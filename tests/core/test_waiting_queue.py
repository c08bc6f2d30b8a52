"""The waiting list as a queue: offers held for the first in line, passed on after a
"Nej" or no answer, newcomers behind those who wait, order by the time joined, moves
with a reason, the registration deadline, and the same for a group's capacity."""

from datetime import date, datetime, timedelta

import pytest

from desktop_app.core.domain.audit import AuditAction
from desktop_app.core.domain.courses import (
    ActivityDraft,
    ActivityKind,
    LateReason,
    MeetingDraft,
    OfferAnswer,
    ParticipantDraft,
    QueueReason,
    RegistrationStatus,
)
from desktop_app.core.errors import ValidationError
from desktop_app.session import Gatekeeper
from tests.conftest import ADMIN, ADMIN_PASSWORD

S = RegistrationStatus
NOW = datetime.now().replace(second=0, microsecond=0)


def _people(session, n, first=0):
    return [
        session.registrations.create_participant(
            ParticipantDraft(name=f"Person {i}", municipality="0180", birth_year=1970 + i)
        )
        for i in range(first, first + n)
    ]


def _course(session, capacity=2, deadline=None, days=10):
    medvind = next(t for t in session.courses.types() if t.name.startswith("MedVind"))
    start = (NOW + timedelta(days=days)).replace(hour=9, minute=0)
    return session.courses.create_occasion(
        ActivityDraft(
            ActivityKind.COURSE, "MedVind höst", "", medvind.id, capacity, 1, deadline=deadline
        ),
        [MeetingDraft(start, start + timedelta(hours=6))],
    )


def _statuses(session, course_id):
    return {
        r.participant.draft.name: r.status for r in session.registrations.registrations(course_id)
    }


def test_a_no_passes_the_offer_to_the_next_and_newcomers_queue_behind(vault):
    session = vault.session
    reg = session.registrations
    course = _course(session)
    a, b, c, d, e = _people(session, 5)
    for p in (a, b, c, d):
        reg.register(course.id, p.id)
    assert [w.participant.id for w in reg.waiting_list(course.id)] == [c.id, d.id]
    first = reg.registrations(course.id)[0]
    offer = reg.set_status(first.id, S.CANCELLED)
    assert offer.participant.id == c.id and offer.status == S.OFFERED
    assert offer.offer_until.date() == (NOW + timedelta(days=2)).date()  # the default
    # A new registration while people wait: to the end of the queue, not the free place.
    late = reg.register(course.id, e.id)
    assert late.status == S.WAITING
    # "Nej" (the phone was not answered, or no thanks): the place goes to the next.
    following = reg.answer_offer(offer.id, OfferAnswer.NO)
    assert following.participant.id == d.id and following.status == S.OFFERED
    assert _statuses(session, course.id)["Person 2"] == S.CANCELLED
    assert reg.answer_offer(following.id, OfferAnswer.YES) is None
    assert _statuses(session, course.id)["Person 3"] == S.REGISTERED
    assert [w.participant.id for w in reg.waiting_list(course.id)] == [e.id]
    with pytest.raises(ValidationError) as info:
        reg.answer_offer(following.id, OfferAnswer.YES)
    assert (info.value.field, info.value.code) == ("registration", "not_offered")


def test_no_answer_puts_the_person_last_and_coming_back_too(vault):
    session = vault.session
    reg = session.registrations
    course = _course(session, capacity=1)
    holder, a, b = _people(session, 3)
    for p in (holder, a, b):
        reg.register(course.id, p.id)
    offer = reg.set_status(reg.registrations(course.id)[0].id, S.CANCELLED)
    assert offer.participant.id == a.id
    nxt = reg.answer_offer(offer.id, OfferAnswer.NO_ANSWER)
    assert nxt.participant.id == b.id
    assert [w.participant.id for w in reg.waiting_list(course.id)] == [b.id, a.id]
    queued = reg.waiting_list(course.id)[1]
    assert queued.status == S.WAITING and queued.waitlisted_at >= offer.waitlisted_at
    # The one who cancelled and registers again comes last, behind those who waited.
    holder_reg = next(r for r in reg.registrations(course.id) if r.participant.id == holder.id)
    reg.set_status(holder_reg.id, S.REGISTERED)
    assert [w.participant.id for w in reg.waiting_list(course.id)] == [b.id, a.id, holder.id]


def test_an_offer_not_answered_in_time_passes_on(vault):
    session = vault.session
    reg = session.registrations
    session.unit.set_offer_days(1)
    course = _course(session, capacity=1, days=20)
    holder, a, b = _people(session, 3)
    for p in (holder, a, b):
        reg.register(course.id, p.id)
    offer = reg.set_status(reg.registrations(course.id)[0].id, S.CANCELLED)
    assert offer.offer_until.date() == (NOW + timedelta(days=1)).date()
    session.close()
    later = Gatekeeper(vault.path, clock=lambda: datetime.now() + timedelta(days=2)).login(
        ADMIN, ADMIN_PASSWORD
    )
    try:
        shown = {r.participant.id: r.status for r in later.registrations.registrations(course.id)}
        assert shown[a.id] == S.WAITING and shown[b.id] == S.OFFERED
        queue = later.registrations.waiting_list(course.id)
        assert [r.participant.id for r in queue] == [b.id, a.id]
    finally:
        later.close()


def test_a_leader_moves_someone_in_the_queue_with_a_reason(vault):
    session = vault.session
    reg = session.registrations
    course = _course(session, capacity=1)
    people = _people(session, 4)
    for p in people:
        reg.register(course.id, p.id)
    last = reg.waiting_list(course.id)[-1]
    with pytest.raises(ValueError):
        reg.move_in_queue(last.id, 1, "Remitterad av polisen")  # free text: never stored
    reg.move_in_queue(last.id, 1, QueueReason.REFERRED)
    assert [w.participant.id for w in reg.waiting_list(course.id)] == [
        people[3].id,
        people[1].id,
        people[2].id,
    ]
    entries = [
        e
        for e in session.audit.entries(entity="registration", entity_id=last.id)
        if e.action == AuditAction.UPDATE
    ]
    assert any("queue 3->1 reason=referred" in e.detail for e in entries)
    holder = reg.registrations(course.id)[0]
    with pytest.raises(ValidationError) as info:
        reg.move_in_queue(holder.id, 1, QueueReason.WRONG_ORDER)
    assert info.value.code == "not_waiting"


def test_attended_and_no_show_cannot_be_set_by_hand(vault):
    session = vault.session
    reg = session.registrations
    course = _course(session)
    person = _people(session, 1)[0]
    registration = reg.register(course.id, person.id)
    for status in (S.ATTENDED, S.NO_SHOW, S.OFFERED):
        with pytest.raises(ValidationError) as info:
            reg.set_status(registration.id, status)
        assert info.value.code == "not_allowed"


def test_the_deadline_is_enforced_unless_a_reason_is_given(vault):
    session = vault.session
    reg = session.registrations
    course = _course(session, deadline=date.today() - timedelta(days=1), days=3)
    a, b = _people(session, 2)
    with pytest.raises(ValidationError) as info:
        reg.register(course.id, a.id)
    assert (info.value.field, info.value.code) == ("deadline", "passed")
    assert info.value.params["deadline"] == course.draft.deadline.isoformat()
    registration = reg.register(course.id, a.id, late_reason=LateReason.REFERRED)
    assert registration.status == S.REGISTERED
    entries = session.audit.entries(entity="registration", entity_id=registration.id)
    assert any(e.detail.endswith("reason=referred") for e in entries)


def test_a_full_group_queues_newcomers_and_offers_a_freed_place(vault):
    session = vault.session
    reg = session.registrations
    start = (NOW - timedelta(days=7)).replace(hour=18, minute=0)
    group = session.courses.create_group(
        ActivityDraft(ActivityKind.GROUP, "Samtalsgrupp", capacity=2, rhythm_days=14),
        start,
        90,
        (NOW + timedelta(days=60)).date(),
    )
    a, b, c = _people(session, 3)
    statuses = [reg.register(group.id, p.id).status for p in (a, b, c)]
    assert statuses == [S.REGISTERED, S.REGISTERED, S.WAITING]  # never "3/2"
    assert session.courses.get(group.id).registered_count == 2
    first = reg.registrations(group.id)[0]
    offer = reg.leave_group(first.id, date.today())
    assert offer is not None and offer.participant.id == c.id and offer.status == S.OFFERED
    # The one who left comes back while the offer stands: to the queue, not a 3rd place.
    back = reg.register(group.id, a.id)
    assert back.status == S.WAITING and back.left_on is None


def test_refusals_name_the_conflict(vault):
    from desktop_app.messages import describe

    session = vault.session
    reg = session.registrations
    course = _course(session, capacity=1)
    a, b = _people(session, 2)
    reg.register(course.id, a.id)
    reg.register(course.id, b.id)
    with pytest.raises(ValidationError) as info:
        reg.register(course.id, b.id)
    assert describe(info.value) == f"{b.code} är redan anmäld här (status: väntelista)."
    holder = reg.registrations(course.id)[0]
    with pytest.raises(ValidationError) as info:
        reg.set_status(holder.id, S.WAITING)
    assert "från ”anmäld” till ”väntelista”" in describe(info.value)
    start = (NOW + timedelta(days=30)).replace(hour=9, minute=0)
    medvind = next(t for t in session.courses.types() if t.name.startswith("MedVind"))
    with pytest.raises(ValidationError) as info:
        session.courses.create_occasion(
            ActivityDraft(ActivityKind.COURSE, "Sen", "", medvind.id, 5, 9),
            [MeetingDraft(start, start + timedelta(hours=2))],
        )
    assert describe(info.value) == (
        "Minsta antal för att starta (9) kan inte vara fler än antalet platser (5)."
    )
    with pytest.raises(ValidationError) as info:
        session.courses.create_occasion(
            ActivityDraft(
                ActivityKind.COURSE, "Sen", "", medvind.id, 5, 1,
                deadline=(start + timedelta(days=2)).date(),
            ),
            [MeetingDraft(start, start + timedelta(hours=2))],
        )  # fmt: skip
    text = describe(info.value)
    assert (
        start.date().isoformat() in text and (start + timedelta(days=2)).date().isoformat() in text
    )
