"""Reports layer: outreach and education of a period as a section of the yearly report:
only what was done ("Utdelat material 0" is not printed), the material handed out in
the period beside what was acquired ("Preventionspaket 78 (av 100)"), occasions and
participants per audience."""

from __future__ import annotations

from desktop_app.core.domain.client_enums import Gender
from desktop_app.core.domain.report_sections import OutreachReport
from desktop_app.reports.document import Count, Decimal, Section, Table
from desktop_app.reports.municipality_groups import GROUPS, group_headers
from desktop_app.reports.translate import Translate, labeller, municipality_names, same


def outreach_section(o: OutreachReport, translate: Translate = same) -> Section | None:
    facts = [
        (translate("OutreachSection", "Kontakter i uppsökande arbete"), Count(o.contacts, True)),
        (translate("OutreachSection", "varav nya personer"), Count(o.new_persons, True)),
        (
            translate("OutreachSection", "Studiebesök och utbildning (tillfällen)"),
            Count(o.education_occasions),
        ),
        (
            translate("OutreachSection", "Deltagare i studiebesök och utbildning"),
            Count(o.education_participants),
        ),
        (translate("OutreachSection", "Konsultationer"), Count(o.consultations)),
    ]
    facts = [(k, v) for k, v in facts if v.value]
    of = translate("OutreachSection", "%1 (av %2)")
    for name, handed_out, stock in o.materials:
        shown = (
            str(handed_out)
            if not stock
            else of.replace("%1", str(handed_out)).replace("%2", str(stock))
        )
        facts.append((translate("OutreachSection", "Utdelat: %1").replace("%1", name), shown))
    labels = {
        "women": translate("OutreachSection", "Kvinnor mötta"),
        "men": translate("OutreachSection", "Män mötta"),
        "others": translate("OutreachSection", "Andra mötta"),
        "mails": translate("OutreachSection", "Mejl skickade"),
        "sms": translate("OutreachSection", "Sms skickade"),
        "replies": translate("OutreachSection", "Svar på mejl och sms"),
        "ads_seen": translate("OutreachSection", "Annonser sedda"),
        "ads_new": translate("OutreachSection", "varav nya annonser"),
        "ads_women": translate("OutreachSection", "Annonser, kvinnor"),
        "ads_men": translate("OutreachSection", "Annonser, män"),
        "ads_under_25": translate("OutreachSection", "Annonser, under 25 år"),
        "ads_25_plus": translate("OutreachSection", "Annonser, 25 år och äldre"),
    }
    persons = {"women", "men", "others"}  # persons met: hidden when small outside the unit
    for key, text in labels.items():
        if o.counts.get(key):
            facts.append((text, Count(o.counts[key], key in persons)))
    for name, counted in o.counters:  # the unit's own counters, e.g. ads seen
        facts.append((name, Count(counted)))
    rows = [
        [k or "–", Count(v[0]), Count(v[1])]
        for k, v in sorted(o.by_audience.items(), key=lambda x: -x[1][1])
        if v[0]
    ]
    if not facts and not rows:
        return None
    table = None
    if rows:
        table = Table(
            [
                translate("OutreachSection", "Publik"),
                translate("OutreachSection", "Tillfällen"),
                translate("OutreachSection", "Deltagare"),
            ],
            rows,
            [4, 1, 1],
        )
    return Section("", facts=facts, table=table, persons=bool(o.contacts or o.new_persons))


def _age(mean: float | None, of: Count) -> Decimal | str:
    if mean is None:
        return "–"
    return Decimal(float(int(mean + 0.5)), places=0, of=of)  # whole years, half up


def met_section(o: OutreachReport, translate: Translate = same) -> Section | None:
    """The register of persons met: per gender each person once, the new ones (first met
    in the period), under 18, and the mean ages of the new and of the others."""
    if not o.met:
        return None
    label = labeller(translate)
    rows = []
    for g in o.met:
        persons, new = Count(g.persons, True), Count(g.new, True)
        others = Count(g.persons - g.new, True)
        name = (
            translate("OutreachSection", "Summa") if g.gender == "all" else label(Gender(g.gender))
        )
        rows.append(
            [
                name,
                persons,
                new,
                Count(g.under_18, True),
                _age(g.mean_age_new, new),
                _age(g.mean_age_others, others),
            ]
        )
    table = Table(
        [
            translate("OutreachSection", "Kön"),
            translate("OutreachSection", "Personer mötta"),
            translate("OutreachSection", "varav helt nya"),
            translate("OutreachSection", "Under 18 år"),
            translate("OutreachSection", "Medelålder, nya"),
            translate("OutreachSection", "Medelålder, övriga"),
        ],
        rows,
        [2, 1, 1, 1, 1, 1],
        sums=True,
    )
    heading = translate("OutreachSection", "Personer mötta i uppsökande arbete")
    return Section(heading, table=table, level=3, persons=True)


def consultation_sections(o: OutreachReport, translate: Translate = same) -> list[Section]:
    """Consultations to professionals per year of the period (several years when the
    period spans them: "2017–2019 totalt 114, varav 40 i kranskommunerna"), split by the
    unit's municipality groups when it has a cost sharing, and per municipality."""
    if not o.consultations_by_year:
        return []
    names, label = municipality_names(), labeller(translate)
    found = {g for groups in o.consultations_by_year.values() for g in groups}
    groups = [g for g in GROUPS if g in found or (g == "home" and o.home)]
    headers = group_headers(o.home, translate)
    rows: list[list] = []
    for year, counts in o.consultations_by_year.items():
        rows.append([year, Count(sum(counts.values())), *(Count(counts.get(g, 0)) for g in groups)])
    if len(rows) > 1:
        sums = [sum(r[c].value for r in rows) for c in range(1, len(rows[0]))]
        rows.append([translate("OutreachSection", "Summa"), *(Count(n) for n in sums)])
    per_year = Table(
        [
            translate("OutreachSection", "År"),
            translate("OutreachSection", "Konsultationer"),
            *(headers[g] for g in groups),
        ],
        rows,
        [1.2, 1.2, *([1.2] * len(groups))],
        sums=len(rows) > 1,
    )
    sections = [
        Section(translate("OutreachSection", "Konsultationer per år"), table=per_year, level=3)
    ]
    places = o.consultations_by_municipality
    if any(code != "unknown" for code in places):
        table = Table(
            [
                translate("OutreachSection", "Kommun"),
                translate("OutreachSection", "Konsultationer"),
            ],
            [[names.get(code) or label(code), Count(n)] for code, n in places.items()],
            [4, 1],
        )
        heading = translate("OutreachSection", "Konsultationer per kommun")
        sections.append(Section(heading, table=table, level=3))
    return sections
