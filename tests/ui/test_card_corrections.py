"""Correcting what the card holds besides contacts: reports of concern (Ändra…, Avsluta
vald, Ta bort…), couples and relations undone, and a closed case reopened."""

from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QInputDialog

from desktop_app.core.domain.audit import AuditAction
from desktop_app.core.domain.clients import ClientDraft
from desktop_app.ui.client_card.card_dialog import ClientCardDialog
from desktop_app.ui.client_card.children_tab import ConcernDialog
from tests.ui.test_contact_corrections_ui import _options, _visible


def _card(qtbot, ops, vault, client_id):
    card = ClientCardDialog(vault.session, ops, _options(vault), client_id)
    qtbot.addWidget(card)
    card.show()
    qtbot.waitUntil(lambda: card.data is not None, timeout=5000)
    return card


def _audit(ops, vault, entity, entity_id):
    """The newest change (reads of the card are logged too, and come after it)."""
    found = ops.call(lambda: vault.session.audit.entries(entity=entity, entity_id=entity_id))
    return next(e for e in found if e.action != AuditAction.READ)


def test_a_report_of_concern_is_corrected_closed_and_removed(qtbot, ops, vault, monkeypatch):
    s = vault.session
    client = s.clients.create(ClientDraft(name="Orosam Person"))
    week_ago = date.today() - timedelta(days=7)
    concern = s.journal.report_concern(client.id, week_ago, "Socialtjänsten i Malmö", "Första")
    card = _card(qtbot, ops, vault, client.id)
    card.tabs.setCurrentWidget(card.children)
    tab = card.children
    assert not tab.edit_button.isEnabled() and tab.model.rowCount() == 1
    tab.reports.selectRow(0)
    qtbot.mouseClick(tab.edit_button, Qt.MouseButton.LeftButton)
    dialog = _visible(card, ConcernDialog)
    assert dialog.recipient.text() == "Socialtjänsten i Malmö" and not dialog.closed.isChecked()
    dialog.recipient.selectAll()
    # (QTest.keyClicks hangs on non-ASCII letters under the offscreen platform.)
    qtbot.keyClicks(dialog.recipient, "Socialtjansten i Lund")
    dialog.reported_on.setDate(QDate(week_ago - timedelta(days=1)))
    # Closed before it was made: refused in words, the form stays open with what was typed.
    qtbot.mouseClick(dialog.closed, Qt.MouseButton.LeftButton)
    dialog.closed_on.setDate(QDate(week_ago - timedelta(days=3)))
    qtbot.keyClick(dialog.recipient, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "före dagen den gjordes" in dialog.message.text(), timeout=5000)
    assert dialog.isVisible() and dialog.recipient.text() == "Socialtjansten i Lund"
    dialog.closed.setChecked(False)
    qtbot.keyClick(dialog.recipient, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: card.data.concerns[0].recipient == "Socialtjansten i Lund", timeout=5000
    )
    entry = _audit(ops, vault, "concern_report", concern.id)
    assert entry.action == AuditAction.UPDATE
    assert f"reported_on={week_ago}→{week_ago - timedelta(days=1)}" in entry.detail
    assert "recipient" in entry.detail and "Lund" not in entry.detail  # what changed, not to what

    tab.reports.selectRow(0)
    qtbot.mouseClick(tab.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not card.data.concerns[0].open, timeout=5000)

    tab.reports.selectRow(0)
    monkeypatch.setattr(
        QInputDialog, "getItem", lambda parent, title, label, items, *a: (items[0], True)
    )
    qtbot.mouseClick(tab.remove_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: card.data.concerns == [], timeout=5000)
    entry = _audit(ops, vault, "concern_report", concern.id)
    assert entry.action == AuditAction.DELETE and "reason=wrong_client" in entry.detail
    assert tab.empty.isVisible()


def test_a_couple_link_is_undone_and_a_closed_case_reopened(qtbot, ops, vault):
    from desktop_app.core.domain.client_enums import CloseReason

    s = vault.session
    one, two = s.clients.create(ClientDraft()), s.clients.create(ClientDraft())
    couple = s.clients.create_couple(ClientDraft(), (one.id, two.id))
    card = _card(qtbot, ops, vault, one.id)
    card.tabs.setCurrentWidget(card.relations)
    assert couple.code in card.relations.couples.text()
    qtbot.keyClicks(card.relations.code, couple.code)
    qtbot.mouseClick(card.relations.unlink_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: couple.code not in card.relations.couples.text(), timeout=5000)
    entry = _audit(ops, vault, "client", couple.id)
    assert f"member_removed={one.id}" in entry.detail
    card.close()

    ops.call(lambda: s.clients.close(two.id, date.today(), list(CloseReason)[0]))
    card = _card(qtbot, ops, vault, two.id)
    assert not card.data.client.active
    card.tabs.setCurrentWidget(card.closing)
    qtbot.mouseClick(card.closing.reopen_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: card.data.client.active, timeout=5000)
    assert "reopened" in _audit(ops, vault, "client", two.id).detail


