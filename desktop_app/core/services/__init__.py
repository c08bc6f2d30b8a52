"""Core layer: services (rules, validation, permissions) over repository ports."""
