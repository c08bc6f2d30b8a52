"""The counsellor's day with the keyboard: new client, search, contact, card, closing."""

import contextlib
from datetime import date

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel, QPushButton

from desktop_app.core.domain.client_enums import TargetGroup
from desktop_app.core.domain.client_query import ClientQuery, StatusFilter
from desktop_app.core.domain.clients import ClientDraft
from desktop_app.core.errors import StorageError
from desktop_app.ui.client_card.card_dialog import ClientCardDialog
from desktop_app.ui.dialogs.client_dialog import ClientDialog
from desktop_app.ui.dialogs.contact_dialog import ContactDialog
from desktop_app.ui.pages.clients_page import ClientsPage


def type_text(widget, text):
    """Type any text (pytest-qt's keyClicks aborts on å, ä and ö)."""
    for ch in text:
        QApplication.sendEvent(
            widget, QKeyEvent(QEvent.Type.KeyPress, 0, Qt.KeyboardModifier.NoModifier, ch)
        )


@pytest.fixture
def page(qtbot, ops, vault):
    page = ClientsPage(vault.session, ops)
    qtbot.addWidget(page)
    page.resize(1000, 600)
    page.show()
    qtbot.waitUntil(lambda: page.options is not None, timeout=5000)
    return page


def _dialog(page, kind):
    return next(d for d in page.findChildren(kind) if d.isVisible())


def test_new_client_with_the_keyboard_opens_its_card(qtbot, page, vault):
    qtbot.keyClick(page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = _dialog(page, ClientDialog)
    qtbot.keyClick(dialog.anonymous, Qt.Key.Key_Tab)
    type_text(dialog.name, "Sven Åkesson")
    dialog.target_group.set_value(TargetGroup.BUYER)
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: any(c.isVisible() for c in page.findChildren(ClientCardDialog)), timeout=5000
    )
    card = _dialog(page, ClientCardDialog)
    qtbot.waitUntil(lambda: card.data is not None, timeout=5000)
    assert "Sven Åkesson" in card.heading.text()
    # the taskbar shows the code only; Enter starts no export; Ctrl+Tab changes tabs
    assert "Sven" not in card.windowTitle() and card.data.client.code in card.windowTitle()
    assert not any(b.autoDefault() for b in card.findChildren(QPushButton) if "PDF" in b.text())
    first = card.tabs.currentIndex()
    qtbot.keyClick(card, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert card.tabs.currentIndex() == (first + 1) % card.tabs.count()
    qtbot.waitUntil(lambda: page.model.total == 1, timeout=5000)
    card.close()


def test_anonymous_client_cannot_get_a_name(qtbot, page):
    page.new_client()
    dialog = _dialog(page, ClientDialog)
    dialog.name.setText("Namn")
    dialog.anonymous.setChecked(True)
    assert not dialog.name.isEnabled() and dialog.name.text() == ""


def test_bad_personnummer_is_explained_and_nothing_is_saved(qtbot, page, vault):
    page.new_client()
    dialog = _dialog(page, ClientDialog)
    qtbot.keyClicks(dialog.personal_id, "19900101-0018")
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: dialog.message.text() != "", timeout=5000)
    assert dialog.message.text().startswith("Personnumret är inte giltigt: kontrollsiffran")
    assert dialog.isVisible()
    assert vault.session.clients.count(ClientQuery(status=StatusFilter.ALL)) == 0


def test_search_as_you_type_and_enter_opens(qtbot, page, vault):
    for name in ("Sven Berg", "Maria Holm", "Sven Ek"):
        vault.session.clients.create(ClientDraft(name=name))
    page.reload()
    qtbot.waitUntil(lambda: page.model.total == 3, timeout=5000)
    qtbot.keyClick(page.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.search.hasFocus()
    qtbot.keyClicks(page.search, "sven")
    qtbot.waitUntil(lambda: page.model.total == 2, timeout=5000)
    qtbot.keyClicks(page.search, " ek")
    qtbot.waitUntil(lambda: page.model.total == 1, timeout=5000)
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert page.table.hasFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: any(c.isVisible() for c in page.findChildren(ClientCardDialog)), timeout=5000
    )
    card = _dialog(page, ClientCardDialog)
    qtbot.waitUntil(lambda: card.data is not None, timeout=5000)
    assert card.data.client.draft.name == "Sven Ek"
    reads = [e for e in vault.session.audit.entries(entity="client") if e.action.value == "read"]
    assert reads and reads[0].entity_id == str(card.data.client.id)
    card.close()


