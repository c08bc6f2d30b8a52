"""Storage layer: migration 10: identities and confidential text move out of the main
file into the parts that only the roles allowed to read them can open
(storage/parts.py). Runs with both parts attached as files; one transaction over all
three files (rollback journal with a super-journal), so a crash leaves either the old
layout or the new one, never half."""

from __future__ import annotations

from desktop_app.storage.db import Database
from desktop_app.storage.parts import create_schema


def m010_parts(db: Database) -> None:
    create_schema(db, "courses")
    create_schema(db, "register")
    moves = (
        "INSERT INTO register.client_identities (client_id, name, personal_id)"
        " SELECT id, name, personal_id FROM main.clients WHERE name <> '' OR personal_id <> ''",
        "INSERT INTO register.clients_fts (rowid, code, name, personal_id, titles)"
        " SELECT rowid, code, name, personal_id, titles FROM main.clients_fts",
        "INSERT INTO register.client_links SELECT client_id, other_id, link, created_at"
        " FROM main.client_links",
        "INSERT INTO register.journal_notes SELECT id, client_id, root_id, version, title,"
        " text, written_by, written_at, superseded_by FROM main.journal_notes",
        "INSERT INTO register.contact_notes (contact_id, note)"
        " SELECT id, note FROM main.contacts WHERE note <> ''",
        "INSERT INTO register.concern_notes (concern_id, note)"
        " SELECT id, note FROM main.concern_reports WHERE note <> ''",
        "INSERT INTO courses.participant_identities (participant_id, name, phone)"
        " SELECT id, name, phone FROM main.participants WHERE name <> '' OR phone <> ''",
    )
    for statement in moves:
        db.execute(statement)
    for statement in (
        "DROP TABLE main.clients_fts",
        "DROP TABLE main.client_links",
        "DROP TRIGGER main.journal_notes_immutable",
        "DROP TABLE main.journal_notes",
        "UPDATE main.clients SET name = '', personal_id = ''",
        "ALTER TABLE main.contacts DROP COLUMN note",
        "ALTER TABLE main.concern_reports DROP COLUMN note",
        "ALTER TABLE main.participants DROP COLUMN name",
        "ALTER TABLE main.participants DROP COLUMN phone",
    ):
        db.execute(statement)
    # The two columns stay (a table CHECK names them) but can never hold a value again.
    for event, when in (("INSERT", ""), ("UPDATE", " OF name, personal_id")):
        db.execute(
            f"""CREATE TRIGGER main.clients_no_identity_{event.lower()}
                BEFORE {event}{when} ON clients
                WHEN NEW.name <> '' OR NEW.personal_id <> ''
                BEGIN SELECT RAISE(ABORT, 'identities live in the register part'); END"""
        )
