"""Two participants who are one person: listed as likely duplicates for an
administrator, and merged (registrations, places, attendance and answers move)."""

from datetime import datetime, timedelta

import pytest

from desktop_app.core.domain.courses import ActivityDraft, ActivityKind, MeetingDraft
from desktop_app.core.domain.courses import ParticipantDraft as P
from desktop_app.core.domain.courses import RegistrationStatus as S
from desktop_app.core.errors import ValidationError
from tests.core.test_courses import _types


def _course(s, name, capacity=1, days_ago=0):
    medvind = next(t for t in s.courses.types() if t.name.startswith("MedVind"))
    start = (datetime.now() - timedelta(days=days_ago) + timedelta(days=5)).replace(
        hour=9, minute=0, second=0, microsecond=0
    )
    return s.courses.create_occasion(
        ActivityDraft(ActivityKind.COURSE, name, "Lokal", medvind.id, capacity, 1),
        [MeetingDraft(start, start + timedelta(hours=6))],
    )


def test_likely_duplicates_and_a_merge_that_keeps_the_place(vault):
    s, reg = vault.session, vault.session.registrations
    _types(vault)
    karin = reg.create_participant(P(name="Karin Forsberg", birth_year=1980))
    again = reg.create_participant(
        P(name="karin  forsberg", phone="070-123 45 67", birth_year=1980), allow_same=True
    )
    other = reg.create_participant(P(name="Karin Forsberg", birth_year=1990), allow_same=True)
    pairs = s.participant_merge.likely_duplicates()
    assert [(a.id, b.id) for a, b in pairs] == [(karin.id, again.id)]

    course, later = _course(s, "MedVind vår"), _course(s, "MedVind höst")
    assert reg.register(course.id, again.id).status == S.REGISTERED  # holds the one place
    assert reg.register(course.id, karin.id).status == S.WAITING
    reg.register(later.id, again.id)
    moved = s.participant_merge.merge(karin.id, again.id)
    assert moved["registrations"] == 1  # the autumn course; spring was on both
    spring = {r.participant.id: r.status for r in reg.registrations(course.id)}
    assert spring == {karin.id: S.REGISTERED}  # the place stayed with the person
    assert [r.participant.id for r in reg.registrations(later.id)] == [karin.id]
    merged = next(p for p in reg.find_participants("Karin") if p.id == karin.id)
    assert merged.draft.phone == "070-123 45 67"  # what the kept one lacked
    assert {p.id for p in reg.find_participants("Karin")} == {karin.id, other.id}
    entry = s.audit.entries(entity="participant", entity_id=karin.id, limit=1)[0]
    assert f"merged={again.code}" in entry.detail
    assert s.participant_merge.likely_duplicates() == []
    with pytest.raises(ValidationError):
        s.participant_merge.merge(karin.id, karin.id)
