"""Quick entry of outreach (a whole week) and of paper survey answers, in the GUI."""

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt

from desktop_app.ui.pages.work_page import WorkPage
from desktop_app.ui.work.import_dialog import ImportDialog
from desktop_app.ui.work.outreach_dialogs import OutreachDialog


@pytest.fixture
def page(qtbot, ops, vault):
    vault.session.work.save_material("Preventionspaket", 100)
    page = WorkPage(vault.session, ops)
    qtbot.addWidget(page)
    page.resize(1000, 650)
    page.show()
    qtbot.waitUntil(lambda: bool(page.materials), timeout=5000)
    return page


def test_a_week_of_outreach_typed_in_one_grid(qtbot, page, vault):
    dialog = page.new_week()
    today = date.today()
    enabled = [d for d in range(7) if dialog.monday + timedelta(days=d) <= today]
    for day in enabled:
        for name, text in (("contacts", "10"), ("new_persons", "2"), ("packages", "3")):
            box = dialog.cells[day][name]
            box.setFocus()
            box.selectAll()
            qtbot.keyClicks(box, text)
    qtbot.keyClick(dialog.cells[enabled[-1]]["packages"], Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.outreach_model.rowCount() == len(enabled), timeout=5000)
    assert f"Preventionspaket: {3 * len(enabled)} (av 100)" in page.stock.text()


def test_bad_outreach_is_explained(qtbot, page):
    page.tabs.setCurrentIndex(0)
    dialog = page.new_outreach()
    dialog.contacts.setValue(3)
    dialog.new_persons.setValue(5)
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: dialog.message.text() != "", timeout=5000)
    assert "fler än antalet kontakter" in dialog.message.text()
    assert isinstance(dialog, OutreachDialog) and dialog.isVisible()


def test_survey_answers_typed_as_digits(qtbot, page, vault):
    survey = vault.session.surveys.create_survey(
        "Brukarenkät", date.today().year, ["Bemötande", "Hjälp", "Tillgänglighet"]
    )
    page.tabs.setCurrentIndex(3)
    page.survey_tab.refresh()
    qtbot.waitUntil(lambda: page.survey_tab.current() is not None, timeout=5000)
    entry = page.survey_tab.entry
    for answers in ("112", "110", "1 2 1", "111", "9", "1x1"):
        page.survey_tab.message.clear()  # else an earlier rejection ends the wait at once
        qtbot.keyClicks(entry, answers)
        qtbot.keyClick(entry, Qt.Key.Key_Return)
        qtbot.waitUntil(
            lambda: entry.text() == "" or page.survey_tab.message.text() != "", timeout=5000
        )
        entry.clear()
    qtbot.waitUntil(
        lambda: page.ops.call(lambda: vault.session.surveys.survey(survey.id).responses) == 4,
        timeout=5000,
    )
    tab = page.survey_tab
    # Every refresh after a saved answer installs a new model: look at the current one.
    qtbot.waitUntil(
        lambda: tab.model.rowCount() == 3 and tab.model.data(tab.model.index(0, 1)) == "4 (100 %)",
        timeout=5000,
    )
    model = tab.model
    assert model.data(model.index(1, 1)) == "3 (75 %)"
    assert model.data(model.index(2, 6)) == "3"  # one left blank
    assert "4 enkäter inmatade" in page.survey_tab.entered.text()


def test_import_dialog_previews_then_imports(qtbot, page, vault, tmp_path):
    day = (date.today() - timedelta(days=3)).isoformat()
    csv = tmp_path / "uppsok.csv"
    csv.write_text(
        f"datum;arena;kontakter;paket\n{day};gata;5;2\n{day};gata;x;1\n", encoding="utf-8"
    )
    page.import_file()
    dialog = next(d for d in page.findChildren(ImportDialog) if d.isVisible())
    dialog.path.setText(str(csv))
    dialog.check.click()
    qtbot.waitUntil(
        lambda: "1 av 2 rader kan importeras" in dialog.preview.toPlainText(), timeout=5000
    )
    assert "Rad 3" in dialog.preview.toPlainText()
    assert vault.session.work.outreach(date(2000, 1, 1), date.today()) == []
    dialog.run_button.click()
    qtbot.waitUntil(
        lambda: "1 av 2 rader importerades" in dialog.preview.toPlainText(), timeout=5000
    )
    assert len(vault.session.work.outreach(date(2000, 1, 1), date.today())) == 1


def test_double_click_edits_an_outreach_record(qtbot, page, vault):
    from desktop_app.core.domain.unit_work import Arena, OutreachDraft

    vault.session.work.record_outreach(OutreachDraft(date.today(), Arena.STREET, contacts=4))
    page.refresh()
    qtbot.waitUntil(lambda: page.outreach_model.rowCount() == 1, timeout=5000)
    page.outreach_table.doubleClicked.emit(page.outreach_model.index(0, 0))
    dialog = next(d for d in page.findChildren(OutreachDialog) if d.isVisible())
    assert dialog.contacts.value() == 4
    dialog.contacts.setValue(9)
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(
        lambda: (
            page.outreach_model.rowCount() == 1
            and page.outreach_model.data(page.outreach_model.index(0, 2)) == "9"
        ),
        timeout=5000,
    )
    assert len(vault.session.work.outreach(date.today(), date.today())) == 1


