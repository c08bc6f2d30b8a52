"""Storage layer: migration 5: outreach (with materials and observed ads), lectures and
study visits, consultations, user surveys, yearly goals, and the log of imported files."""

from __future__ import annotations

from desktop_app.storage.db import Database

_TABLES = [
    """CREATE TABLE outreach (
        id INTEGER PRIMARY KEY,
        day TEXT NOT NULL,
        month TEXT NOT NULL,
        arena TEXT NOT NULL,
        contacts INTEGER NOT NULL CHECK (contacts >= 0),
        new_persons INTEGER NOT NULL DEFAULT 0 CHECK (new_persons BETWEEN 0 AND contacts),
        women INTEGER NOT NULL DEFAULT 0 CHECK (women >= 0),
        men INTEGER NOT NULL DEFAULT 0 CHECK (men >= 0),
        others INTEGER NOT NULL DEFAULT 0 CHECK (others >= 0),
        mails INTEGER NOT NULL DEFAULT 0 CHECK (mails >= 0),
        sms INTEGER NOT NULL DEFAULT 0 CHECK (sms >= 0),
        replies INTEGER NOT NULL DEFAULT 0 CHECK (replies >= 0),
        ads TEXT NOT NULL DEFAULT '{}',
        note TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        created_by INTEGER REFERENCES users (id)
    )""",
    "CREATE INDEX outreach_month ON outreach (month)",
    "CREATE INDEX outreach_day ON outreach (day)",
    """CREATE TABLE materials (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE COLLATE NOCASE,
        stock INTEGER NOT NULL DEFAULT 0 CHECK (stock >= 0)
    )""",
    """CREATE TABLE outreach_materials (
        outreach_id INTEGER NOT NULL REFERENCES outreach (id) ON DELETE CASCADE,
        material_id INTEGER NOT NULL REFERENCES materials (id),
        count INTEGER NOT NULL CHECK (count >= 0),
        PRIMARY KEY (outreach_id, material_id)
    )""",
    """CREATE TABLE work_staff (
        kind TEXT NOT NULL CHECK (kind IN ('outreach', 'education', 'consultation')),
        record_id INTEGER NOT NULL,
        user_id INTEGER NOT NULL REFERENCES users (id),
        PRIMARY KEY (kind, record_id, user_id)
    )""",
    """CREATE TABLE education (
        id INTEGER PRIMARY KEY,
        day TEXT NOT NULL,
        month TEXT NOT NULL,
        kind TEXT NOT NULL,
        participants INTEGER NOT NULL CHECK (participants >= 0),
        audience TEXT NOT NULL DEFAULT '',
        organisation TEXT NOT NULL DEFAULT '',
        municipality TEXT NOT NULL DEFAULT 'unknown',
        title TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL
    )""",
    "CREATE INDEX education_month ON education (month)",
    """CREATE TABLE consultations (
        id INTEGER PRIMARY KEY,
        day TEXT NOT NULL,
        month TEXT NOT NULL,
        profession TEXT NOT NULL,
        municipality TEXT NOT NULL DEFAULT 'unknown',
        form TEXT NOT NULL,
        minutes INTEGER NOT NULL DEFAULT 0 CHECK (minutes >= 0),
        created_at TEXT NOT NULL
    )""",
    "CREATE INDEX consultations_month ON consultations (month)",
    """CREATE TABLE surveys (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        year INTEGER NOT NULL,
        options TEXT NOT NULL
    )""",
    """CREATE TABLE survey_statements (
        id INTEGER PRIMARY KEY,
        survey_id INTEGER NOT NULL REFERENCES surveys (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        text TEXT NOT NULL
    )""",
    """CREATE TABLE survey_responses (
        id INTEGER PRIMARY KEY,
        survey_id INTEGER NOT NULL REFERENCES surveys (id) ON DELETE CASCADE,
        entered_at TEXT NOT NULL
    )""",
    """CREATE TABLE survey_answers (
        response_id INTEGER NOT NULL REFERENCES survey_responses (id) ON DELETE CASCADE,
        statement_id INTEGER NOT NULL REFERENCES survey_statements (id) ON DELETE CASCADE,
        option INTEGER NOT NULL CHECK (option >= 0),
        PRIMARY KEY (response_id, statement_id)
    )""",
    """CREATE TABLE goals (
        id INTEGER PRIMARY KEY,
        year INTEGER NOT NULL,
        position INTEGER NOT NULL,
        goal TEXT NOT NULL,
        activity TEXT NOT NULL DEFAULT '',
        score INTEGER CHECK (score IS NULL OR score BETWEEN 1 AND 3),
        comment TEXT NOT NULL DEFAULT ''
    )""",
    "CREATE INDEX goals_year ON goals (year, position)",
    """CREATE TABLE imports (
        id INTEGER PRIMARY KEY,
        sha256 TEXT NOT NULL,
        kind TEXT NOT NULL,
        file_name TEXT NOT NULL,
        rows INTEGER NOT NULL,
        imported_at TEXT NOT NULL,
        imported_by INTEGER REFERENCES users (id),
        UNIQUE (sha256, kind)
    )""",
]


