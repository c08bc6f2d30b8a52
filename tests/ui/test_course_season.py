"""A course leader's season, click by click: an interest list of seven becomes an
occasion; it fills to twelve with three in the queue; a cancellation offers the place to
the first in line, a "Nej" passes it to the next; and after the one-day course a man who
never came is refused a certificate, while one who came gets "1 av 1 träff"."""

from datetime import datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton

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
from desktop_app.ui.pages.courses_page import CoursesPage

S = RegistrationStatus


def _visible(parent, kind):
    return next(d for d in parent.findChildren(kind) if d.isVisible())


def _new_person(qtbot, parent, name):
    dialog = _visible(parent, ParticipantDialog)
    qtbot.keyClicks(dialog.name, name)
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)


def _row_of(window, name):
    model = window.registrations.model
    return next(
        n
        for n in range(model.rowCount())
        if model.registration_at(n).participant.draft.name == name
    )


def _status(window, name):
    return next(r.status for r in window.data.registrations if r.participant.draft.name == name)


def test_interest_list_to_a_full_course_with_a_queue(qtbot, ops, vault):
    page = CoursesPage(vault.session, ops)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    qtbot.waitUntil(lambda: bool(page.types), timeout=5000)
    relatives = next(t for t in page.types if t.name == "Anhörigkurs")
    page.tabs.setCurrentIndex(1)
    page.interest_type.setCurrentIndex(page.interest_type.findData(relatives.id))
    add = next(b for b in page.findChildren(QPushButton) if b.text() == "Anmäl intresse…")
    for n in range(7):
        qtbot.mouseClick(add, Qt.MouseButton.LeftButton)
        _new_person(qtbot, page, f"Intresserad {n}")
        qtbot.waitUntil(lambda n=n: page.interest_model.rowCount() == n + 1, timeout=5000)
    assert "Minsta antalet är nått" in page.interest_state.text()
    qtbot.mouseClick(page.create_from_interest, Qt.MouseButton.LeftButton)
    occasion = _visible(page, OccasionDialog)
    occasion.capacity.setValue(12)
    occasion.buttons.accepted.emit()
    qtbot.waitUntil(
        lambda: any(w.isVisible() for w in page.findChildren(ActivityDialog)), timeout=5000
    )
    window = _visible(page, ActivityDialog)
    qtbot.waitUntil(lambda: window.data is not None, timeout=5000)
    assert [r.status for r in window.data.registrations] == [S.REGISTERED] * 7
    window.tabs.setCurrentWidget(window.registrations)
    add_participant = window.registrations.findChild(QPushButton, "addParticipant")
    for n in range(8):
        qtbot.mouseClick(add_participant, Qt.MouseButton.LeftButton)
        _new_person(qtbot, window, f"Ny {n}")
        qtbot.waitUntil(lambda n=n: len(window.data.registrations) == 8 + n, timeout=5000)
    statuses = [r.status for r in window.data.registrations]
    assert statuses.count(S.REGISTERED) == 12 and statuses.count(S.WAITING) == 3
    assert "12 av 12 platser, 3 i kön" in window.registrations.counts.text()
    # "Intresserad 3" cancels: the place is offered to the first in the queue ("Ny 5").
    tab = window.registrations
    tab.table.selectRow(_row_of(window, "Intresserad 3"))
    tab.status.setCurrentIndex(tab.status.findText("avbokad"))
    qtbot.mouseClick(tab.change, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _status(window, "Ny 5") == S.OFFERED, timeout=5000)
    assert "erbjuds nu Ny 5" in window.message.text()
    # Somebody registers meanwhile: to the queue's end, not the free place.
    qtbot.mouseClick(add_participant, Qt.MouseButton.LeftButton)
    _new_person(qtbot, window, "Sen anmalan")
    qtbot.waitUntil(lambda: len(window.data.registrations) == 16, timeout=5000)
    assert _status(window, "Sen anmalan") == S.WAITING
    assert "12 av 12 platser är tagna och 3 står redan i kön" in window.message.text()
    assert "står nu på plats 4" in window.message.text()
    # "Nej": the offer passes to the next in line, "Ny 6".
    tab.table.selectRow(_row_of(window, "Ny 5"))
    qtbot.mouseClick(tab.findChild(QPushButton, "offerNo"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _status(window, "Ny 6") == S.OFFERED, timeout=5000)
    assert _status(window, "Ny 5") == S.CANCELLED
    tab.table.selectRow(_row_of(window, "Ny 6"))
    qtbot.mouseClick(tab.findChild(QPushButton, "offerYes"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _status(window, "Ny 6") == S.REGISTERED, timeout=5000)
    queue = [r.participant.draft.name for r in window.data.queue]
    assert queue == ["Ny 7", "Sen anmalan"]
    window.close_without_asking()


def test_after_the_day_a_no_show_gets_no_certificate(qtbot, ops, vault, monkeypatch, printing):
    s = vault.session
    medvind = next(t for t in s.courses.types() if t.name.startswith("MedVind"))
    start = (datetime.now() - timedelta(days=1)).replace(hour=9, minute=0, second=0, microsecond=0)
    course = s.courses.create_occasion(
        ActivityDraft(ActivityKind.COURSE, "MedVind dag", "Hyrd lokal", medvind.id, 12, 1),
        [MeetingDraft(start, start + timedelta(hours=6))],
    )
    for name in ("Kom", "Kom inte"):
        person = s.registrations.create_participant(ParticipantDraft(name=name))
        s.registrations.register(course.id, person.id)
    window = ActivityDialog(s, ops, course.id)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.attendance.model.rowCount() == 2, timeout=5000)
    window.tabs.setCurrentWidget(window.attendance)
    table = window.attendance.table
    table.setFocus()
    row = next(n for n in range(2) if window.attendance.model.index(n, 1).data().endswith("Kom"))
    table.setCurrentIndex(window.attendance.model.index(row, 0))
    qtbot.keyClick(table, Qt.Key.Key_Space)
    qtbot.mouseClick(window.attendance.save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _status(window, "Kom inte") == S.NO_SHOW, timeout=5000)
    assert _status(window, "Kom") == S.ATTENDED

    def choose_print(box):
        box.clickedButton = lambda: next(
            b for b in box.findChildren(QPushButton) if "Skriv ut" in b.text()
        )
        return 0

    monkeypatch.setattr(QMessageBox, "exec", choose_print)
    certificate = next(b for b in window.findChildren(QPushButton) if b.text().startswith("Intyg"))
    window.tabs.setCurrentWidget(window.registrations)
    window.registrations.table.selectRow(_row_of(window, "Kom inte"))
    qtbot.mouseClick(certificate, Qt.MouseButton.LeftButton)
    assert "Inget intyg" in window.message.text() and printing == []
    window.registrations.table.selectRow(_row_of(window, "Kom"))
    qtbot.mouseClick(certificate, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(printing), timeout=5000)
    import shutil
    import subprocess

    if shutil.which("pdftotext"):
        qtbot.waitUntil(lambda: printing[0].exists(), timeout=5000)
        text = subprocess.run(["pdftotext", str(printing[0]), "-"], capture_output=True, text=True)
        import unicodedata

        words = unicodedata.normalize("NFKC", text.stdout).split()  # the "ff" ligature
        assert "1 av 1 träff," in " ".join(words)  # Swedish: one meeting, singular
