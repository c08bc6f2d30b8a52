"""The translation tool keeps a translator's work: the English table fills what it wrote
itself and what is missing, never a translation changed in Qt Linguist; a Swedish text
with two meanings gets its context's own entry ("Avsluta": Quit, or close the case)."""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
import update_translations as tool  # noqa: E402

TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS><TS version="2.1" language="en_GB" sourcelanguage="sv_SE">
<context><name>MainWindow</name>
<message><source>Avsluta</source><translation type="unfinished"></translation></message>
<message><source>Spara</source><translation type="unfinished"></translation></message>
</context>
<context><name>ClosingTab</name>
<message><source>Avsluta</source><translation type="unfinished"></translation></message>
</context></TS>"""


def _translations(path: Path) -> dict:
    tree = ET.parse(path)
    return {
        (c.findtext("name"), m.findtext("source")): m.find("translation").text
        for c in tree.iter("context")
        for m in c.iter("message")
    }


def test_linguist_work_is_kept_and_contexts_have_their_own_entry(tmp_path):
    path = tmp_path / "en.ts"
    path.write_text(TS, encoding="utf-8")
    table = {"Avsluta": "Quit", ("ClosingTab", "Avsluta"): "Close the case", "Spara": "Save"}
    assert tool.fill(path, table) == []
    found = _translations(path)
    assert found[("MainWindow", "Avsluta")] == "Quit"
    assert found[("ClosingTab", "Avsluta")] == "Close the case"
    # a translator changes one in Qt Linguist; the table changes another
    tree = ET.parse(path)
    for message in tree.iter("message"):
        if message.findtext("source") == "Spara":
            message.find("translation").text = "Store"
    tree.write(path, encoding="utf-8", xml_declaration=True)
    table["Avsluta"] = "Exit"
    tool.fill(path, table)
    found = _translations(path)
    assert found[("MainWindow", "Spara")] == "Store"  # the translator's, kept
    assert found[("MainWindow", "Avsluta")] == "Exit"  # the table's own, updated
    assert tool.stale({"Spara": "Save", "Borttagen": "Removed"}, path) == ["Borttagen"]