def _open_contact_dialog(qtbot, page, vault):
    client = vault.session.clients.create(ClientDraft(name="Bo Berg"))
    page.reload()
    qtbot.waitUntil(lambda: page.model.total == 1, timeout=5000)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    return client, _dialog(page, ContactDialog)


def test_contact_registered_with_the_keyboard_only(qtbot, page, vault):
    client, dialog = _open_contact_dialog(qtbot, page, vault)
    qtbot.waitUntil(dialog.form.hasFocus, timeout=2000)
    qtbot.keyClick(dialog.form, Qt.Key.Key_B)  # "besök"
    qtbot.keyClick(dialog.form, Qt.Key.Key_Tab)
    qtbot.keyClick(dialog.kind, Qt.Key.Key_F)  # "förändringssamtal"
    qtbot.keyClick(dialog.kind, Qt.Key.Key_Tab)
    dialog.minutes.selectAll()
    qtbot.keyClicks(dialog.minutes, "45")
    dialog.note.setFocus()
    qtbot.keyClicks(dialog.note, "Bokade nytt besok")
    qtbot.keyClick(dialog.note, Qt.Key.Key_Return)
    # Read on the database worker: the test thread must not share the connection while
    # the save may still be running there.
    contacts = lambda: page.ops.call(lambda: vault.session.contacts.for_client(client.id))  # noqa: E731
    qtbot.waitUntil(lambda: len(contacts()) == 1, timeout=5000)
    contact = contacts()[0]
    assert (contact.draft.form.value, contact.draft.kind.value, contact.draft.minutes) == (
        "visit",
        "change",
        45,
    )
    assert contact.draft.note == "Bokade nytt besok"


def test_waiting_filter_lists_only_those_waiting_too_long(qtbot, page, vault):
    from datetime import timedelta

    vault.session.clients.create(
        ClientDraft(name="Vantar", requested_on=date.today() - timedelta(days=10))
    )
    vault.session.clients.create(ClientDraft(name="Ny", requested_on=date.today()))
    page.status.setCurrentIndex(3)
    qtbot.waitUntil(lambda: page.model.total == 1, timeout=5000)
    assert page.model.client_at(0).draft.name == "Vantar"
    assert "väntar för länge" in page.model.data(page.model.index(0, 7))


def test_card_journal_and_closing(qtbot, ops, vault, monkeypatch):
    client = vault.session.clients.create(ClientDraft(name="Bo Berg"))
    options = None
    from desktop_app.session import municipalities
    from desktop_app.ui.dialogs.client_dialog import ClientFormOptions

    options = ClientFormOptions(municipalities(), tuple(vault.session.users.colleagues()), ())
    card = ClientCardDialog(vault.session, ops, options, client.id)
    qtbot.addWidget(card)
    card.show()
    qtbot.waitUntil(lambda: card.data is not None, timeout=5000)
    card._note_dialog(None)
    from desktop_app.ui.client_card.journal_tab import NoteDialog

    qtbot.waitUntil(lambda: any(d.isVisible() for d in card.findChildren(NoteDialog)), timeout=5000)
    note_dialog = next(d for d in card.findChildren(NoteDialog) if d.isVisible())
    type_text(note_dialog.title, "Första samtalet")
    note_dialog.text.setPlainText("Klienten berättade om sin situation.")
    note_dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: len(card.data.notes or []) == 1, timeout=5000)
    assert "Första samtalet" in card.journal.view.toPlainText()
    card.closing.answers["stopped_buying_sex"].setCurrentIndex(1)  # "ja"
    card.closing.close_button.click()
    qtbot.waitUntil(lambda: not card.data.client.active, timeout=5000)
    episode = vault.session.clients.episodes(client.id)[0]
    assert episode.follow_up["stopped_buying_sex"].value == "yes"
    assert card.closing.reopen_button.isVisibleTo(card.closing)


