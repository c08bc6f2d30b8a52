"""Correcting and removing the unit's own work the way staff do it on the Uppsökande
och utbildning page: select a row, Ändra… or Ta bort… (asked first); materials and
goals the same way. Removing changes the key figures of an open period, never a
frozen one."""

from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton

from desktop_app.core.domain.audit import AuditAction
from desktop_app.core.domain.measures import Measure
from desktop_app.core.domain.periods import year
from desktop_app.core.domain.unit_work import (
    Arena,
    ConsultationDraft,
    EducationDraft,
    EducationKind,
    GoalDraft,
    OutreachDraft,
)
from desktop_app.ui.pages.work_page import WorkPage
from desktop_app.ui.work.goals_tab import GoalDialog
from desktop_app.ui.work.materials_dialog import MaterialDialog, MaterialsDialog
from desktop_app.ui.work.outreach_dialogs import OutreachDialog
from desktop_app.ui.work.record_dialogs import ConsultationDialog, EducationDialog

TODAY = date.today()
LAST = TODAY.year - 1


@pytest.fixture
def page(qtbot, ops, vault, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    page = WorkPage(vault.session, ops)
    qtbot.addWidget(page)
    page.resize(1100, 650)
    page.show()
    return page


def _click(qtbot, page, name):
    qtbot.mouseClick(page.findChild(QPushButton, name), Qt.MouseButton.LeftButton)


def _visible(parent, kind):
    return next(d for d in parent.findChildren(kind) if d.isVisible())


def _last_change(ops, vault, entity):
    found = ops.call(lambda: vault.session.audit.entries(entity=entity))
    return next(e for e in found if e.action != AuditAction.READ)


def _uppsok(ops, vault, period):
    table = ops.call(lambda: vault.session.statistics.key_figures(period))
    return next(x for x in table.lines if x.row.measure == Measure.OUTREACH_CONTACTS).total


def test_outreach_is_corrected_and_removed_and_only_open_figures_move(qtbot, page, ops, vault):
    s = vault.session
    s.work.record_outreach(OutreachDraft(date(LAST, 5, 4), Arena.STREET, contacts=30))
    s.statistics.freeze(year(LAST), datetime.now())
    s.work.record_outreach(OutreachDraft(TODAY, Arena.STREET, contacts=4))
    page.refresh()
    qtbot.waitUntil(lambda: page.outreach_model.rowCount() == 1, timeout=5000)
    page.outreach_table.selectRow(0)
    _click(qtbot, page, "editOutreach")
    dialog = _visible(page, OutreachDialog)
    dialog.contacts.selectAll()
    qtbot.keyClicks(dialog.contacts, "9")
    qtbot.keyClick(dialog.contacts, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: page.outreach_model.data(page.outreach_model.index(0, 2)) == "9", timeout=5000
    )
    assert _last_change(ops, vault, "outreach").action == AuditAction.UPDATE
    assert _uppsok(ops, vault, year(TODAY.year)) == 9

    page.outreach_table.selectRow(0)
    _click(qtbot, page, "deleteOutreach")
    qtbot.waitUntil(lambda: page.outreach_model.rowCount() == 0, timeout=5000)
    assert _last_change(ops, vault, "outreach").action == AuditAction.DELETE
    assert _uppsok(ops, vault, year(TODAY.year)) == 0

    # Last year's day removed: the frozen year keeps its figure.
    page.year.setValue(LAST)
    qtbot.waitUntil(lambda: page.outreach_model.rowCount() == 1, timeout=5000)
    page.outreach_table.selectRow(0)
    _click(qtbot, page, "deleteOutreach")
    qtbot.waitUntil(lambda: page.outreach_model.rowCount() == 0, timeout=5000)
    assert _uppsok(ops, vault, year(LAST)) == 30


def test_education_and_consultations_are_corrected_and_removed(qtbot, page, ops, vault):
    s = vault.session
    s.work.record_education(EducationDraft(TODAY, EducationKind.LECTURE, 20, "polis"))
    s.work.record_consultation(ConsultationDraft(TODAY, "skolkurator", "1280"))
    page.refresh()
    qtbot.waitUntil(lambda: page.consultation_model.rowCount() == 1, timeout=5000)
    for tab, table, model, kind, dialog_kind, field, edit, delete in (
        (1, page.education_table, page.education_model, "education", EducationDialog,
         "participants", "editEducation", "deleteEducation"),
        (2, page.consultation_table, page.consultation_model, "consultation",
         ConsultationDialog, "minutes", "editConsultation", "deleteConsultation"),
    ):  # fmt: skip
        page.tabs.setCurrentIndex(tab)
        table.selectRow(0)
        _click(qtbot, page, edit)
        dialog = _visible(page, dialog_kind)
        box = getattr(dialog, field)
        box.selectAll()
        qtbot.keyClicks(box, "45")
        qtbot.keyClick(box, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda d=dialog: not d.isVisible(), timeout=5000)
        assert _last_change(ops, vault, kind).action == AuditAction.UPDATE
        table.selectRow(0)
        _click(qtbot, page, delete)
        qtbot.waitUntil(lambda m=model: m.rowCount() == 0, timeout=5000)
        assert _last_change(ops, vault, kind).action == AuditAction.DELETE


def test_materials_are_added_corrected_and_removed_unless_handed_out(qtbot, page, ops, vault):
    s = vault.session
    _click(qtbot, page, "materials")
    materials = _visible(page, MaterialsDialog)
    qtbot.mouseClick(materials.add_button, Qt.MouseButton.LeftButton)
    dialog = _visible(materials, MaterialDialog)
    qtbot.keyClicks(dialog.name, "Broschyr")
    dialog.stock.selectAll()
    qtbot.keyClicks(dialog.stock, "50")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: materials.model.rowCount() == 1, timeout=5000)
    materials.table.selectRow(0)
    qtbot.mouseClick(materials.edit_button, Qt.MouseButton.LeftButton)
    dialog = _visible(materials, MaterialDialog)
    dialog.stock.selectAll()
    qtbot.keyClicks(dialog.stock, "80")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: materials.model.data(materials.model.index(0, 1)) == "80", timeout=5000)

    [material] = ops.call(s.work.materials)
    ops.call(
        lambda: s.work.record_outreach(
            OutreachDraft(TODAY, Arena.STREET, contacts=3, materials={material.id: 2})
        )
    )
    materials.refresh()
    qtbot.waitUntil(lambda: materials.model.data(materials.model.index(0, 2)) == "2", timeout=5000)
    materials.table.selectRow(0)
    qtbot.mouseClick(materials.remove_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "har delats ut (2 st.)" in materials.message.text(), timeout=5000)
    assert materials.model.rowCount() == 1

    ops.call(lambda: s.work.save_material("Oanvänt", 10))
    materials.refresh()
    qtbot.waitUntil(lambda: materials.model.rowCount() == 2, timeout=5000)
    row = next(i for i, m in enumerate(materials.materials) if m.name == "Oanvänt")
    materials.table.selectRow(row)
    qtbot.mouseClick(materials.remove_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: materials.model.rowCount() == 1, timeout=5000)
    assert _last_change(ops, vault, "material").action == AuditAction.DELETE


