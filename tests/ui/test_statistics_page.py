"""The Statistics page: a period, the key figures as table and chart, exports."""

from datetime import date

from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtCore import QPoint, Qt

from desktop_app.core.domain.unit_work import Arena, OutreachDraft
from desktop_app.ui.pages.statistics_page import StatisticsPage


def test_key_figures_for_a_year_with_comparison_and_exports(qtbot, ops, vault, tmp_path):
    work = vault.session.work
    this_year = date.today().year
    work.record_outreach(OutreachDraft(date(this_year, 1, 10), Arena.STREET, contacts=7))
    work.record_outreach(OutreachDraft(date(this_year - 1, 1, 10), Arena.STREET, contacts=3))
    work.record_outreach(OutreachDraft(date(this_year - 1, 2, 10), Arena.STREET, contacts=2))
    page = StatisticsPage(vault.session, ops)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    qtbot.waitUntil(lambda: page.table is not None, timeout=5000)
    assert page.model.data(page.model.index(0, 0)) == "Uppsök"
    assert page.model.data(page.model.index(0, 1)) == "7"
    assert page.model.data(page.model.index(0, 13)) == "7"
    assert page.chart.series[0] == ("Uppsök", [7] + [0] * 11)
    page.compare.setChecked(True)
    page.reload()
    qtbot.waitUntil(lambda: page.model.rowCount() == 8, timeout=5000)
    assert page.model.data(page.model.index(1, 0)) == "Uppsök (året innan)"
    assert page.model.data(page.model.index(1, 13)) == "5"
    assert page.model.headerData(14, Qt.Orientation.Horizontal) == "Förändring"
    assert page.model.data(page.model.index(0, 14)) == "+2"  # 7 against 5
    tips = [page.model.data(page.model.index(r, 5), Qt.ItemDataRole.ToolTipRole) for r in (0, 1, 4)]
    assert tips[0] == tips[1] and "uppsök" in tips[0].lower()  # the measure's definition
    assert tips[2] != tips[0]  # the next figure's own definition
    page.small.setChecked(True)
    qtbot.waitUntil(lambda: page.model.data(page.model.index(1, 2)) == "..", timeout=5000)
    page.small.setChecked(False)
    page.kind.setCurrentIndex(1)  # quarter
    page.part.setValue(1)
    page.reload()
    qtbot.waitUntil(lambda: page.model.columnCount() == 6, timeout=5000)  # and the change
    for kind in ("pdf", "xlsx", "csv"):
        page.export(kind, str(tmp_path / f"nyckeltal.{kind}"))
    qtbot.waitUntil(
        lambda: all((tmp_path / f"nyckeltal.{k}").exists() for k in ("pdf", "xlsx", "csv")),
        timeout=5000,
    )
    text = PdfReader(tmp_path / "nyckeltal.pdf").pages[0].extract_text()
    assert f"{this_year}Q1" in text and "Sekretess: innehåller inga personuppgifter" in text
    assert "Uppsök (året innan)" in text and "Förändring" in text  # the comparison exported
    csv_rows = (tmp_path / "nyckeltal.csv").read_text(encoding="utf-8-sig").splitlines()
    assert csv_rows[0].endswith(";Tot.;Förändring")
    assert csv_rows[1] == "Uppsök;7;0;0;7;+2" and csv_rows[2] == "Uppsök (året innan);3;2;0;5;"
    sheet = load_workbook(tmp_path / "nyckeltal.xlsx").active
    change = [r for r in sheet.iter_rows(values_only=True) if r[0] == "Uppsök"][0][5]
    assert change == 2  # a number cell
    assert load_workbook(tmp_path / "nyckeltal.xlsx").active["E3"].value == 7


