"""Courses and groups: occasions, interest lists, waiting list, statuses, attendance,
questionnaires, groups and the calendar – against a real encrypted database."""

from datetime import date, datetime, timedelta

import pytest

from desktop_app.core.domain.courses import (
    ActivityDraft,
    ActivityKind,
    MeetingDraft,
    OfferAnswer,
    ParticipantDraft,
    Phase,
    RegistrationStatus,
)
from desktop_app.core.errors import ValidationError

S = RegistrationStatus
NOW = datetime.now().replace(second=0, microsecond=0)


def _meeting(days: int, hours: int = 3, reunion: bool = False, venue: str = "Hyrd lokal"):
    start = (NOW + timedelta(days=days)).replace(hour=9, minute=0)
    return MeetingDraft(start, start + timedelta(hours=hours), venue, reunion)


def _types(vault):
    types = {t.name: t for t in vault.session.courses.types()}
    return types["MedVind – endagskurs"], types["Anhörigkurs"]


def _people(vault, n):
    reg = vault.session.registrations
    return [
        reg.create_participant(
            ParticipantDraft(name=f"Deltagare {i}", municipality="0180", birth_year=1980 + i)
        )
        for i in range(n)
    ]


def _occasion(vault, capacity=3, meetings=None, name="MedVind pilot"):
    medvind, _ = _types(vault)
    return vault.session.courses.create_occasion(
        ActivityDraft(
            ActivityKind.COURSE,
            name,
            "Hyrd lokal",
            medvind.id,
            capacity,
            2,
            leaders=(vault.session.user.id,),
        ),
        meetings or [_meeting(10, 6)],
    )


def test_templates_ship_ready(vault):
    medvind, relatives = _types(vault)
    assert (medvind.meeting_count, medvind.minimum) == (1, 4)
    assert (relatives.meeting_count, relatives.minimum) == (5, 7)
    assert len(medvind.statements) == 3


@pytest.mark.parametrize(
    "meetings,field,code",
    [
        (
            [MeetingDraft(NOW + timedelta(days=3), NOW + timedelta(days=3, hours=-1))],
            "ends_at",
            "ends_before_start",
        ),
        ([_meeting(10), _meeting(5, reunion=True)], "meetings", "reunion_before_course"),
        ([], "meetings", "required"),
    ],
)
def test_bad_meetings_are_refused_and_nothing_is_saved(vault, meetings, field, code):
    medvind, _ = _types(vault)
    with pytest.raises(ValidationError) as info:
        vault.session.courses.create_occasion(
            ActivityDraft(ActivityKind.COURSE, "Kurs", type_id=medvind.id, capacity=5), meetings
        )
    assert (info.value.field, info.value.code) == (field, code)
    assert vault.session.courses.activities(ActivityKind.COURSE) == []


def test_full_course_puts_new_people_on_the_waiting_list_in_order(vault):
    course = _occasion(vault, capacity=2)
    people = _people(vault, 4)
    reg = vault.session.registrations
    statuses = [reg.register(course.id, p.id).status for p in people]
    assert statuses == [S.REGISTERED, S.REGISTERED, S.WAITING, S.WAITING]
    with pytest.raises(ValidationError) as info:
        reg.register(course.id, people[0].id)
    assert info.value.code == "already_registered"
    first = reg.registrations(course.id)[0]
    offer = reg.set_status(first.id, S.CANCELLED)
    assert offer is not None and offer.participant.id == people[2].id  # first come
    assert offer.status == S.OFFERED
    assert reg.answer_offer(offer.id, OfferAnswer.YES) is None  # the course is full again
    waiting = reg.waiting_list(course.id)
    assert [w.participant.id for w in waiting] == [people[3].id]
    assert [r.status for r in waiting] == [S.WAITING]


def test_only_allowed_status_changes(vault):
    course = _occasion(vault)
    person = _people(vault, 1)[0]
    reg = vault.session.registrations
    registration = reg.register(course.id, person.id)
    reg.set_status(registration.id, S.CONFIRMED)
    with pytest.raises(ValidationError) as info:
        reg.set_status(registration.id, S.INTERESTED)
    assert info.value.code == "not_allowed"
    reg.set_status(registration.id, S.CANCELLED)
    cancelled = reg.registrations(course.id)[0]
    assert cancelled.status == S.CANCELLED and cancelled.late_cancel is False


def test_late_cancellation_is_counted(vault):
    course = _occasion(vault, meetings=[_meeting(1)])
    person = _people(vault, 1)[0]
    reg = vault.session.registrations
    registration = reg.register(course.id, person.id)
    reg.set_status(registration.id, S.CANCELLED)
    assert reg.summary(course.id).late_cancellations == 1


