"""UI layer: groups and courses (Grupper och kurser)."""
