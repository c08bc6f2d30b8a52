"""UI layer: the clients-in-the-period report as a printable document (translated here,
rendered by the reports layer). Numbers only – no personal data."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from desktop_app.core.domain.client_report import ClientReport
from desktop_app.reports.document import Document, Section, Table
from desktop_app.session import municipalities
from desktop_app.ui.feedback import label_text


def _share(part: int, whole: int) -> str:
    return f"{round(100 * part / whole)} %" if whole else "–"


def client_report_document(report: ClientReport, unit: str, period: str) -> Document:
    names = {m.code: m.short_name for m in municipalities()}
    group = QCoreApplication.translate("ClientReport", "Grupp")
    number = QCoreApplication.translate("ClientReport", "Antal")
    share = QCoreApplication.translate("ClientReport", "Andel")

    def table(values: dict[str, int], name=label_text) -> Table:
        return Table(
            [group, number, share],
            [[name(k) or k, str(v), _share(v, report.clients)] for k, v in values.items()],
            [4, 1, 1],
        )

    facts = [
        (
            QCoreApplication.translate("ClientReport", "Klienter (unika personer)"),
            QCoreApplication.translate("ClientReport", "%1 klienter (och %2 anhöriga)")
            .replace("%1", str(report.clients))
            .replace("%2", str(report.relatives)),
        ),
        (QCoreApplication.translate("ClientReport", "Par"), str(report.couples)),
        (QCoreApplication.translate("ClientReport", "Samtal med klienter"), str(report.contacts)),
        (
            QCoreApplication.translate("ClientReport", "Oregistrerade samtal"),
            str(report.unregistered_contacts),
        ),
        (
            QCoreApplication.translate("ClientReport", "Nya / fortsättande"),
            f"{report.new} / {report.continuing}",
        ),
        (
            QCoreApplication.translate("ClientReport", "Anonyma"),
            f"{report.anonymous} ({_share(report.anonymous, report.clients)})",
        ),
    ]
    sections = [
        Section(QCoreApplication.translate("ClientReport", "Översikt"), facts=facts),
        Section(QCoreApplication.translate("ClientReport", "Kön"), table=table(report.by_gender)),
        Section(
            QCoreApplication.translate("ClientReport", "Ålder"),
            table=table(
                report.by_age,
                lambda k: (
                    QCoreApplication.translate("ClientReport", "okänd") if k == "unknown" else k
                ),
            ),
        ),
        Section(
            QCoreApplication.translate("ClientReport", "Målgrupp"),
            table=table(report.by_target_group),
        ),
        Section(
            QCoreApplication.translate("ClientReport", "Kom via"), table=table(report.by_referral)
        ),
        Section(
            QCoreApplication.translate("ClientReport", "Hemkommun"),
            table=table(report.by_municipality, lambda k: names.get(k) or label_text(k)),
        ),
        Section(
            QCoreApplication.translate("ClientReport", "Stadsdel"),
            table=table(report.by_district, lambda k: k),
            empty_text=QCoreApplication.translate("ClientReport", "Ingen stadsdel angiven."),
        ),
    ]
    return Document(
        title=QCoreApplication.translate("ClientReport", "Klienter %1").replace("%1", period),
        facts=[
            (QCoreApplication.translate("ClientReport", "Enhet"), unit),
            (QCoreApplication.translate("ClientReport", "Utskrivet"), date.today().isoformat()),
        ],
        sections=sections,
        footer=QCoreApplication.translate(
            "ClientReport", "Sekretess: innehåller inga personuppgifter"
        ),
    )
