"""Importing a year of counts from spreadsheets: good, bad and duplicate rows."""

from datetime import date, timedelta

import pytest
from openpyxl import Workbook

from desktop_app.core.domain.client_query import ClientQuery, StatusFilter
from desktop_app.core.domain.courses import ActivityKind

D1 = (date.today() - timedelta(days=30)).isoformat()
D2 = (date.today() - timedelta(days=29)).isoformat()
FUTURE = (date.today() + timedelta(days=3)).isoformat()


def write_csv(path, lines, bom=True):
    text = "\n".join(lines) + "\n"
    path.write_bytes(("\ufeff" if bom else "").encode() + text.encode("utf-8"))
    return path


def test_outreach_csv_with_good_bad_and_duplicate_rows(vault, tmp_path):
    vault.session.work.save_material("Preventionspaket", 100)
    path = write_csv(
        tmp_path / "uppsok.csv",
        [
            "datum;arena;kontakter;nya_personer;paket;personal;anteckning",
            f"{D1};gata;12;3;4;anna;kväll",
            f"{D1};Gata;12;3;4;Anna Administratör;kväll",  # identical event: both count
            f"{D2};internet;20;25;;;",  # more new than contacts
            f"{FUTURE};gata;1;;;;",  # in the future
            f"{D2};månen;1;;;;",  # unknown arena
            f"{D2};gata;tolv;;;;",  # not a number
            f"{D2};telefon/sms;5;;;okänd person;",  # unknown staff
        ],
    )
    report = vault.session.imports.run("outreach", path)
    assert (report.rows, report.imported) == (7, 2)
    assert [(r.row, r.error.code) for r in report.rejected] == [
        (4, "more_than_contacts"),
        (5, "in_future"),
        (6, "unknown_word"),
        (7, "not_a_number"),
        (8, "unknown_staff"),
    ]
    saved = vault.session.work.outreach(date.today() - timedelta(days=60), date.today())
    assert sorted(o.draft.contacts for o in saved) == [12, 12]
    assert vault.session.work.materials()[0].handed_out == 8
    again = vault.session.imports.run("outreach", path)
    assert again.previously is not None and again.imported == 0
    assert len(vault.session.work.outreach(date.today() - timedelta(days=60), date.today())) == 2


def test_preview_saves_nothing(vault, tmp_path):
    path = write_csv(
        tmp_path / "utb.csv",
        [
            "datum;typ;deltagare;publik;organisation;kommun;titel",
            f"{D1};föreläsning;150;socialsekreterare;ProKrami;Malmö;Prostitution",
            f"{D1};studiebesök hos oss;8;studenter;;Lunds kommun;",
        ],
        bom=False,
    )
    preview = vault.session.imports.preview("education", path)
    assert preview.imported == 2 and preview.dry_run
    assert vault.session.work.education(date.today() - timedelta(days=60), date.today()) == []
    report = vault.session.imports.run("education", path)
    assert report.complete
    rows = vault.session.work.education(date.today() - timedelta(days=60), date.today())
    assert {r.draft.municipality for r in rows} == {"1280", "1281"}


def test_xlsx_consultations(vault, tmp_path):
    book = Workbook()
    sheet = book.active
    sheet.append(["Datum", "Yrke", "Kommun", "Form", "Minuter"])
    sheet.append([date.today() - timedelta(days=3), "skolkurator", "Lund", "telefon", 30])
    sheet.append([date.today() - timedelta(days=2), "polis", "Atlantis", "besök", 60])
    path = tmp_path / "konsultationer.xlsx"
    book.save(path)
    report = vault.session.imports.run("consultations", path)
    assert report.imported == 1 and report.rejected[0].row == 3
    assert report.rejected[0].error.code == "unknown_word"


def test_contacts_create_unknown_clients_and_unregistered_contacts(vault, tmp_path):
    path = write_csv(
        tmp_path / "samtal.csv",
        [
            "datum;klientkod;form;typ;minuter;målgrupp;kommun",
            f"{D1};A-17;telefon;rådgivning;30;köper sex;Stockholm",
            f"{D2};A-17;besök;förändringssamtal;45;;",
            f"{D2};;telefon;rådgivning;30;anhörig;",
            f"{D2};;telefon;rådgivning;30;anhörig;",
        ],
    )
    report = vault.session.imports.run("contacts", path)
    assert report.complete, report.rejected
    [client] = vault.session.clients.page(ClientQuery(text="A-17", status=StatusFilter.ALL))
    assert client.code == "A-17" and client.contact_count == 2
    assert (
        len(vault.session.contacts.unregistered(date.today() - timedelta(days=60), date.today()))
        == 2
    )


def test_group_sessions_create_the_group_with_anonymous_attendance(vault, tmp_path):
    path = write_csv(
        tmp_path / "grupp.csv",
        [
            "datum;grupp;deltagare;plats",
            f"{D1};Samtalsgrupp Stehag;6;Behandlingshemmet",
            f"{D2};Samtalsgrupp Stehag;4;Behandlingshemmet",
        ],
    )
    assert vault.session.imports.run("group-sessions", path).complete
    [group] = vault.session.courses.activities(ActivityKind.GROUP)
    summary = vault.session.registrations.summary(group.id)
    assert summary.meetings_held == 2 and summary.attendances == 10


def test_missing_column_and_unknown_kind(vault, tmp_path):
    from desktop_app.core.errors import ValidationError

    path = write_csv(tmp_path / "fel.csv", ["datum;kontakter", f"{D1};3"])
    report = vault.session.imports.run("outreach", path)
    assert report.imported == 0 and report.rejected[0].error.code == "missing_column"
    with pytest.raises(ValidationError):
        vault.session.imports.run("everything", path)


def test_each_imported_row_is_audited_and_a_refused_row_leaves_no_entry(vault, tmp_path):
    """The import writes its audit entries as one batch: one per saved record, chained
    like any other; a row refused after it made a client leaves neither client nor
    entry behind."""
    s = vault.session
    path = write_csv(
        tmp_path / "samtal.csv",
        [
            "datum;klientkod;form;typ;minuter;målgrupp;kommun",
            f"{D1};A-17;telefon;rådgivning;30;köper sex;Stockholm",
            f"{D2};B-9;telefon;rådgivning;99999;;",  # B-9 is made, then the contact refused
            f"{D2};;telefon;rådgivning;30;anhörig;",
        ],
    )
    before = {e.id for e in s.audit.entries(limit=100000)}
    report = s.imports.run("contacts", path)
    assert report.imported == 2 and [r.row for r in report.rejected] == [3]
    assert not s.clients.page(ClientQuery(text="B-9", status=StatusFilter.ALL))
    new = [e for e in s.audit.entries(limit=100000) if e.id not in before]
    created = sorted(e.entity for e in new if e.action.value == "create")
    assert created == ["client", "contact", "contact"]
    assert s.audit.broken_links() == []