def test_client_report_for_the_period(qtbot, ops, vault, tmp_path):
    from datetime import datetime

    from desktop_app.core.domain.client_enums import TargetGroup
    from desktop_app.core.domain.clients import ClientDraft
    from desktop_app.core.domain.contact_enums import ContactForm, ContactKind
    from desktop_app.core.domain.contacts import ContactDraft

    for group in (TargetGroup.BUYER, TargetGroup.BUYER, TargetGroup.RELATIVE):
        client = vault.session.clients.create(ClientDraft(target_group=group, municipality="0180"))
        vault.session.contacts.register(
            ContactDraft(
                datetime.now().replace(microsecond=0),
                ContactForm.PHONE,
                ContactKind.ADVICE,
                20,
                vault.session.user.id,
                client_id=client.id,
            )
        )
    page = StatisticsPage(vault.session, ops)
    qtbot.addWidget(page)
    page.show()
    page.report.setCurrentIndex(1)
    qtbot.waitUntil(lambda: page.client_report is not None, timeout=5000)
    text = page.client_view.toPlainText()
    assert "Klienter (unika personer)\n2\nAnhöriga\n1" in text and "Stockholm" in text
    page.export("pdf", str(tmp_path / "klienter.pdf"))
    qtbot.waitUntil(lambda: page.message.text().startswith("Sparad"), timeout=5000)
    pdf_text = PdfReader(tmp_path / "klienter.pdf").pages[0].extract_text()
    assert "Klienter (unika personer)\n2" in pdf_text and "Anhöriga\n1" in pdf_text
    page.report.setCurrentIndex(0)  # another report: the old "Sparad" line goes
    assert page.message.text() == ""
    page.report.setCurrentIndex(1)
    qtbot.waitUntil(lambda: page.client_report is not None, timeout=5000)
    page.export("xlsx", str(tmp_path / "klienter.xlsx"))
    qtbot.waitUntil(lambda: page.message.text().startswith("Sparad"), timeout=5000)
    rows = [
        [c for c in row if c is not None]
        for row in load_workbook(tmp_path / "klienter.xlsx").active.iter_rows(values_only=True)
    ]
    stockholm = next(row for row in rows if row and row[0] == "Stockholm")
    assert isinstance(stockholm[1], int)  # a real number, not text


def test_yearly_report_with_the_units_texts(qtbot, ops, vault, tmp_path):
    from PySide6.QtWidgets import QDialogButtonBox, QToolButton

    from desktop_app.core.domain.unit_work import GoalDraft
    from desktop_app.core.domain.yearly_report import Chapter
    from desktop_app.ui.dialogs.yearly_texts_dialog import YearlyTextsDialog

    this_year = date.today().year
    vault.session.surveys.save_goal(
        GoalDraft(this_year, "Arbeta uppsökande på nätet", "Varje dag", 3, "150 mejl")
    )
    vault.session.work.record_outreach(OutreachDraft(date.today(), Arena.INTERNET, contacts=4))
    page = StatisticsPage(vault.session, ops)
    qtbot.addWidget(page)
    page.show()
    page.report.setCurrentIndex(page.report.findData("yearly"))
    qtbot.waitUntil(lambda: page.yearly is not None, timeout=5000)
    for control in (page.report, page.texts_button, page.freeze_button, page.small):
        assert control.isVisible() and control.window() is page  # in the page, not a window
    qtbot.mouseClick(page.texts_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: any(d.isVisible() for d in page.findChildren(YearlyTextsDialog)), timeout=5000
    )
    dialog = next(d for d in page.findChildren(YearlyTextsDialog) if d.isVisible())
    editor = dialog.edits[Chapter.CONTENT]
    qtbot.keyClicks(editor.edit, "KAST erbjuder ")  # QTest types ASCII only
    qtbot.mouseClick(editor.findChild(QToolButton, "bold"), Qt.MouseButton.LeftButton)
    qtbot.keyClicks(editor.edit, "samtal")
    editor.edit.insertPlainText(" och stöd.")
    dialog.chapters.setCurrentRow(list(dialog.edits).index(Chapter.CONCLUSIONS))
    dialog.edits[Chapter.CONCLUSIONS].edit.insertPlainText("Året har präglats av fler samtal.")
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    qtbot.waitUntil(lambda: page.yearly.texts["content"] != "", timeout=5000)
    assert "**samtal" in page.yearly.texts["content"]  # stored as Markdown
    text = page.client_view.toPlainText()
    for expected in (
        "Verksamhetsberättelse",
        "KAST erbjuder samtal och stöd.",
        "Måluppfyllelse",
        "Arbeta uppsökande på nätet",
        "Årssammanställning av nyckeltal",
        "3.6 Uppsökande arbete och utbildning",
        "Året har präglats av fler samtal.",
    ):
        assert expected in text, expected
    for empty in ("Tillgänglighet", "Klienter", "Grupper och kurser"):  # nothing to say
        assert empty not in text, empty
    page.export("pdf", str(tmp_path / "vb.pdf"))
    qtbot.waitUntil(lambda: page.message.text().startswith("Sparad"), timeout=5000)
    reader = PdfReader(tmp_path / "vb.pdf")
    whole = " ".join(p.extract_text() for p in reader.pages)
    assert f"Verksamhetsberättelse {this_year}" in whole and "150 mejl" in whole


