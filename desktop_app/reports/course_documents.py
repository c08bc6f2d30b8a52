"""Reports layer: a course's or group's printable documents, Qt-free: the participant
list to sign, an attendance certificate and the summary. ``translate(context, text)`` is
Qt's ``QCoreApplication.translate`` in the program (the sources are found by lupdate),
and leaves the Swedish as it is on the command line."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from desktop_app.core.domain.courses import (
    HOLDS_PLACE,
    Activity,
    ActivityKind,
    CourseSummary,
    CourseType,
    Meeting,
    Registration,
)
from desktop_app.core.services.course_summary import AGE_BANDS, UNKNOWN_AGE
from desktop_app.messages import label
from desktop_app.reports import dates
from desktop_app.reports.document import Document, Section, Table
from desktop_app.reports.numbers import percent

Translate = Callable[..., str]  # (context, text[, disambiguation, n]) as Qt's translate
MAX_COLUMNS = 10  # meetings on one participant list


def _same(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return text.replace("%n", str(n)) if n >= 0 else text


def _dates(translate: Translate) -> Callable[[str], str]:
    return lambda text: translate("Dates", text)


def period_text(activity: Activity, translate: Translate = _same) -> str:
    """ "lör 16 jan 2027" or "tis 5 maj – tis 2 jun 2027"."""
    if activity.first_meeting is None:
        return ""
    tr = _dates(translate)
    first = activity.first_meeting.date()
    last = activity.last_meeting.date() if activity.last_meeting else first
    if first == last:
        return dates.day_text(first, tr)
    return f"{dates.day_text(first, tr, year=first.year != last.year)} – {dates.day_text(last, tr)}"


def _signers(activity: Activity, translate: Translate) -> list[str]:
    leader = translate("CourseDocuments", "Kursledare")
    if activity.draft.kind == ActivityKind.GROUP:
        leader = translate("CourseDocuments", "Gruppledare")
    names = list(activity.leader_names[:2]) or [""]
    return [f"{name}, {leader.lower()}" if name else leader for name in names]


def participant_list(
    activity: Activity,
    meetings: list[Meeting],
    registrations: list[Registration],
    unit: str,
    translate: Translate = _same,
) -> Document:
    """One column per planned meeting ("lör 16 jan / 18.00–20.30", the reunion marked),
    a ruled row per participant to sign in, and three empty rows for walk-ins. A group's
    list has its next sessions (at most ``MAX_COLUMNS``); landscape beyond four."""
    tr = _dates(translate)
    planned = [m for m in meetings if not m.cancelled]
    if len(planned) > MAX_COLUMNS:
        now = datetime.now()
        coming = [m for m in planned if m.draft.ends_at >= now] or planned
        planned = coming[:MAX_COLUMNS]
    headers = [translate("CourseDocuments", "Kod"), translate("CourseDocuments", "Namn")]
    for m in planned:
        head = dates.day_text(m.draft.starts_at.date(), tr, year=False)
        head += "\n" + f"{dates.clock_text(m.draft.starts_at)}–{dates.clock_text(m.draft.ends_at)}"
        if m.draft.reunion:
            head += "\n" + translate("CourseDocuments", "återträff")
        headers.append(head)
    rows = [
        [r.participant.code, r.participant.draft.name] + [""] * len(planned)
        for r in registrations
        if r.status in HOLDS_PLACE and r.left_on is None
    ]
    rows += [["", ""] + [""] * len(planned) for _ in range(3)]  # for walk-ins
    title = translate("CourseDocuments", "Deltagarlista – %1").replace("%1", activity.draft.name)
    return Document(
        title=title,
        subtitle=period_text(activity, translate),
        facts=[
            (translate("CourseDocuments", "Enhet"), unit),
            (translate("CourseDocuments", "Lokal"), activity.draft.venue or "–"),
            (
                translate("CourseDocuments", "Ledare"),
                ", ".join(activity.leader_names) or "–",
            ),
        ],
        sections=[
            Section(
                translate("CourseDocuments", "Signera närvaro per träff"),
                table=Table(
                    headers,
                    rows,
                    [1.3, 3.0] + [1.6] * len(planned),
                    signing=True,
                    nowrap=(0, *range(2, 2 + len(planned))),
                ),
            )
        ],
        footer=translate("CourseDocuments", "Sekretessbelagda uppgifter"),
        landscape=len(planned) > 4,
    )


def invitations(
    activity: Activity,
    meetings: list[Meeting],
    invited: list[Registration],
    unit: str,
    translate: Translate = _same,
) -> Document:
    """The call list (code, name, phone, when invited, a box for the answer), then one
    letter per person on its own page: the course, every meeting's day and time, the
    place, the leaders, and by when to answer."""
    tr = _dates(translate)
    planned = [m for m in meetings if not m.cancelled]
    times = [
        dates.span_text(m.draft.starts_at, m.draft.ends_at, tr)
        + (" (" + translate("CourseDocuments", "återträff") + ")" if m.draft.reunion else "")
        for m in planned
    ]
    call_list = Table(
        [
            translate("CourseDocuments", "Kod"),
            translate("CourseDocuments", "Namn"),
            translate("CourseDocuments", "Telefon"),
            translate("CourseDocuments", "Inbjuden"),
            translate("CourseDocuments", "Svar"),
        ],
        [
            [
                r.participant.code,
                r.participant.draft.name,
                r.participant.draft.phone,
                dates.day_text(r.invited_at.date(), tr) if r.invited_at else "",
                "",
            ]
            for r in invited
        ],
        [1.3, 3, 2, 1.8, 2.5],
        signing=True,
        nowrap=(0, 2, 3),
    )
    sections = [Section(translate("CourseDocuments", "Ringlista"), table=call_list)]
    for r in invited:
        answer_by = r.offer_until.date() if r.offer_until else activity.draft.deadline
        lines = [
            translate("CourseDocuments", "Till %1").replace(
                "%1", r.participant.draft.name or r.participant.code
            ),
            translate("CourseDocuments", "Välkommen till %1. Kursen träffas:").replace(
                "%1", activity.draft.name
            ),
            "\n".join("• " + t for t in times),
            translate("CourseDocuments", "Plats: %1").replace("%1", activity.draft.venue or "–"),
            translate("CourseDocuments", "Ledare: %1").replace(
                "%1", ", ".join(activity.leader_names) or "–"
            ),
        ]
        if answer_by is not None:
            lines.append(
                translate("CourseDocuments", "Svara gärna senast %1 om du kommer.").replace(
                    "%1", dates.day_text(answer_by, tr)
                )
            )
        lines.append(translate("CourseDocuments", "Varmt välkommen!") + "\n" + unit)
        sections.append(
            Section(
                translate("CourseDocuments", "Inbjudan – %1").replace("%1", activity.draft.name),
                paragraphs=lines,
                new_page=True,
            )
        )
    return Document(
        title=translate("CourseDocuments", "Inbjudningar – %1").replace("%1", activity.draft.name),
        subtitle=period_text(activity, translate),
        facts=[(translate("CourseDocuments", "Enhet"), unit)],
        sections=sections,
        footer=translate("CourseDocuments", "Sekretessbelagda uppgifter"),
    )


def certificate(
    activity: Activity,
    course_type: CourseType | None,
    registration: Registration,
    attended: list[Meeting],
    held: list[Meeting],
    unit: str,
    translate: Translate = _same,
    today: date | None = None,
) -> Document:
    """For someone who attended at least one held meeting (the caller checks it):
    "X av Y träffar" over the course's held meetings, the hours attended, what the course
    is, the unit and a signature line for each leader."""
    tr = _dates(translate)
    who = registration.participant.draft.name or registration.participant.code
    minutes = sum((m.draft.ends_at - m.draft.starts_at).total_seconds() / 60 for m in attended)
    hours = f"{minutes / 60:.1f}".replace(".", ",").removesuffix(",0")
    n = len(held)  # a plain name: lupdate drops a call whose arguments hold a call
    count = (
        translate("CourseDocuments", "%1 av %n träffar, sammanlagt %3 timmar", None, n)
        .replace("%1", str(len(attended)))
        .replace("%3", hours)
    )
    paragraphs = [
        who,
        translate("CourseDocuments", "har deltagit i"),
        activity.draft.name,
        period_text(activity, translate),
        count,
    ]
    if course_type is not None and course_type.description:
        paragraphs.append(course_type.description)
    days = ", ".join(dates.day_text(m.draft.starts_at.date(), tr) for m in attended)
    paragraphs.append(translate("CourseDocuments", "Närvarande: %1").replace("%1", days))
    place = activity.draft.venue
    signed = dates.day_text(today or date.today(), tr)
    return Document(
        title=translate("CourseDocuments", "Intyg om deltagande"),
        subtitle=unit,
        sections=[Section("", paragraphs=paragraphs)],
        signatures=_signers(activity, translate),
        signed_at=f"{place}, {signed}" if place else signed,
        certificate=True,
    )


def summary_document(
    summary: CourseSummary,
    unit: str,
    municipality_names: dict[str, str],
    translate: Translate = _same,
) -> Document:
    """The course or group summary: meetings (planned, held, missing attendance, coming),
    participants, attendance per meeting, gender, age, referral, home municipality,
    district and the questionnaire's change; sections without data are left out."""

    def word(value: object) -> str:
        return label(value, lambda text: translate("Messages", text))

    tr = _dates(translate)
    a = summary.activity
    group = a.draft.kind == ActivityKind.GROUP
    rate = percent(summary.attendance_rate, 0)
    facts = [
        (translate("CourseDocuments", "Träffar planerade"), str(summary.meetings_planned)),
        (translate("CourseDocuments", "Hållna (närvaro registrerad)"), str(summary.meetings_held)),
    ]
    if summary.meetings_without_attendance:
        facts.append(
            (
                translate("CourseDocuments", "Närvaro saknas"),
                str(summary.meetings_without_attendance),
            )
        )
    if summary.meetings_upcoming:
        facts.append((translate("CourseDocuments", "Kommande"), str(summary.meetings_upcoming)))
    facts += [
        (translate("CourseDocuments", "Deltagare"), str(summary.participants)),
        (translate("CourseDocuments", "Unika personer"), str(summary.unique_persons)),
        (translate("CourseDocuments", "Närvarotillfällen"), str(summary.attendances)),
        (translate("CourseDocuments", "Närvarograd"), rate),
    ]
    if not group:
        facts += [
            (translate("CourseDocuments", "Uteblev"), str(summary.no_shows)),
            (translate("CourseDocuments", "Sena avbokningar"), str(summary.late_cancellations)),
            (
                translate("CourseDocuments", "Genomförd"),
                translate("CourseDocuments", "ja")
                if summary.completed
                else translate("CourseDocuments", "nej"),
            ),
        ]
    if summary.ages is not None:
        youngest, oldest, mean_age = summary.ages
        facts.append(
            (
                translate("CourseDocuments", "Ålder"),
                translate("CourseDocuments", "%1–%2 år, medelålder %3 (%4 med känt födelseår)")
                .replace("%1", str(youngest))
                .replace("%2", str(oldest))
                .replace("%3", str(round(mean_age)))
                .replace("%4", str(summary.ages_known)),
            )
        )
    warnings = []
    if summary.meetings_without_attendance:
        warnings.append(
            translate(
                "CourseDocuments",
                "Närvaro saknas för passerade träffar (%1): de räknas inte som hållna förrän "
                "närvaron registrerats (eller de markerats som inställda).",
            ).replace("%1", str(summary.meetings_without_attendance))
        )

    def dist(values: dict[str, int], name, keys=None) -> Table:
        keys = keys if keys is not None else sorted(values, key=lambda k: (-values[k], k))
        return Table(
            [translate("CourseDocuments", "Grupp"), translate("CourseDocuments", "Antal")],
            [[name(k), str(values[k])] for k in keys],
            [4, 1],
        )

    bands = [
        b for b in [label for _, _, label in AGE_BANDS] + [UNKNOWN_AGE] if b in summary.age_bands
    ]
    per_meeting = Table(
        [
            translate("CourseDocuments", "Träff"),
            translate("CourseDocuments", "Närvarande"),
            translate("CourseDocuments", "Av anmälda"),
            translate("CourseDocuments", "Andel"),
        ],
        [
            [
                dates.span_text(m.meeting.draft.starts_at, m.meeting.draft.ends_at, tr)
                + (
                    " (" + translate("CourseDocuments", "återträff") + ")"
                    if m.meeting.draft.reunion
                    else ""
                ),
                str(m.present),
                str(m.expected) if m.expected else "–",
                percent(m.present / m.expected, 0) if m.expected else "–",
            ]
            for m in summary.per_meeting
        ],
        [4, 1.3, 1.3, 1],
    )
    sections = [
        Section(translate("CourseDocuments", "Översikt"), facts=facts, paragraphs=warnings),
        Section(translate("CourseDocuments", "Närvaro per träff"), table=per_meeting),
    ]
    known_genders = {k: v for k, v in summary.genders.items() if k != "not_stated"}
    if known_genders:
        sections.append(
            Section(translate("CourseDocuments", "Kön"), table=dist(summary.genders, word))
        )
    if any(k != UNKNOWN_AGE for k in summary.age_bands):
        sections.append(
            Section(
                translate("CourseDocuments", "Åldersgrupp"),
                table=dist(
                    summary.age_bands,
                    lambda k: translate("CourseDocuments", "okänd") if k == UNKNOWN_AGE else k,
                    bands,
                ),
            )
        )
    if any(summary.referrals):
        sections.append(
            Section(
                translate("CourseDocuments", "Kom via"),
                table=dist(
                    summary.referrals,
                    lambda k: word(k) if k else translate("CourseDocuments", "okänt"),
                ),
            )
        )
    if any(k != "unknown" for k in summary.municipalities):
        sections.append(
            Section(
                translate("CourseDocuments", "Hemkommun"),
                table=dist(summary.municipalities, lambda k: municipality_names.get(k) or word(k)),
            )
        )
    if any(summary.districts):
        sections.append(
            Section(
                translate("CourseDocuments", "Stadsdel"),
                table=dist(
                    summary.districts, lambda k: k or translate("CourseDocuments", "ej angiven")
                ),
            )
        )
    if summary.questionnaire:
        sections.append(
            Section(
                translate("CourseDocuments", "Enkät före och efter (skala 1–5)"),
                table=Table(
                    [
                        translate("CourseDocuments", "Påstående"),
                        translate("CourseDocuments", "Före"),
                        translate("CourseDocuments", "Efter"),
                        translate("CourseDocuments", "Förändring"),
                        translate("CourseDocuments", "Svar"),
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
                ),
            )
        )
    title = (
        translate("CourseDocuments", "Gruppsammanfattning – %1")
        if group
        else translate("CourseDocuments", "Kurssammanfattning – %1")
    )
    return Document(
        title=title.replace("%1", a.draft.name),
        subtitle=period_text(a, translate),
        facts=[(translate("CourseDocuments", "Enhet"), unit)],
        sections=sections,
        footer=translate("CourseDocuments", "Sekretessbelagda uppgifter"),
    )


def _num(value: float | None, signed: bool = False) -> str:
    if value is None:
        return "–"
    text = f"{value:+.1f}" if signed else f"{value:.1f}"
    return text.replace(".", ",")


def printed_at(now: datetime | None = None) -> str:
    return (now or datetime.now()).strftime("%Y-%m-%d %H:%M")
