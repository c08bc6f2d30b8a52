"""UI layer: the course window's print-outs (mixed into ``ActivityDialog``): the
participant list, the invitations (a call list and a letter per person, which records
who was invited when), a certificate, the summary and the calendar file. Each is
printed or saved as PDF; either is audited."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from desktop_app.core.domain.audit import AuditAction
from desktop_app.core.domain.courses import INVITED, Registration
from desktop_app.core.services.course_summary import attended_meetings
from desktop_app.reports import course_documents
from desktop_app.reports.document import Document
from desktop_app.reports.html import render_html
from desktop_app.reports.ical import write_ical
from desktop_app.reports.pdf import render_pdf
from desktop_app.ui.feedback import show_error


class ActivityPrintouts:
    """Needs ``session``, ``ops``, ``data``, ``activity_id``, ``names``, ``message``,
    ``registrations`` (the tab) and ``reload``."""

    # -- print-outs -------------------------------------------------------------------
    def _output(
        self,
        document: Document,
        name: str,
        printer: QPrinter | None = None,
        then: Callable[[], None] | None = None,
    ) -> None:
        """Print through the dialog (or to ``printer``), or save as PDF when asked;
        ``then`` runs once it is printed or saved (not when cancelled)."""
        box = QMessageBox(self)
        box.setWindowTitle(document.title)
        box.setText(
            QCoreApplication.translate("ActivityPrintouts", "Skriva ut eller spara som PDF?")
        )
        pdf = box.addButton(
            QCoreApplication.translate("ActivityPrintouts", "Spara som PDF…"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        box.addButton(
            QCoreApplication.translate("ActivityPrintouts", "Skriv ut…"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        box.addButton(QMessageBox.StandardButton.Cancel)
        if printer is None:
            box.exec()
            clicked = box.clickedButton()
            if clicked is None or box.buttonRole(clicked) != QMessageBox.ButtonRole.AcceptRole:
                return
            if clicked is pdf:
                path, _ = QFileDialog.getSaveFileName(
                    self,
                    document.title,
                    f"{name}.pdf",
                    QCoreApplication.translate("ActivityPrintouts", "PDF-filer (*.pdf)"),
                )
                if path:
                    self.save_pdf(document, path, then)
                return
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            if QPrintDialog(printer, self).exec() != QDialog.DialogCode.Accepted:
                return
        self.print_document(document, printer)
        if then is not None:
            then()

    def save_pdf(
        self, document: Document, path: str, then: Callable[[], None] | None = None
    ) -> None:
        audit, activity_id = self.session.audit, self.activity_id

        def export() -> None:
            render_pdf(document, path)
            audit.record(AuditAction.EXPORT, "activity", activity_id, document.title)

        def done(_) -> None:
            self.message.setText(
                QCoreApplication.translate("ActivityPrintouts", "Sparad: %1").replace("%1", path)
            )
            if then is not None:
                then()

        self.ops.run(self, export, done, lambda e: show_error(self, e))

    def print_document(self, document: Document, printer: QPrinter) -> None:
        text = QTextDocument()
        text.setHtml(render_html(document))
        text.print_(printer)
        audit, activity_id = self.session.audit, self.activity_id
        self.ops.run(
            self, lambda: audit.record(AuditAction.PRINT, "activity", activity_id, document.title)
        )

    def participant_list_document(self) -> Document:
        d = self.data
        return course_documents.participant_list(
            d.activity, d.meetings, d.registrations, d.unit_name, QCoreApplication.translate
        )

    def summary_document(self) -> Document:
        return course_documents.summary_document(
            self.data.summary, self.data.unit_name, self.names, QCoreApplication.translate
        )

    def certificate_document(self, registration: Registration) -> Document | None:
        """None (and the reason shown) for someone who attended no held meeting."""
        d = self.data
        attended, held = attended_meetings(
            registration.participant.id, d.meetings, d.attendance, datetime.now()
        )
        if not attended:
            who = registration.participant.draft.name or registration.participant.code
            self.message.setText(
                QCoreApplication.translate(
                    "ActivityPrintouts",
                    "Inget intyg: %1 har inte deltagit i någon hållen träff (närvaro "
                    "registrerad). Ett intyg skrivs bara för den som har varit här.",
                ).replace("%1", who)
            )
            return None
        return course_documents.certificate(
            d.activity,
            d.course_type,
            registration,
            attended,
            held,
            d.unit_name,
            QCoreApplication.translate,
        )

    def invitations_document(self) -> Document:
        """The letters and call list for everyone with a place, as invited now."""
        d, now = self.data, datetime.now()
        invited = [
            replace(r, invited_at=now)
            for r in d.registrations
            if r.status in INVITED and r.left_on is None
        ]
        return course_documents.invitations(
            d.activity, d.meetings, invited, d.unit_name, QCoreApplication.translate
        )

    def print_invitations(self) -> None:
        """Bjud in…: letters and a call list; once made, each person is marked invited."""
        if self.data is None:
            return
        registrations, activity_id = self.session.registrations, self.activity_id

        def mark() -> None:
            self.ops.run(
                self,
                lambda: registrations.invite(activity_id),
                lambda invited: (
                    self.message.setText(
                        QCoreApplication.translate(
                            "ActivityPrintouts", "%1 inbjudna: se Inbjuden under Anmälningar."
                        ).replace("%1", str(len(invited)))
                    ),
                    self.reload(),
                ),
                lambda e: show_error(self, e),
            )

        self._output(self.invitations_document(), "inbjudningar", then=mark)

    def print_participant_list(self) -> None:
        if self.data is not None:
            self._output(self.participant_list_document(), "deltagarlista")

    def print_summary(self) -> None:
        if self.data is not None:
            self._output(self.summary_document(), "kurssammanfattning")

    def print_certificate(self) -> None:
        registration = self.registrations.selected()
        if self.data is None or registration is None:
            self.message.setText(
                QCoreApplication.translate(
                    "ActivityPrintouts", "Välj en deltagare under Anmälningar först."
                )
            )
            return
        document = self.certificate_document(registration)
        if document is not None:
            self._output(document, "intyg")

    def choose_ical_file(self) -> None:
        if self.data is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self,
            QCoreApplication.translate("ActivityPrintouts", "Exportera kalender"),
            "kurs.ics",
            QCoreApplication.translate("ActivityPrintouts", "Kalenderfiler (*.ics)"),
        )
        if path:
            self.export_ical(path)

    def export_ical(self, path: str) -> None:
        if self.data is None:
            return
        d, audit, db_id = self.data, self.session.audit, self.session.db_id
        codes = [  # current members only: not those who left, cancelled or wait
            r.participant.code
            for r in d.registrations
            if r.status.value in ("registered", "confirmed", "attended") and r.left_on is None
        ]

        def export() -> None:
            write_ical(d.activity, d.meetings, codes, path, db_id=db_id)
            audit.record(AuditAction.EXPORT, "activity", d.activity.id, "ical")

        self.ops.run(
            self,
            export,
            lambda _: self.message.setText(
                QCoreApplication.translate("ActivityPrintouts", "Sparad: %1").replace("%1", path)
            ),
            lambda e: show_error(self, e),
        )