def test_education_and_consultation_dialogs_edit_in_place(qtbot, page, vault):
    from desktop_app.core.domain.unit_work import (
        ConsultationDraft,
        EducationDraft,
        EducationKind,
    )
    from desktop_app.ui.work.record_dialogs import ConsultationDialog, EducationDialog

    work = vault.session.work
    work.record_education(EducationDraft(date.today(), EducationKind.LECTURE, 20, "polis"))
    work.record_consultation(ConsultationDraft(date.today(), "skolkurator", "1280"))
    page.refresh()
    qtbot.waitUntil(lambda: page.education_model.rowCount() == 1, timeout=5000)
    dialog = EducationDialog(vault.session, page.ops, page, page.education_model.record_at(0))
    assert dialog.participants.value() == 20 and dialog.audience.currentText() == "polis"
    dialog.participants.setValue(25)
    dialog.submit()
    qtbot.waitUntil(
        lambda: work.education(date.today(), date.today())[0].draft.participants == 25, timeout=5000
    )
    consultation = ConsultationDialog(
        vault.session, page.ops, page, page.consultation_model.record_at(0)
    )
    assert consultation.municipality.value() == "1280"
    consultation.minutes.setValue(45)
    consultation.submit()
    qtbot.waitUntil(
        lambda: work.consultations(date.today(), date.today())[0].draft.minutes == 45, timeout=5000
    )
    assert len(work.education(date.today(), date.today())) == 1


def test_a_typed_form_is_corrected_and_removed_and_a_survey_renamed_and_deleted(
    qtbot, page, vault, monkeypatch
):
    from PySide6.QtWidgets import QInputDialog, QMessageBox

    from desktop_app.ui.work.survey_responses import SurveyResponsesDialog

    s = vault.session
    survey = s.surveys.create_survey("Enkät", date.today().year, ["Bemötande", "Hjälp"])
    for typed in ([1, 1], [2, 1]):
        s.surveys.record_response(survey.id, typed)
    page.tabs.setCurrentIndex(3)
    tab = page.survey_tab
    tab.refresh()
    qtbot.waitUntil(lambda: tab.current() is not None, timeout=5000)
    qtbot.mouseClick(tab.responses_button, Qt.MouseButton.LeftButton)
    dialog = next(d for d in tab.findChildren(SurveyResponsesDialog) if d.isVisible())
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2, timeout=5000)
    assert dialog.model.data(dialog.model.index(1, 2)) == "21"
    dialog.table.selectRow(1)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("31", True))
    qtbot.mouseClick(dialog.correct_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.model.data(dialog.model.index(1, 2)) == "31", timeout=5000)
    dialog.table.selectRow(0)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=5000)
    result = s.surveys.results(survey.id)[0]
    assert result.counts[:3] == (0, 0, 1) and result.answered == 1
    kinds = [e.action.value for e in s.audit.entries(entity="survey_response", limit=5)]
    assert kinds[:2] == ["delete", "update"]
    dialog.reject()

    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Brukarenkät 2026", True))
    qtbot.mouseClick(tab.rename_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Brukarenkät 2026" in tab.survey.currentText(), timeout=5000)
    monkeypatch.setattr(
        QInputDialog, "getItem", lambda parent, title, label, items, *a: (items[1], True)
    )
    qtbot.mouseClick(tab.delete_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.survey.count() == 0, timeout=5000)
    assert s.surveys.surveys() == []


def test_a_reimport_counts_new_rows_only_and_an_import_is_undone_from_the_history(
    qtbot, page, vault, tmp_path, monkeypatch
):
    from PySide6.QtWidgets import QMessageBox, QPushButton

    day = (date.today() - timedelta(days=3)).isoformat()
    first = tmp_path / "uppsok.csv"
    first.write_text(f"datum;arena;kontakter\n{day};gata;5\n", encoding="utf-8")
    corrected = tmp_path / "uppsok-rättad.csv"
    corrected.write_bytes(f"datum;arena;kontakter\r\n{day};Gata;5\r\n{day};gata;7\r\n".encode())
    qtbot.mouseClick(page.findChild(QPushButton, "importFile"), Qt.MouseButton.LeftButton)
    dialog = next(d for d in page.findChildren(ImportDialog) if d.isVisible())
    for path, done in ((first, "1 av 1 rader importerades"), (corrected, "1 av 2 rader")):
        dialog.path.setText(str(path))
        qtbot.mouseClick(dialog.check, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.run_button.isEnabled(), timeout=5000)
        qtbot.mouseClick(dialog.run_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda d=done: d in dialog.preview.toPlainText(), timeout=5000)
    assert "finns redan från en tidigare import" in dialog.preview.toPlainText()
    qtbot.waitUntil(lambda: dialog.history_model.rowCount() == 2, timeout=5000)
    outreach = lambda: vault.session.work.outreach(date(2000, 1, 1), date.today())  # noqa: E731
    assert sorted(o.draft.contacts for o in ops_call(page, outreach)) == [5, 7]

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    dialog.history.selectRow(0)  # the newest: the corrected file's one new row
    qtbot.mouseClick(dialog.undo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "är ångrad" in dialog.preview.toPlainText(), timeout=5000)
    qtbot.waitUntil(lambda: dialog.history_model.rowCount() == 1, timeout=5000)
    assert [o.draft.contacts for o in ops_call(page, outreach)] == [5]
    audit = ops_call(page, vault.session.audit.entries)
    assert any(e.entity == "import" and "undone" in e.detail for e in audit)


def ops_call(page, fn):
    return page.ops.call(fn)
