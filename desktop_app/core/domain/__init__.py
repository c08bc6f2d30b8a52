"""Core layer: domain values (frozen dataclasses, enums, typed ids)."""
