"""Core layer: a contact (samtal), registered on a client or unregistered."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from desktop_app.core.domain.client_enums import TargetGroup
from desktop_app.core.domain.contact_enums import ContactForm, ContactKind, Participants
from desktop_app.core.domain.ids import ClientId, ContactId, UserId


@dataclass(frozen=True)
class ContactDraft:
    at: datetime
    form: ContactForm
    kind: ContactKind
    minutes: int
    staff_id: UserId
    participants: Participants = Participants.CLIENT
    note: str = ""
    client_id: ClientId | None = None  # None: an unregistered contact
    # Only for unregistered contacts (a registered one takes these from the client):
    target_group: TargetGroup | None = None
    municipality: str | None = None


@dataclass(frozen=True)
class Contact:
    id: ContactId
    draft: ContactDraft
    staff_name: str = ""

    @property
    def registered(self) -> bool:
        return self.draft.client_id is not None
