"""Storage layer: migration 4: course types, activities (course occasions and recurring
groups), meetings, participants, registrations, attendance and questionnaires."""

from __future__ import annotations

from desktop_app.storage.db import Database

_TABLES = [
    """CREATE TABLE course_types (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE COLLATE NOCASE,
        meeting_minutes INTEGER NOT NULL CHECK (meeting_minutes > 0),
        meeting_count INTEGER NOT NULL CHECK (meeting_count > 0),
        capacity INTEGER NOT NULL CHECK (capacity > 0),
        minimum INTEGER NOT NULL CHECK (minimum > 0),
        target_group TEXT,
        default_venue TEXT NOT NULL DEFAULT ''
    )""",
    """CREATE TABLE questionnaire_statements (
        id INTEGER PRIMARY KEY,
        type_id INTEGER NOT NULL REFERENCES course_types (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        text TEXT NOT NULL
    )""",
    """CREATE TABLE activities (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('course', 'group')),
        type_id INTEGER REFERENCES course_types (id),
        name TEXT NOT NULL,
        venue TEXT NOT NULL DEFAULT '',
        capacity INTEGER NOT NULL CHECK (capacity > 0),
        minimum INTEGER NOT NULL CHECK (minimum > 0),
        deadline TEXT,
        guests TEXT NOT NULL DEFAULT '',
        rhythm_days INTEGER,
        created_at TEXT NOT NULL,
        cancelled_on TEXT
    )""",
    """CREATE TABLE activity_leaders (
        activity_id INTEGER NOT NULL REFERENCES activities (id) ON DELETE CASCADE,
        user_id INTEGER NOT NULL REFERENCES users (id),
        PRIMARY KEY (activity_id, user_id)
    )""",
    """CREATE TABLE meetings (
        id INTEGER PRIMARY KEY,
        activity_id INTEGER NOT NULL REFERENCES activities (id) ON DELETE CASCADE,
        starts_at TEXT NOT NULL,
        ends_at TEXT NOT NULL,
        day TEXT NOT NULL,
        venue TEXT NOT NULL DEFAULT '',
        reunion INTEGER NOT NULL DEFAULT 0,
        cancelled INTEGER NOT NULL DEFAULT 0,
        attendance_taken INTEGER NOT NULL DEFAULT 0,
        CHECK (ends_at > starts_at)
    )""",
    "CREATE INDEX meetings_activity ON meetings (activity_id, starts_at)",
    "CREATE INDEX meetings_day ON meetings (day)",
    """CREATE TABLE participants (
        id INTEGER PRIMARY KEY,
        code TEXT NOT NULL UNIQUE,
        code_year INTEGER NOT NULL,
        code_seq INTEGER NOT NULL,
        name TEXT NOT NULL DEFAULT '',
        phone TEXT NOT NULL DEFAULT '',
        municipality TEXT NOT NULL DEFAULT 'unknown',
        district TEXT NOT NULL DEFAULT '',
        referral TEXT,
        birth_year INTEGER,
        gender TEXT NOT NULL DEFAULT 'not_stated',
        client_id INTEGER REFERENCES clients (id) ON DELETE SET NULL,
        created_at TEXT NOT NULL
    )""",
    "CREATE UNIQUE INDEX participants_client ON participants (client_id) WHERE client_id IS NOT NULL",
    """CREATE TABLE registrations (
        id INTEGER PRIMARY KEY,
        activity_id INTEGER REFERENCES activities (id) ON DELETE CASCADE,
        type_id INTEGER REFERENCES course_types (id),
        participant_id INTEGER NOT NULL REFERENCES participants (id) ON DELETE CASCADE,
        status TEXT NOT NULL,
        joined_at TEXT NOT NULL,
        changed_at TEXT NOT NULL,
        left_on TEXT,
        late_cancel INTEGER NOT NULL DEFAULT 0,
        CHECK (activity_id IS NOT NULL OR type_id IS NOT NULL)
    )""",
    """CREATE UNIQUE INDEX registrations_once ON registrations (activity_id, participant_id)
       WHERE activity_id IS NOT NULL""",
    """CREATE UNIQUE INDEX interest_once ON registrations (type_id, participant_id)
       WHERE activity_id IS NULL""",
    "CREATE INDEX registrations_participant ON registrations (participant_id)",
    """CREATE TABLE attendance (
        meeting_id INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
        participant_id INTEGER NOT NULL REFERENCES participants (id) ON DELETE CASCADE,
        present INTEGER NOT NULL CHECK (present IN (0, 1)),
        PRIMARY KEY (meeting_id, participant_id)
    )""",
    """CREATE TABLE questionnaire_answers (
        activity_id INTEGER NOT NULL REFERENCES activities (id) ON DELETE CASCADE,
        participant_id INTEGER NOT NULL REFERENCES participants (id) ON DELETE CASCADE,
        statement_id INTEGER NOT NULL REFERENCES questionnaire_statements (id),
        phase TEXT NOT NULL CHECK (phase IN ('before', 'after')),
        value INTEGER NOT NULL CHECK (value BETWEEN 1 AND 5),
        PRIMARY KEY (activity_id, participant_id, statement_id, phase)
    )""",
    # The two ready templates (MedVind's one-day course; the relatives' course).
    """INSERT INTO course_types (name, meeting_minutes, meeting_count, capacity, minimum,
        target_group, default_venue) VALUES
        ('MedVind – endagskurs', 360, 1, 12, 4, 'buyer', ''),
        ('Anhörigkurs', 150, 5, 10, 7, 'relative', '')""",
    """INSERT INTO questionnaire_statements (type_id, position, text) VALUES
        (1, 1, 'Att köpa sex skadar den som säljer'),
        (1, 2, 'Jag vet var jag kan få hjälp om jag vill sluta'),
        (1, 3, 'Jag tror att jag kommer att köpa sex igen'),
        (2, 1, 'Jag förstår vad min närstående gått igenom'),
        (2, 2, 'Jag vet var jag själv kan få stöd')""",
]


