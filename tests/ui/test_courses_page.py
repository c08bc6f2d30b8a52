"""The course leader's work in the GUI against a real database: an occasion from an
interest list, registering past capacity, attendance by keyboard, printing."""

import shutil
import subprocess
from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QPushButton

from desktop_app.core.domain.courses import (
    ActivityDraft,
    ActivityKind,
    MeetingDraft,
    ParticipantDraft,
    RegistrationStatus,
)
from desktop_app.ui.courses.activity_dialog import ActivityDialog
from desktop_app.ui.courses.occasion_dialog import OccasionDialog
from desktop_app.ui.courses.participant_dialog import ParticipantDialog
from desktop_app.ui.models.calendar_model import FIRST_HOUR
from desktop_app.ui.pages.courses_page import CoursesPage


@pytest.fixture
def page(qtbot, ops, vault):
    page = CoursesPage(vault.session, ops)
    qtbot.addWidget(page)
    page.resize(1000, 650)
    page.show()
    qtbot.waitUntil(lambda: bool(page.types), timeout=5000)
    qtbot.waitUntil(lambda: not ops.busy, timeout=5000)  # the test then writes directly
    return page


def _people(vault, n):
    return [
        vault.session.registrations.create_participant(ParticipantDraft(name=f"Person {i}"))
        for i in range(n)
    ]


def _medvind(vault):
    return next(t for t in vault.session.courses.types() if t.name.startswith("MedVind"))


def _visible(parent, kind):
    return next(d for d in parent.findChildren(kind) if d.isVisible())


def test_occasion_from_an_interest_list(qtbot, page, vault):
    medvind = _medvind(vault)
    for p in _people(vault, medvind.minimum):
        vault.session.registrations.express_interest(medvind.id, p.id)
    page.tabs.setCurrentIndex(1)
    page.interest_type.setCurrentIndex(page.interest_type.findData(medvind.id))
    qtbot.waitUntil(lambda: page.interest_model.rowCount() == medvind.minimum, timeout=5000)
    assert "Minsta antalet är nått" in page.interest_state.text()
    qtbot.mouseClick(page.create_from_interest, Qt.MouseButton.LeftButton)
    dialog = _visible(page, OccasionDialog)
    assert not dialog.type.isEnabled() and len(dialog.meeting_rows) == 1
    dialog.name.setText("MedVind januari")
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(
        lambda: any(d.isVisible() for d in page.findChildren(ActivityDialog)), timeout=5000
    )
    window = _visible(page, ActivityDialog)
    qtbot.waitUntil(lambda: window.data is not None, timeout=5000)
    statuses = {r.status for r in window.data.registrations}
    assert statuses == {RegistrationStatus.REGISTERED}
    assert len(window.data.registrations) == medvind.minimum
    qtbot.waitUntil(lambda: page.interest_model.rowCount() == 0, timeout=5000)
    window.close()


def test_reunion_before_the_course_is_refused_in_the_dialog(qtbot, page, vault):
    button = page.findChild(QPushButton, "newOccasion")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # clicked(bool) once broke this
    dialog = _visible(page, OccasionDialog)
    row = dialog.add_meeting(True)
    row.start.setDateTime(row.start.dateTime().addDays(-90))
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: dialog.message.text() != "", timeout=5000)
    assert "måste ligga efter kursens sista träff" in dialog.message.text()
    assert vault.session.courses.activities(ActivityKind.COURSE) == []


def _course(vault, capacity, days=10, hours=6):
    start = (datetime.now() + timedelta(days=days)).replace(
        hour=9, minute=0, second=0, microsecond=0
    )
    return vault.session.courses.create_occasion(
        ActivityDraft(
            ActivityKind.COURSE, "MedVind test", "Lokal", _medvind(vault).id, capacity, 1
        ),
        [MeetingDraft(start, start + timedelta(hours=hours))],
    )


