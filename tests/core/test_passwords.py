import contextlib

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core.errors import ValidationError
from desktop_app.core.services.passwords import (
    MIN_LENGTH,
    Strength,
    strength,
    temporary_password,
    validate_new_password,
)


def test_too_short_is_refused_with_the_minimum():
    with pytest.raises(ValidationError) as info:
        validate_new_password("kort-1A")
    assert info.value.code == "too_short"
    assert info.value.params["minimum"] == MIN_LENGTH


def test_password_containing_username_is_refused():
    with pytest.raises(ValidationError) as info:
        validate_new_password("anna-har-ett-langt-1", "Anna")
    assert info.value.code == "contains_username"


@pytest.mark.parametrize("weak", ["aaaaaaaaaaaa", "losenord123", "Sommar2026!"])
def test_weak_passwords_are_refused(weak):
    with pytest.raises(ValidationError):
        validate_new_password(weak)


def test_strength_grows_with_length_and_variety():
    assert strength("abc") == Strength.TOO_SHORT
    assert strength("tarnhuset-kl") < strength("Tarnhuset-Klocka-7-Ro")
    assert strength("Tarnhuset-Klocka-7-Ro") == Strength.STRONG


def test_temporary_passwords_pass_the_rules_and_differ():
    first, second = temporary_password(), temporary_password()
    validate_new_password(first)
    assert first != second


@given(st.text(max_size=300))
def test_validation_raises_only_validation_errors(text):
    with contextlib.suppress(ValidationError):
        validate_new_password(text, "bo")
