"""Storage layer: repositories (SQL in, domain objects out)."""