def test_registering_past_capacity_goes_to_the_waiting_list(qtbot, ops, vault):
    course = _course(vault, capacity=2)
    window = ActivityDialog(vault.session, ops, course.id)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.data is not None, timeout=5000)
    add = window.registrations.findChild(QPushButton, "addParticipant")
    for n in range(3):
        qtbot.mouseClick(add, Qt.MouseButton.LeftButton)
        dialog = _visible(window, ParticipantDialog)
        qtbot.keyClicks(dialog.name, f"Deltagare {n}")
        qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
        qtbot.waitUntil(
            lambda n=n: window.data is not None and len(window.data.registrations) == n + 1,
            timeout=5000,
        )
    statuses = [r.status for r in window.data.registrations]
    assert statuses == [RegistrationStatus.REGISTERED] * 2 + [RegistrationStatus.WAITING]
    assert "1 i kön" in window.registrations.counts.text()


def test_attendance_by_keyboard_and_print(qtbot, ops, vault, tmp_path):
    course = _course(vault, capacity=5, days=-2)
    people = _people(vault, 3)
    for p in people:
        vault.session.registrations.register(course.id, p.id)
    window = ActivityDialog(vault.session, ops, course.id)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.attendance.model.rowCount() == 3, timeout=5000)
    window.tabs.setCurrentIndex(2)
    table = window.attendance.table
    table.setFocus()
    table.setCurrentIndex(window.attendance.model.index(0, 0))
    qtbot.keyClick(table, Qt.Key.Key_Space)  # present
    qtbot.keyClick(table, Qt.Key.Key_Down)
    qtbot.keyClick(table, Qt.Key.Key_Down)
    qtbot.keyClick(table, Qt.Key.Key_Space)  # present
    assert list(window.attendance.model.present().values()) == [True, False, True]
    qtbot.mouseClick(window.attendance.save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.data.summary.completed, timeout=5000)
    summary = window.data.summary
    assert (summary.attendances, summary.no_shows) == (2, 1)
    assert "67 %" in window.summary_view.toPlainText()

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printed = tmp_path / "deltagarlista.pdf"
    printer.setOutputFileName(str(printed))
    window.print_document(window.participant_list_document(), printer)
    pdf = tmp_path / "sammanfattning.pdf"
    window.save_pdf(window.summary_document(), str(pdf))
    qtbot.waitUntil(pdf.exists, timeout=5000)
    window.registrations.table.selectRow(0)
    certificate = tmp_path / "intyg.pdf"
    window.save_pdf(window.certificate_document(window.registrations.selected()), str(certificate))
    ics = tmp_path / "kurs.ics"
    window.export_ical(str(ics))
    qtbot.waitUntil(lambda: certificate.exists() and ics.exists(), timeout=5000)
    assert b"BEGIN:VEVENT" in ics.read_bytes() and b"Person" not in ics.read_bytes()
    if shutil.which("pdftotext"):

        def text(path):
            return subprocess.run(
                ["pdftotext", str(path), "-"], capture_output=True, text=True
            ).stdout

        assert "Deltagarlista" in text(printed) and "Person 2" in text(printed)
        assert "Närvarograd" in text(pdf) and "67 %" in text(pdf)
        assert "Intyg om deltagande" in text(certificate)
        assert "1 av 1 träff," in text(certificate)


def test_calendar_month_shows_meetings_and_clashes(qtbot, page, vault):
    day = datetime.now() + timedelta(days=1)
    for name in ("Kurs A", "Kurs B"):
        start = day.replace(hour=9, minute=0, second=0, microsecond=0)
        vault.session.courses.create_occasion(
            ActivityDraft(ActivityKind.COURSE, name, "Rum 1", _medvind(vault).id, 5, 1),
            [MeetingDraft(start, start + timedelta(hours=2))],
        )
    page.tabs.setCurrentIndex(3)
    page.calendar.mode.setCurrentIndex(1)  # week
    page.calendar.anchor = day.date()
    page.calendar.reload()
    model = page.calendar.model
    qtbot.waitUntil(lambda: len(model.entries_on(day.date())) == 2, timeout=5000)
    index = model.index(9 - FIRST_HOUR, day.weekday())  # the week is an hour grid
    assert "Kurs A ⚠" in model.data(index) and "Kurs B ⚠" in model.data(index)


