"""UI layer: the texts of the parts that later issues build (shown as empty pages)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop_app.ui.pages.placeholder_page import PlaceholderPage


def statistics_page() -> PlaceholderPage:
    return PlaceholderPage(
        QCoreApplication.translate("ComingPages", "Statistik"),
        QCoreApplication.translate(
            "ComingPages",
            "Här kommer enhetens statistik för valfri period, som PDF, utskrift och Excel.",
        ),
        [
            QCoreApplication.translate("ComingPages", "Nyckeltal per månad och kvartal"),
            QCoreApplication.translate(
                "ComingPages", "Klienter per kön, ålder, målgrupp, kommun och stadsdel"
            ),
            QCoreApplication.translate(
                "ComingPages", "Kostnadsfördelning mellan kommuner och tillgänglighet"
            ),
            QCoreApplication.translate(
                "ComingPages", "Utfall, kurser, uppsökande arbete och verksamhetsberättelsen"
            ),
        ],
    )
