"""Core layer: typed identifiers."""

from typing import NewType

UserId = NewType("UserId", int)
AuditEntryId = NewType("AuditEntryId", int)