def m005_unit_work(db: Database) -> None:
    for statement in _TABLES:
        db.execute(statement)


def m006_anonymous_attendance(db: Database) -> None:
    """A session imported as "that many attended" keeps the number, not persons."""
    db.execute(
        "ALTER TABLE meetings ADD COLUMN anonymous_attendance INTEGER NOT NULL DEFAULT 0"
        " CHECK (anonymous_attendance >= 0)"
    )


def m007_frozen_periods(db: Database) -> None:
    """A closed ("fastställd") period keeps its figures: later purging cannot change them."""
    db.execute(
        """CREATE TABLE frozen_periods (
            start TEXT NOT NULL,
            end TEXT NOT NULL,
            frozen_at TEXT NOT NULL,
            frozen_by INTEGER REFERENCES users (id),
            key_figures TEXT NOT NULL,
            clients TEXT NOT NULL,
            PRIMARY KEY (start, end)
        )"""
    )


def m008_statistics_indexes(db: Database) -> None:
    """Covering indexes that lead with the stored month, so a year's figures are read
    from the index in month order: no table lookups and no in-memory sort (SQLCipher keeps
    temporary data in memory, which makes a large GROUP BY slow)."""
    db.execute("CREATE INDEX contacts_month_day ON contacts (month, day, client_id)")
    db.execute("CREATE INDEX outreach_month_day ON outreach (month, day, contacts, new_persons)")
    db.execute("CREATE INDEX education_month_day ON education (month, day, participants)")
    db.execute("CREATE INDEX consultations_month_day ON consultations (month, day)")
    for table in ("contacts", "outreach", "education", "consultations"):
        db.execute(f"DROP INDEX {table}_month")  # the new ones lead with the month


def m013_import_rows(db: Database) -> None:
    """What each import created, row by row, with the row's fingerprint: a re-import
    brings in only rows not already there, and an import can be undone as a whole.
    ``previous`` keeps a group session's head count an import replaced."""
    db.execute(
        """CREATE TABLE import_rows (
            import_id INTEGER NOT NULL REFERENCES imports (id) ON DELETE CASCADE,
            fingerprint TEXT NOT NULL,
            entity TEXT NOT NULL,
            entity_id INTEGER NOT NULL,
            previous INTEGER
        )"""
    )
    db.execute("CREATE INDEX import_rows_import ON import_rows (import_id)")
    db.execute("CREATE INDEX import_rows_fingerprint ON import_rows (fingerprint)")


def m014_meeting_sequence(db: Database) -> None:
    """How many times a meeting was moved or cancelled: the SEQUENCE of its calendar
    event, so a calendar that imported it before takes the change."""
    db.execute("ALTER TABLE meetings ADD COLUMN sequence INTEGER NOT NULL DEFAULT 0")


def m018_frozen_sections(db: Database) -> None:
    """A frozen period keeps every report's figures (``sections``: the per-municipality
    report and any later ones, as JSON), and why it was frozen anew if it was."""
    db.execute("ALTER TABLE frozen_periods ADD COLUMN sections TEXT NOT NULL DEFAULT '{}'")
    db.execute("ALTER TABLE frozen_periods ADD COLUMN reason TEXT")


def m019_outreach_counters(db: Database) -> None:
    """A unit's own counters per outreach day (e.g. ads seen: "alltid kondom / endast
    oralsex / saknas uppgift"), kept as materials that are counted, not handed out."""
    db.execute(
        "ALTER TABLE materials ADD COLUMN counter INTEGER NOT NULL DEFAULT 0"
        " CHECK (counter IN (0, 1))"
    )
