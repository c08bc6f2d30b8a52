"""Core layer: why a saved record is removed or cancelled."""

from __future__ import annotations

from enum import StrEnum


class RemovalReason(StrEnum):
    """Why a saved record is removed (a fixed list: free text could name someone, and
    the audit log is readable by roles that must not see names)."""

    WRONG_CLIENT = "wrong_client"  # saved on the wrong client
    DUPLICATE = "duplicate"  # registered twice
    MISTAKE = "mistake"  # registered by mistake (never took place)
    OTHER = "other"
