"""UI layer: the courses' participants by municipality and district and the before/after
questionnaire, as sections of the yearly report (translated here, rendered by reports)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop_app.core.domain.report_sections import CoursesReport
from desktop_app.reports.document import Section, Table
from desktop_app.session import municipalities
from desktop_app.ui.feedback import label_text


def _decimal(value: float) -> str:
    return f"{value:.1f}".replace(".", ",")


def _counts(heading: str, values: dict[str, int], name) -> Section:
    ranked = sorted(values.items(), key=lambda kv: (-kv[1], name(kv[0])))
    return Section(
        heading,
        table=Table(
            [
                QCoreApplication.translate("CourseSections", "Grupp"),
                QCoreApplication.translate("CourseSections", "Antal"),
            ],
            [[name(k), str(v)] for k, v in ranked],
            [4, 1],
        ),
    )


def course_detail_sections(courses: CoursesReport) -> list[Section]:
    sections = []
    if courses.municipalities:
        names = {m.code: m.short_name for m in municipalities()}
        sections.append(
            _counts(
                QCoreApplication.translate("CourseSections", "Kursdeltagare per hemkommun"),
                courses.municipalities,
                lambda code: names.get(code) or label_text(code) or code,
            )
        )
    if courses.districts:
        sections.append(
            _counts(
                QCoreApplication.translate("CourseSections", "Kursdeltagare per stadsdel"),
                courses.districts,
                str,
            )
        )
    if courses.questionnaire:
        sections.append(
            Section(
                QCoreApplication.translate("CourseSections", "Enkäten före och efter kursen"),
                table=Table(
                    [
                        QCoreApplication.translate("CourseSections", "Kurs"),
                        QCoreApplication.translate("CourseSections", "Påstående"),
                        QCoreApplication.translate("CourseSections", "Före"),
                        QCoreApplication.translate("CourseSections", "Efter"),
                        QCoreApplication.translate("CourseSections", "Förändring"),
                        QCoreApplication.translate("CourseSections", "Svar"),
                    ],
                    [
                        [
                            activity,
                            statement,
                            _decimal(before),
                            _decimal(after),
                            ("+" if after >= before else "") + _decimal(after - before),
                            str(n),
                        ]
                        for activity, statement, before, after, n in courses.questionnaire
                    ],
                    [2.2, 4, 0.8, 0.8, 1.1, 0.7],
                ),
            )
        )
    return sections