def test_statistics_role_gets_no_client_sections(vault):
    from desktop_app.core.domain.roles import Role
    from desktop_app.core.domain.users import NewUser
    from desktop_app.core.domain.yearly_report import ReportPart
    from desktop_app.reports.yearly_report import yearly_document
    from desktop_app.session import Gatekeeper

    vault.session.users.add_user(NewUser("stat", "Stina", Role.STATISTICS), "Tillfalligt-losen-9")
    session = Gatekeeper(vault.path).login("stat", "Tillfalligt-losen-9")
    try:
        data = session.yearly.load(date.today().year)
        assert data.access is None and data.outcomes is None and data.courses is None
        assert data.clients is not None  # numbers only, no names
        # what is left out is said in the report, never silently
        assert ReportPart.COURSES in data.not_shown and ReportPart.ACCESS in data.not_shown
        last = yearly_document(data).sections[0]  # said on the first page
        assert last.heading == "Avsnitt som inte är med"
        assert "Grupper och kurser" in last.paragraphs[0]
    finally:
        session.close()


def test_small_counts_are_hidden_so_that_they_cannot_be_worked_out(qtbot, ops, vault, tmp_path):
    work = vault.session.work
    this_year = date.today().year
    work.record_outreach(OutreachDraft(date(this_year, 1, 10), Arena.STREET, contacts=2))
    page = StatisticsPage(vault.session, ops)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.table is not None, timeout=5000)
    assert page.model.data(page.model.index(0, 1)) == "2"
    page.small.setChecked(True)
    qtbot.waitUntil(lambda: page.model.data(page.model.index(0, 1)) == "..", timeout=5000)
    assert page.model.data(page.model.index(0, 2)) == "0"
    # The year's total would give the 2 back: it is hidden too; the chart has no bar.
    assert page.model.data(page.model.index(0, 13)) == ".."
    assert page.chart.series[0][1][0] is None
    cells = page.document().sections[0].table.rows[0]
    assert cells[1] == ".." and cells[13] == ".."
    page.export("csv", str(tmp_path / "ut.csv"))
    qtbot.waitUntil(lambda: page.message.text().startswith("Sparad"), timeout=5000)
    exported = (tmp_path / "ut.csv").read_text(encoding="utf-8-sig").splitlines()
    assert exported[1] == "Uppsök;..;" + "0;" * 11 + ".."  # the table's own shape
    assert len(exported) == 5 and exported[0].startswith("Nyckeltal;Jan")


def test_freezing_last_year_from_the_page(qtbot, ops, vault, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    page = StatisticsPage(vault.session, ops)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.table is not None, timeout=5000)
    page.year.setValue(date.today().year - 1)
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes)
    )
    page.freeze()
    qtbot.waitUntil(lambda: "fastställd" in page.title.text(), timeout=5000)
    assert any(k == "Fastställd" for k, _ in page.document().facts)


