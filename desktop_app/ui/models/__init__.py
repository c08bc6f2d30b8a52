"""UI layer: table models (fed rows by their page; never read the database)."""
