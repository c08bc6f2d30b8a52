"""Demo data: a MedVind pilot course (held, with attendance and questionnaires), the next
MedVind course with a full list and a waiting list, an interest list that has reached its
minimum, a relatives' course in May–June with its reunion in August, and a talk group
meeting every 14 days at a treatment home."""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta

from desktop_app.core.domain.courses import (
    ActivityDraft,
    ActivityKind,
    MeetingDraft,
    ParticipantDraft,
    Phase,
)
from desktop_app.core.domain.roles import Role
from desktop_app.demo.clients_part import DISTRICTS, NEIGHBOURS, STOCKHOLM
from desktop_app.demo.names import LAST_NAMES, MEN, WOMEN
from desktop_app.session import Session


def _participant(session: Session, rng: random.Random, man: bool = True):
    named = rng.random() < 0.6
    first = rng.choice(MEN if man else WOMEN)
    name = f"{first} {rng.choice(LAST_NAMES)}" if named else ""
    home = STOCKHOLM if rng.random() < 0.6 else rng.choice(NEIGHBOURS)
    return session.registrations.create_participant(
        ParticipantDraft(
            name=name,
            phone=f"070-{rng.randint(100, 999)} {rng.randint(10, 99)} {rng.randint(10, 99)}"
            if named
            else "",
            municipality=home,
            district=rng.choice(DISTRICTS) if home == STOCKHOLM else "",
            birth_year=date.today().year - rng.randint(22, 66),
        ),
        allow_same=True,  # generated names and birth years coincide in a large register
    )


def _at(day: date, hour: int, minutes: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minutes))


def courses_part(session: Session, spec, today: date | None = None) -> None:
    rng = random.Random(f"{spec.seed}:courses")
    today = today or date.today()
    courses, reg = session.courses, session.registrations
    types = {t.name: t for t in courses.types()}
    medvind, relatives = types["MedVind – endagskurs"], types["Anhörigkurs"]
    leaders = tuple(
        u.id for u in session.users.list_users() if u.role in (Role.COURSE_LEADER, Role.COUNSELLOR)
    )[:2]

    # The MedVind pilot, held two months ago, with attendance and questionnaires.
    pilot_day = today - timedelta(days=60)
    pilot = courses.create_occasion(
        ActivityDraft(
            ActivityKind.COURSE,
            "MedVind pilot",
            "Hyrd lokal, Sveavägen",
            medvind.id,
            12,
            4,
            guests="Föreläsare med egen erfarenhet av prostitution",
            leaders=leaders,
        ),
        [MeetingDraft(_at(pilot_day, 9), _at(pilot_day, 16))],
    )
    people = [_participant(session, rng) for _ in range(10)]
    for p in people:
        reg.register(pilot.id, p.id)
    meeting = courses.meetings(pilot.id)[0]
    present = {p.id: rng.random() < 0.8 for p in people}
    reg.record_attendance(meeting.id, present)
    for p in people:
        if not present[p.id]:
            continue
        for sid, text in zip(medvind.statement_ids, medvind.statements, strict=True):
            if "igen" in text:  # "I will buy sex again": agreement should fall
                before = rng.randint(3, 5)
                after = max(1, before - rng.randint(0, 3))
            else:
                before = rng.randint(1, 3)
                after = min(5, before + rng.randint(0, 3))
            reg.record_answers(pilot.id, p.id, Phase.BEFORE, {sid: before})
            reg.record_answers(pilot.id, p.id, Phase.AFTER, {sid: after})

    # The next MedVind course: full, with a waiting list.
    next_day = today + timedelta(days=24)
    upcoming = courses.create_occasion(
        ActivityDraft(
            ActivityKind.COURSE,
            "MedVind – december",
            "Hyrd lokal, Sveavägen",
            medvind.id,
            12,
            4,
            deadline=next_day - timedelta(days=5),
            leaders=leaders,
        ),
        [MeetingDraft(_at(next_day, 9), _at(next_day, 16))],
    )
    for _ in range(15):
        reg.register(upcoming.id, _participant(session, rng).id)

    # An interest list that has reached its minimum.
    for _ in range(medvind.minimum + 1):
        reg.express_interest(medvind.id, _participant(session, rng).id)

    # The relatives' course: May–June evenings and a reunion in August.
    year = today.year if today.month >= 9 else today.year - 1
    evenings = [date(year, 5, 6) + timedelta(days=7 * n) for n in range(relatives.meeting_count)]
    meetings = [MeetingDraft(_at(d, 18), _at(d, 20, 30)) for d in evenings]
    meetings.append(
        MeetingDraft(_at(date(year, 8, 26), 18), _at(date(year, 8, 26), 20, 30), reunion=True)
    )
    family = courses.create_occasion(
        ActivityDraft(
            ActivityKind.COURSE,
            f"Anhörigkurs våren {year}",
            "KAST, samtalsrummet",
            relatives.id,
            10,
            7,
            leaders=leaders[:1],
        ),
        meetings,
    )
    members = [_participant(session, rng, man=False) for _ in range(9)]
    for p in members:
        reg.register(family.id, p.id)
    for m in courses.meetings(family.id):
        reg.record_attendance(m.id, {p.id: rng.random() < 0.85 for p in members})

    # A talk group every 14 days at a treatment home, ten months back and six ahead.
    first = _at(today - timedelta(days=300), 13)
    group = courses.create_group(
        ActivityDraft(
            ActivityKind.GROUP,
            "Samtalsgrupp på behandlingshemmet",
            "Behandlingshemmet Lugnet",
            capacity=12,
            minimum=1,
            rhythm_days=14,
            leaders=leaders[:1],
        ),
        first,
        90,
        today + timedelta(days=180),
    )
    regulars = [_participant(session, rng, man=False) for _ in range(18)]
    registrations = [reg.register(group.id, p.id) for p in regulars]
    for r in registrations[:5]:
        reg.leave_group(r.id)
    active = {r.participant.id for r in registrations[5:]}
    sessions = [m for m in courses.meetings(group.id) if m.draft.ends_at < datetime.now()]
    for n, m in enumerate(sessions):
        if n % 9 == 4:
            courses.cancel_meeting(m.id)
            continue
        expected, _ = reg.attendance(m.id)
        reg.record_attendance(
            m.id,
            {r.participant.id: r.participant.id in active and rng.random() < 0.7 for r in expected},
        )


