"""Update the Qt Linguist files from the source and fill in the English table.

Usage: python scripts/update_translations.py [--check]
Runs pyside6-lupdate over the GUI sources (Swedish is the source language), writes
resources/i18n/vagval_sv.ts and vagval_en.ts, and fills vagval_en.ts from
scripts/translations_en.py. ``--check`` exits 1 when an English text is missing.
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


def fill(path: Path, table: dict, only_plurals: bool = False) -> list[str]:
    tree = ET.parse(path)
    missing = []
    for message in tree.iter("message"):
        source = message.find("source").text or ""
        translation = message.find("translation")
        plural = message.get("numerus") == "yes" or isinstance(table.get(source), tuple)
        if only_plurals and not plural:
            continue
        english = table.get(source)
        if english is None:
            missing.append(source)
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
            for form in english if isinstance(english, tuple) else (english, english):
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = english
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return missing


def main() -> int:
    missing = fill(lupdate("sv"), SV_PLURALS, only_plurals=True)
    missing += fill(lupdate("en"), EN)
    for text in missing:
        print(f"missing translation: {text!r}")
    return 1 if missing and "--check" in sys.argv else 0


if __name__ == "__main__":
    raise SystemExit(main())
