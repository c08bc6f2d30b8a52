"""UI layer: a course's printable documents (texts translated here, rendered by the
reports layer): the participant list for signing, an attendance certificate and the
course summary."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from desktop_app.core.domain.courses import (
    HOLDS_PLACE,
    Activity,
    CourseSummary,
    Meeting,
    Registration,
)
from desktop_app.core.services.course_summary import AGE_BANDS, UNKNOWN_AGE
from desktop_app.reports.document import Document, Section, Table
from desktop_app.ui.feedback import label_text


def _when(activity: Activity) -> str:
    if activity.first_meeting is None:
        return ""
    first = activity.first_meeting.strftime("%Y-%m-%d")
    last = activity.last_meeting.strftime("%Y-%m-%d") if activity.last_meeting else first
    return first if first == last else f"{first} – {last}"


def participant_list(
    activity: Activity, meetings: list[Meeting], registrations: list[Registration], unit: str
) -> Document:
    held = [m for m in meetings if not m.cancelled]
    headers = [
        QCoreApplication.translate("CourseDocuments", "Kod"),
        QCoreApplication.translate("CourseDocuments", "Namn"),
    ]
    headers += [m.draft.starts_at.strftime("%d/%m") for m in held]
    rows = [
        [r.participant.code, r.participant.draft.name] + [""] * len(held)
        for r in registrations
        if r.status in HOLDS_PLACE
    ]
    rows += [["", ""] + [""] * len(held) for _ in range(3)]  # for walk-ins
    return Document(
        title=QCoreApplication.translate("CourseDocuments", "Deltagarlista – %1").replace(
            "%1", activity.draft.name
        ),
        subtitle=_when(activity),
        facts=[
            (QCoreApplication.translate("CourseDocuments", "Enhet"), unit),
            (QCoreApplication.translate("CourseDocuments", "Lokal"), activity.draft.venue),
            (
                QCoreApplication.translate("CourseDocuments", "Kursledare"),
                ", ".join(activity.leader_names),
            ),
        ],
        sections=[
            Section(
                QCoreApplication.translate("CourseDocuments", "Signera närvaro per träff"),
                table=Table(headers, rows, [1.3, 3.0] + [1.6] * len(held), signing=True),
            )
        ],
        footer=QCoreApplication.translate("CourseDocuments", "Sekretessbelagda uppgifter"),
    )


def certificate(
    activity: Activity,
    registration: Registration,
    attended: list[Meeting],
    held: list[Meeting],
    unit: str,
    signer: str,
) -> Document:
    """For someone who attended at least one held meeting (the caller checks it):
    "X av Y träffar" over the course's held meetings, with the hours attended."""
    who = registration.participant.draft.name or registration.participant.code
    minutes = sum((m.draft.ends_at - m.draft.starts_at).total_seconds() / 60 for m in attended)
    hours = f"{minutes / 60:.1f}".replace(".", ",").removesuffix(",0")
    text = (
        QCoreApplication.translate(
            "CourseDocuments", "%1 har deltagit i %2 (%3): %4 av %5 träffar, %6 timmar."
        )
        .replace("%1", who)
        .replace("%2", activity.draft.name)
        .replace("%3", _when(activity))
        .replace("%4", str(len(attended)))
        .replace("%5", str(len(held)))
        .replace("%6", hours)
    )
    days = ", ".join(f"{m.draft.starts_at:%Y-%m-%d}" for m in attended)
    return Document(
        title=QCoreApplication.translate("CourseDocuments", "Intyg om deltagande"),
        facts=[(QCoreApplication.translate("CourseDocuments", "Enhet"), unit)],
        sections=[
            Section(
                "",
                paragraphs=[
                    text,
                    QCoreApplication.translate("CourseDocuments", "Närvarande: %1").replace(
                        "%1", days
                    ),
                    "",
                    QCoreApplication.translate("CourseDocuments", "Datum: %1").replace(
                        "%1", date.today().isoformat()
                    ),
                    "",
                    "______________________________",
                    signer,
                    unit,
                ],
            )
        ],
    )


