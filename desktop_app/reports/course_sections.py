"""Reports layer: groups and courses of a period as sections of the yearly report,
Qt-free: one line per activity (meetings held, persons, attendances in the period), the
participants by municipality and district, and the before/after questionnaire."""

from __future__ import annotations

from desktop_app.core.domain.report_sections import CoursesReport
from desktop_app.reports.document import Count, Decimal, Section, Share, Table
from desktop_app.reports.translate import Translate, labeller, municipality_names, same


def _counts(heading: str, values: dict[str, int], name, translate: Translate, level: int):
    ranked = sorted(values.items(), key=lambda kv: (-kv[1], name(kv[0])))
    return Section(
        heading,
        table=Table(
            [translate("CourseSections", "Grupp"), translate("CourseSections", "Antal")],
            [[name(k), Count(v, persons=True)] for k, v in ranked],
            [4, 1],
        ),
        level=level,
        persons=True,
    )


def courses_table(courses: CoursesReport, translate: Translate = same) -> Table:
    rows = []
    for c in courses.lines:
        attendances = Count(c.attendances, persons=True)
        rows.append(
            [
                c.name,
                Count(c.meetings_held),
                Count(c.participants, persons=True),
                Count(c.unique_persons, persons=True),
                attendances,
                Share(c.attendance_rate, attendances),
                Count(c.no_shows, persons=True),
            ]
        )
    return Table(
        [
            translate("CourseSections", "Namn"),
            translate("CourseSections", "Träffar"),
            translate("CourseSections", "Deltagare"),
            translate("CourseSections", "Unika personer"),
            translate("CourseSections", "Närvaro"),
            translate("CourseSections", "Andel närvaro"),
            translate("CourseSections", "Uteblev"),
        ],
        rows,
        [3.6, 1, 1.1, 1.1, 1, 1.1, 1],
    )


def course_detail_sections(
    courses: CoursesReport, translate: Translate = same, level: int = 1
) -> list[Section]:
    sections = []
    label, names = labeller(translate), municipality_names()
    if courses.municipalities:
        sections.append(
            _counts(
                translate("CourseSections", "Kursdeltagare per hemkommun"),
                courses.municipalities,
                lambda code: names.get(code) or label(code) or code,
                translate,
                level,
            )
        )
    if courses.districts:
        sections.append(
            _counts(
                translate("CourseSections", "Kursdeltagare per stadsdel"),
                courses.districts,
                str,
                translate,
                level,
            )
        )
    if courses.questionnaire:
        rows = [
            [
                activity,
                statement,
                Decimal(before),
                Decimal(after),
                Decimal(after - before, signed=True),
                Count(n, persons=True),
            ]
            for activity, statement, before, after, n in courses.questionnaire
        ]
        sections.append(
            Section(
                translate("CourseSections", "Enkäten före och efter kursen"),
                table=Table(
                    [
                        translate("CourseSections", "Kurs"),
                        translate("CourseSections", "Påstående"),
                        translate("CourseSections", "Före"),
                        translate("CourseSections", "Efter"),
                        translate("CourseSections", "Förändring"),
                        translate("CourseSections", "Svar"),
                    ],
                    rows,
                    [2.2, 4, 0.8, 0.8, 1.1, 0.7],
                ),
                level=level,
                persons=True,
            )
        )
    return sections
