"""Core layer: domain values and services. No Qt, no SQL driver, no reportlab."""
