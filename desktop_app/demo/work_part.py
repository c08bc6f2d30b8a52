"""Demo data: a year of the unit's other work shaped like source 004 (Malmö 2009):
daily internet outreach and street evenings with prevention packages ("78 paket (av
100)"), lectures and study visits (22 occasions), consultations, a user survey (87,5 %
"stämmer mycket bra") and the operative goals with fulfilment scores."""

from __future__ import annotations

import random
from datetime import date, timedelta

from desktop_app.core.domain.contact_enums import ContactForm
from desktop_app.core.domain.roles import Role
from desktop_app.core.domain.unit_work import (
    AdCounts,
    Arena,
    ConsultationDraft,
    EducationDraft,
    EducationKind,
    GoalDraft,
    OutreachDraft,
)
from desktop_app.session import Session

GOALS = (
    (
        "Arbeta uppsökande på nätet",
        "Varje dag uppsökande arbete på internet; nya annonsörer får mejl eller sms med "
        "erbjudande om preventionspaketet.",
        3,
        "150 mejl och sms till ca 35 personer.",
    ),
    (
        "Nå fler män som säljer sex till män och kvinnor",
        "Metoder och ingångar utvecklade tillsammans med RFSL.",
        2,
        "Materialet trycks och sprids under våren.",
    ),
    (
        "Arbeta med sexsäkerhet och skadereducerande åtgärder",
        "Preventionspaketet har delats ut på gatan och via nätet.",
        3,
        "78 paket av 100.",
    ),
    (
        "Utbilda och stärka kompetensen hos socialsekreterare",
        "Utbildningen \u201dProstitution är inget man talar högt om\u201d vid tre tillfällen.",
        3,
        "Manualen delades ut till alla deltagare.",
    ),
    (
        "Uppsökande arbete i gatumiljö",
        "Minst en kväll i veckan i gatumiljö.",
        2,
        "Förändringssamtal prioriterades.",
    ),
)
AUDIENCES = ("socialsekreterare", "skolpersonal", "fritidsgårdspersonal", "studenter", "polis")


def work_part(session: Session, spec, today: date | None = None) -> None:
    rng = random.Random(f"{spec.seed}:work")
    today = today or date.today()
    work, surveys = session.work, session.surveys
    staff = [
        u.id for u in session.users.list_users() if u.role in (Role.COUNSELLOR, Role.COURSE_LEADER)
    ]
    package = work.save_material("Preventionspaket", 100)
    start = today - timedelta(days=364)
    handed_out = 0
    for n in range(365):
        day = start + timedelta(days=n)
        if day.weekday() < 5:  # internet outreach every weekday
            seen = rng.randint(3, 12)
            new = rng.randint(0, min(3, seen))
            contacts = rng.randint(0, 2)
            work.record_outreach(
                OutreachDraft(
                    day=day,
                    arena=Arena.INTERNET,
                    contacts=contacts,
                    new_persons=min(contacts, rng.randint(0, 1)),
                    mails=rng.randint(0, 2),
                    sms=rng.randint(0, 1),
                    replies=rng.randint(0, 1),
                    staff=(rng.choice(staff),),
                    ads=AdCounts(
                        seen=seen,
                        new=new,
                        women=seen - seen // 4,
                        men=seen // 4,
                        under_25=seen // 3,
                        age_25_plus=seen - seen // 3,
                    ),
                )
            )
        if day.weekday() in (1, 4):  # street evenings twice a week
            contacts = rng.randint(2, 9)
            packages = rng.randint(0, 2) if handed_out < 78 else 0
            handed_out += packages
            work.record_outreach(
                OutreachDraft(
                    day=day,
                    arena=Arena.STREET,
                    contacts=contacts,
                    new_persons=rng.randint(0, min(2, contacts)),
                    women=contacts - 1 if contacts > 1 else contacts,
                    others=min(1, contacts - 1),
                    materials={package: packages} if packages else {},
                    staff=tuple(rng.sample(staff, min(2, len(staff)))),
                    note=rng.choice(("", "Lugn kväll.", "Mycket folk vid Industrigatan.", "")),
                )
            )
    for _ in range(22):
        day = start + timedelta(days=rng.randrange(364))
        kind = rng.choice(
            (
                EducationKind.LECTURE,
                EducationKind.TRAINING,
                EducationKind.VISIT_US,
                EducationKind.VISIT_OTHER,
            )
        )
        work.record_education(
            EducationDraft(
                day=day,
                kind=kind,
                participants=rng.choice((8, 12, 20, 25, 40, 150)),
                audience=rng.choice(AUDIENCES),
                organisation=rng.choice(("Socialtjänsten", "Malmö högskola", "ProKrami", "RFSU")),
                municipality=rng.choice(("1280", "1287", "1290", "1281")),
                title=rng.choice(
                    (
                        "Prostitution är inget man talar högt om",
                        "Sex, nätet och känslor",
                        "Studiebesök",
                    )
                ),
                staff=(rng.choice(staff),),
            )
        )
    for _ in range(30):
        work.record_consultation(
            ConsultationDraft(
                day=start + timedelta(days=rng.randrange(364)),
                profession=rng.choice(("socialsekreterare", "skolkurator", "polis", "behandlare")),
                municipality=rng.choice(("1280", "1280", "1287", "1283", "1261")),
                form=rng.choice((ContactForm.PHONE, ContactForm.EMAIL, ContactForm.VISIT)),
                minutes=rng.choice((15, 30, 45, 60)),
                staff=(rng.choice(staff),),
            )
        )
    survey = surveys.create_survey(
        f"Brukarenkät {today.year}",
        today.year,
        [
            "Jag blev väl bemött",
            "Jag fick den hjälp jag behövde",
            "Jag skulle rekommendera verksamheten till andra",
        ],
    )
    for n in range(8):  # 7 of 8 "stämmer mycket bra", 1 "stämmer bra": 87,5 % / 12,5 %
        surveys.record_response(
            survey.id, [1 if n < 7 else 2, rng.choice((1, 1, 2)), rng.choice((1, 2, None))]
        )
    for goal, activity, score, comment in GOALS:
        surveys.save_goal(GoalDraft(today.year, goal, activity, score, comment))


def many_outreach_part(session: Session, spec, today: date | None = None) -> None:
    """The benchmarks' size: ``spec.outreach`` extra outreach records spread over
    ``spec.years`` years, written in bulk. Nothing when 0 (the default)."""
    if not spec.outreach:
        return
    rng = random.Random(f"{spec.seed}:many-outreach")
    today = today or date.today()
    span = 365 * spec.years
    arenas = list(Arena)

    def records():
        for _ in range(spec.outreach):
            contacts = rng.randint(0, 12)
            yield OutreachDraft(
                day=today - timedelta(days=rng.randrange(span)),
                arena=rng.choice(arenas),
                contacts=contacts,
                new_persons=rng.randint(0, contacts),
            )

    with session.transaction():
        session.bulk_writer().add_outreach(records(), session.user.id)