def test_capacity_cannot_go_below_the_registered(vault):
    course = _occasion(vault, capacity=3)
    for p in _people(vault, 3):
        vault.session.registrations.register(course.id, p.id)
    from dataclasses import replace

    with pytest.raises(ValidationError) as info:
        vault.session.courses.update(course.id, replace(course.draft, capacity=2))
    assert info.value.code == "below_registered"


def test_interest_list_reaches_the_minimum_and_becomes_an_occasion(vault):
    _, relatives = _types(vault)
    reg = vault.session.registrations
    people = _people(vault, 9)
    for p in people[:6]:
        reg.express_interest(relatives.id, p.id)
    assert not reg.minimum_reached(relatives.id)
    for p in people[6:]:
        reg.express_interest(relatives.id, p.id)
    assert reg.minimum_reached(relatives.id)
    meetings = [_meeting(7 * i + 7, 2) for i in range(5)] + [_meeting(100, 2, reunion=True)]
    course = reg.create_from_interest(
        relatives.id,
        ActivityDraft(ActivityKind.COURSE, "Anhörigkurs våren", capacity=8, minimum=7),
        meetings,
    )
    statuses = [r.status for r in reg.registrations(course.id)]
    assert statuses == [S.REGISTERED] * 8 + [S.WAITING]
    assert reg.interest(relatives.id) == []
    assert len(vault.session.courses.meetings(course.id)) == 6


def test_attendance_outcomes_rate_and_completion(vault):
    past = [MeetingDraft(NOW - timedelta(days=3, hours=4), NOW - timedelta(days=3), "Lokal")]
    course = _occasion(vault, capacity=5, meetings=past)
    people = _people(vault, 3)
    reg = vault.session.registrations
    for p in people:
        reg.register(course.id, p.id)
    summary = reg.summary(course.id)
    assert summary.meetings_without_attendance == 1 and not summary.completed  # flagged
    meeting = vault.session.courses.meetings(course.id)[0]
    reg.record_attendance(meeting.id, {people[0].id: True, people[1].id: True})
    statuses = {r.participant.id: r.status for r in reg.registrations(course.id)}
    assert statuses == {people[0].id: S.ATTENDED, people[1].id: S.ATTENDED, people[2].id: S.NO_SHOW}
    summary = reg.summary(course.id)
    assert summary.completed and summary.attendances == 2 and summary.no_shows == 1
    assert summary.attendance_rate == pytest.approx(2 / 3)
    assert summary.unique_persons == 3 and summary.municipalities == {"0180": 3}
    assert sum(summary.age_bands.values()) == 3


def test_questionnaire_change_per_statement(vault):
    course = _occasion(vault)
    medvind, _ = _types(vault)
    people = _people(vault, 2)
    reg = vault.session.registrations
    first = medvind.statement_ids[0]
    for p, before, after in ((people[0], 2, 4), (people[1], 3, 5)):
        reg.register(course.id, p.id)
        reg.record_answers(course.id, p.id, Phase.BEFORE, {first: before})
        reg.record_answers(course.id, p.id, Phase.AFTER, {first: after})
    with pytest.raises(ValidationError):
        reg.record_answers(course.id, people[0].id, Phase.AFTER, {first: 6})
    change = reg.summary(course.id).questionnaire[0]
    assert (change.before, change.after, change.change, change.answers) == (2.5, 4.5, 2.0, 2)


def test_group_every_14_days_with_moved_and_cancelled_sessions(vault):
    courses = vault.session.courses
    first = (NOW + timedelta(days=1)).replace(hour=13, minute=0)
    group = courses.create_group(
        ActivityDraft(
            ActivityKind.GROUP,
            "Samtalsgrupp behandlingshemmet",
            "Behandlingshemmet",
            capacity=12,
            rhythm_days=14,
        ),
        first,
        90,
        first.date() + timedelta(days=70),
    )
    sessions = courses.meetings(group.id)
    assert len(sessions) == 6
    assert sessions[1].draft.starts_at - sessions[0].draft.starts_at == timedelta(days=14)
    courses.cancel_meeting(sessions[2].id)
    moved = sessions[3].draft.starts_at + timedelta(days=1)
    courses.move_meeting(
        sessions[3].id, MeetingDraft(moved, moved + timedelta(minutes=90), "Annat rum")
    )
    after = courses.meetings(group.id)
    assert after[2].cancelled and after[3].draft.starts_at == moved
    person = _people(vault, 1)[0]
    member = vault.session.registrations.register(group.id, person.id)
    vault.session.registrations.leave_group(member.id)
    assert vault.session.registrations.registrations(group.id)[0].left_on == date.today()


