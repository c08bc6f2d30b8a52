"""UI layer: pages of the main window."""
