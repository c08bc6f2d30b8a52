"""The message catalogue is complete: every ``ValidationError(field, rule)`` raised
anywhere (found by walking the source, not by running it) has its own sentence with
every parameter it names; every enum member shown to a user has a word; no Python
identifier or SQL text can reach the user."""

from __future__ import annotations

import ast
import string
from pathlib import Path

import pytest

import desktop_app
from desktop_app.core.domain.measures import Measure
from desktop_app.core.domain.roles import Role
from desktop_app.core.errors import NotFoundError, StorageError, ValidationError
from desktop_app.core.fields import GENERIC_RULES, Field, Rule
from desktop_app.messages import MEASURES, ROLES, describe, label, validation_template
from desktop_app.messages_fields import FIELD_NAMES, GENERIC, SPECIFIC
from desktop_app.messages_labels import ENUM_LABELS

PACKAGE = Path(desktop_app.__file__).parent
# Raise sites whose field or rule is a variable: the values it can take, read off the code.
DYNAMIC = {
    ("passwords.py", "field"): {"password", "new_password"},
    ("unit_work_service.py", "field"): {
        "contacts",
        "new_persons",
        "women",
        "men",
        "others",
        "mails",
        "sms",
        "replies",
        "ads",
        "materials",
        "stock",
        "participants",
    },
    ("purge_service.py", "key"): {
        "purge_client_years",
        "purge_participant_years",
        "purge_contact_years",
    },
    ("client_validation.py", "code"): {"wrong_length", "invalid", "bad_checksum", "no_date"},
    ("client_validation.py", "rule"): {"in_future", "out_of_range"},
    ("outreach_person_service.py", "rule"): {"in_future", "out_of_range"},
    ("unit_work_service.py", "day_field"): {"day"},
    ("hygiene.py", "field"): {f.value for f in Field if f is not Field.COLUMN},
}


def _values(node: ast.expr, path: Path) -> set[str]:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return {node.value}
    if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
        enum = {"Field": Field, "F": Field, "Rule": Rule, "R": Rule}.get(node.value.id)
        if enum is not None:
            return {enum[node.attr].value}
    if isinstance(node, ast.IfExp):
        return _values(node.body, path) | _values(node.orelse, path)
    key = (path.name, ast.unparse(node))
    assert key in DYNAMIC, f"{path.name}:{node.lineno}: say what {key[1]} can be in DYNAMIC"
    return DYNAMIC[key]


def _raise_sites():
    for path in sorted(PACKAGE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "ValidationError":
                if len(node.args) < 2:
                    continue
                params = {k.arg for k in node.keywords if k.arg}
                yield path, node.lineno, node.args[0], node.args[1], params


SITES = list(_raise_sites())


def _placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_the_walk_finds_the_raise_sites():
    assert len(SITES) > 120


@pytest.mark.parametrize(
    "path, line, field_node, rule_node, params",
    SITES,
    ids=[f"{s[0].name}:{s[1]}" for s in SITES],
)
def test_every_raised_pair_has_its_own_sentence(path, line, field_node, rule_node, params):
    for field in _values(field_node, path):
        for rule in _values(rule_node, path):
            assert field in Field._value2member_map_, f"{field!r} is no Field"
            assert rule in Rule._value2member_map_, f"{rule!r} is no Rule"
            template = validation_template(field, rule)
            assert template is not None, f"no sentence for ({field}, {rule})"
            if Rule(rule) not in GENERIC_RULES:
                assert (Field(field), Rule(rule)) in SPECIFIC, f"({field}, {rule}) borrows"
            needed = _placeholders(template) | _placeholders(FIELD_NAMES[Field(field)])
            missing = needed - params - {"field"}
            assert not missing, f"({field}, {rule}) needs {missing}, the raise gives {params}"


def test_every_field_has_a_name_and_no_text_is_shared():
    assert set(FIELD_NAMES) == set(Field)
    assert set(GENERIC) == set(GENERIC_RULES)
    texts = list(SPECIFIC.values())
    assert len(texts) == len(set(texts)), "two pairs share one sentence"


def test_no_sentence_shows_an_identifier():
    for field in Field:
        for rule in Rule:
            template = validation_template(field, rule)
            if template is None:
                continue
            text = describe(ValidationError(field, rule, minimum=1, maximum=2))
            assert f"{field.value}:" not in text and "_" not in text, text


def test_every_enum_member_has_a_word():
    for enum, table in ENUM_LABELS.items():
        assert set(table) == set(enum), enum.__name__
        for member in enum:
            assert label(member), member
    assert set(ROLES) == set(Role)
    assert set(MEASURES) == set(Measure)


def test_shared_values_are_told_apart_by_their_enum():
    from desktop_app.core.domain.client_enums import CloseReason, ReferralSource
    from desktop_app.core.domain.contact_enums import Participants

    assert label(CloseReason.OTHER) == "annat skäl"
    assert label(ReferralSource.OTHER) == "annan"
    assert label(Participants.COUPLE) == "paret"
    assert label("unknown") == "okänd"  # a stored municipality word


def test_errors_never_show_driver_text():
    text = describe(StorageError("UNIQUE constraint failed: clients.code", reason="driver"))
    assert "UNIQUE" not in text and "clients" not in text
    assert (
        describe(NotFoundError("client", code="K-2026-999")) == "Ingen klient har koden K-2026-999."
    )
    assert describe(ValidationError("at", "out_of_range")).count("…") <= 2  # never a KeyError
