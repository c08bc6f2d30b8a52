"""UI layer: the register extract (registerutdrag, GDPR art. 15) as a printable document:
the client card's sections, complete, with follow-up answers, course participation and
what the unit does with the data."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop_app.core.services.register_extract import RegisterExtract
from desktop_app.reports.document import Document, Section, Table
from desktop_app.ui.client_card.card_data import CardData
from desktop_app.ui.client_card.card_document import card_document
from desktop_app.ui.feedback import label_text


def extract_document(extract: RegisterExtract, unit_name: str) -> Document:
    data = CardData(
        client=extract.client,
        contacts=extract.contacts,
        notes=extract.notes,
        concerns=extract.concerns,
        episodes=extract.episodes,
        questions=extract.questions,
        relatives=extract.related,
        relative_of=[],
        members=[],
        couples=[],
        unit_name=unit_name,
    )
    card = card_document(data, unit_name, extract.made_by)
    about = Section(
        QCoreApplication.translate("ExtractDocument", "Om utdraget"),
        paragraphs=[
            QCoreApplication.translate(
                "ExtractDocument",
                "Detta är allt %1 har registrerat om dig i programmet Vägval, enligt artikel 15 "
                "i dataskyddsförordningen (GDPR). Uppgifterna behandlas för att ge dig stöd "
                "och samtal enligt socialtjänstlagen och dokumenteras enligt SoL 11 kap.",
            ).replace("%1", unit_name),
            QCoreApplication.translate(
                "ExtractDocument",
                "Uppgifterna gallras %1 år efter den senaste anteckningen (SoL 12 kap.). De "
                "lämnas inte ut till andra, utom när lagen kräver det (till exempel en "
                "orosanmälan till socialtjänsten). Du har rätt att begära rättelse av "
                "felaktiga uppgifter.",
            ).replace("%1", str(extract.keep_years)),
        ],
    )
    questions = {q.key: (label_text(q.key) if q.builtin else q.text) for q in extract.questions}
    follow_up = [
        f"{e.closed_on.isoformat()}: {questions.get(key, key)} – {label_text(answer)}"
        for e in extract.episodes
        if e.closed_on is not None
        for key, answer in e.follow_up.items()
    ]
    interest_list = QCoreApplication.translate("ExtractDocument", "intresselista")
    courses = Table(
        [
            QCoreApplication.translate("ExtractDocument", "Anmäld"),
            QCoreApplication.translate("ExtractDocument", "Kurs eller grupp"),
            QCoreApplication.translate("ExtractDocument", "Status"),
        ],
        [
            [
                r.joined_at.strftime("%Y-%m-%d"),
                name if r.activity_id else f"{name} ({interest_list})",
                label_text(r.status),
            ]
            for r, name in extract.registrations
        ],
        [1.2, 3.5, 1.5],
    )
    bookings = Table(
        [
            QCoreApplication.translate("ExtractDocument", "Tid"),
            QCoreApplication.translate("ExtractDocument", "Minuter"),
            QCoreApplication.translate("ExtractDocument", "Form"),
            QCoreApplication.translate("ExtractDocument", "Hos"),
            QCoreApplication.translate("ExtractDocument", "Blev"),
            QCoreApplication.translate("ExtractDocument", "Anteckning"),
        ],
        [
            [
                b.draft.starts_at.strftime("%Y-%m-%d %H:%M"),
                str(b.draft.minutes),
                label_text(b.draft.form),
                b.staff_name,
                label_text(b.status),
                b.draft.note,
            ]
            for b in extract.bookings
        ],
        [1.6, 0.8, 1, 1.4, 1.4, 3],
        nowrap=(0,),
    )
    participant = extract.participant
    sections = [
        about,
        *card.sections,
        Section(
            QCoreApplication.translate("ExtractDocument", "Uppföljning vid avslut"),
            paragraphs=follow_up,
            empty_text=QCoreApplication.translate("ExtractDocument", "Inga svar."),
        ),
        Section(
            QCoreApplication.translate("ExtractDocument", "Bokade besök"),
            table=bookings if extract.bookings else None,
            empty_text=QCoreApplication.translate("ExtractDocument", "Inga bokade besök."),
        ),
        Section(
            QCoreApplication.translate("ExtractDocument", "Kurser och grupper"),
            facts=[
                (QCoreApplication.translate("ExtractDocument", "Deltagarkod"), participant.code),
                (QCoreApplication.translate("ExtractDocument", "Namn"), participant.draft.name),
                (QCoreApplication.translate("ExtractDocument", "Telefon"), participant.draft.phone),
            ]
            if participant
            else [],
            table=courses if extract.registrations else None,
            empty_text=QCoreApplication.translate(
                "ExtractDocument", "Inte anmäld till någon kurs eller grupp."
            ),
        ),
    ]
    return Document(
        title=QCoreApplication.translate("ExtractDocument", "Registerutdrag %1").replace(
            "%1", extract.client.code
        ),
        subtitle=card.subtitle,
        facts=[
            (QCoreApplication.translate("ExtractDocument", "Enhet"), unit_name),
            (
                QCoreApplication.translate("ExtractDocument", "Utdraget gjort"),
                extract.made_at.strftime("%Y-%m-%d %H:%M"),
            ),
            (QCoreApplication.translate("ExtractDocument", "Av"), extract.made_by),
        ],
        sections=sections,
        footer=QCoreApplication.translate(
            "ExtractDocument", "Registerutdrag enligt GDPR art. 15 – sekretessbelagda uppgifter"
        ),
    )
