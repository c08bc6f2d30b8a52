"""Bad input everywhere (hypothesis): random text, dates and numbers into the services
and the importer. Only the program's own errors may come out, and a call that fails
leaves every table exactly as it was (nothing half-saved)."""

import csv
from datetime import date, datetime

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.core.domain.client_enums import Gender, TargetGroup
from desktop_app.core.domain.clients import ClientDraft
from desktop_app.core.domain.contact_enums import ContactForm, ContactKind
from desktop_app.core.domain.contacts import ContactDraft
from desktop_app.core.domain.unit_work import (
    Arena,
    ConsultationDraft,
    EducationDraft,
    EducationKind,
    OutreachDraft,
)
from desktop_app.core.errors import VagvalError
from desktop_app.core.imports.rows import KINDS, REQUIRED
from desktop_app.storage.backup import table_counts

FAST = settings(
    max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
text = st.text(max_size=300)
numbers = st.integers(min_value=-(2**63), max_value=2**63 - 1)
days = st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31))
moments = st.datetimes(min_value=datetime(1, 1, 1), max_value=datetime(9999, 12, 31))


def _only_own_errors(session, call):
    """Run ``call``; a failure must be ours and must leave every table unchanged."""
    before = table_counts(session.vault.db.conn)
    try:
        call()
    except VagvalError:
        assert table_counts(session.vault.db.conn) == before
    assert session.vault.db.execute("PRAGMA foreign_key_check").fetchall() == []


@FAST
@given(
    name=text,
    personal_id=text,
    birth_year=st.none() | numbers,
    municipality=text,
    district=text,
    requested=st.none() | days,
    offered=st.none() | days,
    anonymous=st.booleans(),
)
def test_client_register(
    vault, name, personal_id, birth_year, municipality, district, requested, offered, anonymous
):
    draft = ClientDraft(
        anonymous=anonymous,
        name=name,
        personal_id=personal_id,
        birth_year=birth_year,
        gender=Gender.MAN,
        municipality=municipality,
        district=district,
        target_group=TargetGroup.BUYER,
        requested_on=requested,
        first_offered_on=offered,
    )
    _only_own_errors(vault.session, lambda: vault.session.clients.create(draft))


@FAST
@given(at=moments, minutes=numbers, note=text, municipality=st.none() | text, title=text, body=text)
def test_contacts_and_journal(vault, at, minutes, note, municipality, title, body):
    s = vault.session
    client = s.clients.create(ClientDraft(anonymous=True))
    draft = ContactDraft(
        at,
        ContactForm.PHONE,
        ContactKind.ADVICE,
        minutes,
        s.user.id,
        note=note,
        client_id=client.id,
    )
    _only_own_errors(s, lambda: s.contacts.register(draft))
    loose = ContactDraft(
        at,
        ContactForm.SMS,
        ContactKind.SUPPORT,
        minutes,
        s.user.id,
        note=note,
        municipality=municipality,
        target_group=TargetGroup.RELATIVE,
    )
    _only_own_errors(s, lambda: s.contacts.register_unregistered(loose))
    _only_own_errors(s, lambda: s.journal.add(client.id, title, body))


@FAST
@given(
    day=days,
    counts=st.lists(numbers, min_size=8, max_size=8),
    note=text,
    words=text,
    municipality=text,
)
def test_outreach_education_consultations(vault, day, counts, note, words, municipality):
    s = vault.session
    contacts, new, women, men, others, mails, sms, replies = counts
    outreach = OutreachDraft(
        day, Arena.STREET, contacts, new, women, men, others, mails, sms, replies, note=note
    )
    _only_own_errors(s, lambda: s.work.record_outreach(outreach))
    education = EducationDraft(
        day, EducationKind.LECTURE, contacts, words, words, municipality, words
    )
    _only_own_errors(s, lambda: s.work.record_education(education))
    consultation = ConsultationDraft(day, words, municipality, ContactForm.PHONE, minutes=new)
    _only_own_errors(s, lambda: s.work.record_consultation(consultation))


cells = st.one_of(
    text, numbers.map(str), days.map(str), st.sampled_from(["", "gata", "telefon", "Malmö", "x;y"])
)


@FAST
@given(
    kind=st.sampled_from(KINDS),
    rows=st.lists(st.lists(cells, min_size=6, max_size=6), max_size=6),
    extra=text,
)
def test_importer(vault, tmp_path_factory, kind, rows, extra):
    s = vault.session
    header = list(REQUIRED[kind]) + ["personal", (extra or "x")[:20]]
    path = tmp_path_factory.mktemp("imp") / "fil.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, delimiter=";")
        writer.writerow(header)
        for row in rows:
            writer.writerow(row[: len(header)])
    _only_own_errors(s, lambda: s.imports.run(kind, path))
