"""UI layer: dialogs."""
