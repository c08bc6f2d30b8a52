"""Every edit says in the audit log which fields changed: numbers, dates and choices
before and after, text and names only as changed (free text may name someone)."""

from datetime import date

from desktop_app.core.domain.clients import ClientDraft
from desktop_app.core.domain.unit_work import Arena, GoalDraft, OutreachDraft


def _detail(s, entity, entity_id):
    return s.audit.entries(entity=entity, entity_id=entity_id, limit=1)[0].detail


def test_edits_log_the_fields_they_changed(vault):
    s = vault.session
    client = s.clients.create(ClientDraft(name="Hemlig Person", birth_year=1980))
    s.clients.update(client.id, ClientDraft(name="Hemligare Person", birth_year=1981))
    detail = _detail(s, "client", client.id)
    assert "birth_year=1980→1981" in detail and "name" in detail
    assert "Hemlig" not in detail

    day = date.today()
    outreach = s.work.record_outreach(OutreachDraft(day, Arena.STREET, contacts=5, note="Anna"))
    s.work.update_outreach(outreach, OutreachDraft(day, Arena.STREET, contacts=7, note="Bo"))
    detail = _detail(s, "outreach", outreach)
    assert detail == "contacts=5→7 note"

    goal = s.surveys.save_goal(GoalDraft(day.year, "Mål", score=1))
    s.surveys.save_goal(GoalDraft(day.year, "Mål", score=3), goal)
    assert _detail(s, "goal", goal) == "score=1→3"
