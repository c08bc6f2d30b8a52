"""A registration corrected beyond its status: moved only while not yet held, removed
only while no attendance is recorded for the person."""

import pytest

from desktop_app.core.errors import ValidationError
from desktop_app.messages import describe
from tests.core.test_courses import _meeting, _occasion, _people


def test_held_registrations_are_neither_moved_nor_removed(vault):
    s = vault.session
    past = _occasion(vault, meetings=[_meeting(-3)], name="Hållen")
    coming = _occasion(vault, name="Kommande")
    person = _people(vault, 1)[0]
    registration = s.registrations.register(past.id, person.id)
    [meeting] = s.courses.meetings(past.id)
    s.registrations.record_attendance(meeting.id, {person.id: True})
    with pytest.raises(ValidationError) as moved:
        s.registration_corrections.move(registration.id, coming.id)
    assert "ännu inte genomförts" in describe(moved.value)
    with pytest.raises(ValidationError) as removed:
        s.registration_corrections.remove(registration.id, "mistake")
    assert "Närvaro är registrerad" in describe(removed.value)
    with pytest.raises(ValidationError) as same:
        s.registration_corrections.move(registration.id, past.id)
    assert "redan det kurstillfället" in describe(same.value)
    assert [r.participant.id for r in s.registrations.registrations(past.id)] == [person.id]