def many_courses_part(session: Session, spec, today: date | None = None) -> None:
    """The large sizes the benchmarks need: ``spec.occasions`` course occasions with
    ``spec.registrations`` registrations in all, and ``spec.groups`` groups with
    ``spec.group_years`` years of sessions. Nothing when those are 0 (the default)."""
    if not (spec.occasions or spec.groups):
        return
    rng = random.Random(f"{spec.seed}:many-courses")
    today = today or date.today()
    courses, reg = session.courses, session.registrations
    types = courses.types()
    leaders = [
        u.id for u in session.users.list_users() if u.role in (Role.COURSE_LEADER, Role.COUNSELLOR)
    ]
    people = [_participant(session, rng) for _ in range(max(spec.registrations // 4, 1))]
    per_course = max(spec.registrations // max(spec.occasions, 1), 1)
    for n in range(spec.occasions):
        course_type = rng.choice(types)
        day = today + timedelta(days=rng.randint(-365 * 2, 180))
        hour = 9 + rng.randint(0, 8)
        starts = [_at(day + timedelta(days=7 * k), hour) for k in range(course_type.meeting_count)]
        meetings = [
            MeetingDraft(t, t + timedelta(minutes=course_type.meeting_minutes)) for t in starts
        ]
        course = courses.create_occasion(
            ActivityDraft(
                ActivityKind.COURSE,
                f"{course_type.name} {n + 1}",
                rng.choice(("Rum 1", "Rum 2", "Hyrd lokal")),
                course_type.id,
                max(per_course, course_type.capacity),
                1,
                leaders=(rng.choice(leaders),),
            ),
            meetings,
        )
        for p in rng.sample(people, min(per_course, len(people))):
            reg.register(course.id, p.id)
    for n in range(spec.groups):
        first = _at(
            today - timedelta(days=365 * spec.group_years) + timedelta(days=n % 14), 10 + n % 8
        )
        courses.create_group(
            ActivityDraft(
                ActivityKind.GROUP,
                f"Samtalsgrupp {n + 1}",
                f"Rum {n % 5}",
                capacity=12,
                minimum=1,
                rhythm_days=14,
                leaders=(rng.choice(leaders),),
            ),
            first,
            90,
            today + timedelta(days=90),
        )