def summary_document(summary: CourseSummary, unit: str, names: dict[str, str]) -> Document:
    a = summary.activity
    rate = "–" if summary.attendance_rate is None else f"{round(summary.attendance_rate * 100)} %"
    facts = [
        (
            QCoreApplication.translate("CourseDocuments", "Träffar hållna"),
            f"{summary.meetings_held} / {summary.meetings_planned}",
        ),
        (QCoreApplication.translate("CourseDocuments", "Deltagare"), str(summary.participants)),
        (
            QCoreApplication.translate("CourseDocuments", "Unika personer"),
            str(summary.unique_persons),
        ),
        (
            QCoreApplication.translate("CourseDocuments", "Närvarotillfällen"),
            str(summary.attendances),
        ),
        (QCoreApplication.translate("CourseDocuments", "Närvarograd"), rate),
        (QCoreApplication.translate("CourseDocuments", "Uteblev"), str(summary.no_shows)),
        (
            QCoreApplication.translate("CourseDocuments", "Sena avbokningar"),
            str(summary.late_cancellations),
        ),
        (
            QCoreApplication.translate("CourseDocuments", "Genomförd"),
            QCoreApplication.translate("CourseDocuments", "ja")
            if summary.completed
            else QCoreApplication.translate("CourseDocuments", "nej"),
        ),
    ]
    warnings = []
    if summary.meetings_without_attendance:
        warnings.append(
            QCoreApplication.translate(
                "CourseDocuments",
                "Närvaro saknas för %1 passerade träffar: de räknas inte som hållna förrän "
                "närvaron registrerats (eller de markerats som inställda).",
            ).replace("%1", str(summary.meetings_without_attendance))
        )

    def dist(values: dict[str, int], label, order=None) -> Table:
        keys = order(values) if order else sorted(values, key=lambda k: -values[k])
        return Table(
            [
                QCoreApplication.translate("CourseDocuments", "Grupp"),
                QCoreApplication.translate("CourseDocuments", "Antal"),
            ],
            [[label(k), str(values[k])] for k in keys],
        )

    def band_order(values: dict[str, int]) -> list[str]:
        bands = [label for _, _, label in AGE_BANDS] + [UNKNOWN_AGE]
        return [b for b in bands if b in values]

    def dist_in_order(values: dict[str, int], label) -> Table:
        return dist(values, label, band_order)

    questionnaire = Table(
        [
            QCoreApplication.translate("CourseDocuments", "Påstående"),
            QCoreApplication.translate("CourseDocuments", "Före"),
            QCoreApplication.translate("CourseDocuments", "Efter"),
            QCoreApplication.translate("CourseDocuments", "Förändring"),
            QCoreApplication.translate("CourseDocuments", "Svar"),
        ],
        [
            [
                q.statement,
                _num(q.before),
                _num(q.after),
                _num(q.change, signed=True),
                str(q.answers),
            ]
            for q in summary.questionnaire
        ],
        [5, 1, 1, 1.3, 0.8],
    )
    return Document(
        title=QCoreApplication.translate("CourseDocuments", "Kurssammanfattning – %1").replace(
            "%1", a.draft.name
        ),
        subtitle=_when(a),
        facts=[(QCoreApplication.translate("CourseDocuments", "Enhet"), unit)],
        sections=[
            Section(
                QCoreApplication.translate("CourseDocuments", "Översikt"),
                facts=facts,
                paragraphs=warnings,
            ),
            Section(
                QCoreApplication.translate("CourseDocuments", "Ålder"),
                table=dist_in_order(
                    summary.age_bands,
                    lambda k: (
                        QCoreApplication.translate("CourseDocuments", "okänd")
                        if k == UNKNOWN_AGE
                        else k
                    ),
                ),
            ),
            Section(
                QCoreApplication.translate("CourseDocuments", "Hemkommun"),
                table=dist(summary.municipalities, lambda k: names.get(k) or label_text(k)),
            ),
            Section(
                QCoreApplication.translate("CourseDocuments", "Stadsdel"),
                table=dist(
                    summary.districts,
                    lambda k: k or QCoreApplication.translate("CourseDocuments", "ej angiven"),
                ),
            ),
            Section(
                QCoreApplication.translate("CourseDocuments", "Enkät före och efter (skala 1–5)"),
                table=questionnaire,
                empty_text=QCoreApplication.translate("CourseDocuments", "Ingen enkät."),
            ),
        ],
    )


def _num(value: float | None, signed: bool = False) -> str:
    if value is None:
        return "–"
    text = f"{value:+.1f}" if signed else f"{value:.1f}"
    return text.replace(".", ",")