def test_municipality_report_with_cost_sharing_entered_in_the_dialog(qtbot, ops, vault):
    from desktop_app.ui.cost_sharing_dialog import CostSharingDialog

    page = StatisticsPage(vault.session, ops)
    qtbot.addWidget(page)
    page.show()
    page.report.setCurrentIndex(2)
    qtbot.waitUntil(lambda: page.municipality_report is not None, timeout=5000)
    page.edit_sharing()
    dialog = next(d for d in page.findChildren(CostSharingDialog) if d.isVisible())
    dialog.total.setValue(1_000_000)
    dialog.parties.setPlainText("Stockholm;750000\nSolna;250000\nAtlantis;5")
    dialog.submit()
    assert "Atlantis" in dialog.message.text()
    dialog.parties.setPlainText("Stockholm;750000\nSolna;250000")
    dialog.submit()
    qtbot.waitUntil(lambda: page.municipality_report.sharing is not None, timeout=5000)
    text = page.client_view.toPlainText()
    assert "750 000" in text and "250 000" in text and "Solna" in text


def test_double_click_shows_the_records_behind_a_figure(qtbot, ops, vault):
    from desktop_app.ui.dialogs.drill_dialog import DrillDialog

    this_year = date.today().year
    for contacts in (4, 3):
        vault.session.work.record_outreach(
            OutreachDraft(date(this_year, 1, 10), Arena.STREET, contacts=contacts)
        )
    page = StatisticsPage(vault.session, ops)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.table is not None, timeout=5000)
    page.view.doubleClicked.emit(page.model.index(0, 1))  # Uppsök, January
    qtbot.waitUntil(
        lambda: any(d.isVisible() for d in page.findChildren(DrillDialog)), timeout=5000
    )
    dialog = next(d for d in page.findChildren(DrillDialog) if d.isVisible())
    assert dialog.model.rowCount() == 2
    assert dialog.model.data(dialog.model.index(0, 1)) == "gata"
    assert "summa 7" in dialog.findChild(type(page.title), "drillTotal").text()


def test_the_command_line_writes_the_same_bytes_as_the_page(qtbot, ops, vault, tmp_path):
    import os
    import subprocess
    import sys

    this_year = date.today().year
    vault.session.work.record_outreach(
        OutreachDraft(date(this_year, 1, 10), Arena.STREET, contacts=2)
    )
    vault.session.work.record_outreach(
        OutreachDraft(date(this_year, 2, 12), Arena.STREET, contacts=5)
    )
    page = StatisticsPage(vault.session, ops)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.table is not None, timeout=5000)
    page.small.setChecked(True)
    qtbot.waitUntil(lambda: page.model.data(page.model.index(0, 1)) == "..", timeout=5000)
    page.export("csv", str(tmp_path / "sida.csv"))
    qtbot.waitUntil(lambda: page.message.text().startswith("Sparad"), timeout=5000)
    vault.session.close()
    env = dict(os.environ, VAGVAL_PASSWORD=vault.password)
    out = subprocess.run(
        [sys.executable, "-m", "desktop_app.cli", "stats", "--db", str(vault.path), "--user",
         vault.admin, "--report", "key-figures", "--year", str(this_year), "--format", "csv",
         "--out", str(tmp_path / "cli.csv"), "--suppress-below", "3"],
        capture_output=True, text=True, env=env, timeout=120,
    )  # fmt: skip
    assert out.returncode == 0, out.stdout + out.stderr
    assert (tmp_path / "cli.csv").read_bytes() == (tmp_path / "sida.csv").read_bytes()


def test_a_frozen_year_is_frozen_anew_with_a_reason(qtbot, ops, vault, monkeypatch):
    from PySide6.QtWidgets import QInputDialog, QMessageBox

    page = StatisticsPage(vault.session, ops)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.table is not None, timeout=5000)
    page.year.setValue(date.today().year - 1)
    page.reload()
    qtbot.waitUntil(lambda: not ops.busy, timeout=5000)
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes)
    )
    qtbot.mouseClick(page.freeze_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "fastställd" in page.title.text(), timeout=5000)
    assert "av Anna Administratör" in page.title.text()
    assert page.freeze_button.text() == "Fastställ på nytt…"
    asked = []
    monkeypatch.setattr(
        QInputDialog,
        "getItem",
        lambda parent, title, label, items, *a: asked.append(items) or (items[0], True),
    )
    page.message.clear()
    qtbot.mouseClick(page.freeze_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.message.text() == "Perioden är fastställd.", timeout=5000)
    assert asked and "registreringar för perioden har rättats i efterhand" in asked[0]
    entries = vault.session.audit.entries(entity="frozen_period", limit=10)
    assert any("reason=corrected" in e.detail for e in entries)