def test_card_prints_and_saves_pdf(qtbot, ops, vault, tmp_path):
    import shutil
    import subprocess

    from PySide6.QtPrintSupport import QPrinter

    from desktop_app.session import municipalities
    from desktop_app.ui.dialogs.client_dialog import ClientFormOptions

    client = vault.session.clients.create(ClientDraft(name="Bo Berg", municipality="0180"))
    options = ClientFormOptions(municipalities(), tuple(vault.session.users.colleagues()), ())
    card = ClientCardDialog(vault.session, ops, options, client.id)
    qtbot.addWidget(card)
    qtbot.waitUntil(lambda: card.data is not None, timeout=5000)
    pdf = tmp_path / "kort.pdf"
    card.export_pdf(str(pdf))
    qtbot.waitUntil(pdf.exists, timeout=5000)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printed = tmp_path / "utskrift.pdf"
    printer.setOutputFileName(str(printed))
    assert card.print_card(printer)
    if shutil.which("pdftotext"):
        for path in (pdf, printed):
            text = subprocess.run(
                ["pdftotext", str(path), "-"], capture_output=True, text=True
            ).stdout
            assert client.code in text and "Bo Berg" in text and "Stockholm" in text
    qtbot.waitUntil(
        lambda: (
            {"export", "print"}
            <= {e.action.value for e in vault.session.audit.entries(entity="client")}
        ),
        timeout=5000,
    )


def test_list_loads_in_pages_and_sorts_by_header(qtbot, page, vault):
    from datetime import datetime

    from desktop_app.storage.repos.bulk_repo import BulkClient

    writer = vault.session.bulk_writer()
    names = [f"Person {i:03d}" for i in range(250)]
    with vault.session.transaction():
        writer.add_clients(
            [BulkClient(ClientDraft(name=n), datetime.now(), vault.session.user.id) for n in names]
        )
        writer.finish()
    page.reload()
    qtbot.waitUntil(lambda: page.model.total == 250, timeout=5000)
    assert page.model.rowCount() == 200 and page.model.canFetchMore()
    page.model.fetchMore()
    qtbot.waitUntil(lambda: page.model.rowCount() == 250, timeout=5000)
    assert not page.model.canFetchMore()
    header = page.table.horizontalHeader()
    header.setSortIndicator(1, Qt.SortOrder.AscendingOrder)  # the name column
    qtbot.waitUntil(lambda: page.model.client_at(0).draft.name == "Person 000", timeout=5000)
    header.setSortIndicator(1, Qt.SortOrder.DescendingOrder)
    qtbot.waitUntil(lambda: page.model.client_at(0).draft.name == "Person 249", timeout=5000)


def test_clients_model_passes_the_model_tester(qtmodeltester, vault):
    from desktop_app.ui.models.clients_table_model import ClientsTableModel

    for name in ("A", "B"):
        vault.session.clients.create(ClientDraft(name=name))
    model = ClientsTableModel({})
    rows = vault.session.clients.page(ClientQuery())
    model.reset(len(rows) + 5, rows)
    qtmodeltester.check(model)


