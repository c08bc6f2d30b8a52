"""Outreach, lectures, consultations, surveys and goals: validation and shares."""

from datetime import date, timedelta

import pytest

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
from desktop_app.core.domain.users import NewUser
from desktop_app.core.errors import PermissionDeniedError, ValidationError
from desktop_app.session import Gatekeeper

TODAY = date.today()


def test_outreach_with_packages_counts_against_the_stock(vault):
    work = vault.session.work
    package = work.save_material("Preventionspaket", 100)
    for n in (30, 48):
        work.record_outreach(
            OutreachDraft(
                TODAY,
                Arena.STREET,
                contacts=60,
                new_persons=10,
                women=50,
                men=5,
                materials={package: n},
            )
        )
    [material] = work.materials()
    assert (material.name, material.handed_out, material.stock) == ("Preventionspaket", 78, 100)
    listed = work.outreach(TODAY, TODAY)
    assert [o.draft.materials[package] for o in listed] == [48, 30]


@pytest.mark.parametrize(
    "changes,field,code",
    [
        (dict(contacts=-1), "contacts", "negative"),
        (dict(new_persons=11), "new_persons", "more_than_contacts"),
        (dict(women=8, men=3), "women", "split_more_than_contacts"),
        (dict(day=TODAY + timedelta(days=1)), "day", "in_future"),
        (dict(ads=AdCounts(seen=3, new=4)), "ads", "new_more_than_seen"),
        (dict(materials={999: 2}), "materials", "unknown"),
    ],
)
def test_bad_outreach_is_refused(vault, changes, field, code):
    values = dict(day=TODAY, arena=Arena.INTERNET, contacts=10)
    values.update(changes)
    with pytest.raises(ValidationError) as info:
        vault.session.work.record_outreach(OutreachDraft(**values))
    assert (info.value.field, info.value.code) == (field, code)
    assert vault.session.work.outreach(TODAY - timedelta(days=5), TODAY) == []


def test_a_week_is_saved_whole_or_not_at_all(vault):
    work = vault.session.work
    good = [
        OutreachDraft(TODAY - timedelta(days=n), Arena.INTERNET, contacts=n, mails=n)
        for n in range(1, 7)
    ]
    bad = [*good, OutreachDraft(TODAY, Arena.INTERNET, contacts=1, new_persons=5)]
    with pytest.raises(ValidationError):
        work.record_week(bad)
    assert work.outreach(TODAY - timedelta(days=10), TODAY) == []
    assert len(work.record_week(good)) == 6


def test_edit_and_delete_are_audit_logged(vault):
    work = vault.session.work
    outreach_id = work.record_outreach(OutreachDraft(TODAY, Arena.STREET, contacts=5))
    work.update_outreach(outreach_id, OutreachDraft(TODAY, Arena.STREET, contacts=7))
    assert work.outreach(TODAY, TODAY)[0].draft.contacts == 7
    work.delete("outreach", outreach_id)
    assert work.outreach(TODAY, TODAY) == []
    actions = [(e.action.value, e.entity) for e in vault.session.audit.entries(limit=3)]
    assert actions == [("delete", "outreach"), ("update", "outreach"), ("create", "outreach")]


def test_education_and_consultations(vault):
    work = vault.session.work
    work.record_education(
        EducationDraft(
            TODAY,
            EducationKind.LECTURE,
            150,
            "socialsekreterare",
            "ProKrami",
            "1280",
            "Prostitution är inget man talar högt om",
        )
    )
    work.record_consultation(ConsultationDraft(TODAY, "skolkurator", "1283", minutes=30))
    assert work.education(TODAY, TODAY)[0].draft.participants == 150
    assert work.consultations(TODAY, TODAY)[0].draft.municipality == "1283"
    with pytest.raises(ValidationError):
        work.record_education(EducationDraft(TODAY, EducationKind.LECTURE, -3))
    with pytest.raises(ValidationError):
        work.record_consultation(ConsultationDraft(TODAY, "  "))


def test_survey_shares_like_the_yearly_report(vault):
    surveys = vault.session.surveys
    survey = surveys.create_survey(
        "Brukarenkät 2026", TODAY.year, ["Jag blev väl bemött", "Jag fick den hjälp jag behövde"]
    )
    # 8 forms: 7 "stämmer mycket bra" and 1 "stämmer bra" on the first statement.
    for n in range(8):
        surveys.record_response(survey.id, [1 if n < 7 else 2, None if n == 0 else 1])
    with pytest.raises(ValidationError):
        surveys.record_response(survey.id, [6, 1])  # outside the 5-step scale
    with pytest.raises(ValidationError):
        surveys.record_response(survey.id, [1])
    first, second = surveys.results(survey.id)
    assert first.counts == (7, 1, 0, 0, 0) and first.answered == 8
    assert first.shares()[:2] == (0.875, 0.125)  # "87,5 %", "12,5 %"
    assert second.answered == 7 and second.shares()[0] == 1.0
    assert surveys.survey(survey.id).responses == 8


def test_goals_with_fulfilment_scores(vault):
    surveys = vault.session.surveys
    year = TODAY.year
    first = surveys.save_goal(
        GoalDraft(year, "Arbeta uppsökande på nätet", "Varje dag uppsökande arbete", 3, "150 mail")
    )
    surveys.save_goal(GoalDraft(year, "Nå fler män som säljer sex", score=2))
    with pytest.raises(ValidationError):
        surveys.save_goal(GoalDraft(year, "Mål", score=4))
    surveys.save_goal(GoalDraft(year, "Arbeta uppsökande på nätet", score=2), first)
    goals = surveys.goals(year)
    assert [(g.draft.goal, g.draft.score) for g in goals] == [
        ("Arbeta uppsökande på nätet", 2),
        ("Nå fler män som säljer sex", 2),
    ]
    surveys.delete_goal(first)
    assert len(surveys.goals(year)) == 1


def test_statistics_role_reads_but_does_not_write(vault):
    vault.session.users.add_user(NewUser("stat", "Stina", Role.STATISTICS), "Tillfalligt-losen-9")
    session = Gatekeeper(vault.path).login("stat", "Tillfalligt-losen-9")
    try:
        assert session.surveys.goals(TODAY.year) == []
        with pytest.raises(PermissionDeniedError):
            session.work.record_outreach(OutreachDraft(TODAY, Arena.STREET, contacts=1))
    finally:
        session.close()
