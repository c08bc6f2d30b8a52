"""Vägval: an offline register for small Swedish prevention units."""

__version__ = "0.1.0"
APP_NAME = "Vägval"