def test_the_unit_chooses_and_names_its_key_figure_rows(qtbot, ops, vault):
    from desktop_app.ui.key_figure_rows_dialog import KeyFigureRowsDialog

    this_year = date.today().year
    vault.session.work.record_outreach(
        OutreachDraft(date(this_year, 1, 10), Arena.STREET, contacts=7)
    )
    page = StatisticsPage(vault.session, ops)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.table is not None, timeout=5000)
    assert page.model.rowCount() == 4  # source 004's rows
    qtbot.mouseClick(page.rows_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: any(d.isVisible() for d in page.findChildren(KeyFigureRowsDialog)), timeout=5000
    )
    dialog = next(d for d in page.findChildren(KeyFigureRowsDialog) if d.isVisible())
    assert len(dialog.editors) == 4
    assert [e.label.text() for e in dialog.editors][0] == "Uppsök"
    dialog.editors[0].label.setText("Uppsök (antal kontakter på gatan)")
    for editor in dialog.editors[2:]:  # the unit prints two rows of its own
        qtbot.mouseClick(
            editor.findChild(type(page.rows_button), "removeRow"), Qt.MouseButton.LeftButton
        )
    qtbot.mouseClick(dialog.findChild(type(page.rows_button), "addRow"), Qt.MouseButton.LeftButton)
    new = dialog.editors[-1]
    new.measure.setCurrentIndex(new.measure.findData("outreach_new_persons"))
    new.label.setText("Nya personer")
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=5000)
    labels = [page.model.data(page.model.index(r, 0)) for r in range(3)]
    assert labels == ["Uppsök (antal kontakter på gatan)", "Gruppdeltagare", "Nya personer"]
    assert page.model.data(page.model.index(0, 1)) == "7"
    # A row without a name is refused with a sentence, and nothing is saved.
    qtbot.mouseClick(page.rows_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: any(d.isVisible() for d in page.findChildren(KeyFigureRowsDialog)), timeout=5000
    )
    dialog = next(d for d in page.findChildren(KeyFigureRowsDialog) if d.isVisible())
    assert len(dialog.editors) == 3
    dialog.editors[0].label.setText("  ")
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: dialog.message.text() != "", timeout=5000)
    assert dialog.isVisible()
    assert (
        vault.session.statistics.key_figure_rows()[0].label == "Uppsök (antal kontakter på gatan)"
    )


def test_the_period_kind_reloads_and_a_quarter_is_titled_as_one(qtbot, ops, vault):
    page = StatisticsPage(vault.session, ops)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.table is not None, timeout=5000)
    assert page.compare.isVisible()
    page.kind.setCurrentIndex(page.kind.findData("quarter"))  # no "Visa" needed
    qtbot.waitUntil(lambda: page.model.columnCount() == 5, timeout=5000)
    assert page.title.text().startswith("Nyckeltal kvartal ")
    assert "Q" not in page.title.text() and "Årssammanställning" not in page.title.text()
    page.report.setCurrentIndex(page.report.findData("clients"))
    assert not page.compare.isVisible()  # it does nothing there


def test_chart_ticks_are_round():
    from desktop_app.ui.widgets.bar_chart import nice_step

    assert [nice_step(n, 4) for n in (0, 1, 14, 100, 310)] == [1, 1, 5, 25, 100]


