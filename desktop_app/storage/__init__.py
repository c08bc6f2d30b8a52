"""Storage layer: the only place that speaks SQL (SQLCipher through sqlite-utils)."""
