"""Take screenshots of the main screens on a throw-away demo database (offscreen).

Usage: python scripts/screenshots.py OUTPUT_FOLDER
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from desktop_app.demo.generator import DEMO_ACCOUNTS, open_or_create_demo  # noqa: E402
from desktop_app.session import Gatekeeper  # noqa: E402
from desktop_app.ui.dialogs.setup_wizard import SetupWizard  # noqa: E402
from desktop_app.ui.i18n import install_translators  # noqa: E402
from desktop_app.ui.login_window import LoginWindow  # noqa: E402
from desktop_app.ui.main_window import MainWindow  # noqa: E402
from desktop_app.ui.ops import Ops  # noqa: E402


def settle(app: QApplication, ms: int = 300) -> None:
    # A local loop: QApplication.quit() would close every window first.
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def _client_card(window, ops, session):
    """The card of a client with a journal, for the register extract."""
    from desktop_app.core.domain.client_query import ClientQuery, StatusFilter
    from desktop_app.ui.client_card.card_dialog import ClientCardDialog

    page = window.page_widgets["clients"]
    clients = ops.call(lambda: session.clients.page(ClientQuery(status=StatusFilter.ALL)))
    named = [c for c in clients if c.draft.name]
    if not named or page.options is None:
        return None
    card = ClientCardDialog(session, ops, page.options, named[0].id, window)
    card.show()
    settle(QApplication.instance(), 1200)
    return card


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "screenshots")
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    install_translators(app, os.environ.get("VAGVAL_LANG", "sv"))
    ops = Ops()
    with tempfile.TemporaryDirectory() as folder:
        wizard = SetupWizard(ops, Path(folder) / "data")
        wizard.resize(680, 560)
        wizard.show()
        wizard.unit_page.unit_name.setText("KAST Exempelstad")
        settle(app)
        wizard.grab().save(str(out / "wizard-1-unit.png"))
        wizard.next()
        settle(app)
        wizard.grab().save(str(out / "wizard-2-location.png"))
        wizard.next()
        wizard.admin_page.username.setText("anna.berg")
        wizard.admin_page.display_name.setText("Anna Berg")
        wizard.admin_page.passwords.password.setText("Fyren-vid-hamnen-7")
        wizard.admin_page.passwords.repeat.setText("Fyren-vid-hamnen-7")
        settle(app)
        wizard.grab().save(str(out / "wizard-3-admin.png"))
        wizard.next()
        settle(app, 1500)
        wizard.grab().save(str(out / "wizard-4-recovery.png"))
        wizard.session.close()
        wizard.close()

        demo = open_or_create_demo(Path(folder) / "demo.db")
        gate = Gatekeeper(demo.path)
        login = LoginWindow(gate, ops, last_username="radgivare", demo_accounts=demo.accounts)
        login.show()
        login.password.setText("fel")
        settle(app)
        login.grab().save(str(out / "login.png"))
        login.attempt()
        settle(app, 800)
        login.grab().save(str(out / "login-wrong-password.png"))
        login.close()

        session = gate.login("radgivare", DEMO_ACCOUNTS[1].password)
        window = MainWindow(session, ops, unit_name="Demoenheten KAST Exempelstad")
        window.resize(1280, 800)
        window.show()
        settle(app, 1000)
        window.grab().save(str(out / "clients-list.png"))
        clients = window.page_widgets["clients"]
        clients.status.setCurrentIndex(2)
        settle(app, 800)
        busiest = max(
            range(clients.model.rowCount()), key=lambda r: clients.model.client_at(r).contact_count
        )
        clients.table.selectRow(busiest)
        clients.open_client(busiest)
        settle(app, 1000)
        card = clients._cards[-1]
        card.grab().save(str(out / "client-card-overview.png"))
        card.tabs.setCurrentIndex(1)
        settle(app)
        card.grab().save(str(out / "client-card-contacts.png"))
        card.tabs.setCurrentIndex(2)
        settle(app)
        card.grab().save(str(out / "client-card-journal.png"))
        card.tabs.setCurrentIndex(5)
        settle(app)
        card.grab().save(str(out / "client-card-closing.png"))
        card.new_contact()
        settle(app)
        from desktop_app.ui.dialogs.contact_dialog import ContactDialog

        contact = next(d for d in card.findChildren(ContactDialog) if d.isVisible())
        contact.grab().save(str(out / "contact-dialog.png"))
        contact.reject()
        card.close()
        clients.new_client()
        settle(app)
        from desktop_app.ui.dialogs.client_dialog import ClientDialog

        new = next(d for d in clients.findChildren(ClientDialog) if d.isVisible())
        new.grab().save(str(out / "client-dialog.png"))
        new.reject()
        window.shutdown()
        window.close()
        ops.call(session.close)

        session = gate.login("kursledare", DEMO_ACCOUNTS[3].password)
        window = MainWindow(session, ops, unit_name="Demoenheten KAST Exempelstad")
        window.resize(1280, 800)
        window.show()
        settle(app, 1000)
        courses = window.page_widgets["courses"]
        window.grab().save(str(out / "courses-occasions.png"))
        courses.tabs.setCurrentIndex(3)
        settle(app, 800)
        window.grab().save(str(out / "courses-calendar.png"))
        courses.tabs.setCurrentIndex(1)
        settle(app, 800)
        window.grab().save(str(out / "courses-interest.png"))
        courses.tabs.setCurrentIndex(0)
        for row in range(courses.occasions.rowCount()):
            if courses.occasions.activity_at(row).waiting_count:
                activity_window = courses.open_activity(courses.occasions.activity_at(row))
        settle(app, 1000)
        activity_window.tabs.setCurrentIndex(1)
        settle(app)
        activity_window.grab().save(str(out / "course-registrations.png"))
        activity_window.close()
        pilot = next(
            courses.occasions.activity_at(r)
            for r in range(courses.occasions.rowCount())
            if "pilot" in courses.occasions.activity_at(r).draft.name
        )
        activity_window = courses.open_activity(pilot)
        settle(app, 1000)
        activity_window.tabs.setCurrentIndex(2)
        settle(app, 500)
        activity_window.grab().save(str(out / "course-attendance.png"))
        activity_window.save_pdf(
            activity_window.summary_document(), str(out / "course-summary.pdf")
        )
        activity_window.save_pdf(
            activity_window.participant_list_document(), str(out / "course-participant-list.pdf")
        )
        settle(app, 1000)
        activity_window.close()
        window.shutdown()
        window.close()
        ops.call(session.close)

        session = gate.login("radgivare", DEMO_ACCOUNTS[1].password)
        window = MainWindow(session, ops, unit_name="Demoenheten KAST Exempelstad")
        window.resize(1280, 800)
        window.show()
        window.nav.setCurrentRow(2)
        settle(app, 1200)
        work = window.page_widgets["outreach"]
        window.grab().save(str(out / "work-outreach.png"))
        for index, name in ((1, "work-education"), (3, "work-survey"), (4, "work-goals")):
            work.tabs.setCurrentIndex(index)
            settle(app, 600)
            window.grab().save(str(out / f"{name}.png"))
        week = work.new_week()
        settle(app)
        week.grab().save(str(out / "work-week-dialog.png"))
        week.reject()
        window.nav.setCurrentRow(3)
        settle(app, 1200)
        stats = window.page_widgets["statistics"]
        stats.kind.setCurrentIndex(4)  # year to date
        stats.compare.setChecked(True)
        stats.reload()
        settle(app, 1200)
        window.grab().save(str(out / "statistics.png"))
        stats.export("pdf", str(out / "key-figures.pdf"))
        settle(app, 800)
        # Last year: the key figures, the client statistics and the yearly report.
        stats.compare.setChecked(False)
        stats.kind.setCurrentIndex(0)
        stats.year.setValue(date.today().year - 1)
        for index, name in ((0, "key-figures-last-year"), (1, "clients"), (3, "yearly-report")):
            stats.report.setCurrentIndex(index)
            stats.reload()
            settle(app, 2500)
            window.grab().save(str(out / f"statistics-{name}.png"))
            stats.export("pdf", str(out / f"{name}.pdf"))
            settle(app, 1500)
        window.shutdown()
        window.close()
        ops.call(session.close)

        session = gate.login("admin", DEMO_ACCOUNTS[0].password)
        window = MainWindow(session, ops, unit_name="Demoenheten KAST Exempelstad")
        window.show()
        window.nav.setCurrentRow(window.nav.count() - 1)
        settle(app, 800)
        window.grab().save(str(out / "main-administration.png"))
        admin = window.page_widgets["administration"]
        for tab, name in (
            (admin.backup_tab, "backups"),
            (admin.purge_tab, "purging"),
            (admin.audit_tab, "audit-log"),
        ):
            admin.tabs.setCurrentWidget(tab)
            settle(app, 600)
            if tab is admin.backup_tab:
                tab.folder.setText(str(Path(folder) / "usb"))
                tab.backup_now()
                settle(app, 2500)
            elif tab is admin.purge_tab:
                tab.load_review()
                settle(app, 1200)
            else:
                tab.end.setDate(tab.end.date().addMonths(2))
                tab.search()
                settle(app, 1200)
            window.grab().save(str(out / f"admin-{name}.png"))
        card = _client_card(window, ops, session)
        if card is not None:
            card.save_register_extract(str(out / "register-extract.pdf"))
            settle(app, 2000)
            card.close()
        window.lock()
        settle(app)
        window.grab().save(str(out / "main-locked.png"))
        window.shutdown()
        window.close()
        ops.call(session.close)
    ops.shutdown()
    print(f"screenshots in {out}")
    return 0


if __name__ == "__main__":
    code = main()
    sys.stdout.flush()
    # Skip the interpreter's teardown: it destroys Qt objects in an arbitrary order
    # (the program itself collects on the UI thread; this throw-away script does not).
    os._exit(code)
