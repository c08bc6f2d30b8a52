"""UI layer: load the program's and Qt's own translations.

Source strings are Swedish (the program's first language); ``vagval_en.qm`` turns
them into English. Qt's ``qtbase_sv.qm`` makes standard buttons say "Avbryt".
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktop_app.paths import resource

LANGUAGES = ("sv", "en")


def install_translators(app: QCoreApplication, language: str = "sv") -> list[QTranslator]:
    language = language if language in LANGUAGES else "sv"
    QLocale.setDefault(
        QLocale(
            QLocale.Language.Swedish if language == "sv" else QLocale.Language.English,
            QLocale.Country.Sweden,
        )
    )
    installed = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in (
        (f"qtbase_{language}", qt_dir),
        (f"vagval_{language}", str(resource("i18n"))),
    ):
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            installed.append(translator)
    return installed
