"""What a user reads for bad input: the defects found by trying the program, each with its
own sentence (and no crash), and input no one should be able to save refused."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from desktop_app.core.client_query_helpers import client_by_code
from desktop_app.core.domain.clients import ClientDraft
from desktop_app.core.domain.contact_enums import ContactForm, ContactKind
from desktop_app.core.domain.contacts import ContactDraft
from desktop_app.core.domain.courses import ActivityDraft, ActivityKind, MeetingDraft
from desktop_app.core.domain.unit_work import Arena, OutreachDraft
from desktop_app.core.errors import NotFoundError, ValidationError
from desktop_app.messages import describe


def _refused(call) -> str:
    with pytest.raises((ValidationError, NotFoundError)) as info:
        call()
    return describe(info.value)


def test_a_contact_before_1900_or_an_outreach_day_before_2000_is_refused_in_words(vault):
    s = vault.session
    client = s.clients.create(ClientDraft())

    def talk(when):
        return ContactDraft(
            when, ContactForm.PHONE, ContactKind.ADVICE, 30, s.user.id, client_id=client.id
        )

    # Past work typed in afterwards: a unit's records from the 1990s are plausible.
    assert s.contacts.register(talk(datetime(1999, 12, 31, 10))).draft.at.year == 1999
    assert _refused(lambda: s.contacts.register(talk(datetime(1899, 12, 31, 10)))) == (
        "Datum och tid kan inte vara före 1900-01-01."
    )
    outreach = OutreachDraft(day=date(1999, 5, 1), arena=Arena.STREET, contacts=3)
    assert _refused(lambda: s.work.record_outreach(outreach)) == (
        "Datumet kan inte vara före 2000-01-01."
    )


def test_each_wrong_input_has_its_own_sentence(vault):
    s = vault.session
    texts = {
        _refused(lambda: s.clients.create(ClientDraft(personal_id="19900101-0018"))),
        _refused(lambda: s.clients.create(ClientDraft(municipality="Stockh"))),
        _refused(lambda: s.clients.create(ClientDraft(), code="")),
    }
    assert texts == {
        "Personnumret är inte giltigt: kontrollsiffran stämmer inte.",
        "Välj en kommun i listan (skriv början av namnet och välj bland förslagen).",
        "Klientkoden måste fyllas i och får vara högst 40 tecken.",
    }


def test_a_duplicate_or_mistyped_client_code_is_said_plainly(vault):
    s = vault.session
    s.clients.create(ClientDraft(), code="IMP-1")
    assert _refused(lambda: s.clients.create(ClientDraft(), code="IMP-1")) == (
        "Klientkoden IMP-1 finns redan."
    )
    assert _refused(lambda: client_by_code(s.clients, "K-2026-999")) == (
        "Ingen klient har koden K-2026-999."
    )


def test_one_personnummer_in_five_formats_is_one_number():
    from desktop_app.core.services.client_validation import normalize_personal_id

    forms = ["19850312-1231", "198503121231", "850312-1231", "8503121231", "19850312+1231"]
    assert {normalize_personal_id(f) for f in forms} == {"198503121231"}


@pytest.mark.parametrize(
    "draft, expected",
    [
        (ClientDraft(personal_id="١٩٨٥٠٣١٢١٢٣١"), "får bara innehålla siffror (0–9)"),
        (ClientDraft(personal_id="850312+1231"), "ger en ålder på 141 år"),
        (ClientDraft(name="Ca\u200brin Berg"), "osynliga tecken"),
        (ClientDraft(name="Anna \u202eBerg"), "osynliga tecken"),
        (ClientDraft(name="Anna\x00Berg"), "osynliga tecken"),
        (ClientDraft(district="x" * 10_000), "högst 80 tecken"),
    ],
)
def test_input_no_one_should_save_is_refused(vault, draft, expected):
    text = _refused(lambda: vault.session.clients.create(draft))
    assert expected in text
    assert vault.session.clients.page.__self__ is not None


def test_names_are_stored_in_nfc_so_a_search_finds_them(vault):
    s = vault.session
    s.clients.create(ClientDraft(name="A\u030asa Berg"))  # Å as A + combining ring
    from desktop_app.core.domain.client_query import ClientQuery, StatusFilter

    found = s.clients.page(ClientQuery(text="Åsa", status=StatusFilter.ALL))
    assert [c.draft.name for c in found] == ["Åsa Berg"]


@pytest.mark.parametrize("year", [1990, 2150])
def test_meetings_far_in_the_past_or_future_are_refused(vault, year):
    start = datetime(year, 3, 1, 18)
    draft = ActivityDraft(ActivityKind.COURSE, "Provkurs", capacity=10, type_id=None)
    text = _refused(
        lambda: vault.session.courses.create_occasion(
            draft, [MeetingDraft(start, start + timedelta(hours=2))]
        )
    )
    assert text.startswith("Datum och tid kan inte vara")


def test_a_venue_of_ten_thousand_characters_is_refused(vault):
    start = datetime.now().replace(microsecond=0) + timedelta(days=3)
    draft = ActivityDraft(ActivityKind.COURSE, "Provkurs", venue="x" * 10_000, capacity=10)
    text = _refused(
        lambda: vault.session.courses.create_occasion(
            draft, [MeetingDraft(start, start + timedelta(hours=2))]
        )
    )
    assert text == "Lokalen får vara högst 120 tecken."


@pytest.mark.parametrize(
    "save",
    [
        lambda s, t: s.journal.add(s.clients.create(ClientDraft()).id, t, "Text"),
        lambda s, t: s.work.record_outreach(
            OutreachDraft(day=date.today(), arena=Arena.STREET, contacts=1, note=t)
        ),
        lambda s, t: s.work.save_material(t, 10),
        lambda s, t: s.unit.set_unit_name(t),
        lambda s, t: s.surveys.create_survey(t, date.today().year, ["Påstående"], ("Ja", "Nej")),
    ],
    ids=["journal", "outreach note", "material", "unit name", "survey name"],
)
def test_every_service_refuses_hidden_characters(vault, save):
    text = _refused(lambda: save(vault.session, "Ca\u200brin \u202eBerg"))
    assert "osynliga tecken" in text
