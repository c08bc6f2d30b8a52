"""Reports layer: outreach and education of a period as a section of the yearly report:
only what was done ("Utdelat material 0" is not printed), the material handed out in
the period beside what was acquired ("Preventionspaket 78 (av 100)"), occasions and
participants per audience."""

from __future__ import annotations

from desktop_app.core.domain.report_sections import OutreachReport
from desktop_app.reports.document import Count, Section, Table
from desktop_app.reports.translate import Translate, same


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