def m004_courses(db: Database) -> None:
    for statement in _TABLES:
        db.execute(statement)


def m015_waiting_queue(db: Database) -> None:
    """The waiting list as a queue: when each person joined it (``waitlisted_at``), their
    place in it (``queue_pos``: a leader may move someone, with a reason) and, for a freed
    place offered to the first in line, until when it is held (``offer_until``)."""
    for column in ("waitlisted_at TEXT", "queue_pos INTEGER", "offer_until TEXT"):
        db.execute(f"ALTER TABLE registrations ADD COLUMN {column}")
    db.execute(
        """UPDATE registrations SET waitlisted_at = changed_at,
               queue_pos = (SELECT count(*) FROM registrations o
                            WHERE o.activity_id = registrations.activity_id
                              AND o.status = 'waiting'
                              AND (o.changed_at, o.id) <= (registrations.changed_at,
                                                           registrations.id))
           WHERE status = 'waiting' AND activity_id IS NOT NULL"""
    )
    db.execute("CREATE INDEX registrations_queue ON registrations (activity_id, queue_pos)")


def m016_course_type_defaults(db: Database) -> None:
    """A course type's description (for its certificates) and the usual weekday and
    start time of its meetings (new occasions begin from them)."""
    db.execute("ALTER TABLE course_types ADD COLUMN description TEXT NOT NULL DEFAULT ''")
    db.execute("ALTER TABLE course_types ADD COLUMN weekday INTEGER")
    db.execute("ALTER TABLE course_types ADD COLUMN starts TEXT")
    # The two ready templates get theirs (a unit corrects them under Kurstyper).
    db.execute(
        """UPDATE course_types SET weekday = 5, starts = '09:00',
               description = 'En kursdag i grupp för män som köper sex eller riskerar att göra '
                   || 'det: om vad köpet gör med den som säljer, med föreläsare som själva har '
                   || 'varit i prostitution, och om vägar till förändring.'
           WHERE name = 'MedVind – endagskurs' AND description = ''"""
    )
    db.execute(
        """UPDATE course_types SET weekday = 1, starts = '18:00',
               description = 'En kurs för anhöriga i flera kvällsträffar och en återträff: om '
                   || 'vad som har hänt, om ens egna reaktioner och om var man själv kan få stöd.'
           WHERE name = 'Anhörigkurs' AND description = ''"""
    )


def m017_invitations(db: Database) -> None:
    """When each participant was sent the invitation letter (its answer is the status
    that follows: bekräftad or avbokad, in the audit log)."""
    db.execute("ALTER TABLE registrations ADD COLUMN invited_at TEXT")
