"""Every table model in ui/models passes Qt's model tester with real rows from a
generated demo database (and empty)."""

from __future__ import annotations

import pkgutil
from datetime import date, timedelta

import pytest

import desktop_app.ui.models as models_package
from desktop_app.core.domain.client_query import ClientQuery
from desktop_app.core.domain.courses import ActivityKind
from desktop_app.demo.generator import DEMO_ACCOUNTS, DemoSpec, build_demo
from desktop_app.session import Gatekeeper
from desktop_app.ui.models.activities_table_model import ActivitiesTableModel
from desktop_app.ui.models.attendance_model import AttendanceModel
from desktop_app.ui.models.calendar_model import CalendarModel
from desktop_app.ui.models.clients_table_model import ClientsTableModel
from desktop_app.ui.models.contacts_table_model import ContactsTableModel
from desktop_app.ui.models.questionnaire_model import QuestionnaireModel
from desktop_app.ui.models.registrations_table_model import RegistrationsTableModel
from desktop_app.ui.models.rows_table_model import RowsTableModel
from desktop_app.ui.models.users_table_model import UsersTableModel


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    path = tmp_path_factory.mktemp("models") / "demo.db"
    build_demo(path, DemoSpec(clients=20, years=1, contacts=80))
    session = Gatekeeper(path).login("admin", DEMO_ACCOUNTS[0].password)
    yield session
    session.close()


def _filled(s):
    clients = s.clients.page(ClientQuery())
    courses = s.courses.activities(ActivityKind.COURSE)
    registrations = s.registrations.registrations(courses[0].id) if courses else []
    today = date.today()
    yield ClientsTableModel({}), lambda m: m.reset(len(clients) + 3, clients)
    yield ContactsTableModel(), lambda m: m.set_rows(s.contacts.for_client(clients[0].id))
    yield UsersTableModel(), lambda m: m.set_rows(s.users.list_users())
    yield ActivitiesTableModel({}), lambda m: m.set_rows(courses)
    yield RegistrationsTableModel({}), lambda m: m.set_rows(registrations)
    yield AttendanceModel(), lambda m: m.set_rows(registrations, {})
    course_type = s.courses.type(courses[0].draft.type_id) if courses else None
    statements = list(zip(course_type.statement_ids, course_type.statements, strict=True))
    answers = s.registrations.answers(courses[0].id)
    people = [r.participant for r in registrations]
    yield QuestionnaireModel(), lambda m: m.set_data(people, statements, answers)
    yield RowsTableModel(["A", "B"]), lambda m: m.set_rows([["1", "2"], ["3", "4"]])
    monday = today - timedelta(days=today.weekday())
    entries = s.courses.calendar(monday - timedelta(days=28), monday + timedelta(days=42))
    yield CalendarModel(), lambda m: m.set_period(monday - timedelta(days=28), 6, None, entries)


def test_every_model_is_tested():
    names = {m.name for m in pkgutil.iter_modules(models_package.__path__)}
    assert names - {"column_model"} == {
        "activities_table_model",
        "attendance_model",
        "calendar_model",
        "clients_table_model",
        "contacts_table_model",
        "questionnaire_model",
        "registrations_table_model",
        "rows_table_model",
        "users_table_model",
    }


def test_every_model_passes_the_model_tester(qtmodeltester, demo):
    checked = 0
    for model, fill in _filled(demo):
        qtmodeltester.check(model)  # empty
        fill(model)
        qtmodeltester.check(model)
        checked += 1
    assert checked == 9


def test_every_list_model_is_column_declared(demo):
    """One model declares its columns; only the calendar (a grid of days), the
    attendance grid (editable ticks) and the questionnaire grid (participants ×
    statements) have a shape of their own."""
    from desktop_app.ui.models.column_model import ColumnTableModel

    own_shape = (CalendarModel, AttendanceModel, QuestionnaireModel)
    for model, _ in _filled(demo):
        assert isinstance(model, (ColumnTableModel, *own_shape)), model


def test_every_column_title_is_translated(qapp, demo):
    """Column titles are found by Qt's extractor (a literal context), so English shows."""
    from PySide6.QtCore import Qt

    from desktop_app.ui.i18n import install_translators
    from desktop_app.ui.models.column_model import ColumnTableModel

    english = install_translators(qapp, "en")
    try:
        for model, _ in _filled(demo):
            if not isinstance(model, ColumnTableModel) or not model.translate_titles:
                continue
            shown = [
                model.headerData(i, Qt.Orientation.Horizontal) for i in range(model.columnCount())
            ]
            untranslated = [
                c.title for c, s in zip(model.columns, shown, strict=True) if c.title == s
            ]
            assert not untranslated or set(untranslated) <= {"Status", "Form"}, (
                type(model).__name__,
                untranslated,
            )
    finally:
        for translator in english:  # the rest of the suite reads Swedish
            qapp.removeTranslator(translator)
        install_translators(qapp, "sv")
