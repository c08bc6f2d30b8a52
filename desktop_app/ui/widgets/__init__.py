"""UI layer: small reusable widgets."""
