"""Storage layer: migration 2: clients, contacts, journal, relations, children, closing."""

from __future__ import annotations

from desktop_app.storage.db import Database

_TABLES = [
    """CREATE TABLE clients (
        id INTEGER PRIMARY KEY,
        code TEXT NOT NULL UNIQUE,
        code_year INTEGER NOT NULL,
        code_seq INTEGER NOT NULL,
        kind TEXT NOT NULL DEFAULT 'person' CHECK (kind IN ('person', 'couple')),
        anonymous INTEGER NOT NULL DEFAULT 0 CHECK (anonymous IN (0, 1)),
        name TEXT NOT NULL DEFAULT '',
        personal_id TEXT NOT NULL DEFAULT '',
        birth_year INTEGER,
        gender TEXT NOT NULL DEFAULT 'not_stated',
        municipality TEXT NOT NULL DEFAULT 'unknown',
        district TEXT NOT NULL DEFAULT '',
        target_group TEXT,
        referral TEXT,
        requested_on TEXT,
        first_offered_on TEXT,
        responsible_id INTEGER REFERENCES users (id),
        minor_children TEXT NOT NULL DEFAULT 'unknown',
        lives_with_children TEXT NOT NULL DEFAULT 'unknown',
        created_at TEXT NOT NULL,
        created_by INTEGER REFERENCES users (id),
        updated_at TEXT NOT NULL,
        closed_on TEXT,
        close_reason TEXT,
        last_contact_on TEXT,
        contact_count INTEGER NOT NULL DEFAULT 0,
        open_concerns INTEGER NOT NULL DEFAULT 0,
        last_entry_at TEXT NOT NULL,
        -- An anonymous client can never carry a name or a personal identity number.
        CHECK (anonymous = 0 OR (name = '' AND personal_id = ''))
    )""",
    "CREATE UNIQUE INDEX clients_code_seq ON clients (code_year, code_seq)",
    "CREATE INDEX clients_closed ON clients (closed_on)",
    "CREATE INDEX clients_responsible ON clients (responsible_id)",
    "CREATE INDEX clients_last_contact ON clients (last_contact_on)",
    "CREATE INDEX clients_waiting ON clients (requested_on) WHERE first_offered_on IS NULL",
    """CREATE VIRTUAL TABLE clients_fts USING fts5 (
        code, name, personal_id, titles,
        tokenize = "unicode61 remove_diacritics 2"
    )""",
    """CREATE TABLE client_links (
        client_id INTEGER NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
        other_id INTEGER NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
        link TEXT NOT NULL CHECK (link IN ('relative', 'member')),
        created_at TEXT NOT NULL,
        PRIMARY KEY (client_id, other_id, link),
        CHECK (client_id <> other_id)
    )""",
    "CREATE INDEX client_links_other ON client_links (other_id)",
    """CREATE TABLE contacts (
        id INTEGER PRIMARY KEY,
        client_id INTEGER REFERENCES clients (id) ON DELETE CASCADE,
        at TEXT NOT NULL,
        day TEXT NOT NULL,
        month TEXT NOT NULL,
        form TEXT NOT NULL,
        kind TEXT NOT NULL,
        minutes INTEGER NOT NULL CHECK (minutes >= 0),
        staff_id INTEGER REFERENCES users (id),
        participants TEXT NOT NULL DEFAULT 'client',
        note TEXT NOT NULL DEFAULT '',
        target_group TEXT,
        municipality TEXT,
        created_at TEXT NOT NULL,
        created_by INTEGER REFERENCES users (id)
    )""",
    "CREATE INDEX contacts_client ON contacts (client_id, at)",
    "CREATE INDEX contacts_month ON contacts (month)",
    "CREATE INDEX contacts_day ON contacts (day)",
    """CREATE TABLE journal_notes (
        id INTEGER PRIMARY KEY,
        client_id INTEGER NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
        root_id INTEGER NOT NULL,
        version INTEGER NOT NULL,
        title TEXT NOT NULL,
        text TEXT NOT NULL,
        written_by INTEGER REFERENCES users (id),
        written_at TEXT NOT NULL,
        superseded_by INTEGER,
        UNIQUE (root_id, version)
    )""",
    "CREATE INDEX journal_client ON journal_notes (client_id, written_at)",
    # A saved note is never edited in place (SOSFS 2014:5): only the link to the
    # version that corrects it may be set, once (and a first version's root, from 0).
    """CREATE TRIGGER journal_notes_immutable BEFORE UPDATE ON journal_notes
       WHEN NEW.title IS NOT OLD.title OR NEW.text IS NOT OLD.text
         OR NEW.written_by IS NOT OLD.written_by OR NEW.written_at IS NOT OLD.written_at
         OR NEW.client_id IS NOT OLD.client_id
         OR (NEW.root_id IS NOT OLD.root_id AND OLD.root_id <> 0)
         OR NEW.version IS NOT OLD.version OR OLD.superseded_by IS NOT NULL
       BEGIN SELECT RAISE(ABORT, 'journal notes are append-only'); END""",
    """CREATE TABLE concern_reports (
        id INTEGER PRIMARY KEY,
        client_id INTEGER NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
        reported_on TEXT NOT NULL,
        recipient TEXT NOT NULL,
        reported_by INTEGER REFERENCES users (id),
        note TEXT NOT NULL DEFAULT '',
        closed_on TEXT
    )""",
    "CREATE INDEX concern_client ON concern_reports (client_id)",
    """CREATE TABLE client_episodes (
        id INTEGER PRIMARY KEY,
        client_id INTEGER NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
        opened_on TEXT NOT NULL,
        closed_on TEXT,
        close_reason TEXT
    )""",
    "CREATE INDEX episodes_client ON client_episodes (client_id, opened_on)",
    """CREATE TABLE followup_questions (
        key TEXT PRIMARY KEY,
        text TEXT NOT NULL DEFAULT '',
        builtin INTEGER NOT NULL DEFAULT 0,
        position INTEGER NOT NULL
    )""",
    """CREATE TABLE followup_answers (
        episode_id INTEGER NOT NULL REFERENCES client_episodes (id) ON DELETE CASCADE,
        question_key TEXT NOT NULL REFERENCES followup_questions (key),
        answer TEXT NOT NULL,
        PRIMARY KEY (episode_id, question_key)
    )""",
    """INSERT INTO followup_questions (key, text, builtin, position) VALUES
        ('stopped_buying_sex', '', 1, 1), ('stopped_porn', '', 1, 2)""",
]


def m002_clients(db: Database) -> None:
    for statement in _TABLES:
        db.execute(statement)


def m003_client_list_indexes(db: Database) -> None:
    """The list's default views (active or closed, newest contact first) read one page
    straight from an index instead of sorting every client."""
    db.execute("CREATE INDEX clients_status_last_contact ON clients (closed_on, last_contact_on)")
