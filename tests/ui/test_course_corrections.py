"""Correcting a course the way a course leader does, in its window: Ändra uppgifter…,
Lägg till träff…, Ställ in… and Ta bort… (which says why when people are registered)."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog

from desktop_app.core.domain.audit import AuditAction
from desktop_app.core.domain.courses import ActivityKind
from desktop_app.ui.courses.activity_dialog import ActivityDialog
from desktop_app.ui.courses.activity_edit import EditActivityDialog
from desktop_app.ui.courses.move_meeting_dialog import MoveMeetingDialog
from tests.ui.test_courses_page import _course, _people, _visible


def _window(qtbot, ops, vault, course):
    window = ActivityDialog(vault.session, ops, course.id)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.data is not None, timeout=5000)
    return window


def _reason(monkeypatch, index=2):
    monkeypatch.setattr(
        QInputDialog, "getItem", lambda parent, title, label, items, *a: (items[index], True)
    )


def test_details_are_corrected_and_a_meeting_added(qtbot, ops, vault):
    s = vault.session
    course = _course(vault, capacity=6)
    window = _window(qtbot, ops, vault, course)
    qtbot.mouseClick(window.edit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(EditActivityDialog)))
    dialog = _visible(window, EditActivityDialog)
    dialog.name.clear()
    qtbot.keyClicks(dialog.name, "MedVind december")
    dialog.capacity.setValue(10)
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.data.activity.draft.name == "MedVind december", timeout=5000)
    assert window.data.activity.draft.capacity == 10
    assert s.audit.entries(entity="activity", entity_id=course.id, limit=1)[0].action == (
        AuditAction.UPDATE
    )
    before = len(window.data.meetings)
    qtbot.mouseClick(window.add_meeting_button, Qt.MouseButton.LeftButton)
    meeting = _visible(window, MoveMeetingDialog)
    meeting.venue.setText("Stora salen")
    qtbot.keyClick(meeting.venue, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(window.data.meetings) == before + 1, timeout=5000)
    assert window.data.meetings[-1].draft.venue == "Stora salen"


def test_a_course_with_participants_is_cancelled_not_deleted(qtbot, ops, vault, monkeypatch):
    s = vault.session
    course = _course(vault, capacity=6)
    s.registrations.register(course.id, _people(vault, 1)[0].id)
    window = _window(qtbot, ops, vault, course)
    _reason(monkeypatch)
    qtbot.mouseClick(window.delete_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Ställ in den i stället" in window.message.text(), timeout=5000)
    assert "1 anmälningar" in window.message.text()
    qtbot.mouseClick(window.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.data.activity.cancelled_on is not None, timeout=5000)
    assert "inställd" in window.heading.text() and not window.edit_button.isEnabled()
    assert all(m.cancelled for m in window.data.meetings)
    assert s.courses.calendar(course.first_meeting.date(), course.last_meeting.date()) == []
    entry = s.audit.entries(entity="activity", entity_id=course.id, limit=1)[0]
    assert "cancelled reason=mistake" in entry.detail


def test_a_course_nobody_joined_is_removed(qtbot, ops, vault, monkeypatch):
    s = vault.session
    course = _course(vault, capacity=6)
    window = _window(qtbot, ops, vault, course)
    _reason(monkeypatch)
    with qtbot.waitSignal(window.changed, timeout=5000):
        qtbot.mouseClick(window.delete_button, Qt.MouseButton.LeftButton)
    assert [a.id for a in s.courses.activities(ActivityKind.COURSE)] == []
    entry = s.audit.entries(entity="activity", entity_id=course.id, limit=1)[0]
    assert entry.action == AuditAction.DELETE and "reason=mistake" in entry.detail


def test_a_participants_phone_typo_is_corrected(qtbot, ops, vault):
    from desktop_app.core.domain.courses import ParticipantDraft
    from desktop_app.ui.courses.participant_dialog import ParticipantDialog

    s = vault.session
    course = _course(vault, capacity=6)
    person = s.registrations.create_participant(
        ParticipantDraft(name="Per Persson", phone="070-000 00 01", municipality="0180")
    )
    s.registrations.register(course.id, person.id)
    window = _window(qtbot, ops, vault, course)
    window.tabs.setCurrentWidget(window.registrations)
    window.registrations.table.selectRow(0)
    qtbot.mouseClick(window.registrations.edit_participant, Qt.MouseButton.LeftButton)
    dialog = _visible(window, ParticipantDialog)
    assert dialog.phone.text() == "070-000 00 01"
    dialog.phone.clear()
    qtbot.keyClicks(dialog.phone, "070-000 00 10")
    qtbot.keyClick(dialog.phone, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: window.data.registrations[0].participant.draft.phone == "070-000 00 10",
        timeout=5000,
    )
    assert window.data.registrations[0].participant.draft.municipality == "0180"
    entry = s.audit.entries(entity="participant", entity_id=person.id, limit=1)[0]
    assert entry.detail == "changed=phone" and "070" not in entry.detail


def test_someone_is_taken_off_an_interest_list(qtbot, ops, vault, monkeypatch):
    from desktop_app.ui.pages.courses_page import CoursesPage
    from tests.ui.test_courses_page import _medvind

    s = vault.session
    medvind = _medvind(vault)
    person = _people(vault, 1)[0]
    s.registrations.express_interest(medvind.id, person.id)
    page = CoursesPage(s, ops)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: bool(page.types), timeout=5000)
    page.interest_type.setCurrentIndex(page.interest_type.findData(medvind.id))
    qtbot.waitUntil(lambda: page.interest_model.rowCount() == 1, timeout=5000)
    page.interest_table.selectRow(0)
    _reason(monkeypatch, 0)
    qtbot.mouseClick(page.remove_interest_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.interest_model.rowCount() == 0, timeout=5000)
    assert ops.call(lambda: s.registrations.interest(medvind.id)) == []
    entry = s.audit.entries(entity="registration", limit=1)[0]
    assert entry.action == AuditAction.DELETE and "interest" in entry.detail


def _past_group(vault):
    from datetime import datetime, timedelta

    from desktop_app.core.domain.courses import ActivityDraft

    start = (datetime.now() - timedelta(days=29)).replace(
        hour=13, minute=0, second=0, microsecond=0
    )
    return vault.session.courses.create_group(
        ActivityDraft(ActivityKind.GROUP, "Behandlingshemmet", "Rum", capacity=12, rhythm_days=14),
        start,
        90,
        (start + timedelta(days=60)).date(),
    )


def test_a_head_count_is_entered_and_a_session_marked_as_not_held(qtbot, ops, vault):
    from desktop_app.core.domain.measures import Measure
    from desktop_app.core.domain.periods import year

    s = vault.session
    group = _past_group(vault)
    window = _window(qtbot, ops, vault, group)
    window.tabs.setCurrentWidget(window.attendance)
    tab = window.attendance
    assert tab.meeting.count() >= 2  # the held sessions
    tab.meeting.setCurrentIndex(0)
    first = tab.meeting.currentData()
    tab.head_count.setValue(7)
    qtbot.mouseClick(tab.save_count, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: next(m for m in window.data.meetings if m.id == first.id).anonymous == 7,
        timeout=5000,
    )
    this_year = year(first.draft.starts_at.year)
    assert s.statistics.monthly(Measure.GROUP_ATTENDANCES, this_year)[1] == 7
    entry = s.audit.entries(entity="meeting", entity_id=first.id, limit=1)[0]
    assert entry.detail == "head_count=0→7"
    # The second session never took place: marked so, it no longer lacks attendance.
    window.tabs.setCurrentWidget(window.meetings)
    second = next(m for m in window.data.meetings if m.id != first.id)
    window.meetings.meeting.setCurrentIndex(window.meetings.meeting.findData(second))
    qtbot.mouseClick(
        window.meetings.findChild(type(window.edit_button), "cancelMeeting"),
        Qt.MouseButton.LeftButton,
    )
    qtbot.waitUntil(
        lambda: next(m for m in window.data.meetings if m.id == second.id).cancelled,
        timeout=5000,
    )
    from desktop_app.reports.dates import span_text

    line = next(
        line
        for line in window.meetings.view.toPlainText().splitlines()
        if span_text(second.draft.starts_at, second.draft.ends_at) in line
    )
    assert "inställd" in line and "närvaro saknas" not in line


def test_an_imported_session_on_a_day_the_group_met_updates_that_session(vault):
    from desktop_app.core.domain.courses import MeetingDraft

    s = vault.session
    group = _past_group(vault)
    held = s.courses.meetings(group.id)[0]
    for count in (5, 6):  # imported twice (a corrected file): one session, the last count
        s.courses.record_past_session(
            "Behandlingshemmet",
            MeetingDraft(held.draft.starts_at, held.draft.ends_at, "Rum"),
            count,
            (),
        )
    meetings = [
        m
        for m in s.courses.meetings(group.id)
        if m.draft.starts_at.date() == held.draft.starts_at.date()
    ]
    assert len(meetings) == 1 and meetings[0].anonymous == 6


def test_course_types_are_corrected_retired_and_removed(qtbot, ops, vault, monkeypatch):
    from desktop_app.core.domain.courses import CourseType
    from desktop_app.core.domain.ids import CourseTypeId
    from desktop_app.ui.courses.course_type_dialog import CourseTypeDialog
    from desktop_app.ui.courses.occasion_dialog import OccasionDialog
    from desktop_app.ui.pages.courses_page import CoursesPage
    from tests.ui.test_courses_page import _medvind

    s = vault.session
    medvind = _medvind(vault)
    _course(vault, capacity=6)  # a course of the type: it is in use
    spare = s.courses.create_type(CourseType(CourseTypeId(0), "Provtyp", 60, 1, 8, 2, None, ""))
    page = CoursesPage(s, ops)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.type_choice.count() >= 3, timeout=5000)
    page.type_choice.setCurrentIndex(page.type_choice.findData(medvind.id))
    qtbot.mouseClick(page.edit_type_button, Qt.MouseButton.LeftButton)
    dialog = _visible(page, CourseTypeDialog)
    assert dialog.name.text() == medvind.name and dialog.statements.isReadOnly()
    dialog.capacity.setValue(14)
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: ops.call(lambda: s.courses.type(medvind.id).capacity) == 14, timeout=5000
    )
    _reason(monkeypatch)
    page.type_choice.setCurrentIndex(page.type_choice.findData(medvind.id))
    qtbot.mouseClick(page.delete_type_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Avveckla den i stället" in page.message.text(), timeout=5000)
    qtbot.mouseClick(page.retire_type_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: ops.call(lambda: s.courses.type(medvind.id).retired_on) is not None, timeout=5000
    )
    qtbot.waitUntil(lambda: "avvecklad" in page.types_view.toPlainText(), timeout=5000)
    occasion = OccasionDialog(s, ops, s.courses.types(), tuple(s.users.colleagues()), parent=page)
    qtbot.addWidget(occasion)
    assert occasion.type.findData(medvind.id) == -1
    page.type_choice.setCurrentIndex(page.type_choice.findData(spare.id))
    qtbot.mouseClick(page.delete_type_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: all(t.id != spare.id for t in ops.call(s.courses.types)), timeout=5000)
    entry = s.audit.entries(entity="course_type", entity_id=spare.id, limit=1)[0]
    assert entry.action == AuditAction.DELETE


def test_the_same_participant_is_not_created_twice(qtbot, ops, vault):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from desktop_app.core.domain.courses import ParticipantDraft
    from desktop_app.core.errors import DuplicateParticipantError
    from desktop_app.ui.courses.participant_dialog import ParticipantDialog

    s = vault.session
    known = s.registrations.create_participant(
        ParticipantDraft(name="Karin Forsberg", phone="070-111 22 33", municipality="0180")
    )
    with pytest.raises(DuplicateParticipantError):
        s.registrations.create_participant(
            ParticipantDraft(name=" karin forsberg ", phone="0701112233")
        )
    course = _course(vault, capacity=6)
    window = _window(qtbot, ops, vault, course)
    window.add_participant()
    dialog = _visible(window, ParticipantDialog)
    qtbot.keyClicks(dialog.name, "Karin Forsberg")
    qtbot.keyClicks(dialog.phone, "0701112233")
    seen = []

    def answer():
        box = next(
            (
                w
                for w in QApplication.topLevelWidgets()
                if isinstance(w, QMessageBox) and w.isVisible()
            ),
            None,
        )
        if box is None:
            QTimer.singleShot(50, answer)
            return
        seen.append(box.text())
        qtbot.mouseClick(
            next(b for b in box.buttons() if b.text() == "Ja, använd den"),
            Qt.MouseButton.LeftButton,
        )

    QTimer.singleShot(50, answer)
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: window.data is not None and len(window.data.registrations) == 1, timeout=5000
    )
    assert known.code in seen[0]
    assert window.data.registrations[0].participant.id == known.id


def test_a_registration_is_moved_to_another_occasion_and_one_made_by_mistake_removed(
    qtbot, ops, vault, monkeypatch
):
    s = vault.session
    first, second = _course(vault, capacity=2), _course(vault, capacity=1, days=20)
    person, other = _people(vault, 2)
    s.registrations.register(second.id, other.id)  # the later course is full
    s.registrations.register(first.id, person.id)
    window = _window(qtbot, ops, vault, first)
    tab = window.registrations
    tab.table.selectRow(0)
    picked = []

    def pick(parent, title, label, items, *a):
        picked.append(items)
        return items[0], True

    monkeypatch.setattr(QInputDialog, "getItem", pick)
    qtbot.mouseClick(tab.move, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.data.registrations == [], timeout=5000)
    assert "flyttad till" in window.message.text() and len(picked[0]) == 1
    moved = ops.call(lambda: s.registrations.registrations(second.id))
    assert {r.participant.id: r.status.value for r in moved} == {
        other.id: "registered",
        person.id: "waiting",  # full there: the waiting list
    }
    entries = ops.call(lambda: s.audit.entries(entity="registration"))
    assert any(f"moved_from={first.id}" in e.detail for e in entries)
    window.close()

    window = _window(qtbot, ops, vault, second)
    tab = window.registrations
    row = next(i for i, r in enumerate(window.data.registrations) if r.participant.id == person.id)
    tab.table.selectRow(row)
    _reason(monkeypatch, 1)
    qtbot.mouseClick(tab.remove, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(window.data.registrations) == 1, timeout=5000)
    entries = ops.call(lambda: s.audit.entries(entity="registration"))
    assert any("reason=duplicate" in e.detail and e.action == AuditAction.DELETE for e in entries)


def test_a_meeting_added_by_mistake_is_removed_but_not_the_only_one(qtbot, ops, vault, monkeypatch):
    s = vault.session
    course = _course(vault, capacity=6)
    window = _window(qtbot, ops, vault, course)
    tab = window.meetings
    _reason(monkeypatch, 2)
    qtbot.mouseClick(
        tab.findChild(type(window.edit_button), "removeMeeting"), Qt.MouseButton.LeftButton
    )
    qtbot.waitUntil(lambda: "enda träffen" in window.message.text(), timeout=5000)
    qtbot.mouseClick(window.add_meeting_button, Qt.MouseButton.LeftButton)
    meeting = _visible(window, MoveMeetingDialog)
    qtbot.keyClick(meeting.venue, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(window.data.meetings) == 2, timeout=5000)
    added = window.data.meetings[-1]
    tab.meeting.setCurrentIndex(tab.meeting.count() - 1)
    qtbot.mouseClick(
        tab.findChild(type(window.edit_button), "removeMeeting"), Qt.MouseButton.LeftButton
    )
    qtbot.waitUntil(lambda: len(window.data.meetings) == 1, timeout=5000)
    entry = ops.call(lambda: s.audit.entries(entity="meeting", entity_id=added.id, limit=1))[0]
    assert entry.action == AuditAction.DELETE and "reason=mistake" in entry.detail


def test_a_participant_registered_by_mistake_is_removed_but_not_one_with_history(
    qtbot, ops, vault, monkeypatch
):
    from desktop_app.ui.courses.participant_dialog import ParticipantDialog

    s = vault.session
    course = _course(vault, capacity=6)
    person = _people(vault, 1)[0]
    s.registrations.register(course.id, person.id)
    window = _window(qtbot, ops, vault, course)
    tab = window.registrations
    tab.table.selectRow(0)
    qtbot.mouseClick(tab.edit_participant, Qt.MouseButton.LeftButton)
    dialog = _visible(window, ParticipantDialog)
    _reason(monkeypatch, 2)
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.data.registrations == [], timeout=5000)
    assert "borttagen" in window.message.text()
    assert ops.call(lambda: s.registrations.find_participants(person.code)) == []
    entry = ops.call(lambda: s.audit.entries(entity="participant", entity_id=person.id, limit=1))
    assert entry[0].action == AuditAction.DELETE


def test_a_participant_with_attendance_is_not_removed(vault):
    from desktop_app.core.domain.courses import ActivityDraft, MeetingDraft
    from desktop_app.core.errors import ValidationError
    from desktop_app.messages import describe
    from tests.ui.test_courses_page import _medvind

    s = vault.session
    from datetime import datetime, timedelta

    start = (datetime.now() - timedelta(days=2)).replace(hour=9, minute=0, second=0, microsecond=0)
    course = s.courses.create_occasion(
        ActivityDraft(ActivityKind.COURSE, "Hållen", "Lokal", _medvind(vault).id, 4, 1),
        [MeetingDraft(start, start + timedelta(hours=6))],
    )
    person = _people(vault, 1)[0]
    s.registrations.register(course.id, person.id)
    s.registrations.record_attendance(s.courses.meetings(course.id)[0].id, {person.id: True})
    with pytest.raises(ValidationError) as refused:
        s.participant_merge.delete(person.id, "mistake")
    assert "närvaro eller enkätsvar" in describe(refused.value)


def test_a_group_session_is_moved_and_a_member_leaves_and_rejoins_by_clicks(
    qtbot, ops, vault, monkeypatch
):
    from datetime import date, datetime, timedelta

    from PySide6.QtWidgets import QDialogButtonBox, QPushButton

    from desktop_app.core.domain.courses import ActivityDraft

    s = vault.session
    start = (datetime.now() + timedelta(days=3)).replace(hour=13, minute=0, second=0, microsecond=0)
    group = s.courses.create_group(
        ActivityDraft(ActivityKind.GROUP, "Grupp", "Rum", capacity=8, rhythm_days=14),
        start,
        90,
        (start + timedelta(days=60)).date(),
    )
    person = _people(vault, 1)[0]
    s.registrations.register(group.id, person.id)
    window = _window(qtbot, ops, vault, group)
    first = window.meetings.meeting.currentData()
    qtbot.mouseClick(window.findChild(QPushButton, "moveMeeting"), Qt.MouseButton.LeftButton)
    dialog = _visible(window, MoveMeetingDialog)
    dialog.start.setDateTime(dialog.start.dateTime().addDays(1))
    save = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: window.data.meetings[0].draft.starts_at == start + timedelta(days=1), timeout=5000
    )
    entry = ops.call(lambda: s.audit.entries(entity="meeting", entity_id=first.id, limit=1))[0]
    assert "starts_at=" in entry.detail and "→" in entry.detail

    left_on = date.today()  # not before joining (today)
    monkeypatch.setattr("desktop_app.ui.courses.queue_actions.ask_date", lambda *a, **k: left_on)
    window.registrations.table.selectRow(0)
    qtbot.mouseClick(window.registrations.leave, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.data.registrations[0].left_on == left_on, timeout=5000)
    window.registrations.table.selectRow(0)
    qtbot.mouseClick(window.registrations.leave, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.data.registrations[0].left_on is None, timeout=5000)
    registration = window.data.registrations[0].id
    details = [
        e.detail
        for e in ops.call(lambda: s.audit.entries(entity="registration", entity_id=registration))
    ]
    assert f"left={left_on}" in details and any("rejoin" in d for d in details)


def test_a_client_linked_after_being_registered_by_name_is_one_person(
    qtbot, ops, vault, monkeypatch
):
    from PySide6.QtWidgets import QMessageBox, QPushButton

    from desktop_app.core.domain.clients import ClientDraft
    from desktop_app.core.domain.courses import ParticipantDraft
    from desktop_app.ui.courses.participant_dialog import ParticipantDialog

    s = vault.session
    course = _course(vault, capacity=5)
    karin = s.registrations.create_participant(ParticipantDraft(name="Karin Forsberg"))
    s.registrations.register(course.id, karin.id)
    client = s.clients.create(ClientDraft(name="Karin Forsberg", birth_year=1984))
    window = _window(qtbot, ops, vault, course)

    def same_person(box):
        box.clickedButton = lambda: next(  # "Ja, använd den"
            b for b in box.findChildren(QPushButton) if "använd" in b.text()
        )
        return 0

    monkeypatch.setattr(QMessageBox, "exec", same_person)
    qtbot.mouseClick(window.findChild(QPushButton, "addParticipant"), Qt.MouseButton.LeftButton)
    dialog = _visible(window, ParticipantDialog)
    qtbot.keyClicks(dialog.client_code, client.code)
    qtbot.keyClick(dialog.client_code, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    qtbot.waitUntil(lambda: window.message.text() != "", timeout=5000)  # already on it
    linked = ops.call(
        lambda: s.registrations.create_participant(ParticipantDraft(client_id=client.id))
    )
    assert linked.id == karin.id  # the one registered by name is the client now
    registrations = ops.call(lambda: s.registrations.registrations(course.id))
    assert [r.participant.id for r in registrations] == [karin.id]  # one person on the course


def test_a_certificate_only_for_someone_who_was_there_over_the_held_meetings(
    qtbot, ops, vault, monkeypatch, printing
):
    import shutil
    import subprocess
    from datetime import datetime, timedelta

    from PySide6.QtWidgets import QMessageBox, QPushButton

    from desktop_app.core.domain.courses import ActivityDraft, MeetingDraft
    from tests.ui.test_courses_page import _medvind

    s = vault.session
    first = (datetime.now() - timedelta(days=40)).replace(
        hour=18, minute=0, second=0, microsecond=0
    )
    meetings = [MeetingDraft(first + timedelta(days=7 * i), first + timedelta(days=7 * i, hours=2, minutes=30)) for i in range(6)]  # fmt: skip
    course = s.courses.create_occasion(
        ActivityDraft(ActivityKind.COURSE, "Anhörigkurs höst", "Lokal", _medvind(vault).id, 6, 1),
        meetings,
    )
    came, never = _people(vault, 2)
    for p in (came, never):
        s.registrations.register(course.id, p.id)
    held = s.courses.meetings(course.id)
    for meeting, present in zip(held[:4], (True, True, True, False), strict=True):
        s.registrations.record_attendance(meeting.id, {came.id: present, never.id: False})
    # The last two past meetings have no attendance: "närvaro saknas", not held.
    window = _window(qtbot, ops, vault, course)
    summary = window.data.summary
    assert (summary.meetings_held, summary.meetings_without_attendance) == (4, 2)
    assert "Närvaro saknas för passerade träffar (2)" in window.summary_view.toPlainText()

    def choose_print(box):
        box.clickedButton = lambda: next(
            b for b in box.findChildren(QPushButton) if "Skriv ut" in b.text()
        )
        return 0

    monkeypatch.setattr(QMessageBox, "exec", choose_print)
    button = next(b for b in window.findChildren(QPushButton) if b.text().startswith("Intyg"))
    model = window.registrations.model
    row = {model.registration_at(i).participant.id: i for i in range(model.rowCount())}
    window.registrations.table.selectRow(row[never.id])
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert "Inget intyg" in window.message.text() and printing == []
    window.registrations.table.selectRow(row[came.id])
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: printing and printing[0].exists(), timeout=5000)
    if shutil.which("pdftotext"):
        import unicodedata

        text = subprocess.run(
            ["pdftotext", str(printing[0]), "-"], capture_output=True, text=True
        ).stdout
        text = " ".join(unicodedata.normalize("NFKC", text).split())  # the "ff" ligature
        assert "3 av 4 träffar, sammanlagt 7,5 timmar" in text
