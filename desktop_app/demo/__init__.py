"""Demo data: a deterministic generator of a fictional unit (no real personal data)."""
