"""UI layer: a new course occasion (or one from an interest list): type, name, room,
places, leaders, guest speakers and every meeting, including a later reunion."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from PySide6.QtCore import QDateTime, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.domain.courses import (
    Activity,
    ActivityDraft,
    ActivityKind,
    CourseType,
    MeetingDraft,
)
from desktop_app.core.domain.users import User
from desktop_app.session import Session
from desktop_app.ui.courses.clash_warning import save_unless_declined
from desktop_app.ui.dialogs.form_dialog import FormDialog
from desktop_app.ui.ops import Ops
from desktop_app.ui.widgets.choices import OptionalDateEdit
from desktop_app.ui.widgets.leaders_list import LeadersList


class MeetingRow(QWidget):
    """One meeting: start date and time, end time, and whether it is the reunion."""

    removed = Signal(object)
    moved = Signal(object)  # this row, its start changed by the user

    def __init__(self, start: datetime, minutes: int, reunion: bool = False) -> None:
        super().__init__()
        self.follows = True  # set by the program: moves along when the first meeting moves
        self.start = QDateTimeEdit(QDateTime(start), calendarPopup=True)
        self.start.setDisplayFormat("ddd yyyy-MM-dd HH:mm")  # the weekday beside the date
        end = start + timedelta(minutes=minutes)
        self.end = QTimeEdit(QTime(end.hour, end.minute))
        self.end.setDisplayFormat("HH:mm")
        self.reunion = QCheckBox(self.tr("återträff"))
        self.reunion.setChecked(reunion)
        remove = QPushButton(self.tr("Ta bort"))
        remove.clicked.connect(lambda: self.removed.emit(self))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.start, 2)
        layout.addWidget(QLabel("–"))
        layout.addWidget(self.end, 1)
        layout.addWidget(self.reunion)
        layout.addWidget(remove)
        self.start.dateTimeChanged.connect(lambda _: self._moved())

    def _moved(self) -> None:
        self.follows = False
        self.moved.emit(self)

    def set_start(self, start: datetime) -> None:
        """Moved by the program (following the first meeting): still follows; the end
        time keeps the meeting's length."""
        length = self.draft("").ends_at - self.draft("").starts_at
        self.start.blockSignals(True)
        self.start.setDateTime(QDateTime(start))
        self.start.blockSignals(False)
        end = start + length
        self.end.setTime(QTime(end.hour, end.minute))

    def draft(self, venue: str) -> MeetingDraft:
        start: datetime = self.start.dateTime().toPython().replace(second=0, microsecond=0)
        end_time = self.end.time().toPython()
        return MeetingDraft(
            start,
            start.replace(hour=end_time.hour, minute=end_time.minute),
            venue,
            self.reunion.isChecked(),
        )


