"""UI layer: PySide6 widgets. Calls services; never writes SQL."""