def test_full_disk_keeps_the_form_and_saves_once_there_is_room(qtbot, page, vault):
    db = vault.session.vault.db
    pages = db.execute("PRAGMA page_count").fetchone()[0]
    db.execute(f"PRAGMA max_page_count = {pages}")  # SQLITE_FULL, as on a full disk
    filler = 0
    with contextlib.suppress(StorageError):  # use up what is left of the last pages
        while True:
            vault.session.clients.create(ClientDraft(name=f"Fyllnad {filler} " + "x" * 90))
            filler += 1
    page.new_client()
    dialog = _dialog(page, ClientDialog)
    qtbot.keyClick(dialog.anonymous, Qt.Key.Key_Tab)
    type_text(dialog.name, "Viktig Klient")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.message.text() != "", timeout=5000)
    assert "Disken är full" in dialog.message.text()
    assert dialog.isVisible() and dialog.name.text() == "Viktig Klient"  # nothing lost
    db.execute("PRAGMA max_page_count = 1073741823")  # space again
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    found = page.ops.call(lambda: vault.session.clients.page(ClientQuery(text="Viktig")))
    names = {c.draft.name for c in found}
    assert names == {"Viktig Klient"}


def test_a_contact_dated_before_1900_is_refused_in_the_dialog(qtbot, page, vault):
    client, dialog = _open_contact_dialog(qtbot, page, vault)
    dialog.at.setFocus()
    dialog.at.setDateTime(dialog.at.dateTime().addYears(-(dialog.at.date().year() - 1899)))
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.message.text() != "", timeout=5000)
    assert dialog.message.text() == "Datum och tid kan inte vara före 1900-01-01."
    assert dialog.isVisible()
    assert page.ops.call(lambda: vault.session.contacts.for_client(client.id)) == []
    dialog.reject()


def test_a_long_note_is_never_cut_and_is_refused_with_its_limit(qtbot, page, vault):
    client, dialog = _open_contact_dialog(qtbot, page, vault)
    note = "x" * 10_000
    dialog.note.setText(note)  # as a paste
    hint = dialog.findChild(QLabel, "lengthHint")
    assert hint.text() == "10000 / 2000" and "b3261e" in hint.styleSheet()
    qtbot.keyClick(dialog.note, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.message.text() != "", timeout=5000)
    assert dialog.message.text() == "Anteckningen får vara högst 2000 tecken."
    assert dialog.note.text() == note  # what was typed stays
    assert vault.session.contacts.for_client(client.id) == []
    dialog.reject()


def _activate(qtbot, window) -> None:
    window.raise_()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)


