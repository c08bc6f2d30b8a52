"""A corrected or re-saved file brings in only rows not already there; an import can be
undone as a whole (audit-logged), and is refused when later work hangs on it."""

from datetime import date, datetime, time, timedelta

import pytest

from desktop_app.core.domain.client_query import ClientQuery, StatusFilter
from desktop_app.core.domain.contacts import ContactDraft, ContactForm, ContactKind
from desktop_app.core.domain.courses import ActivityKind
from desktop_app.core.errors import ValidationError
from desktop_app.messages import describe
from tests.core.test_import import D1, D2, write_csv

SINCE, TODAY = date.today() - timedelta(days=60), date.today()
HEADER = "datum;arena;kontakter;nya_personer;paket;personal;anteckning"
ROWS = [f"{D1};gata;12;3;;anna;kväll", f"{D1};gata;12;3;;anna;kväll", f"{D2};internet;3;;;;"]


def _outreach(s) -> int:
    return sum(o.draft.contacts for o in s.work.outreach(SINCE, TODAY))


def test_a_corrected_and_a_crlf_reimport_count_each_row_once(vault, tmp_path):
    s = vault.session
    first = s.imports.run("outreach", write_csv(tmp_path / "a.csv", [HEADER, *ROWS]))
    assert (first.imported, first.already) == (3, 0)
    assert _outreach(s) == 27
    # The corrected file: one more row, columns in another order, other case and spaces.
    corrected = write_csv(
        tmp_path / "b.csv",
        [
            "arena;datum;kontakter;nya_personer;paket;personal;anteckning",
            f"GATA ;{D1};12;3;;Anna;  kväll",
            f"gata;{D1};12;3;;anna;kväll",
            f"internet;{D2};3;;;;",
            f"gata;{D2};5;;;;",
        ],
    )
    preview = s.imports.preview("outreach", corrected)
    assert (preview.imported, preview.already, preview.rows) == (1, 3, 4)
    assert s.imports.run("outreach", corrected).imported == 1
    assert _outreach(s) == 32
    # The same rows saved with Windows line endings: a new file, nothing new in it.
    crlf = tmp_path / "c.csv"
    crlf.write_bytes(("\r\n".join([HEADER, *ROWS]) + "\r\n").encode("utf-8"))
    again = s.imports.run("outreach", crlf)
    assert (again.imported, again.already, again.previously) == (0, 3, None)
    assert _outreach(s) == 32
    # A third identical row is a new event: the file now holds three, two came before.
    more = s.imports.run("outreach", write_csv(tmp_path / "d.csv", [HEADER, *ROWS, ROWS[0]]))
    assert (more.imported, more.already) == (1, 3)


def test_undo_removes_what_the_import_made_and_the_figures_follow(vault, tmp_path):
    s = vault.session
    s.imports.run("outreach", write_csv(tmp_path / "a.csv", [HEADER, *ROWS]))
    [record] = s.imports.history()
    assert (record.kind, record.rows, record.file_name) == ("outreach", 3, "a.csv")
    assert s.imports.undo(record) == 3
    assert _outreach(s) == 0 and s.imports.history() == []
    entries = [e for e in s.audit.entries() if e.entity == "import"]
    assert entries and "undone kind=outreach rows=3" in entries[-1].detail
    # Undone, the file can be imported again.
    assert s.imports.run("outreach", tmp_path / "a.csv").imported == 3


def test_undo_of_contacts_removes_the_clients_it_made_unless_work_hangs_on_them(vault, tmp_path):
    s = vault.session
    path = write_csv(
        tmp_path / "samtal.csv",
        [
            "datum;klientkod;form;typ;minuter;målgrupp;kommun",
            f"{D1};A-17;telefon;rådgivning;30;köper sex;Stockholm",
            f"{D2};;telefon;rådgivning;30;anhörig;",
        ],
    )
    s.imports.run("contacts", path)
    [client] = s.clients.page(ClientQuery(text="A-17", status=StatusFilter.ALL))
    when = datetime.combine(date.today() - timedelta(days=2), time(10))
    s.contacts.register(  # typed by hand since
        ContactDraft(
            when, ContactForm.VISIT, ContactKind.CHANGE, 20, s.user.id, client_id=client.id
        )
    )
    [record] = s.imports.history()
    with pytest.raises(ValidationError) as caught:
        s.imports.undo(record)
    assert "A-17" in describe(caught.value)
    assert s.clients.count(ClientQuery(status=StatusFilter.ALL)) == 1  # nothing changed
    assert len(s.contacts.unregistered(SINCE, TODAY)) == 1
    [own] = [c for c in s.contacts.for_client(client.id) if c.draft.minutes == 20]
    s.contacts.delete(own.id, "mistake")
    s.imports.undo(record)
    assert s.clients.count(ClientQuery(status=StatusFilter.ALL)) == 0
    assert s.contacts.unregistered(SINCE, TODAY) == []


def test_undo_of_group_sessions_gives_back_the_head_count_it_replaced(vault, tmp_path):
    s = vault.session
    header = "datum;grupp;deltagare;plats"
    s.imports.run("group-sessions", write_csv(tmp_path / "a.csv", [header, f"{D1};Stehag;6;Rum"]))
    s.imports.run("group-sessions", write_csv(tmp_path / "b.csv", [header, f"{D1};Stehag;7;Rum"]))
    [group] = s.courses.activities(ActivityKind.GROUP)
    assert [m.anonymous for m in s.courses.meetings(group.id)] == [7]  # one session, updated
    newest, oldest = s.imports.history()
    s.imports.undo(newest)
    assert [m.anonymous for m in s.courses.meetings(group.id)] == [6]
    s.imports.undo(oldest)
    assert s.courses.meetings(group.id) == []
