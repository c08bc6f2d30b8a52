"""UI layer: the client card (klientkort): one window with every part of a case."""