def test_calendar_marks_clashes_of_room_and_leader(vault):
    a = _occasion(vault, meetings=[_meeting(20, 3, venue="Rum 1")], name="Kurs A")
    _occasion(vault, meetings=[_meeting(20, 2, venue="rum 1")], name="Kurs B")
    _occasion(vault, meetings=[_meeting(21, 2, venue="Rum 2")], name="Kurs C")
    day = (NOW + timedelta(days=20)).date()
    entries = vault.session.courses.calendar(day, day + timedelta(days=1))
    clash = {e.activity_name: e.clash for e in entries}
    assert clash == {"Kurs A": True, "Kurs B": True, "Kurs C": False}
    assert a.draft.leaders == (vault.session.user.id,)


def test_courses_report_gathers_municipalities_and_questionnaire_change(vault):
    from desktop_app.core.domain.periods import Period

    course = _occasion(vault, meetings=[_meeting(-10, 6)])
    _occasion(
        vault, meetings=[_meeting(1, 6), _meeting(2, 6)], name="Inte hållen än"
    )  # not held yet: left out
    medvind, _ = _types(vault)
    reg = vault.session.registrations
    first = medvind.statement_ids[0]
    people = _people(vault, 2)
    for p, before, after in zip(people, (2, 3), (4, 5), strict=True):
        reg.register(course.id, p.id)
        reg.record_answers(course.id, p.id, Phase.BEFORE, {first: before})
        reg.record_answers(course.id, p.id, Phase.AFTER, {first: after})
    day = (NOW - timedelta(days=10)).date()
    assert vault.session.reports.courses(Period(day, day)).lines == []  # attendance missing
    meeting = vault.session.courses.meetings(course.id)[0]
    reg.record_attendance(meeting.id, {p.id: True for p in people})
    report = vault.session.reports.courses(Period(day, (NOW + timedelta(days=3)).date()))
    assert [(line.name, line.meetings_held, line.participants) for line in report.lines] == [
        ("MedVind pilot", 1, 2)
    ]
    assert report.municipalities == {"0180": 2} and report.districts == {}
    assert report.questionnaire == [("MedVind pilot", medvind.statements[0], 2.5, 4.5, 2)]
    later = day + timedelta(days=1)
    assert vault.session.reports.courses(Period(later, later)).municipalities == {}


def test_a_multi_year_group_reports_each_year_as_the_key_figures_count_it(vault):
    """The yearly report's group section counts the year, not the group's whole life:
    its attendances are the key figures' "Gruppdeltagare" of the same year."""
    from desktop_app.core.domain.measures import Measure
    from desktop_app.core.domain.periods import year

    courses, reg = vault.session.courses, vault.session.registrations
    first = (NOW - timedelta(days=500)).replace(hour=13, minute=0)
    group = courses.create_group(
        ActivityDraft(ActivityKind.GROUP, "Långa gruppen", "Rum 3", capacity=12, rhythm_days=14),
        first,
        90,
        (NOW - timedelta(days=2)).date(),
    )
    people = _people(vault, 4)
    for p in people:
        reg.register(group.id, p.id)
    sessions = courses.meetings(group.id)
    for i, meeting in enumerate(sessions):
        if i % 5 == 4:
            continue  # attendance never registered: not held, not counted
        if i % 7 == 3:
            courses.record_head_count(meeting.id, 3)  # known only as a number
            continue
        reg.record_attendance(meeting.id, {p.id: (i + k) % 3 != 0 for k, p in enumerate(people)})
    years = sorted({m.draft.starts_at.year for m in sessions})
    assert len(years) >= 2
    totals = []
    for y in years:
        (line,) = vault.session.reports.courses(year(y)).lines
        stats = vault.session.statistics
        assert line.attendances == stats.monthly(Measure.GROUP_ATTENDANCES, year(y))[1]
        # the catalogue's "Gruppdeltagare (personer)": each person once in the year
        assert line.unique_persons == stats.monthly(Measure.GROUP_PERSONS, year(y))[1]
        in_year = [m for m in sessions if m.draft.starts_at.year == y]
        assert line.meetings_held == sum(
            1 for i, m in enumerate(sessions) if m in in_year and i % 5 != 4
        )
        totals.append(line.attendances)
    assert sum(totals) == reg.summary(group.id).attendances  # the years add up to the whole
