"""Past work entered afterwards: a 2018 case typed in today, with its 2018 contacts,
is closed on a 2018 date, counts as new in 2018 only and appears in 2018's outcomes."""

from datetime import date, datetime

import pytest

from desktop_app.core.domain.client_enums import CloseReason, FollowUpAnswer
from desktop_app.core.domain.clients import ClientDraft
from desktop_app.core.domain.contact_enums import ContactForm, ContactKind
from desktop_app.core.domain.contacts import ContactDraft
from desktop_app.core.domain.measures import Measure
from desktop_app.core.domain.periods import year
from desktop_app.core.errors import ValidationError


def _talk(s, client_id, when):
    s.contacts.register(
        ContactDraft(
            when, ContactForm.VISIT, ContactKind.CHANGE, 45, s.user.id, client_id=client_id
        )
    )


def test_a_2018_case_typed_today_belongs_to_2018(vault):
    s = vault.session
    case = s.clients.create(ClientDraft())
    _talk(s, case.id, datetime(2018, 3, 5, 10))
    _talk(s, case.id, datetime(2018, 9, 1, 10))
    with pytest.raises(ValidationError):  # not before the first contact
        s.clients.close(case.id, date(2018, 3, 4), CloseReason.COMPLETED)
    key = s.clients.follow_up_questions()[0].key
    s.clients.close(case.id, date(2018, 10, 1), CloseReason.COMPLETED, {key: FollowUpAnswer.YES})
    episode = s.clients.episodes(case.id)[0]
    assert episode.opened_on == date(2018, 3, 5) and episode.closed_on == date(2018, 10, 1)
    new = {y: s.statistics.monthly(Measure.NEW_CLIENTS, year(y))[1] for y in (2018, 2019)}
    new[date.today().year] = s.statistics.monthly(Measure.NEW_CLIENTS, year(date.today().year))[1]
    assert new == {2018: 1, 2019: 0, date.today().year: 0}
    outcomes = {o.question: o.answers for o in s.reports.outcomes(year(2018))}
    assert outcomes[key] == {"yes": 1}
    report = s.statistics.clients(year(2018))
    assert report.new == 1 and report.continuing == 0


def test_a_client_made_by_the_contacts_import_waits_for_nothing(vault):
    from desktop_app.core.imports.rows import ContactRow, client_draft_for

    draft = client_draft_for(
        ContactRow(
            "K-2019-001",
            ContactDraft(datetime(2019, 5, 1, 9), ContactForm.PHONE, ContactKind.CHANGE, 20, 1),
        )
    )
    assert draft.requested_on is None