class OccasionDialog(FormDialog):
    saved = Signal(object)  # Activity

    def __init__(
        self,
        session: Session,
        ops: Ops,
        types: list[CourseType],
        colleagues: tuple[User, ...],
        *,
        from_interest: CourseType | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ops, parent)
        self.session = session
        self.types = types
        self.from_interest = from_interest
        self.setWindowTitle(self.tr("Nytt kurstillfälle"))
        self.type = QComboBox()
        self.type.setObjectName("courseType")
        for t in types:
            if t.retired_on is None:  # no new courses of a retired type
                self.type.addItem(t.name, t.id)
        self.name = QLineEdit()
        self.name.setObjectName("occasionName")
        self.venue = QLineEdit(placeholderText=self.tr("t.ex. hyrd lokal, adress"))
        self.capacity = QSpinBox(minimum=1, maximum=500)
        self.capacity.setObjectName("capacity")
        self.minimum = QSpinBox(minimum=1, maximum=500)
        self.deadline = OptionalDateEdit()
        self.guests = QLineEdit(
            placeholderText=self.tr(
                "Namn eller roll, t.ex. \u201dföreläsare med egen erfarenhet\u201d"
            )
        )
        self.leaders = LeadersList(colleagues, (session.user.id,))
        self.meeting_rows: list[MeetingRow] = []
        self.meetings_box = QVBoxLayout()
        add = QPushButton(self.tr("Lägg till träff"))
        add.clicked.connect(lambda: self.add_meeting(False))
        add_reunion = QPushButton(self.tr("Lägg till återträff"))
        add_reunion.clicked.connect(lambda: self.add_meeting(True))
        form = QFormLayout()
        form.addRow(self.tr("Kurstyp:"), self.type)
        form.addRow(self.tr("Namn:"), self.name)
        form.addRow(self.tr("Lokal:"), self.venue)
        form.addRow(self.tr("Antal platser:"), self.capacity)
        form.addRow(self.tr("Minsta antal för att starta:"), self.minimum)
        form.addRow(self.tr("Sista anmälningsdag:"), self.deadline)
        form.addRow(self.tr("Kursledare:"), self.leaders)
        form.addRow(self.tr("Gästföreläsare:"), self.guests)
        buttons_row = QHBoxLayout()
        buttons_row.addWidget(add)
        buttons_row.addWidget(add_reunion)
        buttons_row.addStretch(1)
        self.finish_layout(
            form, QLabel("<b>" + self.tr("Träffar") + "</b>"), self.meetings_box, buttons_row
        )
        self.field_widgets = {"activity_name": self.name, "venue": self.venue}
        self.setMinimumWidth(620)
        self.type.currentIndexChanged.connect(self._type_chosen)
        if from_interest is not None:
            self.type.setCurrentIndex(max(self.type.findData(from_interest.id), 0))
            self.type.setEnabled(False)
        self._type_chosen()

    def _course_type(self) -> CourseType:
        return next(t for t in self.types if t.id == self.type.currentData())

    def _type_chosen(self) -> None:
        t = self._course_type()
        self.name.setText(t.name)
        self.venue.setText(t.default_venue)
        self.capacity.setValue(t.capacity)
        self.minimum.setValue(t.minimum)
        for row in list(self.meeting_rows):
            self._remove(row)
        first = first_meeting(t, datetime.now())
        for n in range(t.meeting_count):
            self.add_meeting(False, first + timedelta(days=7 * n))

    def _row_moved(self, row: MeetingRow) -> None:
        """The first meeting moved: the later ones not set by hand follow, a week apart
        (the reunion two months after the last)."""
        if not self.meeting_rows or row is not self.meeting_rows[0]:
            return
        first = row.draft("").starts_at
        last = first
        for n, later in enumerate(self.meeting_rows[1:], start=1):
            reunion = later.reunion.isChecked()
            start = last + timedelta(days=60) if reunion else first + timedelta(days=7 * n)
            if later.follows:
                later.set_start(start)
            last = later.draft("").starts_at

    def add_meeting(self, reunion: bool, start: datetime | None = None) -> MeetingRow:
        t = self._course_type()
        if start is None:
            last = max((r.draft("").starts_at for r in self.meeting_rows), default=datetime.now())
            start = last + timedelta(days=60 if reunion else 7)
        row = MeetingRow(start, t.meeting_minutes, reunion)
        row.removed.connect(self._remove)
        row.moved.connect(self._row_moved)
        self.meeting_rows.append(row)
        self.meetings_box.addWidget(row)
        return row

    def _remove(self, row: MeetingRow) -> None:
        self.meeting_rows.remove(row)
        row.setParent(None)
        row.deleteLater()

    def draft(self) -> tuple[ActivityDraft, list[MeetingDraft]]:
        leaders = self.leaders.chosen()
        draft = ActivityDraft(
            kind=ActivityKind.COURSE,
            name=self.name.text(),
            venue=self.venue.text(),
            type_id=self.type.currentData(),
            capacity=self.capacity.value(),
            minimum=self.minimum.value(),
            deadline=self.deadline.value(),
            guests=self.guests.text(),
            leaders=leaders,
        )
        return draft, [r.draft(self.venue.text()) for r in self.meeting_rows]

    def submit(self) -> None:
        draft, meetings = self.draft()
        courses = self.session.courses
        if self.from_interest is not None:
            type_id, reg = self.from_interest.id, self.session.registrations
            call = lambda: reg.create_from_interest(type_id, draft, meetings)  # noqa: E731
        else:
            call = lambda: courses.create_occasion(draft, meetings)  # noqa: E731
        save_unless_declined(
            self,
            lambda: courses.clashes(meetings, draft.leaders),
            lambda: self.save(call, self._saved),
        )

    def _saved(self, activity: Activity) -> None:
        self.accept()
        self.saved.emit(activity)


def first_meeting(course_type: CourseType, now: datetime) -> datetime:
    """A new occasion's first meeting: two weeks ahead at the earliest, on the type's
    usual weekday and at its usual time (09.00 when it has none)."""
    starts = course_type.starts or time(9, 0)
    day = (now + timedelta(days=14)).date()
    if course_type.weekday is not None:
        day += timedelta(days=(course_type.weekday - day.weekday()) % 7)
    return datetime.combine(day, starts)
