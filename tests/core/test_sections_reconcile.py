"""Figures must agree, for the sections too: on random registered work, the outreach
section's contacts, new persons, street contacts, material and consultations are the
key figures' of the same period, for the year and every quarter, the quarters add up
to the year, and the register's persons met are each person ticked once; a group's
attendances and unique persons are the key figures' Gruppdeltagare of each quarter."""

from __future__ import annotations

import itertools
from datetime import date, datetime, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.core.domain import periods
from desktop_app.core.domain.client_enums import Gender
from desktop_app.core.domain.courses import ActivityDraft, ActivityKind, ParticipantDraft
from desktop_app.core.domain.measures import Measure
from desktop_app.core.domain.outreach_persons import OutreachPersonDraft
from desktop_app.core.domain.unit_work import Arena, ConsultationDraft, OutreachDraft

YEARS = itertools.count(2006)  # each example its own year: nothing left over counts
day = st.tuples(
    st.integers(1, 12),  # month
    st.sampled_from(list(Arena)),
    st.integers(0, 30),  # contacts
    st.integers(0, 30),  # new persons (at most the contacts)
    st.integers(0, 5),  # packages handed out
    st.sets(st.integers(0, 4), max_size=5),  # persons of the register met
)
work = st.tuples(st.lists(day, max_size=8), st.lists(st.integers(1, 12), max_size=4))

SETTINGS = settings(
    max_examples=10, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


def _periods(year: int):
    return [periods.year(year), *(periods.quarter(year, q) for q in range(1, 5))]


@SETTINGS
@given(work=work)
def test_the_outreach_section_agrees_with_the_key_figures(vault, work):
    s = vault.session
    year = next(YEARS)
    package = s.work.save_material(f"Paket {year}", 1000)
    persons = [
        s.outreach_persons.add(
            OutreachPersonDraft(f"P{year}-{n}", Gender.WOMAN, 1980 + n, date(year, 1, 1))
        )
        for n in range(5)
    ]
    days, consultations = work
    for month, arena, contacts, new, packages, met in days:
        s.work.record_outreach(
            OutreachDraft(
                date(year, month, 10),
                arena,
                contacts,
                min(new, contacts),
                materials={package: packages} if packages else {},
                met=tuple(persons[n] for n in met),
            )
        )
    for month in consultations:
        s.work.record_consultation(ConsultationDraft(date(year, month, 3), "kurator"))
    stats = s.statistics
    by_period = {}
    for period in _periods(year):
        report = s.reports.outreach(period)
        by_period[period] = report
        assert report.contacts == stats.monthly(Measure.OUTREACH_CONTACTS, period)[1]
        assert report.new_persons == stats.monthly(Measure.OUTREACH_NEW_PERSONS, period)[1]
        assert report.consultations == stats.monthly(Measure.CONSULTATIONS, period)[1]
        assert report.packages == stats.monthly(Measure.PACKAGES, period)[1]
        street = sum(
            c
            for m, a, c, *_ in days
            if a == Arena.STREET and period.start.month <= m and m <= period.end.month
        )
        assert stats.monthly(Measure.OUTREACH_STREET, period)[1] == street
        ticked = {
            n for m, *_, met in days for n in met if period.start.month <= m <= period.end.month
        }
        total = [g for g in report.met if g.gender == "all"]
        assert (total[0].persons if total else 0) == len(ticked)
        assert sum(sum(y.values()) for y in report.consultations_by_year.values()) == (
            report.consultations
        )
    whole, *quarters = (by_period[p] for p in _periods(year))
    for name in ("contacts", "new_persons", "consultations", "packages"):
        assert getattr(whole, name) == sum(getattr(q, name) for q in quarters)


people = st.lists(st.lists(st.booleans(), min_size=6, max_size=6), min_size=1, max_size=4)


@SETTINGS
@given(attendance=people, start_month=st.integers(1, 9))
def test_a_groups_figures_agree_with_the_key_figures_each_quarter(vault, attendance, start_month):
    s = vault.session
    year = next(YEARS)
    first = datetime(year, start_month, 5, 13, 0)
    group = s.courses.create_group(
        ActivityDraft(ActivityKind.GROUP, f"Grupp {year}", "Rum 1", capacity=10, rhythm_days=21),
        first,
        90,
        (first + timedelta(days=21 * 5)).date(),
    )
    members = [
        s.registrations.create_participant(ParticipantDraft(name=f"D{year}-{n}", birth_year=1990))
        for n in range(len(attendance))
    ]
    for m in members:
        s.registrations.register(group.id, m.id)
    meetings = s.courses.meetings(group.id)
    for i, meeting in enumerate(meetings):
        s.registrations.record_attendance(
            meeting.id, {m.id: attendance[k][i % 6] for k, m in enumerate(members)}
        )
    stats = s.statistics
    totals = []
    for period in _periods(year):
        lines = s.reports.courses(period).lines
        attendances = sum(line.attendances for line in lines)
        persons = sum(line.unique_persons for line in lines)
        assert attendances == stats.monthly(Measure.GROUP_ATTENDANCES, period)[1]
        assert persons == stats.monthly(Measure.GROUP_PERSONS, period)[1]
        totals.append(attendances)
    assert totals[0] == sum(totals[1:])  # the quarters add up to the year
    present = sum(attendance[k][i % 6] for i in range(len(meetings)) for k in range(len(members)))
    assert totals[0] == present  # every registered presence, once
