"""Every text the program marks for translation is in the translation files. Qt's
extractor drops some calls without a word (a call whose arguments hold another call:
translate("Ctx", "%n träffar", None, len(x))); such a text would never be translated."""

from __future__ import annotations

import ast
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "desktop_app"
MARKERS = {"translate", "tr", "QT_TRANSLATE_NOOP"}


def _marked_texts() -> set[tuple[str, int, str]]:
    found = set()
    folders = [PACKAGE / "ui", PACKAGE / "reports"]
    files = [p for folder in folders for p in folder.rglob("*.py")]
    files += [
        PACKAGE / name for name in ("messages.py", "messages_fields.py", "messages_labels.py")
    ]
    for path in files:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "attr", None) or getattr(node.func, "id", None)
            if name not in MARKERS:
                continue
            texts = [a.value for a in node.args if isinstance(a, ast.Constant)]
            strings = [t for t in texts if isinstance(t, str)]
            if name == "tr" and strings:
                found.add((path.name, node.lineno, strings[0]))
            elif len(strings) >= 2:
                found.add((path.name, node.lineno, strings[1]))
    return found


def test_every_marked_text_reaches_the_translation_file():
    tree = ET.parse(ROOT / "resources" / "i18n" / "vagval_en.ts")
    sources = {m.findtext("source") for m in tree.iter("message")}
    lost = sorted(
        f"{f}:{line}: {text!r}" for f, line, text in _marked_texts() if text not in sources
    )
    assert not lost, "lupdate did not find:\n" + "\n".join(lost)
