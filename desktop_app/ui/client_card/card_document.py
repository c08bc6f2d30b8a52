"""UI layer: the client card as a printable document (texts translated here, rendered
by the reports layer)."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication

from desktop_app.reports.document import Document, Section, Table
from desktop_app.ui.client_card.card_data import CardData
from desktop_app.ui.client_card.texts import display_name, one_line, overview_facts
from desktop_app.ui.feedback import label_text


def _t(text: str) -> str:
    return QCoreApplication.translate("CardDocument", text)


def card_document(data: CardData, unit_name: str, printed_by: str) -> Document:
    client = data.client
    contacts = Table(
        [_t("Datum"), _t("Form"), _t("Typ"), _t("Min"), _t("Medarbetare"), _t("Anteckning")],
        [
            [
                c.draft.at.strftime("%Y-%m-%d %H:%M"),
                label_text(c.draft.form),
                label_text(c.draft.kind),
                str(c.draft.minutes),
                c.staff_name,
                c.draft.note,
            ]
            for c in data.contacts
        ],
        [2.2, 1.2, 1.8, 0.7, 1.8, 3.5],
    )
    sections = [
        Section(_t("Översikt"), facts=overview_facts(client, date.today())),
        Section(_t("Samtal"), table=contacts, empty_text=_t("Inga samtal.")),
    ]
    if data.notes is not None:
        sections.append(
            Section(
                _t("Journal"),
                paragraphs=[
                    f"{n.written_at:%Y-%m-%d %H:%M} {n.written_by_name} – {n.title}"
                    f"{'' if n.current else ' ' + _t('(ersatt av rättelse)')}\n{n.text}"
                    for n in data.notes
                ],
                empty_text=_t("Inga anteckningar."),
            )
        )
    relations = [
        one_line(c) for c in data.relatives + data.relative_of + data.members + data.couples
    ]
    sections.append(Section(_t("Relationer"), paragraphs=relations, empty_text=_t("Inga.")))
    sections.append(
        Section(
            _t("Barn"),
            facts=[
                (_t("Barn under 18 år"), label_text(client.draft.minor_children)),
                (_t("Bor med barnen"), label_text(client.draft.lives_with_children)),
            ],
            paragraphs=[
                f"{c.reported_on.isoformat()} {_t('orosanmälan till')} {c.recipient}"
                f" ({c.reported_by_name})"
                for c in data.concerns
            ],
        )
    )
    sections.append(
        Section(
            _t("Avslut och historik"),
            paragraphs=[
                f"{e.opened_on.isoformat()} – "
                f"{e.closed_on.isoformat() if e.closed_on else _t('pågår')}"
                f"{' ' + label_text(e.close_reason) if e.close_reason else ''}"
                for e in data.episodes
            ],
        )
    )
    return Document(
        title=_t("Klientkort %1").replace("%1", client.code),
        subtitle=display_name(client),
        facts=[(_t("Enhet"), unit_name)],
        sections=sections,
        footer=_t("Utskrivet %1 av %2 – sekretessbelagda uppgifter")
        .replace("%1", datetime.now().strftime("%Y-%m-%d %H:%M"))
        .replace("%2", printed_by),
    )