def test_goals_are_corrected_and_removed(qtbot, page, ops, vault):
    s = vault.session
    s.surveys.save_goal(GoalDraft(TODAY.year, "Nå fler unga", "Skolbesök"))
    page.tabs.setCurrentIndex(4)
    tab = page.goals_tab
    tab.refresh()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=5000)
    tab.table.selectRow(0)
    _click(qtbot, tab, "editGoal")
    dialog = _visible(tab, GoalDialog)
    dialog.score.setCurrentIndex(3)
    qtbot.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "3" in tab.model.data(tab.model.index(0, 2)), timeout=5000)
    assert _last_change(ops, vault, "goal").action == AuditAction.UPDATE
    tab.table.selectRow(0)
    _click(qtbot, tab, "removeGoal")
    qtbot.waitUntil(lambda: tab.model.rowCount() == 0, timeout=5000)
    assert _last_change(ops, vault, "goal").action == AuditAction.DELETE


def test_the_units_own_counters_are_counted_per_day_and_reported(qtbot, page, ops, vault):
    """An online team counts the ads it saw ("alltid kondom / endast oralsex / saknas
    uppgift"): a counter of its own, entered per outreach day, in the outreach report,
    never counted as material handed out."""
    from desktop_app.core.domain import periods
    from desktop_app.core.domain.measures import Measure
    from desktop_app.core.domain.unit_work import AdCounts
    from desktop_app.reports.outreach_section import outreach_section

    s = vault.session
    _click(qtbot, page, "materials")
    materials = _visible(page, MaterialsDialog)
    qtbot.mouseClick(materials.add_button, Qt.MouseButton.LeftButton)
    dialog = _visible(materials, MaterialDialog)
    qtbot.keyClicks(dialog.name, "Alltid kondom")
    dialog.counter.setChecked(True)
    assert not dialog.stock.isEnabled()  # a counter has no stock
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: materials.model.rowCount() == 1, timeout=5000)
    assert materials.model.data(materials.model.index(0, 1)) == "egen räknare"
    [counter] = ops.call(s.work.materials)
    assert counter.counter
    ops.call(lambda: s.work.save_material("Preventionspaket", 100))
    package = next(m for m in ops.call(s.work.materials) if not m.counter)
    ops.call(
        lambda: s.work.record_outreach(
            OutreachDraft(
                TODAY,
                Arena.INTERNET,
                contacts=4,
                women=3,
                mails=150,
                replies=20,
                ads=AdCounts(seen=160, new=135, men=37),
                materials={counter.id: 32, package.id: 3},
            )
        )
    )
    year = periods.year(TODAY.year)
    report = ops.call(lambda: s.reports.outreach(year))
    assert report.counters == (("Alltid kondom", 32),) and report.packages == 3
    assert report.materials == (("Preventionspaket", 3, 100),)
    assert ops.call(lambda: s.statistics.monthly(Measure.PACKAGES, year))[1] == 3
    facts = dict(outreach_section(report).facts)
    assert facts["Alltid kondom"].value == 32 and facts["Utdelat: Preventionspaket"] == "3 (av 100)"
    # what each day records besides its contacts is reported too (source 004's FAST)
    assert facts["Annonser sedda"].value == 160 and facts["varav nya annonser"].value == 135
    assert facts["Annonser, män"].value == 37 and facts["Mejl skickade"].value == 150
    assert facts["Kvinnor mötta"].value == 3 and "Sms skickade" not in facts  # no zeros