def test_journal_by_keyboard_and_no_identical_corrections(qtbot, ops, vault):
    from PySide6.QtWidgets import QPushButton

    from desktop_app.session import municipalities
    from desktop_app.ui.client_card.journal_tab import NoteDialog
    from desktop_app.ui.dialogs.client_dialog import ClientFormOptions

    client = vault.session.clients.create(ClientDraft(name="Bo Berg"))
    options = ClientFormOptions(municipalities(), tuple(vault.session.users.colleagues()), ())
    card = ClientCardDialog(vault.session, ops, options, client.id)
    qtbot.addWidget(card)
    card.show()
    qtbot.waitUntil(lambda: card.data is not None, timeout=5000)
    card.tabs.setCurrentWidget(card.journal)
    new = card.journal.findChild(QPushButton, "newNote")
    qtbot.mouseClick(new, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(d.isVisible() for d in card.findChildren(NoteDialog)), timeout=5000)
    dialog = next(d for d in card.findChildren(NoteDialog) if d.isVisible())
    _activate(qtbot, dialog)
    dialog.title.setFocus()
    qtbot.keyClicks(dialog.title, "Forsta samtalet")
    qtbot.keyClick(dialog.title, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.text
    qtbot.keyClicks(dialog.text, "Klienten berattade.")
    qtbot.keyClick(dialog.text, Qt.Key.Key_Tab)  # moves on, types no tab character
    assert "\t" not in dialog.text.toPlainText() and dialog.focusWidget() is not dialog.text
    _activate(qtbot, dialog)  # as the user's window is
    dialog.text.setFocus()
    qtbot.keyClick(dialog.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(card.data.notes or []) == 1, timeout=5000)
    assert card.data.notes[0].text == "Klienten berattade."
    # "Rätta" without a change makes no identical version: a sentence says why
    correct = next(
        b for b in card.journal.findChildren(QPushButton) if b.text().startswith("Rätta vald")
    )
    qtbot.mouseClick(correct, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: any(d.isVisible() and d is not dialog for d in card.findChildren(NoteDialog)),
        timeout=5000,
    )
    fix = next(d for d in card.findChildren(NoteDialog) if d.isVisible() and d is not dialog)
    _activate(qtbot, fix)
    fix.text.setFocus()
    qtbot.keyClick(fix.text, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: fix.message.text() != "", timeout=5000)
    assert "likadan" in fix.message.text() and fix.isVisible()
    fix.text.moveCursor(fix.text.textCursor().MoveOperation.End)
    qtbot.keyClicks(fix.text, " Mer.")
    _activate(qtbot, fix)
    qtbot.keyClick(fix.text, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(card.data.notes or []) == 2, timeout=5000)
    shown = card.journal.view.toPlainText()
    assert "(rättelse, version 2)" in shown and "((" not in shown


def test_a_closed_clients_code_is_found_with_a_hint_and_enter_opens_a_single_match(
    qtbot, page, vault
):
    from desktop_app.core.domain.client_enums import CloseReason

    qtbot.waitUntil(lambda: "Inga klienter ännu" in page.count_label.text(), timeout=5000)
    client = vault.session.clients.create(ClientDraft(name="Bo Berg"))
    vault.session.clients.close(client.id, date.today(), list(CloseReason)[0])
    page.search.setFocus()
    qtbot.keyClicks(page.search, client.code)
    qtbot.waitUntil(lambda: "bland alla" in page.count_label.text(), timeout=5000)
    assert page.count_label.text().startswith("0 klienter")  # the default filter: Aktiva
    page.status.setCurrentIndex(page.status.findData(StatusFilter.ALL))
    qtbot.waitUntil(lambda: page.model.total == 1, timeout=5000)
    qtbot.keyClick(page.search, Qt.Key.Key_Return)  # once: the single match opens
    qtbot.waitUntil(
        lambda: any(c.isVisible() for c in page.findChildren(ClientCardDialog)), timeout=5000
    )
    for card in page.findChildren(ClientCardDialog):
        card.close()


def test_a_unit_writes_note_templates_and_a_note_starts_from_one(qtbot, ops, vault):
    from PySide6.QtWidgets import QDialogButtonBox

    from desktop_app.core.domain.journal import NoteTemplate
    from desktop_app.session import municipalities
    from desktop_app.ui.client_card.journal_tab import NoteDialog
    from desktop_app.ui.dialogs.client_dialog import ClientFormOptions
    from desktop_app.ui.dialogs.note_templates_dialog import NoteTemplatesDialog
    from desktop_app.ui.feedback import error_text
    from desktop_app.ui.pages.administration_page import AdministrationPage

    admin = AdministrationPage(vault.session, ops)
    qtbot.addWidget(admin)
    admin.show()
    qtbot.mouseClick(admin.findChild(QPushButton, "noteTemplates"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: any(d.isVisible() for d in admin.findChildren(NoteTemplatesDialog)), timeout=5000
    )
    dialog = next(d for d in admin.findChildren(NoteTemplatesDialog) if d.isVisible())
    assert dialog.names.item(0).text() == "Första samtalet"  # the two to start from
    qtbot.mouseClick(dialog.findChild(QPushButton, "addTemplate"), Qt.MouseButton.LeftButton)
    dialog.name.clear()
    qtbot.keyClicks(dialog.name, "Avslutande samtal")
    dialog.text.setPlainText("Vad har hänt:\n\nHur går det vidare:\n")
    dialog.names.setCurrentRow(1)
    qtbot.mouseClick(dialog.findChild(QPushButton, "removeTemplate"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    names = [t.name for t in ops.call(vault.session.unit.note_templates)]
    assert names == ["Första samtalet", "Avslutande samtal"]  # "Uppföljande" removed

    client = vault.session.clients.create(ClientDraft(name="Bo Berg"))
    options = ClientFormOptions(municipalities(), tuple(vault.session.users.colleagues()), ())
    card = ClientCardDialog(vault.session, ops, options, client.id)
    qtbot.addWidget(card)
    card.show()
    qtbot.waitUntil(lambda: card.data is not None, timeout=5000)
    qtbot.mouseClick(card.journal.findChild(QPushButton, "newNote"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(d.isVisible() for d in card.findChildren(NoteDialog)), timeout=5000)
    note = next(d for d in card.findChildren(NoteDialog) if d.isVisible())
    note.template.setFocus()
    qtbot.keyClick(note.template, Qt.Key.Key_End)  # the keyboard picks the last template
    assert note.title.text() == "Avslutande samtal"
    assert note.text.toPlainText().startswith("Vad har hänt:")
    note.buttons.accepted.emit()
    qtbot.waitUntil(lambda: len(card.data.notes or []) == 1, timeout=5000)
    # a duplicate name is refused with a sentence
    with pytest.raises(Exception) as refused:
        ops.call(
            lambda: vault.session.unit.set_note_templates(
                [NoteTemplate("A", ""), NoteTemplate("a", "")]
            )
        )
    assert "finns redan" in error_text(refused.value)


def test_a_couples_card_shows_its_persons_and_a_relation_opens_its_card(qtbot, page, vault):
    from desktop_app.core.domain.clients import CaseKind

    s = vault.session
    anna = s.clients.create(ClientDraft(name="Anna Ek"))
    bo = s.clients.create(ClientDraft(name="Bo Ek"))
    couple = s.clients.create_couple(ClientDraft(kind=CaseKind.COUPLE), (anna.id, bo.id))
    page.open_client_id(couple.id)
    qtbot.waitUntil(
        lambda: any(c.isVisible() for c in page.findChildren(ClientCardDialog)), timeout=5000
    )
    card = next(c for c in page.findChildren(ClientCardDialog) if c.isVisible())
    qtbot.waitUntil(lambda: card.data is not None, timeout=5000)
    assert card.heading.text() == f"{couple.code} – par"  # not "K-… – –"
    shown = [w.text() for w in card.overview.findChildren(QLabel)]
    assert "<b>Parets personer</b>" in shown and "<b>Kön</b>" not in shown
    assert any(anna.code in t and bo.code in t for t in shown)
    links = card.relations.couples.text()
    assert f"<a href='{anna.id}'>{anna.code}</a>" in links
    card.relations.couples.linkActivated.emit(str(anna.id))  # as clicking the code does
    qtbot.waitUntil(
        lambda: any(
            c.isVisible() and c.data is not None and c.data.client.id == anna.id
            for c in page.findChildren(ClientCardDialog)
        ),
        timeout=5000,
    )
    for c in page.findChildren(ClientCardDialog):
        c.close()


def test_the_card_reminds_that_the_children_question_was_never_asked(qtbot, page, vault):
    from datetime import datetime, timedelta

    from desktop_app.core.domain.contact_enums import ContactForm, ContactKind
    from desktop_app.core.domain.contacts import ContactDraft

    s = vault.session
    client = s.clients.create(ClientDraft(name="Bo Berg"))
    s.contacts.register(
        ContactDraft(
            (datetime.now() - timedelta(minutes=5)).replace(second=0, microsecond=0),
            ContactForm.PHONE,
            ContactKind.ADVICE,
            20,
            s.user.id,
            client_id=client.id,
        )
    )
    page.open_client_id(client.id)
    qtbot.waitUntil(
        lambda: any(c.isVisible() for c in page.findChildren(ClientCardDialog)), timeout=5000
    )
    card = next(c for c in page.findChildren(ClientCardDialog) if c.isVisible())
    qtbot.waitUntil(lambda: card.data is not None, timeout=5000)
    assert "Frågan om barn under 18 år är inte ställd" in card.overview.warnings.text()
    card.close()
