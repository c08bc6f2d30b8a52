"""UI layer: Grupper och kurser: course occasions, interest lists, talk groups and the
calendar of every meeting."""

from __future__ import annotations

from datetime import datetime
from html import escape

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.domain.courses import Activity, ActivityKind, CourseType
from desktop_app.session import Session, municipalities
from desktop_app.ui.courses.activity_dialog import ActivityDialog
from desktop_app.ui.courses.calendar_view import CalendarView
from desktop_app.ui.courses.course_type_dialog import CourseTypeDialog
from desktop_app.ui.courses.group_dialog import GroupDialog
from desktop_app.ui.courses.occasion_dialog import OccasionDialog
from desktop_app.ui.courses.participant_dialog import ParticipantDialog
from desktop_app.ui.dates import day_text
from desktop_app.ui.dialogs.removal import ask_removal_reason
from desktop_app.ui.feedback import error_text, show_error
from desktop_app.ui.models.activities_table_model import ActivitiesTableModel
from desktop_app.ui.models.registrations_table_model import RegistrationsTableModel
from desktop_app.ui.ops import Ops
from desktop_app.ui.theme_colors import tone
from desktop_app.ui.widgets.row_table import row_table


class CoursesPage(QWidget):
    def __init__(self, session: Session, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.ops = ops
        self.types: list[CourseType] = []
        self.colleagues: tuple = ()
        self._windows: list[QWidget] = []
        self._all_occasions: list[Activity] = []
        self._all_groups: list[Activity] = []
        heading = QLabel(self.tr("Grupper och kurser"))
        font = QFont()
        font.setPointSize(18)
        font.setBold(True)
        heading.setFont(font)

        self.occasions = ActivitiesTableModel(parent=self)
        self.occasions_table = row_table(self.occasions, "occasionsTable")
        self.occasions_table.doubleClicked.connect(
            lambda i: self.open_activity(self.occasions.activity_at(i.row()))
        )
        new_occasion = QPushButton(self.tr("Nytt kurstillfälle…"))
        new_occasion.setObjectName("newOccasion")
        new_occasion.clicked.connect(lambda: self.new_occasion())
        open_occasion = QPushButton(self.tr("Öppna"))
        open_occasion.clicked.connect(
            lambda: self.open_activity(self._selected(self.occasions_table, self.occasions))
        )
        self.occasion_filter = self._when_filter("occasionFilter")
        occasions_tab = self._tab(
            self.occasions_table, self.occasion_filter, open_occasion, new_occasion
        )

        self.interest_type = QComboBox()
        self.interest_type.setObjectName("interestType")
        self.interest_model = RegistrationsTableModel(
            {m.code: m.short_name for m in municipalities()}, self
        )
        self.interest_table = row_table(self.interest_model, "interestTable")
        self.interest_state = QLabel()
        self.interest_state.setObjectName("interestState")
        add_interest = QPushButton(self.tr("Anmäl intresse…"))
        add_interest.clicked.connect(self.add_interest)
        self.create_from_interest = QPushButton(self.tr("Skapa kurstillfälle och bjud in…"))
        self.create_from_interest.setObjectName("createFromInterest")
        self.create_from_interest.clicked.connect(self.occasion_from_interest)
        interest_tab = QWidget()
        interest_layout = QVBoxLayout(interest_tab)
        interest_layout.addWidget(self.interest_type)
        interest_layout.addWidget(self.interest_table, 1)
        interest_layout.addWidget(self.interest_state)
        self.remove_interest_button = QPushButton(self.tr("Ta bort från listan…"))
        self.remove_interest_button.setObjectName("removeInterest")
        self.remove_interest_button.clicked.connect(self.remove_interest)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.remove_interest_button)
        row.addWidget(add_interest)
        row.addWidget(self.create_from_interest)
        interest_layout.addLayout(row)
        self.interest_type.currentIndexChanged.connect(lambda _: self.load_interest())

        self.groups = ActivitiesTableModel(parent=self)
        self.groups_table = row_table(self.groups, "groupsTable")
        self.groups_table.doubleClicked.connect(
            lambda i: self.open_activity(self.groups.activity_at(i.row()))
        )
        new_group = QPushButton(self.tr("Ny samtalsgrupp…"))
        new_group.setObjectName("newGroup")
        new_group.clicked.connect(self.new_group)
        open_group = QPushButton(self.tr("Öppna"))
        open_group.clicked.connect(
            lambda: self.open_activity(self._selected(self.groups_table, self.groups))
        )
        self.group_filter = self._when_filter("groupFilter")
        groups_tab = self._tab(self.groups_table, self.group_filter, open_group, new_group)

        self.calendar = CalendarView(session, ops)
        self.calendar.open_requested.connect(
            lambda activity_id: self.ops.run(
                self,
                lambda: session.courses.get(activity_id),
                self.open_activity,
                lambda e: show_error(self, e),
            )
        )
        self.types_view = QTextBrowser()
        self.types_view.setObjectName("courseTypes")
        new_type = QPushButton(self.tr("Ny kurstyp…"))
        new_type.clicked.connect(self.new_type)
        types_tab = QWidget()
        types_layout = QVBoxLayout(types_tab)
        types_layout.addWidget(self.types_view, 1)
        # The type chosen here is corrected, retired or removed (never used).
        self.type_choice = QComboBox()
        self.type_choice.setObjectName("typeChoice")
        self.edit_type_button = QPushButton(self.tr("Ändra…"))
        self.edit_type_button.setObjectName("editType")
        self.edit_type_button.clicked.connect(self.edit_type)
        self.retire_type_button = QPushButton(self.tr("Avveckla / ta tillbaka"))
        self.retire_type_button.setObjectName("retireType")
        self.retire_type_button.clicked.connect(self.retire_type)
        self.delete_type_button = QPushButton(self.tr("Ta bort…"))
        self.delete_type_button.setObjectName("deleteType")
        self.delete_type_button.clicked.connect(self.delete_type)
        types_row = QHBoxLayout()
        types_row.addWidget(self.type_choice, 1)
        for button in (self.edit_type_button, self.retire_type_button, self.delete_type_button):
            types_row.addWidget(button)
        types_row.addWidget(new_type)
        types_layout.addLayout(types_row)
        self.tabs = QTabWidget()
        self.tabs.addTab(occasions_tab, self.tr("Kurstillfällen"))
        self.tabs.addTab(interest_tab, self.tr("Intresselistor"))
        self.tabs.addTab(groups_tab, self.tr("Samtalsgrupper"))
        self.tabs.addTab(self.calendar, self.tr("Kalender"))
        self.tabs.addTab(types_tab, self.tr("Kurstyper"))
        self.message = QLabel(wordWrap=True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.addWidget(heading)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)

    def _when_filter(self, name: str) -> QComboBox:
        """Coming and ongoing (the default), past and cancelled, or all."""
        combo = QComboBox()
        combo.setObjectName(name)
        combo.addItem(self.tr("Kommande och pågående"), "coming")
        combo.addItem(self.tr("Avslutade och inställda"), "past")
        combo.addItem(self.tr("Alla"), "all")
        combo.currentIndexChanged.connect(lambda _: self._show_activities())
        return combo

    @staticmethod
    def _tab(table: QTableView, when: QComboBox, *buttons: QPushButton) -> QWidget:
        """A list of occasions or groups: sortable by any column, filtered by time."""
        table.setSortingEnabled(True)
        table.sortByColumn(2, Qt.SortOrder.AscendingOrder)  # the first meeting
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(table, 1)
        row = QHBoxLayout()
        row.addWidget(QLabel(QCoreApplication.translate("CoursesPage", "Visa:")))
        row.addWidget(when)
        row.addStretch(1)
        for button in buttons:
            row.addWidget(button)
        layout.addLayout(row)
        return tab

    def _show_activities(self) -> None:
        now = datetime.now()

        def shown(activity: Activity, when: str) -> bool:
            past = activity.cancelled_on is not None or (
                activity.last_meeting is not None and activity.last_meeting < now
            )
            return when == "all" or (when == "past") == past

        for model, combo, rows in (
            (self.occasions, self.occasion_filter, self._all_occasions),
            (self.groups, self.group_filter, self._all_groups),
        ):
            model.set_rows([a for a in rows if shown(a, combo.currentData())])

    @staticmethod
    def _selected(table: QTableView, model: ActivitiesTableModel):
        rows = table.selectionModel().selectedRows()
        return model.activity_at(rows[0].row()) if rows else None

    # -- loading ----------------------------------------------------------------------
    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> None:
        session = self.session

        def load():
            return (
                session.courses.types(),
                tuple(session.users.colleagues()),
                session.courses.activities(ActivityKind.COURSE),
                session.courses.activities(ActivityKind.GROUP),
            )

        self.ops.run(self, load, self._loaded, lambda e: show_error(self, e))
        self.calendar.reload()

    def _loaded(self, result) -> None:
        self.types, self.colleagues, occasions, groups = result
        names = {t.id: t.name for t in self.types}
        self.occasions.type_names = names
        self._all_occasions, self._all_groups = occasions, groups
        self.types_view.setHtml("".join(self._type_html(t) for t in self.types))
        self._show_activities()
        chosen = self.type_choice.currentData()
        self.type_choice.clear()
        for t in self.types:
            self.type_choice.addItem(t.name, t.id)
        self.type_choice.setCurrentIndex(max(self.type_choice.findData(chosen), 0))
        current = self.interest_type.currentData()
        self.interest_type.blockSignals(True)
        self.interest_type.clear()
        for t in self.types:
            self.interest_type.addItem(t.name, t.id)
        self.interest_type.setCurrentIndex(max(self.interest_type.findData(current), 0))
        self.interest_type.blockSignals(False)
        self.load_interest()

    def load_interest(self) -> None:
        type_id = self.interest_type.currentData()
        if type_id is None:
            return
        registrations = self.session.registrations
        course_type = next(t for t in self.types if t.id == type_id)

        def loaded(rows) -> None:
            self.interest_model.set_rows(rows)
            reached = len(rows) >= course_type.minimum
            text = (
                self.tr("%1 intresserade, minst %2 behövs för att starta.")
                .replace("%1", str(len(rows)))
                .replace("%2", str(course_type.minimum))
            )
            if reached:
                text += " " + self.tr(
                    "Minsta antalet är nått – skapa ett kurstillfälle och bjud in dem."
                )
            self.interest_state.setText(text)
            self.interest_state.setStyleSheet(
                tone("success") + " font-weight: bold;" if reached else ""
            )
            self.create_from_interest.setEnabled(bool(rows))

        self.ops.run(
            self, lambda: registrations.interest(type_id), loaded, lambda e: show_error(self, e)
        )

    def remove_interest(self) -> None:
        rows = self.interest_table.selectionModel().selectedRows()
        registration = self.interest_model.registration_at(rows[0].row()) if rows else None
        if registration is None:
            return
        who = registration.participant.draft.name or registration.participant.code
        reason = ask_removal_reason(
            self, self.tr("Ta bort %1 från intresselistan?").replace("%1", who)
        )
        if reason is None:
            return
        registrations = self.session.registrations
        self.ops.run(
            self,
            lambda: registrations.remove_interest(registration.id, reason),
            lambda _: self.load_interest(),
            lambda e: show_error(self, e),
        )

    def clear_sensitive(self) -> None:
        for window in list(self._windows):
            window.close_without_asking()
        self._windows.clear()
        self._all_occasions, self._all_groups = [], []
        self.occasions.set_rows([])
        self.groups.set_rows([])
        self.interest_model.set_rows([])
        self.calendar.clear_sensitive()

    # -- actions ----------------------------------------------------------------------
    def open_activity(self, activity) -> None:
        """The course's or group's own window, beside the main window and any other
        course window (not modal); an activity already open is brought to the front."""
        if activity is None:
            return None
        for window in self._windows:
            if window.activity_id == activity.id:
                window.raise_()
                window.activateWindow()
                return window
        dialog = ActivityDialog(self.session, self.ops, activity.id, self)
        dialog.changed.connect(self.refresh)
        self._windows.append(dialog)
        dialog.finished.connect(
            lambda _=0, d=dialog: d in self._windows and self._windows.remove(d)
        )
        dialog.setWindowModality(Qt.WindowModality.NonModal)
        dialog.show()
        return dialog

    def new_occasion(self, from_interest: CourseType | None = None) -> OccasionDialog | None:
        if not self.types:
            return None
        dialog = OccasionDialog(
            self.session,
            self.ops,
            self.types,
            self.colleagues,
            from_interest=from_interest,
            parent=self,
        )
        dialog.saved.connect(lambda activity: (self.refresh(), self.open_activity(activity)))
        dialog.open()
        return dialog

    def occasion_from_interest(self) -> None:
        type_id = self.interest_type.currentData()
        course_type = next((t for t in self.types if t.id == type_id), None)
        if course_type is not None:
            self.new_occasion(course_type)

    def add_interest(self) -> None:
        type_id = self.interest_type.currentData()
        if type_id is None:
            return
        dialog = ParticipantDialog(self.session, self.ops, municipalities(), (), self)
        registrations = self.session.registrations
        dialog.chosen.connect(
            lambda p: self.ops.run(
                self,
                lambda: registrations.express_interest(type_id, p.id),
                lambda _: self.load_interest(),
                lambda e: self.message.setText(error_text(e)),
            )
        )
        dialog.open()

    def _type_html(self, t: CourseType) -> str:
        """One course type as the Kurstyper tab shows it (its texts escaped)."""
        text = f"<p><b>{escape(t.name)}</b>"
        if t.retired_on:
            text += " (" + self.tr("avvecklad %1").replace("%1", day_text(t.retired_on)) + ")"
        meetings = self.tr("%n träffar", "", t.meeting_count)
        text += "<br>" + (
            self.tr("%1 à %2 min, %3 platser, minst %4 för att starta")
            .replace("%1", meetings)
            .replace("%2", str(t.meeting_minutes))
            .replace("%3", str(t.capacity))
            .replace("%4", str(t.minimum))
        )
        if t.weekday is not None or t.starts is not None:
            when = [QLocale().dayName(t.weekday + 1)] if t.weekday is not None else []
            when += [f"{t.starts:%H.%M}"] if t.starts is not None else []
            text += "<br>" + self.tr("Brukar vara: %1").replace("%1", " ".join(when))
        if t.description:
            text += "<br>" + escape(t.description)
        if t.statements:
            text += "<br><i>" + escape(" · ".join(t.statements)) + "</i>"
        return text + "</p>"

    def _chosen_type(self) -> CourseType | None:
        type_id = self.type_choice.currentData()
        return next((t for t in self.types if t.id == type_id), None)

    def edit_type(self) -> None:
        course_type = self._chosen_type()
        if course_type is None:
            return
        dialog = CourseTypeDialog(self.session, self.ops, self, course_type=course_type)
        dialog.saved.connect(lambda _: self.refresh())
        dialog.open()

    def retire_type(self) -> None:
        course_type = self._chosen_type()
        if course_type is None:
            return
        courses, retire = self.session.courses, course_type.retired_on is None
        self.ops.run(
            self,
            lambda: courses.retire_type(course_type.id, retire),
            lambda _: self.refresh(),
            lambda e: show_error(self, e),
        )

    def delete_type(self) -> None:
        course_type = self._chosen_type()
        if course_type is None:
            return
        reason = ask_removal_reason(
            self, self.tr("Ta bort kurstypen %1?").replace("%1", course_type.name)
        )
        if reason is None:
            return
        courses = self.session.courses
        self.ops.run(
            self,
            lambda: courses.delete_type(course_type.id, reason),
            lambda _: self.refresh(),
            lambda e: self.message.setText(error_text(e)),
        )

    def new_type(self) -> None:
        dialog = CourseTypeDialog(self.session, self.ops, self)
        dialog.saved.connect(lambda _: self.refresh())
        dialog.open()

    def new_group(self) -> None:
        dialog = GroupDialog(self.session, self.ops, self.colleagues, self)
        dialog.saved.connect(lambda activity: (self.refresh(), self.open_activity(activity)))
        dialog.open()
