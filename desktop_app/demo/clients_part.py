"""Demo data: clients, contacts, journal notes, couples, relatives, reports of concern
and closed cases with follow-up, in a mix like KAST's (about 150 clients and 1,000
contacts a year, a fifth anonymous). Made-up names only; no personal identity numbers."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, datetime, time, timedelta

from desktop_app.core.domain.audit import AuditAction
from desktop_app.core.domain.client_enums import (
    MUNICIPALITY_UNKNOWN,
    CaseKind,
    ChildrenAnswer,
    CloseReason,
    FollowUpAnswer,
    Gender,
    ReferralSource,
    TargetGroup,
)
from desktop_app.core.domain.clients import ClientDraft
from desktop_app.core.domain.contact_enums import ContactForm, ContactKind, Participants
from desktop_app.core.domain.contacts import ContactDraft
from desktop_app.core.domain.ids import ClientId, UserId
from desktop_app.core.domain.roles import Role
from desktop_app.demo.names import FIRST_NAMES, LAST_NAMES, MEN, WOMEN
from desktop_app.session import Session
from desktop_app.storage.repos.bulk_repo import BulkClient, BulkNote

STOCKHOLM = "0180"
NEIGHBOURS = (
    "0114",
    "0115",
    "0117",
    "0120",
    "0123",
    "0125",
    "0126",
    "0127",
    "0128",
    "0136",
    "0138",
    "0139",
    "0140",
    "0160",
    "0162",
    "0163",
    "0181",
    "0182",
    "0183",
    "0184",
    "0186",
    "0187",
    "0188",
    "0191",
    "0192",
)
DISTRICTS = (
    "Södermalm",
    "Kungsholmen",
    "Norrmalm",
    "Östermalm",
    "Hägersten-Älvsjö",
    "Skärholmen",
    "Spånga-Tensta",
    "Rinkeby-Kista",
    "Farsta",
    "Enskede-Årsta-Vantör",
)
TITLES = (
    "Första samtalet",
    "Kartläggning",
    "Förändringsarbete",
    "Återfallsprevention",
    "Samtal om relationen",
    "Planering av avslut",
    "Uppföljning",
)
TEXTS = (
    "Klienten berättade om sin situation och vad som fick honom att söka hjälp.",
    "Vi gick igenom mönster, risksituationer och vad som fungerar som stopp.",
    "Samtal om skam, hemlighetshållande och hur det påverkar relationen.",
    "Klienten beskriver färre impulser och att strategierna hjälper.",
    "Vi planerade återstående samtal och en uppföljning om tre månader.",
)


def _weighted(rng: random.Random, options: dict):
    return rng.choices(list(options), weights=list(options.values()))[0]


def _draft(rng: random.Random, requested: date, staff: list[UserId], today: date) -> ClientDraft:
    group = _weighted(
        rng,
        {
            TargetGroup.BUYER: 62,
            TargetGroup.RELATIVE: 14,
            TargetGroup.SELF_HARM: 10,
            TargetGroup.SELLS_SEX: 6,
            TargetGroup.PROFESSIONAL: 3,
            None: 5,
        },
    )
    anonymous = rng.random() < 0.2
    gender = (
        Gender.MAN
        if group == TargetGroup.BUYER and rng.random() < 0.95
        else _weighted(
            rng,
            {
                Gender.WOMAN: 60,
                Gender.MAN: 30,
                Gender.TRANS: 3,
                Gender.NONBINARY_OTHER: 2,
                Gender.NOT_STATED: 5,
            },
        )
    )
    if group == TargetGroup.BUYER:
        referral = _weighted(
            rng,
            {
                ReferralSource.POLICE_ARREST: 30,
                ReferralSource.OWN_INITIATIVE: 40,
                ReferralSource.SOCIAL_MEDIA: 12,
                ReferralSource.SOCIAL_SERVICES: 8,
                ReferralSource.HEALTH_CARE: 6,
                ReferralSource.OTHER: 4,
            },
        )
    else:
        referral = rng.choice(list(ReferralSource))
    where = rng.random()
    municipality = (
        STOCKHOLM
        if where < 0.6
        else rng.choice(NEIGHBOURS)
        if where < 0.95
        else MUNICIPALITY_UNKNOWN
    )
    wait = rng.choice((0, 1, 2, 3, 3, 4, 5, 6, 7, 8, 10, 14))
    offered = requested + timedelta(days=wait)
    if offered > today or ((today - requested).days < 30 and rng.random() < 0.5):
        offered = None  # still waiting
    name = ""
    if not anonymous and rng.random() < 0.7:
        first = rng.choice(
            MEN if gender == Gender.MAN else WOMEN if gender == Gender.WOMAN else FIRST_NAMES
        )
        name = f"{first} {rng.choice(LAST_NAMES)}"
    return ClientDraft(
        anonymous=anonymous,
        name=name,
        birth_year=None if rng.random() < 0.25 else requested.year - rng.randint(19, 72),
        gender=gender,
        municipality=municipality,
        district=rng.choice(DISTRICTS) if municipality == STOCKHOLM else "",
        target_group=group,
        referral=referral,
        requested_on=requested,
        first_offered_on=offered,
        responsible_id=rng.choice(staff),
        minor_children=_weighted(
            rng, {ChildrenAnswer.YES: 35, ChildrenAnswer.NO: 50, ChildrenAnswer.UNKNOWN: 15}
        ),
        lives_with_children=_weighted(
            rng,
            {
                ChildrenAnswer.YES: 20,
                ChildrenAnswer.NO: 20,
                ChildrenAnswer.PARTLY: 5,
                ChildrenAnswer.UNKNOWN: 55,
            },
        ),
    )


def _at(rng: random.Random, day: date) -> datetime:
    return datetime.combine(day, time(rng.randint(8, 16), rng.choice((0, 15, 30, 45))))


def clients_part(session: Session, spec, today: date | None = None) -> None:
    """Add ``spec.clients`` clients and ``spec.contacts`` contacts a year for ``spec.years``."""
    rng = random.Random(f"{spec.seed}:clients")
    today = today or date.today()
    staff = [u.id for u in session.users.list_users() if u.role == Role.COUNSELLOR]
    staff = staff or [session.user.id]
    start = today - timedelta(days=365 * spec.years)
    span = (today - start).days
    total_clients = spec.clients * spec.years
    requested = sorted(start + timedelta(days=rng.randrange(span)) for _ in range(total_clients))
    bulk: list[BulkClient] = []
    for day in requested:
        draft = _draft(rng, day, staff, today)
        closed_on = reason = None
        follow_up = {}
        if (today - day).days > 150 and rng.random() < 0.75:
            closed_on = min(today, day + timedelta(days=rng.randint(40, 140)))
            reason = _weighted(
                rng,
                {
                    CloseReason.COMPLETED: 70,
                    CloseReason.CLIENT_ENDED: 12,
                    CloseReason.NO_CONTACT: 10,
                    CloseReason.REFERRED: 8,
                },
            )
            if reason == CloseReason.COMPLETED and rng.random() < 0.8:
                follow_up["stopped_buying_sex"] = _weighted(
                    rng,
                    {
                        FollowUpAnswer.YES: 94,
                        FollowUpAnswer.PARTLY: 3,
                        FollowUpAnswer.NO: 2,
                        FollowUpAnswer.DONT_KNOW: 1,
                    },
                )
                follow_up["stopped_porn"] = _weighted(
                    rng,
                    {
                        FollowUpAnswer.YES: 70,
                        FollowUpAnswer.PARTLY: 15,
                        FollowUpAnswer.NO: 10,
                        FollowUpAnswer.DONT_KNOW: 5,
                    },
                )
        created = datetime.combine(day, time(9, 0))
        bulk.append(
            BulkClient(
                draft, created, draft.responsible_id or staff[0], closed_on, reason, follow_up
            )
        )
    writer = session.bulk_writer()
    with session.transaction():
        session.unit.set_districts(list(DISTRICTS))
        ids = writer.add_clients(bulk)
        links = _couples_and_relatives(rng, ids, bulk)
        couples = [
            BulkClient(
                replace(
                    bulk[ids.index(a)].draft,
                    kind=CaseKind.COUPLE,
                    anonymous=True,
                    name="",
                    birth_year=None,
                    gender=Gender.NOT_STATED,
                    target_group=TargetGroup.COUPLE,
                ),
                bulk[ids.index(a)].created_at,
                bulk[ids.index(a)].created_by,
            )
            for a, _b, _link in links[::4]
        ]
        couple_ids = writer.add_clients(couples)
        for couple_id, (a, b, _link) in zip(couple_ids, links[::4], strict=True):
            links += [(couple_id, a, "member"), (couple_id, b, "member")]
        ids, bulk = ids + couple_ids, bulk + couples
        writer.add_links(links, datetime.combine(today, time(9)))
        per_client = spec.contacts / max(spec.clients, 1)
        writer.add_contacts(_contacts(rng, ids, bulk, per_client, today, staff), session.user.id)
        writer.add_contacts(_unregistered(rng, start, today, staff, spec), session.user.id)
        writer.add_notes(_notes(rng, ids, bulk, today))
        writer.add_concerns(
            [
                (
                    cid,
                    min(today, c.draft.requested_on + timedelta(days=rng.randint(3, 40))),
                    rng.choice(
                        (
                            "Socialtjänsten i Stockholm",
                            "Socialtjänsten i Solna",
                            "Socialtjänsten i Huddinge",
                        )
                    ),
                    c.draft.responsible_id or staff[0],
                )
                for cid, c in zip(ids, bulk, strict=True)
                if c.draft.minor_children == ChildrenAnswer.YES and rng.random() < 0.08
            ]
        )
        writer.finish()
        session.audit.record(AuditAction.CREATE, "demo", "clients", f"{len(ids)} clients")


def _couples_and_relatives(rng, ids: list[ClientId], bulk: list[BulkClient]):
    links = []
    buyers = [
        i for i, c in zip(ids, bulk, strict=True) if c.draft.target_group == TargetGroup.BUYER
    ]
    relatives = [
        i for i, c in zip(ids, bulk, strict=True) if c.draft.target_group == TargetGroup.RELATIVE
    ]
    for relative in relatives:
        if buyers and rng.random() < 0.6:
            links.append((rng.choice(buyers), relative, "relative"))
    return links


def _contacts(rng, ids, bulk, per_client: float, today: date, staff):
    for client_id, c in zip(ids, bulk, strict=True):
        first = c.draft.first_offered_on or c.draft.requested_on
        last = c.closed_on or today
        days = max((last - first).days, 1)
        # Most cases are short; a few long-running ones have many contacts.
        count = max(1, round(rng.expovariate(1 / per_client)))
        for _ in range(count):
            day = first + timedelta(days=rng.randrange(days))
            yield ContactDraft(
                at=_at(rng, min(day, today)),
                form=_weighted(
                    rng,
                    {
                        ContactForm.VISIT: 45,
                        ContactForm.PHONE: 40,
                        ContactForm.EMAIL: 8,
                        ContactForm.CHAT: 5,
                        ContactForm.SMS: 2,
                    },
                ),
                kind=_weighted(
                    rng,
                    {
                        ContactKind.CHANGE: 50,
                        ContactKind.SUPPORT: 25,
                        ContactKind.ADVICE: 22,
                        ContactKind.CONSULTATION: 3,
                    },
                ),
                minutes=rng.choice((15, 30, 45, 45, 60, 60, 90)),
                staff_id=c.draft.responsible_id or rng.choice(staff),
                participants=(
                    Participants.COUPLE if c.draft.kind == CaseKind.COUPLE else Participants.CLIENT
                ),
                client_id=client_id,
            )


def _unregistered(rng, start: date, today: date, staff, spec):
    span = (today - start).days
    for _ in range(spec.years * max(spec.contacts // 5, 1)):
        yield ContactDraft(
            at=_at(rng, start + timedelta(days=rng.randrange(span))),
            form=ContactForm.PHONE,
            kind=ContactKind.ADVICE,
            minutes=rng.choice((5, 10, 15, 20, 30)),
            staff_id=rng.choice(staff),
            target_group=_weighted(
                rng, {TargetGroup.BUYER: 60, TargetGroup.RELATIVE: 25, TargetGroup.PROFESSIONAL: 15}
            ),
            municipality=STOCKHOLM if rng.random() < 0.5 else None,
        )


def _notes(rng, ids, bulk, today: date) -> list[BulkNote]:
    notes = []
    for client_id, c in zip(ids, bulk, strict=True):
        for n in range(rng.randint(1, 3)):
            day = min(today, c.draft.requested_on + timedelta(days=7 * n + rng.randint(0, 6)))
            notes.append(
                BulkNote(
                    client_id,
                    TITLES[min(n, len(TITLES) - 1)] if n == 0 else rng.choice(TITLES[1:]),
                    rng.choice(TEXTS),
                    c.draft.responsible_id or c.created_by,
                    _at(rng, day),
                )
            )
    return notes