def test_a_unit_prints_totals_only_or_marks_months_before_it_counted(qtbot, ops, vault):
    from desktop_app.ui.key_figure_rows_dialog import KeyFigureRowsDialog

    this_year = date.today().year
    vault.session.work.record_outreach(
        OutreachDraft(date(this_year, 1, 10), Arena.STREET, contacts=7)
    )
    page = StatisticsPage(vault.session, ops)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.table is not None, timeout=5000)

    def open_dialog():
        qtbot.mouseClick(page.rows_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(
            lambda: any(d.isVisible() for d in page.findChildren(KeyFigureRowsDialog)),
            timeout=5000,
        )
        return next(d for d in page.findChildren(KeyFigureRowsDialog) if d.isVisible())

    dialog = open_dialog()
    counted = dialog.editors[1].findChild(type(dialog.editors[1].label), "rowCountedFrom")
    qtbot.keyClicks(counted, f"{this_year}-02")  # Gruppdeltagare counted from February
    qtbot.keyClicks(dialog.editors[0].counted_from, "2009-13")  # no such month
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: dialog.message.text() != "", timeout=5000)
    assert "ÅÅÅÅ-MM" in dialog.message.text() and dialog.isVisible()
    dialog.editors[0].counted_from.clear()
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    qtbot.waitUntil(lambda: page.model.data(page.model.index(1, 1)) == "x", timeout=5000)
    assert page.model.data(page.model.index(1, 2)) == "0"  # February is counted
    assert page.model.data(page.model.index(0, 1)) == "7"
    # totals only: the label and the year's total (Prostitutionsgruppen's table)
    dialog = open_dialog()
    box = dialog.totals_only
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    assert box.isChecked()
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    qtbot.waitUntil(lambda: page.model.columnCount() == 2, timeout=5000)
    assert page.model.data(page.model.index(0, 1)) == "7"
    assert vault.session.statistics.key_figure_layout().months is False


def test_a_section_of_the_yearly_report_for_a_quarter(qtbot, ops, vault, tmp_path):
    this_year = date.today().year
    work = vault.session.work
    work.record_outreach(OutreachDraft(date(this_year, 1, 10), Arena.STREET, contacts=9))
    work.record_outreach(OutreachDraft(date(this_year, 5, 10), Arena.STREET, contacts=40))
    page = StatisticsPage(vault.session, ops)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.table is not None, timeout=5000)
    page.kind.setCurrentIndex(page.kind.findData("quarter"))
    page.year.setValue(this_year)
    page.part.setValue(1)
    page.report.setCurrentIndex(page.report.findData("outreach"))
    qtbot.waitUntil(lambda: page.section_report is not None, timeout=5000)
    text = page.client_view.toPlainText()
    assert f"Uppsökande arbete och utbildning {this_year}Q1" in page.title.text()
    assert "Kontakter i uppsökande arbete\n9" in text  # the quarter's, not May's 40
    page.export("xlsx", str(tmp_path / "q1.xlsx"))
    qtbot.waitUntil(lambda: page.message.text().startswith("Sparad"), timeout=5000)
    rows = [
        [c for c in row if c is not None]
        for row in load_workbook(tmp_path / "q1.xlsx").active.iter_rows(values_only=True)
    ]
    assert ["Kontakter i uppsökande arbete", 9] in rows  # a number cell


