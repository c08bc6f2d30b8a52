"""Reports layer: the clients of a period as a printable document, Qt-free. Numbers only –
no personal data. Every count of persons is a typed ``Count(persons=True)`` and every
breakdown says what it adds up to, so a report that leaves the unit can hide small
counts and what would give them away."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from desktop_app.core.domain.client_report import ClientReport
from desktop_app.core.services.course_summary import AGE_BANDS
from desktop_app.reports.document import Count, Document, Section, Share, Table
from desktop_app.reports.municipality_groups import GROUPS, group_headers
from desktop_app.reports.translate import Translate, labeller, municipality_names, same

UNKNOWN = "unknown"


def _informative(values: dict[str, int]) -> bool:
    """A breakdown says something unless every person is in "unknown"."""
    return any(v for k, v in values.items() if k not in (UNKNOWN, ""))


def client_sections(
    report: ClientReport, translate: Translate = same, *, level: int = 1, omit_empty: bool = False
) -> list[Section]:
    """The overview and the breakdowns. ``omit_empty`` (the yearly report): a breakdown
    where nobody's group is known ("Kön: uppgift saknas 100 %") is left out."""
    names, label = municipality_names(), labeller(translate)
    group = translate("ClientReport", "Grupp")
    number = translate("ClientReport", "Antal")
    share = translate("ClientReport", "Andel")
    total = Count(report.clients, persons=True)

    def table(values: dict[str, int], name=label, adds_up: bool = True) -> Table:
        rows = []
        for key, value in values.items():
            count = Count(value, persons=True)
            rows.append(
                [
                    name(key) or key,
                    count,
                    Share(value / report.clients if report.clients else None, count),
                ]
            )
        return Table([group, number, share], rows, [4, 1, 1], total=total if adds_up else None)

    anonymous = Count(report.anonymous, persons=True)
    facts = [
        (translate("ClientReport", "Klienter (unika personer)"), total),
        (translate("ClientReport", "Anhöriga"), Count(report.relatives, persons=True)),
        (translate("ClientReport", "Par"), Count(report.couples, persons=True)),
        (translate("ClientReport", "Samtal med klienter"), Count(report.contacts, persons=True)),
        (
            translate("ClientReport", "Oregistrerade samtal"),
            Count(report.unregistered_contacts, persons=True),
        ),
        (translate("ClientReport", "Nya"), Count(report.new, persons=True)),
        (translate("ClientReport", "Fortsättande"), Count(report.continuing, persons=True)),
        (translate("ClientReport", "Anonyma"), anonymous),
        (
            translate("ClientReport", "Andel anonyma"),
            Share(report.anonymous_share, anonymous),
        ),
    ]
    sums: tuple = ((0, (5, 6)),)  # clients = new + continuing
    if omit_empty:
        kept = [n for n, (_, v) in enumerate(facts) if not isinstance(v, Count) or v.value]
        facts = [facts[n] for n in kept]
        sums = ((kept.index(0), (kept.index(5), kept.index(6))),) if {0, 5, 6} <= set(kept) else ()
    unknown_age = translate("ClientReport", "okänd")
    breakdowns = [
        (translate("ClientReport", "Kön"), report.by_gender, label),
        (
            translate("ClientReport", "Ålder"),
            {band: report.by_age[band] for *_, band in AGE_BANDS if band in report.by_age}
            | {k: v for k, v in report.by_age.items() if k == UNKNOWN},  # youngest first
            lambda k: unknown_age if k == UNKNOWN else k,
        ),
        (translate("ClientReport", "Målgrupp"), report.by_target_group, label),
        (translate("ClientReport", "Kom via"), report.by_referral, label),
        (
            translate("ClientReport", "Hemkommun"),
            report.by_municipality,
            lambda k: names.get(k) or label(k),
        ),
        (translate("ClientReport", "Stadsdel"), report.by_district, str),
    ]
    sections = [
        Section(
            translate("ClientReport", "Översikt"), facts=facts, level=level, persons=True, sums=sums
        )
    ]
    for heading, values, name in breakdowns:
        if omit_empty and not _informative(values):
            continue
        # Districts are known only for some clients: that breakdown does not add up.
        shown = table(values, name, adds_up=values is not report.by_district)
        if values is report.by_referral and report.by_referral_group:
            shown = _by_group(shown, report, values, translate)
        sections.append(
            Section(
                heading,
                table=shown,
                level=level,
                persons=True,
                empty_text=translate("ClientReport", "Ingen uppgift."),
            )
        )
    return sections


def _by_group(
    shown: Table, report: ClientReport, values: dict[str, int], translate: Translate
) -> Table:
    """ "Kom via" with each referral split by the client's municipality group: the unit's
    own municipality, the other parties of its cost sharing, other municipalities."""
    groups = [g for g in GROUPS if any(g in v for v in report.by_referral_group.values())]
    if report.home and "home" not in groups:
        groups.insert(0, "home")
    headers = group_headers(report.home, translate)
    rows = [
        [*row, *(Count(report.by_referral_group.get(key, {}).get(g, 0), True) for g in groups)]
        for key, row in zip(values, shown.rows, strict=True)
    ]
    return replace(
        shown,
        headers=[*shown.headers, *(headers[g] for g in groups)],
        rows=rows,
        widths=[3, 1, 1, *([1] * len(groups))],
        row_sums=(1, tuple(range(3, 3 + len(groups)))),
    )


def client_report_document(
    report: ClientReport, unit: str, period: str, translate: Translate = same
) -> Document:
    return Document(
        title=translate("ClientReport", "Klienter %1").replace("%1", period),
        facts=[
            (translate("ClientReport", "Enhet"), unit),
            (translate("ClientReport", "Utskrivet"), date.today().isoformat()),
        ],
        sections=client_sections(report, translate),
        footer=translate("ClientReport", "Sekretess: innehåller inga personuppgifter"),
    )
