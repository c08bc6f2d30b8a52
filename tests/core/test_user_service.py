"""UserService rules, against a real encrypted database."""

import pytest

from desktop_app.core.domain.roles import Role
from desktop_app.core.domain.users import NewUser
from desktop_app.core.errors import PermissionDeniedError, ValidationError, WrongPasswordError
from desktop_app.session import Gatekeeper

PW = "Tillfalligt-losen-9"


def test_new_user_must_change_the_password_first(vault):
    bo = vault.session.users.add_user(NewUser(" Bo ", " Bo  Berg ", Role.COUNSELLOR), PW)
    assert (bo.username, bo.display_name, bo.must_change_password) == ("bo", "Bo Berg", True)
    session = Gatekeeper(vault.path).login("bo", PW)
    session.users.change_own_password(PW, "Eget-nytt-losen-31")
    assert not session.refresh_user().must_change_password
    session.close()


@pytest.mark.parametrize(
    "username,display,code",
    [
        ("", "Bo", "required"),
        ("b", "Bo", "invalid"),
        ("bo berg", "Bo", "invalid"),
        ("recovery", "Bo", "invalid"),
        ("bo", "   ", "required"),
    ],
)
def test_bad_user_input_says_which_field(vault, username, display, code):
    with pytest.raises(ValidationError) as info:
        vault.session.users.add_user(NewUser(username, display, Role.COUNSELLOR), PW)
    assert info.value.code == code


def test_username_taken_case_insensitive(vault):
    with pytest.raises(ValidationError) as info:
        vault.session.users.add_user(NewUser("ANNA", "Anna två", Role.COUNSELLOR), PW)
    assert (info.value.field, info.value.code) == ("username", "taken")


def test_last_administrator_cannot_be_disabled_or_demoted(vault):
    me = vault.session.user
    with pytest.raises(ValidationError):
        vault.session.users.disable_user(me.id)
    with pytest.raises(ValidationError) as info:
        vault.session.users.update_user(me.id, me.display_name, Role.COUNSELLOR)
    assert info.value.code == "last_administrator"


@pytest.mark.parametrize("role", [Role.COUNSELLOR, Role.COURSE_LEADER, Role.STATISTICS])
def test_only_administrators_manage_users(vault, role):
    vault.session.users.add_user(NewUser("bo", "Bo Berg", role), PW)
    session = Gatekeeper(vault.path).login("bo", PW)
    try:
        for call in (
            session.users.list_users,
            lambda: session.users.add_user(NewUser("cy", "Cy", Role.ADMINISTRATOR), PW),
            lambda: session.users.reset_password(session.user.id, "Nytt-losen-abc-1"),
            lambda: session.unit.set_idle_lock_minutes(5),
        ):
            with pytest.raises(PermissionDeniedError):
                call()
    finally:
        session.close()


def test_admin_reset_gives_a_temporary_password(vault):
    bo = vault.session.users.add_user(NewUser("bo", "Bo Berg", Role.COUNSELLOR), PW)
    vault.session.users.reset_password(bo.id, "Aterstallt-losen-55")
    with pytest.raises(WrongPasswordError):
        Gatekeeper(vault.path).login("bo", PW)
    session = Gatekeeper(vault.path).login("bo", "Aterstallt-losen-55")
    assert session.user.must_change_password
    session.close()


def test_change_own_password_needs_the_old_one(vault):
    with pytest.raises(WrongPasswordError):
        vault.session.users.change_own_password("fel-gammalt-1", "Nytt-langt-losen-42")
    with pytest.raises(ValidationError):
        vault.session.users.change_own_password(vault.password, "kort")


def test_idle_lock_setting(vault):
    assert vault.session.unit.idle_lock_minutes() == 10
    vault.session.unit.set_idle_lock_minutes(3)
    assert vault.session.unit.idle_lock_minutes() == 3
    with pytest.raises(ValidationError):
        vault.session.unit.set_idle_lock_minutes(0)
