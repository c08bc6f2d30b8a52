"""Core layer: roles and what each role may do.

The services check these permissions; the UI only uses them to hide what a user
could not use anyway.
"""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    ADMINISTRATOR = "administrator"
    COUNSELLOR = "counsellor"
    COURSE_LEADER = "course_leader"
    STATISTICS = "statistics"


class Permission(StrEnum):
    MANAGE_USERS = "manage_users"
    MANAGE_UNIT = "manage_unit"
    READ_AUDIT = "read_audit"
    READ_CLIENTS = "read_clients"
    WRITE_CLIENTS = "write_clients"
    READ_JOURNAL = "read_journal"
    MANAGE_COURSES = "manage_courses"
    MANAGE_ACTIVITIES = "manage_activities"
    READ_STATISTICS = "read_statistics"


_ALL = frozenset(Permission)

ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.ADMINISTRATOR: _ALL,
    Role.COUNSELLOR: frozenset(
        {
            Permission.READ_CLIENTS,
            Permission.WRITE_CLIENTS,
            Permission.READ_JOURNAL,
            Permission.MANAGE_COURSES,
            Permission.MANAGE_ACTIVITIES,
            Permission.READ_STATISTICS,
        }
    ),
    # A course leader sees course participants, never counselling journals.
    Role.COURSE_LEADER: frozenset(
        {Permission.MANAGE_COURSES, Permission.MANAGE_ACTIVITIES, Permission.READ_STATISTICS}
    ),
    # The statistics role sees numbers, never names.
    Role.STATISTICS: frozenset({Permission.READ_STATISTICS}),
}


def permissions_of(role: Role) -> frozenset[Permission]:
    return ROLE_PERMISSIONS[role]


# The parts of the stored data (storage/parts.py) whose keys each role holds: the
# promise of the screens above, kept by the encryption as well.
MAIN, COURSES, REGISTER = "main", "courses", "register"
ROLE_PARTS: dict[Role, tuple[str, ...]] = {
    Role.ADMINISTRATOR: (MAIN, COURSES, REGISTER),
    Role.COUNSELLOR: (MAIN, COURSES, REGISTER),
    Role.COURSE_LEADER: (MAIN, COURSES),
    Role.STATISTICS: (MAIN,),
}


def parts_of(role: Role) -> tuple[str, ...]:
    return ROLE_PARTS[role]