def test_a_closing_made_by_mistake_is_undone_and_leaves_the_outcomes(
    qtbot, ops, vault, monkeypatch
):
    from PySide6.QtWidgets import QMessageBox

    from desktop_app.core.domain.client_enums import CloseReason, FollowUpAnswer
    from desktop_app.core.domain.periods import year

    s = vault.session
    client = s.clients.create(ClientDraft())
    question = s.clients.follow_up_questions()[0]
    s.clients.close(
        client.id, date.today(), CloseReason.REFERRED, {question.key: FollowUpAnswer.YES}
    )
    outcomes = lambda: ops.call(lambda: s.reports.outcomes(year(date.today().year)))  # noqa: E731
    before = outcomes()
    assert any(line.answered for line in before)
    card = _card(qtbot, ops, vault, client.id)
    card.tabs.setCurrentWidget(card.closing)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(card.closing.undo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: card.data.client.active, timeout=5000)
    [episode] = card.data.episodes
    assert episode.closed_on is None and episode.follow_up == {}
    assert "closing_undone" in _audit(ops, vault, "client", client.id).detail
    assert not any(line.answered for line in outcomes())  # the closing no longer counts
    assert card.closing.form_box.isVisible()  # it can be closed again, as it should


def test_the_clients_fields_and_the_childrens_answers_are_corrected_from_the_card(
    qtbot, ops, vault
):
    from PySide6.QtWidgets import QPushButton

    from desktop_app.core.domain.client_enums import ChildrenAnswer
    from desktop_app.ui.dialogs.client_dialog import ClientDialog

    s = vault.session
    client = s.clients.create(ClientDraft(name="Rättas Person", birth_year=1980))
    card = _card(qtbot, ops, vault, client.id)
    qtbot.mouseClick(card.findChild(QPushButton, "editClient"), Qt.MouseButton.LeftButton)
    dialog = _visible(card, ClientDialog)
    dialog.birth_year.setValue(1982)
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: card.data.client.draft.birth_year == 1982, timeout=5000)
    assert "birth_year=1980→1982" in _audit(ops, vault, "client", client.id).detail

    card.tabs.setCurrentWidget(card.children)
    card.children.minor.set_value(ChildrenAnswer.YES)
    qtbot.mouseClick(card.findChild(QPushButton, "saveChildren"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: card.data.client.draft.minor_children == ChildrenAnswer.YES, timeout=5000
    )
    assert "minor_children=unknown→yes" in _audit(ops, vault, "client", client.id).detail


def test_closing_a_case_with_an_open_report_of_concern_asks_first(qtbot, ops, vault, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    client = vault.session.clients.create(ClientDraft(name="Bo Berg"))
    vault.session.journal.report_concern(client.id, date.today(), "Socialtjänsten <Huddinge>")
    card = _card(qtbot, ops, vault, client.id)
    asked, answer = [], [QMessageBox.StandardButton.No]

    def question(parent, title, text, *args, **kwargs):
        asked.append(text)
        return answer[0]

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    card.tabs.setCurrentWidget(card.closing)
    qtbot.mouseClick(card.closing.close_button, Qt.MouseButton.LeftButton)
    assert asked and "Socialtjänsten <Huddinge>" in asked[0]  # the recipient, as written
    assert card.data.client.active  # "No": the case stays open
    answer[0] = QMessageBox.StandardButton.Yes
    qtbot.mouseClick(card.closing.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not card.data.client.active, timeout=5000)
    rows = card.children.model
    assert rows.data(rows.index(0, 1)) == "Socialtjänsten <Huddinge>"  # shown as text


def test_the_card_pdf_says_which_relation_is_which_and_what_the_follow_up_answered(
    qtbot, ops, vault, tmp_path
):
    import shutil
    import subprocess

    from desktop_app.core.domain.client_enums import CloseReason, FollowUpAnswer

    s = vault.session
    client = s.clients.create(ClientDraft(name="Bo Berg"))
    relative = s.clients.create(ClientDraft(name="Eva Berg"))
    s.clients.link_relative(client.id, relative.id)
    s.journal.report_concern(client.id, date.today(), "Socialtjänsten Huddinge")
    question = s.clients.follow_up_questions()[0]
    s.clients.close(
        client.id, date.today(), CloseReason.COMPLETED, {question.key: FollowUpAnswer.YES}
    )
    card = _card(qtbot, ops, vault, client.id)
    pdf = tmp_path / "kort.pdf"
    card.export_pdf(str(pdf))
    qtbot.waitUntil(pdf.exists, timeout=5000)
    if not shutil.which("pdftotext"):
        return
    text = " ".join(
        subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout.split()
    )
    assert f"Anhörig: {relative.code}" in text
    assert "Socialtjänsten Huddinge (Anna Administratör) – öppen" in text
    assert ": ja" in text  # the follow-up answer
