"""UI layer: how a client is described in the card, its print-out and lists."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from desktop_app.core.domain.clients import CaseKind, Client
from desktop_app.session import municipalities
from desktop_app.ui.feedback import label_text


def municipality_name(code: str) -> str:
    for m in municipalities():
        if m.code == code:
            return m.short_name
    return label_text(code)


def display_name(client: Client) -> str:
    if client.draft.kind == CaseKind.COUPLE:
        return QCoreApplication.translate("ClientCard", "par")
    if client.draft.anonymous:
        return QCoreApplication.translate("ClientCard", "(anonym)")
    return client.draft.name or "–"


def one_line(client: Client) -> str:
    return f"{client.code}  {display_name(client)}"


PERSON_ONLY = 4  # name, personal identity number, age and gender: not a couple's


def overview_facts(
    client: Client, today: date, members: list[Client] | tuple = ()
) -> list[tuple[str, str]]:
    """The card's facts; a couple case has its two persons instead of a person's."""
    d = client.draft
    age = client.age_on(today)
    waited = client.days_waited(today)
    facts = [
        (QCoreApplication.translate("ClientCard", "Kod"), client.code),
        (QCoreApplication.translate("ClientCard", "Namn"), display_name(client)),
        (QCoreApplication.translate("ClientCard", "Personnummer"), d.personal_id or "–"),
        (QCoreApplication.translate("ClientCard", "Ålder"), "–" if age is None else str(age)),
        (QCoreApplication.translate("ClientCard", "Kön"), label_text(d.gender)),
        (QCoreApplication.translate("ClientCard", "Hemkommun"), municipality_name(d.municipality)),
        (QCoreApplication.translate("ClientCard", "Stadsdel"), d.district or "–"),
        (QCoreApplication.translate("ClientCard", "Målgrupp"), label_text(d.target_group) or "–"),
        (QCoreApplication.translate("ClientCard", "Kom via"), label_text(d.referral) or "–"),
        (QCoreApplication.translate("ClientCard", "Ansvarig"), client.responsible_name or "–"),
        (
            QCoreApplication.translate("ClientCard", "Bad om hjälp"),
            d.requested_on.isoformat() if d.requested_on else "–",
        ),
        (
            QCoreApplication.translate("ClientCard", "Första erbjudna tid"),
            d.first_offered_on.isoformat() if d.first_offered_on else "–",
        ),
        (
            QCoreApplication.translate("ClientCard", "Väntat"),
            "–"
            if waited is None
            else QCoreApplication.translate("ClientCard", "%n dagar", "", waited),
        ),
        (
            QCoreApplication.translate("ClientCard", "Status"),
            QCoreApplication.translate("ClientCard", "Aktiv")
            if client.active
            else QCoreApplication.translate("ClientCard", "Avslutad %1").replace(
                "%1", client.closed_on.isoformat()
            ),
        ),
    ]
    if d.kind == CaseKind.COUPLE:
        persons = ", ".join(one_line(m) for m in members) or "–"
        facts[1 : 1 + PERSON_ONLY] = [
            (QCoreApplication.translate("ClientCard", "Parets personer"), persons)
        ]
    return facts
