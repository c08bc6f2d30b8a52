"""Reports layer: the per-municipality report (who uses the unit, beside each party's
cost share) as a document, Qt-free. Clients and relatives are counted as the client
report counts them; the Summa row is what the lines add up to."""

from __future__ import annotations

from desktop_app.core.domain.cost_sharing import MunicipalityReport
from desktop_app.reports.document import Count, Document, Section, Share, Table
from desktop_app.reports.translate import Translate, labeller, municipality_names, same


def _share(value: float | None) -> Share:
    return Share(value, places=2)


def municipality_table(report: MunicipalityReport, translate: Translate = same) -> Table:
    names, label = municipality_names(), labeller(translate)

    def name(code: str) -> str:
        if code == "unknown":
            return translate("MunicipalityReport", "okänt")
        return names.get(code) or label(code)

    def cost(value: int | None):
        return "–" if value is None else Count(value)

    lines = report.lines
    rows = [
        [
            name(line.code),
            Count(line.clients, persons=True),
            Count(line.relatives, persons=True),
            Count(line.contacts, persons=True),
            Count(line.participants, persons=True),
            _share(line.population_share),
            cost(line.cost),
            _share(line.use_share),
        ]
        for line in lines
    ]
    rows.append(
        [
            translate("MunicipalityReport", "Summa"),
            Count(sum(x.clients for x in lines), persons=True),
            Count(sum(x.relatives for x in lines), persons=True),
            Count(sum(x.contacts for x in lines), persons=True),
            Count(sum(x.participants for x in lines), persons=True),
            _share(sum(x.population_share for x in lines if x.population_share) or None),
            cost(sum(x.cost for x in lines if x.cost) or None),
            _share(sum(x.use_share for x in lines if x.use_share) or None),
        ]
    )
    return Table(
        [
            translate("MunicipalityReport", "Kommun"),
            translate("MunicipalityReport", "Klienter"),
            translate("MunicipalityReport", "Anhöriga"),
            translate("MunicipalityReport", "Samtal"),
            translate("MunicipalityReport", "Kursdeltagare"),
            translate("MunicipalityReport", "Andel av invånarna"),
            translate("MunicipalityReport", "Kostnad (kr)"),
            translate("MunicipalityReport", "Andel av klienterna"),
        ],
        rows,
        [2.4, 1, 1, 1, 1.2, 1.3, 1.3, 1.3],
        sums=True,
    )


def municipality_document(
    report: MunicipalityReport, unit: str, period: str, translate: Translate = same
) -> Document:
    """One row per municipality ("okänt" last), then the sums."""
    facts: list = [(translate("MunicipalityReport", "Enhet"), unit)]
    if report.sharing is not None:
        facts += [
            (
                translate("MunicipalityReport", "Total kostnad"),
                f"{Count(report.sharing.total_cost).value:,} kr".replace(",", "\u00a0"),
            ),
            (translate("MunicipalityReport", "Invånare per"), report.sharing.as_of.isoformat()),
        ]
    return Document(
        title=translate("MunicipalityReport", "Per kommun %1").replace("%1", period),
        facts=facts,
        sections=[Section("", table=municipality_table(report, translate), persons=True)],
        footer=translate("MunicipalityReport", "Sekretess: innehåller inga personuppgifter"),
    )
