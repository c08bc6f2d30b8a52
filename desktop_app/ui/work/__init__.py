"""UI layer: outreach and education (Uppsökande och utbildning)."""
