"""The course window's printouts, from their buttons to the PDF a leader hands out:
the participant list with Swedish dates and times, the reunion marked and the codes
unbroken inside the margins; the certificate with the course's description, the unit
and a line for the leader to sign; the summary with attendance per meeting and ages."""

import shutil
import subprocess
from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton

from desktop_app.core.domain.client_enums import Gender
from desktop_app.core.domain.courses import (
    ActivityDraft,
    ActivityKind,
    MeetingDraft,
    ParticipantDraft,
)
from desktop_app.ui.courses.activity_dialog import ActivityDialog

pytestmark = pytest.mark.skipif(not shutil.which("pdftotext"), reason="needs pdftotext")
MARGIN_PT = 18 / 25.4 * 72  # the PDF's 18 mm margin in points


def _course(vault):
    s = vault.session
    relatives = next(t for t in s.courses.types() if t.name == "Anhörigkurs")
    first = (datetime.now() - timedelta(days=30)).replace(
        hour=18, minute=0, second=0, microsecond=0
    )
    meetings = [
        MeetingDraft(first + timedelta(days=7 * n), first + timedelta(days=7 * n, minutes=150))
        for n in range(3)
    ]
    meetings.append(
        MeetingDraft(first + timedelta(days=80), first + timedelta(days=80, hours=2), reunion=True)
    )
    course = s.courses.create_occasion(
        ActivityDraft(
            ActivityKind.COURSE, "Anhörigkurs höst", "Sal 3", relatives.id, 10, 1,
            leaders=(s.user.id,),
        ),
        meetings,
    )  # fmt: skip
    people = [
        s.registrations.create_participant(
            ParticipantDraft(name=f"Anhörig {i}", birth_year=1970 + 5 * i, gender=Gender.WOMAN)
        )
        for i in range(3)
    ]
    for p in people:
        s.registrations.register(course.id, p.id)
    for meeting in s.courses.meetings(course.id)[:3]:
        s.registrations.record_attendance(meeting.id, {p.id: True for p in people})
    return course, first


def _choose_pdf(box):
    """The "print or PDF?" box answered with "Spara som PDF…"."""
    box.clickedButton = lambda: next(b for b in box.findChildren(QPushButton) if "PDF" in b.text())
    return 0


@pytest.fixture
def window(qtbot, ops, vault, monkeypatch, file_dialogs):
    course, first = _course(vault)
    window = ActivityDialog(vault.session, ops, course.id)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.data is not None, timeout=5000)

    monkeypatch.setattr(QMessageBox, "exec", _choose_pdf)
    window.first = first
    return window


def _save(qtbot, window, label, file_dialogs):
    before = len(file_dialogs.asked)
    button = next(b for b in window.findChildren(QPushButton) if b.text().startswith(label))
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Sparad" in window.message.text(), timeout=5000)
    assert len(file_dialogs.asked) == before + 1
    path = window.message.text().split("Sparad: ", 1)[1]
    text = subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True).stdout
    words = subprocess.run(["pdftotext", "-bbox", path, "-"], capture_output=True, text=True).stdout
    return " ".join(text.split()), words


def test_the_participant_list_reads_as_a_swedish_list(qtbot, window, file_dialogs):
    window.message.clear()
    text, words = _save(qtbot, window, "Deltagarlista", file_dialogs)
    first = window.first
    days = ("mån", "tis", "ons", "tor", "fre", "lör", "sön")
    assert f"{days[first.weekday()]} {first.day}" in text
    assert "18.00–20.30" in text and "återträff" in text
    year = datetime.now().year
    codes = [line for line in words.splitlines() if ">D-" in line]  # one word each: unbroken
    assert [c.split(">")[1].split("<")[0] for c in codes] == [f"D-{year}-00{n}" for n in (1, 2, 3)]
    lefts = [
        float(line.split('xMin="')[1].split('"')[0])
        for line in words.splitlines()
        if "xMin" in line and "<word" in line
    ]
    assert min(lefts) >= MARGIN_PT - 1  # nothing starts left of the text margin


def test_the_certificate_names_the_course_unit_and_signer(qtbot, window, file_dialogs, vault):
    window.registrations.table.selectRow(0)
    text, _ = _save(qtbot, window, "Intyg", file_dialogs)
    assert "Intyg om deltagande" in text and "KAST Testkommun" in text
    assert "3 av 3 träffar, sammanlagt 7,5 timmar" in text
    assert "En kurs för anhöriga" in text  # the course type's description
    assert "Anna Administratör, kursledare" in text


def test_the_summary_has_attendance_per_meeting_and_ages(qtbot, window, file_dialogs):
    window.message.clear()
    text, _ = _save(qtbot, window, "Sammanfattning", file_dialogs)
    assert "Närvaro per träff" in text and "100 %" in text
    assert "medelålder" in text and "kvinna" in text
    assert "Kommande 1" in text and "Hållna (närvaro registrerad) 3" in text


def test_inviting_makes_a_call_list_and_letters_and_records_who(
    qtbot, ops, vault, monkeypatch, file_dialogs
):
    s = vault.session
    relatives = next(t for t in s.courses.types() if t.name == "Anhörigkurs")
    first = (datetime.now() + timedelta(days=20)).replace(
        hour=18, minute=0, second=0, microsecond=0
    )
    course = s.courses.create_occasion(
        ActivityDraft(ActivityKind.COURSE, "Anhörigkurs vår", "Sal 3", relatives.id, 10, 1),
        [MeetingDraft(first + timedelta(days=7 * n), first + timedelta(days=7 * n, minutes=150)) for n in range(2)],
    )  # fmt: skip
    for i in range(3):
        p = s.registrations.create_participant(ParticipantDraft(name=f"Anhörig {i}", phone="070-1"))
        s.registrations.register(course.id, p.id)
    window = ActivityDialog(s, ops, course.id)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.data is not None, timeout=5000)

    monkeypatch.setattr(QMessageBox, "exec", _choose_pdf)
    button = next(b for b in window.findChildren(QPushButton) if b.text().startswith("Bjud in"))
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "3 inbjudna" in window.message.text(), timeout=5000)
    path = next(file_dialogs.folder.iterdir())
    pages = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True).stdout
    assert pages.split("Pages:")[1].split()[0] == "4"  # the call list, a letter per person
    text = " ".join(
        subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True).stdout.split()
    )
    assert "Ringlista" in text and "Inbjudan – Anhörigkurs vår" in text
    assert "Till Anhörig 0" in text and "18.00–20.30" in text and "Plats: Sal 3" in text
    qtbot.waitUntil(
        lambda: all(r.invited_at is not None for r in window.data.registrations), timeout=5000
    )
    model = window.registrations.model
    column = next(
        c for c in range(model.columnCount())
        if model.headerData(c, Qt.Orientation.Horizontal) == "Inbjuden"
    )  # fmt: skip
    assert model.index(0, column).data()  # shown under Anmälningar
    entries = s.audit.entries(entity="activity", entity_id=course.id, limit=5)
    assert any(e.detail == "invitations=3" for e in entries)
