"""UI layer: one course occasion or group: meetings, registrations with the waiting
list, attendance, questionnaire, and the summary with its print-outs."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.domain.courses import ActivityKind
from desktop_app.core.domain.ids import ActivityId
from desktop_app.reports import course_documents
from desktop_app.reports.html import render_html
from desktop_app.session import Session, municipalities
from desktop_app.ui.courses.activity_data import ActivityData, load_activity
from desktop_app.ui.courses.activity_edit import ActivityEditing
from desktop_app.ui.courses.activity_printouts import ActivityPrintouts
from desktop_app.ui.courses.activity_tabs import MeetingsTab
from desktop_app.ui.courses.attendance_tab import AttendanceTab
from desktop_app.ui.courses.move_meeting_dialog import MoveMeetingDialog
from desktop_app.ui.courses.questionnaire_tab import QuestionnaireTab
from desktop_app.ui.courses.queue_actions import QueueActions
from desktop_app.ui.courses.registration_edit import RegistrationEditing
from desktop_app.ui.courses.registrations_tab import RegistrationsTab
from desktop_app.ui.feedback import error_text, show_error
from desktop_app.ui.ops import Ops
from desktop_app.ui.widgets.unsaved import Unsaved


class ActivityDialog(
    ActivityEditing, RegistrationEditing, QueueActions, ActivityPrintouts, QDialog
):
    changed = Signal()

    def __init__(
        self, session: Session, ops: Ops, activity_id: ActivityId, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.ops = ops
        self.activity_id = activity_id
        self.data: ActivityData | None = None
        self._discard = False  # closing asks nothing (a lock closes the window)
        self._close_after_save = False
        self._saves = 0  # saves on the worker not yet done
        self.names = {m.code: m.short_name for m in municipalities()}
        self.setObjectName("activityDialog")
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.resize(920, 640)
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.meetings = MeetingsTab()
        self.registrations = RegistrationsTab(self.names)
        self.attendance = AttendanceTab()
        self.questionnaire = QuestionnaireTab()
        self.summary_view = QTextBrowser()
        self.summary_view.setObjectName("summaryView")
        self.tabs = QTabWidget()
        self.tabs.addTab(self.meetings, self.tr("Träffar"))
        self.tabs.addTab(self.registrations, self.tr("Anmälningar"))
        self.tabs.addTab(self.attendance, self.tr("Närvaro"))
        self.questionnaire_index = self.tabs.addTab(self.questionnaire, self.tr("Enkät"))
        self.tabs.addTab(self.summary_view, self.tr("Sammanfattning"))
        self.message = QLabel(wordWrap=True)
        self.message.setObjectName("activityMessage")
        buttons = QHBoxLayout()
        for text, slot in (
            (self.tr("Deltagarlista…"), self.print_participant_list),
            (self.tr("Bjud in…"), self.print_invitations),
            (self.tr("Intyg…"), self.print_certificate),
            (self.tr("Sammanfattning…"), self.print_summary),
            (self.tr("Exportera kalender…"), self.choose_ical_file),
        ):
            button = QPushButton(text)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        self.edit_button = QPushButton(self.tr("Ändra uppgifter…"))
        self.edit_button.setObjectName("editActivity")
        self.add_meeting_button = QPushButton(self.tr("Lägg till träff…"))
        self.add_meeting_button.setObjectName("addMeeting")
        self.cancel_button = QPushButton(self.tr("Ställ in…"))
        self.cancel_button.setObjectName("cancelActivity")
        self.delete_button = QPushButton(self.tr("Ta bort…"))
        self.delete_button.setObjectName("deleteActivity")
        for button, slot in (
            (self.edit_button, self.edit_details),
            (self.add_meeting_button, self.add_meeting),
            (self.cancel_button, self.cancel_activity),
            (self.delete_button, self.delete_activity),
        ):
            button.setAutoDefault(False)  # Enter in a tab never opens these
            button.clicked.connect(slot)
            top.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        QShortcut(QKeySequence("Ctrl+D"), self, lambda: self.add_participant())
        self.connect_queue()
        self.registrations.edit_requested.connect(self.edit_participant)
        self.attendance.meeting_chosen.connect(self._load_attendance)
        self.attendance.save_requested.connect(self.save_attendance)
        self.questionnaire.save_requested.connect(lambda changes: self.save_answers(changes))
        self.meetings.cancel_requested.connect(self.cancel_meeting)
        self.meetings.move_requested.connect(self.move_meeting)
        self.connect_editing()
        self.attendance.head_count_requested.connect(self.save_head_count)
        self.reload()

    # -- loading ----------------------------------------------------------------------
    def reload(self) -> None:
        session, activity_id = self.session, self.activity_id
        self.ops.run(
            self,
            lambda: load_activity(session, activity_id),
            self._loaded,
            lambda e: show_error(self, e),
        )

    def _loaded(self, data: ActivityData) -> None:
        self.data = data
        self.setWindowTitle(data.activity.draft.name)
        cancelled = data.activity.cancelled_on
        self.heading.setText(
            data.activity.draft.name
            if cancelled is None
            else self.tr("%1 (inställd %2)")
            .replace("%1", data.activity.draft.name)
            .replace("%2", cancelled.isoformat())
        )
        for button in (self.edit_button, self.add_meeting_button, self.cancel_button):
            button.setEnabled(cancelled is None)
        for tab in (self.meetings, self.registrations, self.attendance, self.questionnaire):
            tab.set_data(data)
        self.tabs.setTabVisible(
            self.questionnaire_index, data.activity.draft.kind == ActivityKind.COURSE
        )
        document = course_documents.summary_document(
            data.summary, data.unit_name, self.names, QCoreApplication.translate
        )
        self.summary_view.setHtml(render_html(document))

    def _run(self, call, done_text: str = "") -> None:
        def done(result) -> None:
            self.message.setText(done_text)
            self.changed.emit()
            self.reload()

        self.ops.run(self, call, done, lambda e: self.message.setText(error_text(e)))

    # -- meetings, attendance, answers ------------------------------------------------
    def cancel_meeting(self, meeting) -> None:
        courses = self.session.courses
        self._run(lambda: courses.cancel_meeting(meeting.id), self.tr("Träffen är inställd."))

    def move_meeting(self, meeting) -> None:
        courses, activity = self.session.courses, self.data.activity
        dialog = MoveMeetingDialog(
            self.ops,
            meeting,
            lambda draft: courses.move_meeting(meeting.id, draft),
            self,
            clashes=lambda draft: courses.clashes(
                [draft], activity.draft.leaders, activity.id, moving=meeting.id
            ),
        )
        dialog.accepted.connect(lambda: self._run(lambda: None, self.tr("Träffen är flyttad.")))
        dialog.open()

    def save_head_count(self, meeting, count: int) -> None:
        courses = self.session.courses
        self._run(
            lambda: courses.record_head_count(meeting.id, count),
            self.tr("Antalet är sparat: %1.").replace("%1", str(count)),
        )

    def _load_attendance(self, meeting) -> None:
        registrations = self.session.registrations

        def loaded(result) -> None:
            expected, present = result
            self.attendance.show_rows(meeting, expected, present)

        self.ops.run(
            self,
            lambda: registrations.attendance(meeting.id),
            loaded,
            lambda e: self.message.setText(error_text(e)),
        )

    def save_attendance(self, meeting, present: dict) -> None:
        registrations = self.session.registrations
        self._save(
            lambda: registrations.record_attendance(meeting.id, present),
            self.tr("Närvaron är sparad."),
            self.attendance,
        )

    def save_answers(self, changes: dict) -> None:
        registrations, activity_id = self.session.registrations, self.activity_id
        self._save(
            lambda: registrations.record_questionnaire(activity_id, changes),
            self.tr("Svaren är sparade."),
            self.questionnaire,
        )

    def _save(self, call, done_text: str, tab: QWidget) -> None:
        """Save on the worker; when the window was closed with "Spara", it closes once
        every save it asked for is done (a refusal keeps it open on that tab)."""
        self._saves += 1

        def done(_) -> None:
            self._saves -= 1
            self.message.setText(done_text)
            self.changed.emit()
            if not self._close_after_save:
                self.reload()
            elif not self._saves:
                self.close_without_asking()

        def failed(error: Exception) -> None:
            self._saves -= 1
            self._close_after_save = False
            self.tabs.setCurrentWidget(tab)
            self.message.setText(error_text(error))

        self.ops.run(self, call, done, failed)

    # -- closing ----------------------------------------------------------------------
    def reject(self) -> None:
        """Esc or the window's close button: unsaved attendance ticks and questionnaire
        answers are asked about first (save, discard or stay)."""
        if self._discard:
            super().reject()
            return
        answers = []
        for tab in (self.attendance, self.questionnaire):
            answer = tab.ask_unsaved()
            if answer == Unsaved.STAY:
                self.tabs.setCurrentWidget(tab)
                return
            answers.append(answer)
        if Unsaved.SAVE in answers:
            self._close_after_save = True  # closes when the saves are done
        else:
            super().reject()

    def close_without_asking(self) -> None:
        """Closed by the program (a lock, a log-out): nothing is asked."""
        self._discard = True
        self.close()
