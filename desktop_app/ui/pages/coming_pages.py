"""UI layer: the texts of the parts that later issues build (shown as empty pages)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop_app.ui.pages.placeholder_page import PlaceholderPage


def _tr(text: str) -> str:
    return QCoreApplication.translate("ComingPages", text)


def clients_page() -> PlaceholderPage:
    return PlaceholderPage(
        _tr("Klienter"),
        _tr("Här kommer rådgivarnas dagliga arbete: klientregistret och samtalen."),
        [_tr("Sök bland klienter medan du skriver; filter för aktiva, avslutade och väntande"),
         _tr("Ny klient på några sekunder – anonym eller med namn och personnummer"),
         _tr("Samtal, journalanteckningar, anhöriga och par, barn och orosanmälan"),
         _tr("Tillgänglighetsgarantin: dagar i väntan på första tid"),
         _tr("Avslut och uppföljning")],
    )


def courses_page() -> PlaceholderPage:
    return PlaceholderPage(
        _tr("Grupper och kurser"),
        _tr("Här kommer kursledarnas arbete, från intresselista till närvaro."),
        [_tr("Kurstyper, t.ex. MedVind-dagen och anhörigkursen"),
         _tr("Kurstillfällen med träffar, lokal, kursledare och kalender"),
         _tr("Intresselista, anmälningar, väntelista och närvaro per träff"),
         _tr("Samtalsgrupper med återkommande träffar"),
         _tr("Enkäter före och efter kursen")],
    )


def outreach_page() -> PlaceholderPage:
    return PlaceholderPage(
        _tr("Uppsökande och utbildning"),
        _tr("Här kommer det arbete som inte hör till en enskild klient."),
        [_tr("Uppsökande arbete på gata, internet och telefon"),
         _tr("Föreläsningar, utbildningar och studiebesök"),
         _tr("Konsultationer till andra yrkesgrupper"),
         _tr("Brukarenkäter och årets verksamhetsmål")],
    )


def statistics_page() -> PlaceholderPage:
    return PlaceholderPage(
        _tr("Statistik"),
        _tr("Här kommer enhetens statistik för valfri period, som PDF, utskrift och Excel."),
        [_tr("Nyckeltal per månad och kvartal"),
         _tr("Klienter per kön, ålder, målgrupp, kommun och stadsdel"),
         _tr("Kostnadsfördelning mellan kommuner och tillgänglighet"),
         _tr("Utfall, kurser, uppsökande arbete och verksamhetsberättelsen")],
    )
