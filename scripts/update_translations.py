"""Update the Qt Linguist files from the source and fill in the English table.

Usage: python scripts/update_translations.py [--check]
Runs pyside6-lupdate over the GUI sources (Swedish is the source language), writes
resources/i18n/vagval_sv.ts and vagval_en.ts, and fills vagval_en.ts from
scripts/translations_en.py. ``--check`` exits 1 when an English text is missing or an entry is stale. An entry may
be keyed by (context, text) where one Swedish text means two things. A translation a
translator changed in Qt Linguist is kept (the table only rewrites what it wrote itself,
remembered in each message's ``extra-vagval-dictionary``).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
from translations_en import EN, SV_PLURALS  # noqa: E402

I18N = ROOT / "resources" / "i18n"


def sources() -> list[str]:
    pkg = ROOT / "desktop_app"
    messages = [pkg / "messages.py", pkg / "messages_fields.py", pkg / "messages_labels.py"]
    messages.append(pkg / "messages_field_names.py")
    messages.append(pkg / "core" / "domain" / "measures.py")  # the measures' catalogue
    files = [*messages, pkg / "app.py", *sorted((pkg / "ui").rglob("*.py"))]
    files += sorted((pkg / "reports").rglob("*.py"))  # Qt-free: QT_TRANSLATE_NOOP and a tr
    return [str(f.relative_to(ROOT)) for f in files]


def lupdate(language: str) -> Path:
    tool = shutil.which("pyside6-lupdate") or str(Path(sys.executable).parent / "pyside6-lupdate")
    target = I18N / f"vagval_{language}.ts"
    subprocess.run(
        [
            tool,
            "-no-obsolete",
            "-locations",
            "none",
            "-source-language",
            "sv_SE",
            "-target-language",
            "sv_SE" if language == "sv" else "en_GB",
            *sources(),
            "-ts",
            str(target),
        ],
        check=True,
        cwd=ROOT,
        capture_output=True,
    )
    return target


DICTIONARY = "extra-vagval-dictionary"  # what the table last wrote into a message


def _english(table: dict, context: str, source: str):
    """A context's own entry ("Avsluta" closing a case is not "Quit") before the shared one."""
    return table.get((context, source), table.get(source))


def _kept_from_linguist(message, translation) -> bool:
    """A translator changed the table's text in Qt Linguist: theirs is kept."""
    written = message.find(DICTIONARY)
    if written is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
        return False
    now = translation.text or "".join(f.text or "" for f in translation.iter("numerusform"))
    return bool(now) and now != (written.text or "")


def fill(path: Path, table: dict, only_plurals: bool = False) -> list[str]:
    tree = ET.parse(path)
    missing = []
    for context in tree.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.find("source").text or ""
            translation = message.find("translation")
            english = _english(table, name, source)
            plural = message.get("numerus") == "yes" or isinstance(english, tuple)
            if only_plurals and not plural:
                continue
            if english is None:
                missing.append(source)
                continue
            if _kept_from_linguist(message, translation):
                continue
            translation.attrib.pop("type", None)
            if isinstance(english, tuple):
                # PySide 6.11's lupdate misses some plural calls (translate(ctx, text, "", n)):
                # the table says it is one.
                message.set("numerus", "yes")
            if message.get("numerus") == "yes":
                for child in list(translation):
                    translation.remove(child)
                translation.text = None
                forms = english if isinstance(english, tuple) else (english, english)
                for form in forms:
                    ET.SubElement(translation, "numerusform").text = form
                written_text = "".join(forms)
            else:
                translation.text = english
                written_text = english
            written = message.find(DICTIONARY)
            if written is None:
                written = ET.SubElement(message, DICTIONARY)
            written.text = written_text
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return missing


def stale(table: dict, path: Path) -> list:
    """The table's entries that no source uses any more."""
    tree = ET.parse(path)
    used = set()
    for context in tree.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.find("source").text or ""
            used |= {source, (name, source)}
    return [key for key in table if key not in used]


def main() -> int:
    missing = fill(lupdate("sv"), SV_PLURALS, only_plurals=True)
    english = lupdate("en")
    missing += fill(english, EN)
    for text in missing:
        print(f"missing translation: {text!r}")
    unused = stale(EN, english)
    for key in unused:
        print(f"stale translation (no source uses it): {key!r}")
    return 1 if (missing or unused) and "--check" in sys.argv else 0


if __name__ == "__main__":
    raise SystemExit(main())
