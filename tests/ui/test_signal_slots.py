"""Signals carry arguments: ``clicked(bool)`` and ``triggered(bool)`` fill a slot's first
parameter, so a button connected to ``def new_occasion(self, from_interest=None)`` passes
``False`` as ``from_interest``. This walks every ``.connect(self.method)`` in the UI and
fails when the method has a parameter the signal would fill by accident."""

from __future__ import annotations

import ast
from pathlib import Path

import desktop_app.ui

UI = Path(desktop_app.ui.__file__).parent
# Signals whose arguments the program never wants in a slot's optional parameters.
# A slot with optional parameters gets them filled by any signal with arguments; a slot
# with a required parameter connected to clicked(bool) gets the bool.
BOOL_SIGNALS = {"clicked"}


def _methods(tree: ast.Module) -> dict[tuple[str, str], ast.FunctionDef]:
    found = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ClassDef):
            for item in node.body:
                if isinstance(item, ast.FunctionDef):
                    found[(node.name, item.name)] = item
    return found


def _offences() -> list[str]:
    offences = []
    for path in sorted(UI.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        methods = _methods(tree)
        for cls in (n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)):
            for call in (n for n in ast.walk(cls) if isinstance(n, ast.Call)):
                func = call.func
                if not (isinstance(func, ast.Attribute) and func.attr == "connect"):
                    continue
                signal = func.value
                if not isinstance(signal, ast.Attribute) or not call.args:
                    continue
                slot = call.args[0]
                if not (
                    isinstance(slot, ast.Attribute)
                    and isinstance(slot.value, ast.Name)
                    and slot.value.id == "self"
                ):
                    continue
                method = methods.get((cls.name, slot.attr))
                if method is None:
                    continue
                args = method.args
                optional = len(args.defaults) > 0 or args.vararg is not None
                required = len(args.args) - 1 - len(args.defaults)
                if optional or (signal.attr in BOOL_SIGNALS and required > 0):
                    offences.append(f"{path.name}:{call.lineno} {signal.attr} -> {slot.attr}")
    return offences


def test_no_signal_fills_an_optional_parameter():
    assert _offences() == []
