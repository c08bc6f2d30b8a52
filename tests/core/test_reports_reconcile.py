"""Figures must agree: on random registered work, every report of the same period gives
the same counts. The client report's clients and relatives are the per-municipality
report's sums; its contacts plus the unregistered ones are the key figures' Rådgivning
och samtal and the municipality report's Samtal column; Unika klienter counts each
client, relative and couple case once."""

from __future__ import annotations

from datetime import datetime

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.core.domain import periods
from desktop_app.core.domain.client_enums import TargetGroup
from desktop_app.core.domain.clients import ClientDraft
from desktop_app.core.domain.contact_enums import ContactForm, ContactKind
from desktop_app.core.domain.contacts import ContactDraft
from desktop_app.core.domain.measures import KeyFigureRow, Measure

YEAR = 2025
CODES = ("0180", "0127", "1280", None)  # Stockholm, Botkyrka, Malmö, not known
client = st.tuples(
    st.sampled_from(CODES),
    st.booleans(),  # a relative
    st.lists(st.integers(1, 12), max_size=4),  # months with a contact
)
work = st.tuples(
    st.lists(client, max_size=8),
    st.lists(st.tuples(st.integers(1, 12), st.sampled_from(CODES)), max_size=5),  # unregistered
)


@settings(
    max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(work=work)
def test_every_report_of_a_period_agrees(vault, work):
    s = vault.session
    db = s.vault.db
    for table in ("contacts", "clients_fts", "clients"):  # each example starts empty
        db.execute(f"DELETE FROM {table}")
    people, unregistered = work

    def contact(month: int, client_id=None, municipality=None) -> ContactDraft:
        return ContactDraft(
            datetime(YEAR, month, 10, 10),
            ContactForm.PHONE,
            ContactKind.ADVICE,
            30,
            s.user.id,
            client_id=client_id,
            municipality=municipality,
        )

    for code, relative, months in people:
        group = TargetGroup.RELATIVE if relative else TargetGroup.BUYER
        made = s.clients.create(ClientDraft(municipality=code or "unknown", target_group=group))
        for month in months:
            s.contacts.register(contact(month, made.id))
    for month, code in unregistered:
        s.contacts.register_unregistered(contact(month, municipality=code))

    year = periods.year(YEAR)
    rows = (KeyFigureRow(Measure.COUNSELLING, "R"), KeyFigureRow(Measure.UNIQUE_CLIENTS, "U"))
    figures = {line.row.measure: line.total for line in s.statistics.key_figures(year, rows).lines}
    clients = s.statistics.clients(year)
    places = s.statistics.municipalities(year)
    assert sum(line.clients for line in places.lines) == clients.clients
    assert sum(line.relatives for line in places.lines) == clients.relatives
    assert sum(line.contacts for line in places.lines) == figures[Measure.COUNSELLING]
    assert clients.contacts + clients.unregistered_contacts == figures[Measure.COUNSELLING]
    assert figures[Measure.UNIQUE_CLIENTS] == clients.clients + clients.relatives + clients.couples
    assert sum(clients.by_municipality.values()) == clients.clients
    assert clients.new + clients.continuing == clients.clients
