"""The register of persons met in outreach, the way the team uses it: a person added in
the register, another straight from an outreach day, both ticked, the day corrected, a
person corrected and removed; the Statistik figures follow."""

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton

from desktop_app.core.domain import periods
from desktop_app.ui.pages.work_page import WorkPage
from desktop_app.ui.work.outreach_dialogs import OutreachDialog
from desktop_app.ui.work.outreach_persons_dialogs import PersonDialog, PersonsDialog


@pytest.fixture
def page(qtbot, ops, vault):
    page = WorkPage(vault.session, ops)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    qtbot.waitUntil(lambda: page.outreach_model is not None, timeout=5000)
    return page


def _click(qtbot, parent, name):
    button = parent.findChild(QPushButton, name)
    assert button is not None and button.isEnabled(), name
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _opened(qtbot, parent, kind):
    qtbot.waitUntil(lambda: any(d.isVisible() for d in parent.findChildren(kind)), timeout=5000)
    return next(d for d in parent.findChildren(kind) if d.isVisible())


def _type_person(qtbot, dialog: PersonDialog, alias: str, year: str) -> None:
    qtbot.keyClicks(dialog.alias, alias)
    dialog.birth_year.setFocus()
    dialog.birth_year.selectAll()
    qtbot.keyClicks(dialog.birth_year, year)
    qtbot.keyClick(dialog.alias, Qt.Key.Key_Return)


def _tick(qtbot, dialog: OutreachDialog, alias: str) -> None:
    items = dialog.met.list.findItems(alias, Qt.MatchFlag.MatchStartsWith)
    dialog.met.list.setFocus()
    dialog.met.list.setCurrentItem(items[0])
    qtbot.keyClick(dialog.met.list, Qt.Key.Key_Space)


def test_persons_met_are_registered_ticked_corrected_and_counted(qtbot, page, vault, monkeypatch):
    s = vault.session
    _click(qtbot, page, "outreachPersons")
    register = _opened(qtbot, page, PersonsDialog)
    assert register.empty.isVisible()  # says what the register is for and how to begin
    _click(qtbot, register, "newPerson")
    _type_person(qtbot, _opened(qtbot, register, PersonDialog), "Stina", "1990")
    qtbot.waitUntil(lambda: register.model.rowCount() == 1, timeout=5000)
    register.reject()

    qtbot.waitUntil(lambda: len(page.persons) == 1, timeout=5000)
    _click(qtbot, page, "newOutreach")
    day = _opened(qtbot, page, OutreachDialog)
    day.contacts.setValue(2)
    _tick(qtbot, day, "Stina")
    _click(qtbot, day, "newMetPerson")
    _type_person(qtbot, _opened(qtbot, day, PersonDialog), "Lena", "2001")
    qtbot.waitUntil(lambda: len(day.met.checked()) == 2, timeout=5000)  # Lena ticked too
    assert day.met.count.text() == "2 valda"
    qtbot.mouseClick(day.buttons.button(day.buttons.StandardButton.Save), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.outreach_model.rowCount() == 1, timeout=5000)
    today = date.today()
    [saved] = s.work.outreach(today, today)
    assert len(saved.draft.met) == 2
    year = periods.year(today.year)
    [women] = [g for g in s.reports.outreach(year).met if g.gender == "woman"]
    assert (women.persons, women.new) == (2, 2)

    # The day is corrected: Lena was not met after all.
    page.outreach_table.selectRow(0)
    _click(qtbot, page, "editOutreach")
    again = _opened(qtbot, page, OutreachDialog)
    assert len(again.met.checked()) == 2  # what was saved is shown
    _tick(qtbot, again, "Lena")
    qtbot.mouseClick(
        again.buttons.button(again.buttons.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    qtbot.waitUntil(lambda: len(s.work.outreach(today, today)[0].draft.met) == 1, timeout=5000)

    # Stina's birth year is corrected, then Lena is removed from the register.
    _click(qtbot, page, "outreachPersons")
    register = _opened(qtbot, page, PersonsDialog)
    qtbot.waitUntil(lambda: register.model.rowCount() == 2, timeout=5000)
    row = [register.model.index(r, 0).data() for r in range(2)].index("Stina")
    register.table.selectRow(row)
    _click(qtbot, register, "editPerson")
    edit = _opened(qtbot, register, PersonDialog)
    edit.birth_year.setFocus()
    edit.birth_year.selectAll()
    qtbot.keyClicks(edit.birth_year, "1988")
    qtbot.keyClick(edit.alias, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: (
            [p.draft.birth_year for p in s.outreach_persons.persons() if p.shown == "Stina"]
            == [1988]
        ),
        timeout=5000,
    )
    qtbot.waitUntil(lambda: register.model.rowCount() == 2, timeout=5000)
    row = [register.model.index(r, 0).data() for r in range(2)].index("Lena")
    register.table.selectRow(row)
    asked = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Yes,
    )
    _click(qtbot, register, "removePerson")
    qtbot.waitUntil(lambda: register.model.rowCount() == 1, timeout=5000)
    assert "Lena" in asked[0] and "0 uppsökande dagar" in asked[0]
    assert [p.shown for p in s.outreach_persons.persons()] == ["Stina"]


def test_a_taken_alias_is_explained(qtbot, page, vault):
    from desktop_app.core.domain.outreach_persons import OutreachPersonDraft

    vault.session.outreach_persons.add(OutreachPersonDraft("Stina"))
    _click(qtbot, page, "outreachPersons")
    register = _opened(qtbot, page, PersonsDialog)
    _click(qtbot, register, "newPerson")
    dialog = _opened(qtbot, register, PersonDialog)
    _type_person(qtbot, dialog, "stina", "1990")
    qtbot.waitUntil(lambda: dialog.message.text() != "", timeout=5000)
    assert "finns redan" in dialog.message.text() and dialog.isVisible()
