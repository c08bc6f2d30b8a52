"""UI layer: the client card as a printable document (texts translated here, rendered
by the reports layer)."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication

from desktop_app.reports.document import Document, Section, Table
from desktop_app.ui.client_card.card_data import CardData
from desktop_app.ui.client_card.texts import display_name, one_line, overview_facts
from desktop_app.ui.feedback import label_text


def card_document(data: CardData, unit_name: str, printed_by: str) -> Document:
    client = data.client
    contacts = Table(
        [
            QCoreApplication.translate("CardDocument", "Datum"),
            QCoreApplication.translate("CardDocument", "Form"),
            QCoreApplication.translate("CardDocument", "Typ"),
            QCoreApplication.translate("CardDocument", "Min"),
            QCoreApplication.translate("CardDocument", "Medarbetare"),
            QCoreApplication.translate("CardDocument", "Anteckning"),
        ],
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
        Section(
            QCoreApplication.translate("CardDocument", "Översikt"),
            facts=overview_facts(client, date.today(), data.members),
        ),
        Section(
            QCoreApplication.translate("CardDocument", "Samtal"),
            table=contacts,
            empty_text=QCoreApplication.translate("CardDocument", "Inga samtal."),
        ),
    ]
    replaced = QCoreApplication.translate("CardDocument", "(ersatt av rättelse)")
    reported_to = QCoreApplication.translate("CardDocument", "orosanmälan till")
    ongoing = QCoreApplication.translate("CardDocument", "pågår")
    open_text = QCoreApplication.translate("CardDocument", "öppen")
    closed_text = QCoreApplication.translate("CardDocument", "avslutad %1")
    questions = {q.key: (label_text(q.key) if q.builtin else q.text) for q in data.questions}
    if data.notes is not None:
        sections.append(
            Section(
                QCoreApplication.translate("CardDocument", "Journal"),
                paragraphs=[
                    f"{n.written_at:%Y-%m-%d %H:%M} {n.written_by_name} – {n.title}"
                    f"{'' if n.current else ' ' + replaced}\n{n.text}"
                    for n in data.notes
                ],
                empty_text=QCoreApplication.translate("CardDocument", "Inga anteckningar."),
            )
        )
    kinds = (  # which relation is which
        (QCoreApplication.translate("CardDocument", "Anhörig"), data.relatives),
        (QCoreApplication.translate("CardDocument", "Anhörig till"), data.relative_of),
        (QCoreApplication.translate("CardDocument", "I paret"), data.members),
        (QCoreApplication.translate("CardDocument", "Del av paret"), data.couples),
    )
    relations = [f"{kind}: {one_line(c)}" for kind, found in kinds for c in found]
    sections.append(
        Section(
            QCoreApplication.translate("CardDocument", "Relationer"),
            paragraphs=relations,
            empty_text=QCoreApplication.translate("CardDocument", "Inga."),
        )
    )
    sections.append(
        Section(
            QCoreApplication.translate("CardDocument", "Barn"),
            facts=[
                (
                    QCoreApplication.translate("CardDocument", "Barn under 18 år"),
                    label_text(client.draft.minor_children),
                ),
                (
                    QCoreApplication.translate("CardDocument", "Bor med barnen"),
                    label_text(client.draft.lives_with_children),
                ),
            ],
            paragraphs=[
                f"{c.reported_on.isoformat()} {reported_to} {c.recipient} ({c.reported_by_name})"
                f" – {open_text if c.open else closed_text.replace('%1', c.closed_on.isoformat())}"
                for c in data.concerns
            ],
        )
    )
    sections.append(
        Section(
            QCoreApplication.translate("CardDocument", "Avslut och historik"),
            paragraphs=[
                f"{e.opened_on.isoformat()} – "
                f"{e.closed_on.isoformat() if e.closed_on else ongoing}"
                f"{' ' + label_text(e.close_reason) if e.close_reason else ''}"
                + "".join(
                    f"\n{questions.get(key, key)}: {label_text(answer)}"
                    for key, answer in e.follow_up.items()
                )
                for e in data.episodes
            ],
        )
    )
    return Document(
        title=QCoreApplication.translate("CardDocument", "Klientkort %1").replace(
            "%1", client.code
        ),
        subtitle=display_name(client),
        facts=[(QCoreApplication.translate("CardDocument", "Enhet"), unit_name)],
        sections=sections,
        footer=QCoreApplication.translate(
            "CardDocument", "Utskrivet %1 av %2 – sekretessbelagda uppgifter"
        )
        .replace("%1", datetime.now().strftime("%Y-%m-%d %H:%M"))
        .replace("%2", printed_by),
    )
