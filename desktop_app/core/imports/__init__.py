"""Core layer: importing counts kept in spreadsheets (CSV as Swedish Excel writes it, XLSX)."""