def test_an_existing_client_becomes_a_participant_once(qtbot, ops, vault):
    from desktop_app.core.domain.clients import ClientDraft

    client = vault.session.clients.create(ClientDraft(name="Bo Berg", municipality="0180"))
    course = _course(vault, capacity=5)
    window = ActivityDialog(vault.session, ops, course.id)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.data is not None, timeout=5000)
    window.add_participant()
    dialog = _visible(window, ParticipantDialog)
    qtbot.keyClicks(dialog.client_code, client.code)
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: len(window.data.registrations) == 1, timeout=5000)
    participant = window.data.registrations[0].participant
    assert participant.draft.client_id == client.id and participant.draft.name == "Bo Berg"
    again = vault.session.registrations.create_participant(ParticipantDraft(client_id=client.id))
    assert again.id == participant.id


def test_group_session_moved_and_member_leaves(qtbot, ops, vault, monkeypatch):
    start = (datetime.now() + timedelta(days=3)).replace(hour=13, minute=0, second=0, microsecond=0)
    group = vault.session.courses.create_group(
        ActivityDraft(ActivityKind.GROUP, "Grupp", "Rum", capacity=8, rhythm_days=14),
        start,
        90,
        (start + timedelta(days=60)).date(),
    )
    person = _people(vault, 1)[0]
    vault.session.registrations.register(group.id, person.id)
    window = ActivityDialog(vault.session, ops, group.id)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.data is not None, timeout=5000)
    meeting = window.meetings.meeting.currentData()
    window.move_meeting(meeting)
    from desktop_app.ui.courses.move_meeting_dialog import MoveMeetingDialog

    dialog = _visible(window, MoveMeetingDialog)
    dialog.start.setDateTime(dialog.start.dateTime().addDays(1))
    from PySide6.QtWidgets import QDialogButtonBox

    save = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: window.data.meetings[0].draft.starts_at == start + timedelta(days=1), timeout=5000
    )
    window.registrations.table.selectRow(0)
    monkeypatch.setattr(
        "desktop_app.ui.courses.queue_actions.ask_date", lambda *a, **k: date.today()
    )
    window.registrations.leave.click()
    qtbot.waitUntil(lambda: window.data.registrations[0].left_on == date.today(), timeout=5000)
    # The member comes back: the same registration, no longer left.
    window.registrations.table.selectRow(0)
    assert window.registrations.leave.text() == "Tillbaka i gruppen"
    window.registrations.leave.click()
    qtbot.waitUntil(lambda: window.data.registrations[0].left_on is None, timeout=5000)


def test_a_group_with_hundreds_of_sessions_asks_first(qtbot, page, vault):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from desktop_app.ui.courses.group_dialog import GroupDialog

    page.tabs.setCurrentIndex(2)
    qtbot.mouseClick(page.findChild(QPushButton, "newGroup"), Qt.MouseButton.LeftButton)
    dialog = _visible(page, GroupDialog)
    qtbot.keyClicks(dialog.name, "Varje dag")
    dialog.rhythm.setValue(1)
    dialog.until.setDate(dialog.until.date().addYears(3))
    asked = []

    def answer(button):
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            asked.append(box.text())
            box.button(button).click()

    for button in (QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes):
        QTimer.singleShot(200, lambda b=button: answer(b))
        save = dialog.buttons.button(dialog.buttons.StandardButton.Save)
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
        if button == QMessageBox.StandardButton.No:
            assert vault.session.courses.activities(ActivityKind.GROUP) == []
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)  # saved and closed
    assert len(asked) == 2 and "träffar fram till slutdatumet" in asked[0]
    db = vault.session.vault.db
    count = db.execute("SELECT count(*) FROM meetings").fetchone()[0]
    assert count > 1000
