"""Admin command line (``vagval-admin``) for IT staff and scheduled tasks."""