def test_the_unit_chooses_the_decimals_of_its_percentages(qtbot, ops, vault):
    from datetime import datetime, timedelta

    from PySide6.QtWidgets import QPushButton

    from desktop_app.core.domain.clients import ClientDraft
    from desktop_app.core.domain.contact_enums import ContactForm, ContactKind
    from desktop_app.core.domain.contacts import ContactDraft
    from desktop_app.ui.pages.administration_page import AdministrationPage

    s = vault.session
    for anonymous in (True, False, False):  # 1 of 3 anonymous: 33,3 %
        client = s.clients.create(ClientDraft(anonymous=anonymous, municipality="0180"))
        s.contacts.register(
            ContactDraft(
                (datetime.now() - timedelta(minutes=5)).replace(microsecond=0),
                ContactForm.PHONE,
                ContactKind.ADVICE,
                20,
                s.user.id,
                client_id=client.id,
            )
        )
    admin = AdministrationPage(s, ops)
    qtbot.addWidget(admin)
    admin.show()
    qtbot.waitUntil(lambda: admin.percent_decimals.value() == 1, timeout=5000)  # default
    admin.percent_decimals.setValue(0)
    qtbot.mouseClick(admin.findChild(QPushButton, "saveSettings"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "sparade" in admin.settings_message.text(), timeout=5000)
    page = StatisticsPage(s, ops)
    qtbot.addWidget(page)
    page.show()
    page.report.setCurrentIndex(page.report.findData("clients"))
    qtbot.waitUntil(lambda: page.client_report is not None, timeout=5000)
    qtbot.waitUntil(lambda: "Andel anonyma\n33 %" in page.client_view.toPlainText(), timeout=5000)


def test_the_printout_draws_the_chart_as_the_pdf_does(qtbot, ops, vault, tmp_path):
    """Printing goes through Qt's HTML: the key figures' chart is drawn into it too."""
    from PySide6.QtPrintSupport import QPrinter

    this_year = date.today().year
    vault.session.work.record_outreach(
        OutreachDraft(date(this_year, 1, 10), Arena.STREET, contacts=7)
    )
    page = StatisticsPage(vault.session, ops)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.table is not None, timeout=5000)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "utskrift.pdf"))
    page.print_to(printer)  # what the preview dialog's paintRequested calls
    reader = PdfReader(tmp_path / "utskrift.pdf")
    assert any(len(p.images) for p in reader.pages)  # the chart, as an image
    assert "Uppsök" in reader.pages[0].extract_text()


