"""Administration › Gallring and › Granskningslogg driven as an administrator would."""

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox

from desktop_app.core.domain.client_query import ClientQuery, StatusFilter
from desktop_app.core.domain.clients import ClientDraft
from desktop_app.ui.pages.administration_page import AdministrationPage


@pytest.fixture
def admin(qtbot, ops, vault):
    page = AdministrationPage(vault.session, ops)
    qtbot.addWidget(page)
    page.show()
    return page


def test_review_hold_and_purge(qtbot, admin, vault, monkeypatch):
    s = vault.session
    old = s.clients.create(ClientDraft(name="Gammal Gallras"))
    held = s.clients.create(ClientDraft(name="Gammal Sparas"))
    long_ago = (datetime.now() - timedelta(days=6 * 366)).isoformat()
    for c in (old, held):
        s.vault.db.execute("UPDATE clients SET last_entry_at = ? WHERE id = ?", [long_ago, c.id])
    admin.tabs.setCurrentWidget(admin.purge_tab)
    tab = admin.purge_tab
    qtbot.waitUntil(lambda: tab.client_years.value() == 5, timeout=5000)
    qtbot.mouseClick(tab.review_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 2, timeout=5000)
    assert "2 klientakter" in tab.summary.text()

    row = next(r for r in range(2) if tab.model.record_at(r).id == held.id)
    tab.table.selectRow(row)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Pågående tvist", True))
    qtbot.mouseClick(tab.hold_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "1 spärrade" in tab.summary.text(), timeout=5000)
    assert "1 klientakter" in tab.summary.text()

    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(tab.purge_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.message.text().startswith("Gallrat: 1 klientakter"), timeout=10000)
    qtbot.waitUntil(lambda: "anna gallrade 1" in tab.log_label.text(), timeout=5000)
    names = [c.draft.name for c in s.clients.page(ClientQuery(status=StatusFilter.ALL))]
    assert names == ["Gammal Sparas"]


def test_audit_search_review_and_export(qtbot, admin, vault, monkeypatch, tmp_path):
    s = vault.session
    client = s.clients.create(ClientDraft(name="Granskad Person"))
    s.clients.get(client.id)
    admin.tabs.setCurrentWidget(admin.audit_tab)
    tab = admin.audit_tab
    qtbot.waitUntil(lambda: tab.staff.count() == 2, timeout=5000)
    assert tab.chain.text() == "Loggens kedja är hel"
    today = QDate.currentDate()
    tab.start.setDate(today)
    tab.end.setDate(today)
    qtbot.keyClicks(tab.client, client.code)
    qtbot.keyClick(tab.client, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab.model.rowCount() >= 2, timeout=5000)
    actions = {tab.model.data(tab.model.index(r, 2)) for r in range(tab.model.rowCount())}
    assert {"skapade", "öppnade"} <= actions
    assert {tab.model.data(tab.model.index(r, 4)) for r in range(tab.model.rowCount())} == {
        client.code
    }

    out = tmp_path / "logg.csv"
    monkeypatch.setattr("desktop_app.ui.pages.audit_tab.ask_save_path", lambda *a: str(out))
    tab.export("csv")
    qtbot.waitUntil(lambda: out.exists() and "Sparad" in tab.message.text(), timeout=5000)
    assert client.code in out.read_text(encoding="utf-8-sig")
    assert s.audit.entries(entity="audit_log")[0].action.value == "export"

    monkeypatch.setattr(
        QInputDialog, "getMultiLineText", lambda *a, **k: ("Stickprov, inga avvikelser.", True)
    )
    qtbot.mouseClick(tab.review_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.reviews_model.rowCount() == 1, timeout=5000)
    assert tab.reviews_model.data(tab.reviews_model.index(0, 3)) == "Stickprov, inga avvikelser."
    anchor = s.audit.reviews()[0].anchor
    assert tab.reviews_model.data(tab.reviews_model.index(0, 4)) == anchor.short()


def test_the_printed_log_carries_the_chain_anchor(qtbot, admin, vault, monkeypatch, tmp_path):
    from pypdf import PdfReader

    admin.tabs.setCurrentWidget(admin.audit_tab)
    tab = admin.audit_tab
    qtbot.waitUntil(lambda: tab.head is not None, timeout=5000)
    out = tmp_path / "logg.pdf"
    monkeypatch.setattr("desktop_app.ui.pages.audit_tab.ask_save_path", lambda *a: str(out))
    pdf = next(a for a in tab.export_button.menu().actions() if a.data() == "pdf")
    pdf.trigger()
    qtbot.waitUntil(lambda: "Sparad" in tab.message.text(), timeout=5000)
    text = PdfReader(out).pages[0].extract_text()
    assert "Loggens ankare" in text and tab.head.short() in text
