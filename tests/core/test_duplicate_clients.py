"""One person, one client: a personnummer already registered, in any of its formats,
is refused with the code of the client it is on."""

import pytest

from desktop_app.core.domain.client_query import ClientQuery, StatusFilter
from desktop_app.core.domain.clients import ClientDraft
from desktop_app.core.errors import DuplicateClientError
from desktop_app.messages import describe

FORMATS = ["19850312-1231", "198503121231", "850312-1231", "8503121231", "19850312+1231"]


def test_five_formats_give_one_client_and_four_warnings(vault):
    s = vault.session
    first = s.clients.create(ClientDraft(name="Första Gången", personal_id=FORMATS[0]))
    warnings = []
    for text in FORMATS[1:]:
        with pytest.raises(DuplicateClientError) as info:
            s.clients.create(ClientDraft(name="Samma Person", personal_id=text))
        warnings.append(describe(info.value))
        assert info.value.params["client_id"] == first.id
    assert warnings == [f"Det finns redan en klient med det personnumret ({first.code})."] * 4
    assert len(s.clients.page(ClientQuery(status=StatusFilter.ALL))) == 1


def test_an_edit_cannot_take_another_clients_personnummer(vault):
    s = vault.session
    s.clients.create(ClientDraft(personal_id=FORMATS[0]))
    other = s.clients.create(ClientDraft(name="Annan"))
    with pytest.raises(DuplicateClientError):
        s.clients.update(other.id, ClientDraft(name="Annan", personal_id=FORMATS[3]))
    own = s.clients.create(ClientDraft(personal_id="19900101-0017"))
    s.clients.update(own.id, ClientDraft(name="Egen", personal_id="900101-0017"))  # itself