def test_referrals_split_by_the_units_own_and_the_agreements_municipalities(qtbot, ops, vault):
    """Source 001: police referrals from the city, the agreement's other municipalities
    and other cities, once the unit has said which municipality is its own."""
    from datetime import datetime

    from desktop_app.core.domain.client_enums import ReferralSource
    from desktop_app.core.domain.clients import ClientDraft
    from desktop_app.core.domain.contact_enums import ContactForm, ContactKind
    from desktop_app.core.domain.contacts import ContactDraft
    from desktop_app.ui.cost_sharing_dialog import CostSharingDialog

    s = vault.session
    day = datetime(date.today().year, 1, 15, 10, 0)
    for municipality, n in (("0180", 4), ("0184", 4), ("1480", 12)):  # Stockholm, Solna, Gbg
        for _ in range(n):
            client = s.clients.create(
                ClientDraft(municipality=municipality, referral=ReferralSource.POLICE_ARREST)
            )
            s.contacts.register(
                ContactDraft(
                    day, ContactForm.PHONE, ContactKind.SUPPORT, 30, s.user.id, client_id=client.id
                )
            )
    page = StatisticsPage(s, ops)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    qtbot.waitUntil(lambda: page.table is not None, timeout=5000)
    page.report.setCurrentIndex(page.report.findData("municipalities"))
    qtbot.waitUntil(lambda: page.municipality_report is not None, timeout=5000)
    qtbot.mouseClick(page.sharing_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: any(d.isVisible() for d in page.findChildren(CostSharingDialog)), timeout=5000
    )
    dialog = next(d for d in page.findChildren(CostSharingDialog) if d.isVisible())
    dialog.parties.setPlainText("Stockholm;975551\nSolna;82870")
    dialog.home.lineEdit().clear()
    qtbot.keyClicks(dialog.home.lineEdit(), "Stockholm")
    qtbot.mouseClick(
        dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    qtbot.waitUntil(lambda: page.municipality_report.sharing is not None, timeout=5000)
    assert page.municipality_report.sharing.home == "0180"
    page.report.setCurrentIndex(page.report.findData("clients"))
    qtbot.waitUntil(lambda: "Övriga avtalskommuner" in page.client_view.toPlainText(), timeout=5000)
    section = next(x for x in page.document().sections if x.heading == "Kom via")
    assert section.table.headers[3:] == ["Stockholm", "Övriga avtalskommuner", "Andra kommuner"]
    assert [str(getattr(c, "value", c)) for c in section.table.rows[0][3:]] == ["4", "4", "12"]


def test_key_figure_rows_narrowed_to_an_arena_a_count_and_an_own_counter(qtbot, ops, vault):
    """A team's own table: street contacts only, ads seen, and its own counter
    ("alltid kondom"), chosen in the rows dialog; small ad counts are not persons."""
    from desktop_app.core.domain.unit_work import AdCounts
    from desktop_app.ui.dialogs.drill_dialog import DrillDialog
    from desktop_app.ui.key_figure_rows_dialog import KeyFigureRowsDialog

    s = vault.session
    condom = s.work.save_material("alltid kondom", 0, counter=True)
    this_year = date.today().year
    day = date(this_year, 1, 10)
    s.work.record_outreach(OutreachDraft(day, Arena.STREET, contacts=7, women=1))
    s.work.record_outreach(
        OutreachDraft(day, Arena.INTERNET, 2, ads=AdCounts(seen=1), materials={condom: 4})
    )
    page = StatisticsPage(s, ops)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.table is not None, timeout=5000)
    qtbot.mouseClick(page.rows_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: any(d.isVisible() for d in page.findChildren(KeyFigureRowsDialog)), timeout=5000
    )
    dialog = next(d for d in page.findChildren(KeyFigureRowsDialog) if d.isVisible())
    first = dialog.editors[0]
    assert first.filter.isVisible() and first.filter.currentText() == "alla"
    first.filter.setCurrentIndex(first.filter.findData("street"))
    first.label.setText("Uppsök på gatan")
    for editor in dialog.editors[1:]:
        qtbot.mouseClick(
            editor.findChild(type(page.rows_button), "removeRow"), Qt.MouseButton.LeftButton
        )
    for measure, chosen, label in (
        ("outreach_count", "ads_seen", "Annonser sedda"),
        ("outreach_count", "women", "Kvinnor mötta"),
        ("outreach_counter", str(condom), "Alltid kondom"),
    ):
        add = dialog.findChild(type(page.rows_button), "addRow")
        qtbot.mouseClick(add, Qt.MouseButton.LeftButton)
        new = dialog.editors[-1]
        new.measure.setCurrentIndex(new.measure.findData(measure))
        assert new.filter.findData("") == -1  # these mean nothing without a choice
        new.filter.setCurrentIndex(new.filter.findData(chosen))
        new.label.setText(label)
    qtbot.mouseClick(
        dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    qtbot.waitUntil(
        lambda: page.model.data(page.model.index(3, 0)) == "Alltid kondom", timeout=5000
    )
    totals = [page.model.data(page.model.index(r, 13)) for r in range(4)]
    assert totals == ["7", "1", "1", "4"]
    page.small.setChecked(True)
    qtbot.waitUntil(lambda: page.model.data(page.model.index(2, 13)) == "..", timeout=5000)
    assert page.model.data(page.model.index(1, 13)) == "1"  # an ad is no person
    page.small.setChecked(False)
    qtbot.waitUntil(lambda: page.model.data(page.model.index(2, 13)) == "1", timeout=5000)
    page.view.doubleClicked.emit(page.model.index(0, 1))  # the street row's January
    qtbot.waitUntil(
        lambda: any(d.isVisible() for d in page.findChildren(DrillDialog)), timeout=5000
    )
    drill = next(d for d in page.findChildren(DrillDialog) if d.isVisible())
    assert drill.model.rowCount() == 1  # the internet evening is not behind it
    rows = s.statistics.key_figure_rows()
    assert [(r.measure.value, r.filter) for r in rows][1:] == [
        ("outreach_count", "ads_seen"),
        ("outreach_count", "women"),
        ("outreach_counter", str(condom)),
    ]
    from desktop_app.cli.key_figure_cmds import rows_from_text, rows_to_text

    assert rows_from_text(rows_to_text(rows)) == list(rows)  # the file keeps the filters
