"""UI layer: the client card: overview, contacts, journal, relations, children and
closing in one window that can be printed or saved as PDF."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.client_query_helpers import client_by_code
from desktop_app.core.domain.audit import AuditAction
from desktop_app.core.domain.clients import ClientDraft
from desktop_app.core.domain.ids import ClientId
from desktop_app.core.domain.roles import Permission
from desktop_app.core.errors import NotFoundError, VagvalError
from desktop_app.reports.html import render_html
from desktop_app.reports.pdf import render_pdf
from desktop_app.session import Session
from desktop_app.ui.bookings.bookings_tab import BookingsTab
from desktop_app.ui.client_card.card_data import CardData, load_card
from desktop_app.ui.client_card.card_document import card_document
from desktop_app.ui.client_card.children_tab import ChildrenTab, ConcernDialog
from desktop_app.ui.client_card.closing_tab import ClosingTab
from desktop_app.ui.client_card.contacts_tab import ContactsTab
from desktop_app.ui.client_card.extract_document import extract_document
from desktop_app.ui.client_card.journal_tab import JournalTab, NoteDialog
from desktop_app.ui.client_card.overview_tab import OverviewTab
from desktop_app.ui.client_card.relations_tab import RelationsTab
from desktop_app.ui.client_card.texts import display_name
from desktop_app.ui.client_card.timeline_tab import TimelineTab
from desktop_app.ui.dialogs.client_dialog import ClientDialog, ClientFormOptions
from desktop_app.ui.dialogs.contact_dialog import ContactDialog
from desktop_app.ui.dialogs.removal import ask_removal_reason
from desktop_app.ui.feedback import error_text, show_error
from desktop_app.ui.ops import Ops
from desktop_app.ui.paged_print import print_paged


class ClientCardDialog(QDialog):
    changed = Signal()
    open_other = Signal(object)  # ClientId: a related client's card, opened by the page
    extract_saved = Signal(str)

    def __init__(
        self,
        session: Session,
        ops: Ops,
        options: ClientFormOptions,
        client_id: ClientId,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.ops = ops
        self.options = options
        self.client_id = client_id
        self.data: CardData | None = None
        self.setObjectName("clientCard")
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.resize(900, 640)
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 16pt; font-weight: bold;")
        pdf = QPushButton(self.tr("Spara som PDF…"))
        pdf.setAutoDefault(False)  # Enter on the card starts no export
        pdf.clicked.connect(self.save_pdf)
        print_button = QPushButton(self.tr("Skriv ut…"))
        print_button.setAutoDefault(False)
        print_button.clicked.connect(self.choose_printer)
        preview_button = QPushButton(self.tr("Förhandsgranska…"))
        preview_button.setObjectName("previewCard")
        preview_button.setAutoDefault(False)
        preview_button.clicked.connect(lambda: self.preview())
        self.extract_button = QPushButton(self.tr("Registerutdrag…"))
        self.extract_button.setObjectName("registerExtract")
        self.extract_button.setToolTip(
            self.tr("Allt som finns om personen, som PDF (GDPR art. 15)")
        )
        self.extract_button.clicked.connect(self.choose_register_extract_file)
        self.extract_button.setAutoDefault(False)
        self.extract_button.setVisible(session.user.may(Permission.READ_JOURNAL))
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(pdf)
        top.addWidget(preview_button)
        top.addWidget(print_button)
        top.addWidget(self.extract_button)
        self.timeline = TimelineTab()
        self.overview = OverviewTab()
        self.contacts = ContactsTab()
        self.journal = JournalTab()
        self.relations = RelationsTab()
        self.children = ChildrenTab()
        self.closing = ClosingTab()
        self.bookings = BookingsTab(session, ops)
        self.bookings.changed.connect(self.reload)  # a held visit is a contact
        self.tabs = QTabWidget()
        self.tabs.addTab(self.timeline, self.tr("Tidslinje"))
        self.tabs.addTab(self.overview, self.tr("Översikt"))
        self.tabs.addTab(self.contacts, self.tr("Samtal"))
        self.tabs.addTab(self.bookings, self.tr("Bokningar"))
        self.journal_index = self.tabs.addTab(self.journal, self.tr("Journal"))
        self.tabs.addTab(self.relations, self.tr("Relationer"))
        self.tabs.addTab(self.children, self.tr("Barn"))
        self.tabs.addTab(self.closing, self.tr("Avslut"))
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        QShortcut(QKeySequence("Ctrl+K"), self, self.new_contact)
        QShortcut(QKeySequence("Ctrl+Tab"), self, lambda: self._step_tab(1))
        QShortcut(QKeySequence("Ctrl+Shift+Tab"), self, lambda: self._step_tab(-1))
        self.tabs.setCurrentWidget(self.timeline)  # where the counsellor starts
        self.timeline.table.setFocus()  # not the first button: Enter must start nothing
        QShortcut(QKeySequence("Ctrl+P"), self, self.choose_printer)
        self.overview.edit_requested.connect(self.edit_client)
        self.contacts.new_requested.connect(self.new_contact)
        self.contacts.edit_requested.connect(self.edit_contact)
        self.contacts.delete_requested.connect(self.delete_contact)
        self.journal.add_requested.connect(lambda: self._note_dialog(None))
        self.journal.correct_requested.connect(self._note_dialog)
        self.relations.link_relative_requested.connect(self._link_relative)
        self.relations.couple_requested.connect(self._make_couple)
        self.relations.unlink_requested.connect(self._unlink_relative)
        self.relations.open_requested.connect(self.open_other)
        self.children.answers_changed.connect(self._save_children)
        self.children.report_requested.connect(self._report_concern)
        self.children.close_requested.connect(self._close_concern)
        self.children.edit_requested.connect(self._edit_concern)
        self.children.remove_requested.connect(self._remove_concern)
        self.closing.close_requested.connect(self._close_case)
        self.closing.reopen_requested.connect(self._reopen)
        self.closing.undo_requested.connect(self._undo_closing)
        self.reload()

    def _step_tab(self, step: int) -> None:
        self.tabs.setCurrentIndex((self.tabs.currentIndex() + step) % self.tabs.count())

    # -- loading ----------------------------------------------------------------------
    def reload(self) -> None:
        session, client_id = self.session, self.client_id
        self.ops.run(self, lambda: load_card(session, client_id), self._loaded, self._load_failed)

    def _loaded(self, data: CardData) -> None:
        self.data = data
        title = f"{data.client.code} – {display_name(data.client)}"
        # the taskbar and window switcher show the code only, never the name
        self.setWindowTitle(self.tr("Klientkort %1").replace("%1", data.client.code))
        self.heading.setText(title)
        for tab in (
            self.timeline,
            self.overview,
            self.contacts,
            self.journal,
            self.relations,
            self.children,
            self.closing,
        ):
            tab.set_data(data)
        self.tabs.setTabVisible(self.journal_index, data.notes is not None)
        self.bookings.show_client(
            data.client.id, data.client.code, self.options.colleagues, data.bookings
        )

    def _load_failed(self, error: VagvalError) -> None:
        show_error(self, error)
        self.reject()

    def _saved_elsewhere(self) -> None:
        """A dialog of the card saved something: lists elsewhere and the card refresh."""
        self.changed.emit()
        self.reload()

    def _run(self, call, on_error=None) -> None:
        def done(_):
            self._saved_elsewhere()

        self.ops.run(self, call, done, on_error or (lambda e: show_error(self, e)))

    # -- actions ----------------------------------------------------------------------
    def edit_client(self) -> None:
        if self.data is None:
            return
        dialog = ClientDialog(self.session, self.ops, self.options, self.data.client, self)
        dialog.saved.connect(lambda _: self._run(lambda: None))
        dialog.open()

    def new_contact(self) -> None:
        if self.data is None:
            return
        dialog = ContactDialog(self.session, self.ops, self.options, self.data.client, self)
        dialog.saved.connect(lambda _: self._run(lambda: None))
        dialog.open()

    def edit_contact(self, contact) -> None:
        if self.data is None:
            return
        dialog = ContactDialog(
            self.session, self.ops, self.options, self.data.client, self, contact=contact
        )
        dialog.saved.connect(lambda _: self._run(lambda: None))
        dialog.open()

    def delete_contact(self, contact) -> None:
        reason = ask_removal_reason(
            self,
            self.tr("Ta bort samtalet %1? Det räknas inte längre i statistiken.").replace(
                "%1", contact.draft.at.strftime("%Y-%m-%d %H:%M")
            ),
        )
        if reason is None:
            return
        contacts = self.session.contacts
        self._run(lambda: contacts.delete(contact.id, reason))

    def _note_dialog(self, note) -> None:
        title = self.tr("Ny journalanteckning") if note is None else self.tr("Rätta anteckning")
        journal, client_id = self.session.journal, self.client_id

        def make_call(heading: str, text: str):
            if note is None:
                return lambda: journal.add(client_id, heading, text)
            return lambda: journal.correct(note.id, heading, text)

        def opened(templates) -> None:
            dialog = NoteDialog(self.ops, title, note, make_call, self, templates)
            dialog.accepted.connect(self._saved_elsewhere)
            dialog.open()

        if note is not None:  # a correction starts from the note, never from a template
            opened([])
            return
        unit = self.session.unit
        self.ops.run(self, unit.note_templates, opened, lambda e: show_error(self, e))

    def _find_by_code(self, code: str) -> ClientId:
        return client_by_code(self.session.clients, code).id

    def _relation_failed(self, error: VagvalError) -> None:
        if isinstance(error, NotFoundError):
            self.relations.message.setText(
                self.tr("Ingen klient har koden %1.").replace("%1", error.detail)
            )
        else:
            self.relations.message.setText(error_text(error))

    def _link_relative(self, code: str) -> None:
        clients, client_id = self.session.clients, self.client_id
        self._run(
            lambda: clients.link_relative(client_id, self._find_by_code(code)),
            self._relation_failed,
        )

    def _unlink_relative(self, code: str) -> None:
        """Undo a relative link typed by code, whichever way it was made."""
        clients, client_id = self.session.clients, self.client_id

        self._run(
            lambda: clients.unlink_either(client_id, self._find_by_code(code)),
            self._relation_failed,
        )

    def _make_couple(self, code: str) -> None:
        clients, client_id = self.session.clients, self.client_id
        self._run(
            lambda: clients.create_couple(ClientDraft(), (client_id, self._find_by_code(code))),
            self._relation_failed,
        )

    def _save_children(self, minor, lives_with) -> None:
        if self.data is None:
            return
        draft = replace(
            self.data.client.draft, minor_children=minor, lives_with_children=lives_with
        )
        clients, client_id = self.session.clients, self.client_id
        self._run(lambda: clients.update(client_id, draft))

    def _report_concern(self) -> None:
        journal, client_id = self.session.journal, self.client_id
        dialog = ConcernDialog(
            self.ops,
            lambda on, recipient, note, _closed: (
                lambda: journal.report_concern(client_id, on, recipient, note)
            ),
            self,
        )
        dialog.accepted.connect(self._saved_elsewhere)
        dialog.open()

    def _edit_concern(self, concern) -> None:
        journal = self.session.journal
        dialog = ConcernDialog(
            self.ops,
            lambda on, recipient, note, closed_on: (
                lambda: journal.update_concern(concern.id, on, recipient, note, closed_on)
            ),
            self,
            concern=concern,
        )
        dialog.accepted.connect(self._saved_elsewhere)
        dialog.open()

    def _remove_concern(self, concern) -> None:
        reason = ask_removal_reason(
            self,
            self.tr("Ta bort orosanmälan från %1?").replace("%1", concern.reported_on.isoformat()),
        )
        if reason is None:
            return
        journal = self.session.journal
        self._run(lambda: journal.delete_concern(concern.id, reason))

    def _close_concern(self, concern) -> None:
        journal = self.session.journal
        self._run(lambda: journal.close_concern(concern.id, date.today()))

    def _close_case(self, closed_on, reason, answers) -> None:
        still_open = [c for c in (self.data.concerns if self.data else []) if c.open]
        if still_open:
            answer = QMessageBox.question(
                self,
                self.tr("Avsluta ärendet"),
                self.tr(
                    "En orosanmälan (%1, %2) är fortfarande öppen. Avsluta ärendet ändå? "
                    "Anmälan förblir öppen tills du avslutar den under Barn."
                )
                .replace("%1", still_open[0].reported_on.isoformat())
                .replace("%2", still_open[0].recipient),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        clients, client_id = self.session.clients, self.client_id
        self._run(lambda: clients.close(client_id, closed_on, reason, answers))

    def _reopen(self) -> None:
        clients, client_id = self.session.clients, self.client_id
        self._run(lambda: clients.reopen(client_id))

    def _undo_closing(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Ångra avslutet"),
            self.tr(
                "Ångra avslutet? Ärendet blir aktivt som om det aldrig avslutats, och "
                "avslutets orsak och uppföljningssvar tas bort ur statistiken. Avsluta det "
                "sedan på nytt med rätt datum och svar."
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        clients, client_id = self.session.clients, self.client_id
        self._run(lambda: clients.undo_closing(client_id))

    # -- printing ---------------------------------------------------------------------
    def _document(self):
        return card_document(self.data, self.data.unit_name, self.session.user.display_name)

    def save_pdf(self) -> None:
        if self.data is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Spara klientkortet"),
            f"{self.data.client.code}.pdf",
            self.tr("PDF-filer (*.pdf)"),
        )
        if not path:
            return
        self.export_pdf(path)

    def export_pdf(self, path: str) -> None:
        document, audit, client_id = self._document(), self.session.audit, self.client_id

        def export():
            render_pdf(document, path)
            audit.record(AuditAction.EXPORT, "client", client_id, "pdf")

        self.ops.run(self, export, None, lambda e: show_error(self, e))

    def choose_register_extract_file(self) -> None:
        code = self.data.client.code if self.data else "klient"
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Spara registerutdraget"),
            f"registerutdrag-{code}.pdf",
            self.tr("PDF-filer (*.pdf)"),
        )
        if path:
            self.save_register_extract(path)

    def save_register_extract(self, path: str) -> None:
        session, client_id = self.session, self.client_id

        def make() -> None:
            extract = session.register_extracts.extract(client_id)
            render_pdf(extract_document(extract, session.unit.unit_name()), path)

        self.ops.run(
            self,
            make,
            lambda _: self.extract_saved.emit(path),
            lambda e: show_error(self, e),
        )

    def choose_printer(self) -> None:
        if self.data is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if QPrintDialog(printer, self).exec() == QDialog.DialogCode.Accepted:
            self.print_card(printer)

    def preview(self) -> QPrintPreviewDialog | None:
        """Förhandsgranska: the pages as they will print, printed from there."""
        if self.data is None:
            return None
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintPreviewDialog(printer, self)
        dialog.setWindowTitle(self.tr("Förhandsgranska %1").replace("%1", self.data.client.code))
        dialog.paintRequested.connect(lambda p: self.print_card(p))
        dialog.exec()
        return dialog

    def print_card(self, printer: QPrinter) -> bool:
        """The card on paper, the confidentiality line at the top of every page."""
        if self.data is None:
            return False
        document = self._document()
        print_paged(
            printer,
            render_html(document),
            f"{document.footer} – {self.data.client.code}",
            self.tr("Sida %1 av %2"),
        )
        audit, client_id = self.session.audit, self.client_id
        self.ops.run(self, lambda: audit.record(AuditAction.PRINT, "client", client_id))
        return True
