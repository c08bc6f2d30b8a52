"""Core layer: the clients of a period (source 001's "153 klienter (och 13 anhöriga)"):
unique persons and contacts, new and continuing, anonymous share and the breakdowns."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class ClientReport:
    clients: int  # unique persons with a contact in the period, relatives not included
    relatives: int  # counted apart
    couples: int  # couple cases with a contact, counted apart
    contacts: int  # contacts with clients, relatives and couples
    unregistered_contacts: int
    new: int
    continuing: int
    anonymous: int
    by_gender: dict[str, int] = field(default_factory=dict)
    by_age: dict[str, int] = field(default_factory=dict)
    by_target_group: dict[str, int] = field(default_factory=dict)
    by_referral: dict[str, int] = field(default_factory=dict)
    by_municipality: dict[str, int] = field(default_factory=dict)
    by_district: dict[str, int] = field(default_factory=dict)
    # referral -> municipality group (CostSharing.group) -> clients; only with a cost
    # sharing agreement (the groups are its parties)
    by_referral_group: dict[str, dict[str, int]] = field(default_factory=dict)
    home: str | None = None  # the agreement's own municipality when the period was counted

    @property
    def anonymous_share(self) -> float | None:
        return self.anonymous / self.clients if self.clients else None


@dataclass(frozen=True)
class ClientRow:
    """What the report needs of one client with contacts in the period."""

    kind: str
    anonymous: bool
    gender: str
    birth_year: int | None
    municipality: str
    district: str
    target_group: str | None
    referral: str | None
    new: bool
    contacts: int
