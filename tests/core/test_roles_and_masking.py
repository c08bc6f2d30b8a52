"""Roles and masking on the demo register: a course leader sees participants but no
journals; the statistics role sees numbers but no names or client codes."""

from datetime import date

import pytest

from desktop_app.core.domain import periods
from desktop_app.core.domain.client_query import ClientQuery, StatusFilter
from desktop_app.core.domain.courses import ActivityKind
from desktop_app.core.domain.measures import Measure
from desktop_app.core.errors import PermissionDeniedError
from desktop_app.demo.generator import DEMO_ACCOUNTS, DemoSpec, build_demo
from desktop_app.session import Gatekeeper

ALL = ClientQuery(status=StatusFilter.ALL)


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    build_demo(path, DemoSpec(seed=7, clients=40, years=1, contacts=200))
    accounts = {a.role.value: a for a in DEMO_ACCOUNTS}
    admin = Gatekeeper(path).login("admin", accounts["administrator"].password)
    try:
        clients = admin.clients.page(ALL, limit=1000)
        names = {c.draft.name for c in clients if c.draft.name}
        codes = {c.code for c in clients}
        client_id = clients[0].id
    finally:
        admin.close()
    return path, accounts, names, codes, client_id


def _login(demo, role):
    path, accounts, *_ = demo
    account = accounts[role]
    return Gatekeeper(path).login(account.username, account.password)


def test_course_leader_sees_participants_but_no_journals(demo):
    _, _, names, _, client_id = demo
    session = _login(demo, "course_leader")
    try:
        courses = session.courses.activities(ActivityKind.COURSE)
        registrations = [r for a in courses for r in session.registrations.registrations(a.id)]
        assert any(r.participant.draft.name for r in registrations)  # names for the list
        for refused in (
            lambda: session.journal.notes(client_id),
            lambda: session.clients.get(client_id),
            lambda: session.clients.page(ALL),
            lambda: session.register_extracts.extract(client_id),
            lambda: session.audit.search(None),
        ):
            with pytest.raises(PermissionDeniedError):
                refused()
    finally:
        session.close()


def test_statistics_role_sees_numbers_and_no_names(demo):
    _, _, names, codes, client_id = demo
    assert names and codes
    session = _login(demo, "statistics")
    year = periods.year(date.today().year)
    try:
        outputs = [
            session.statistics.key_figures(year),
            session.statistics.clients(year),
        ]
        text = repr(outputs)
        assert not [n for n in names if n in text]
        assert not [c for c in codes if c in text]
        for refused in (
            lambda: session.clients.page(ALL),
            lambda: session.journal.notes(client_id),
            lambda: session.registrations.registrations(1),
            lambda: session.statistics.records(Measure.COUNSELLING, year),
            # The yearly report's client sections stay with the client roles.
            lambda: session.reports.access(year),
            lambda: session.reports.outcomes(year),
        ):
            with pytest.raises(PermissionDeniedError):
                refused()
    finally:
        session.close()
