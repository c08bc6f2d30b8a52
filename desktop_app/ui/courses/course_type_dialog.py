"""UI layer: a course type kept by the unit, with its before/after statements."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QLocale, QTime, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTimeEdit,
    QWidget,
)

from desktop_app.core.domain.client_enums import TargetGroup
from desktop_app.core.domain.courses import CourseType
from desktop_app.core.domain.ids import CourseTypeId
from desktop_app.session import Session
from desktop_app.ui.dialogs.form_dialog import FormDialog
from desktop_app.ui.ops import Ops
from desktop_app.ui.widgets.choices import EnumCombo


class CourseTypeDialog(FormDialog):
    saved = Signal(object)  # CourseType

    def __init__(
        self,
        session: Session,
        ops: Ops,
        parent: QWidget | None = None,
        course_type: CourseType | None = None,
    ) -> None:
        super().__init__(ops, parent)
        self.session = session
        self.existing = course_type  # set: correcting this type
        self.setWindowTitle(
            self.tr("Ny kurstyp")
            if course_type is None
            else self.tr("Ändra kurstyp %1").replace("%1", course_type.name)
        )
        self.name = QLineEdit()
        self.name.setObjectName("typeName")
        self.minutes = QSpinBox(minimum=15, maximum=960, value=120, suffix=self.tr(" min"))
        self.count = QSpinBox(minimum=1, maximum=50, value=1)
        self.capacity = QSpinBox(minimum=1, maximum=500, value=12)
        self.minimum = QSpinBox(minimum=1, maximum=500, value=4)
        self.target_group = EnumCombo(TargetGroup, empty=self.tr("ej angivet"))
        self.venue = QLineEdit()
        self.weekday = QComboBox()
        self.weekday.setObjectName("typeWeekday")
        self.weekday.addItem(self.tr("ingen fast dag"), None)
        for day in range(7):
            self.weekday.addItem(QLocale().dayName(day + 1), day)
        self.starts = QTimeEdit(QTime(9, 0))
        self.starts.setObjectName("typeStarts")
        self.starts.setDisplayFormat("HH:mm")
        self.description = QPlainTextEdit()
        self.description.setObjectName("typeDescription")
        self.description.setPlaceholderText(
            self.tr("Vad kursen är och handlar om: skrivs ut på intygen")
        )
        self.description.setMaximumHeight(80)
        self.statements = QPlainTextEdit()
        self.statements.setPlaceholderText(self.tr("Ett påstående per rad (skala 1–5), valfritt"))
        form = QFormLayout()
        form.addRow(self.tr("Namn:"), self.name)
        form.addRow(self.tr("Längd per träff:"), self.minutes)
        form.addRow(self.tr("Antal träffar:"), self.count)
        form.addRow(self.tr("Antal platser:"), self.capacity)
        form.addRow(self.tr("Minsta antal för att starta:"), self.minimum)
        form.addRow(self.tr("Målgrupp:"), self.target_group)
        form.addRow(self.tr("Lokal:"), self.venue)
        form.addRow(self.tr("Vanlig veckodag:"), self.weekday)
        form.addRow(self.tr("Börjar klockan:"), self.starts)
        form.addRow(self.tr("Beskrivning:"), self.description)
        form.addRow(self.tr("Enkät före och efter:"), self.statements)
        self.finish_layout(form)
        self.field_widgets = {"type_name": self.name, "capacity": self.capacity}
        self.setMinimumWidth(480)
        if course_type is not None:
            t = course_type
            self.name.setText(t.name)
            self.minutes.setValue(t.meeting_minutes)
            self.count.setValue(t.meeting_count)
            self.capacity.setValue(t.capacity)
            self.minimum.setValue(t.minimum)
            self.target_group.set_value(t.target_group)
            self.venue.setText(t.default_venue)
            self.weekday.setCurrentIndex(max(self.weekday.findData(t.weekday), 0))
            if t.starts is not None:
                self.starts.setTime(QTime(t.starts.hour, t.starts.minute))
            self.description.setPlainText(t.description)
            # Answers refer to the statements: they stay as they are.
            self.statements.setPlainText("\n".join(t.statements))
            self.statements.setReadOnly(True)

    def submit(self) -> None:
        course_type = CourseType(
            CourseTypeId(0),
            self.name.text(),
            self.minutes.value(),
            self.count.value(),
            self.capacity.value(),
            self.minimum.value(),
            self.target_group.value(),
            self.venue.text().strip(),
            tuple(self.statements.toPlainText().splitlines()),
            description=self.description.toPlainText(),
            weekday=self.weekday.currentData(),
            starts=self.starts.time().toPython(),
        )
        courses = self.session.courses
        if self.existing is not None:
            fixed = replace(course_type, id=self.existing.id)
            self.save(lambda: courses.update_type(fixed), self._saved)
            return
        self.save(lambda: courses.create_type(course_type), self._saved)

    def _saved(self, course_type: CourseType) -> None:
        self.accept()
        self.saved.emit(course_type)
