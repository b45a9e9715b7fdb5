"""The language on screen: the signed-in person's choice, else the device's.

The device's language is the one asked for on the command line (`--lang`), else the
language of the country its store is in, else the system's. `use` swaps Qt's translator
and the default locale (numbers, money and dates follow it); screens built afterwards
read in the new language, so the main window builds its screens again after a switch.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktop.shared.i18n import LANGUAGES, qm_path

log = logging.getLogger(__name__)

COUNTRY_LANGUAGES = {"PL": "pl", "IT": "it"}
LOCALES = {"pl": "pl_PL", "it": "it_IT", "en": "en_GB"}  # en_GB: 07/12/2026 and a 24-h clock
NAMES = {"pl": "Polski", "it": "Italiano", "en": "English"}  # each in its own language
TRANSLATOR = "omnidesk"

_state: dict[str, str | None] = {"current": None, "device": None}
_installed: list[QTranslator] = []  # the app's translator now (none before the first `use`)


def known(language: str | None) -> str | None:
    """`language` if the app has it (`pl`, `it`, `en`), else None."""
    return language if language in LANGUAGES else None


def system_language() -> str:
    return known(QLocale.system().name()[:2]) or "en"


def set_device_language(language: str | None) -> None:
    """The language asked for on the command line: it stands in for the place's."""
    _state["device"] = known(language)


def device_language(country: str | None) -> str:
    """What the device shows when no one has chosen: `--lang`, the country's, the system's."""
    return _state["device"] or COUNTRY_LANGUAGES.get((country or "").upper()) or system_language()


def for_person(chosen: str | None, country: str | None) -> str:
    """The language of a person's screens: their own choice, else the device's."""
    return known(chosen) or device_language(country)


def current() -> str:
    return _state["current"] or "en"


def current_or_none() -> str | None:
    """The language on screen, None before the app has put one there."""
    return _state["current"]


def use(language: str) -> bool:
    """Put `language` on screen (translator and default locale); False if it already was."""
    language = known(language) or "en"
    if _state["current"] == language:
        return False
    app = QCoreApplication.instance()
    if app is not None:
        while _installed:
            app.removeTranslator(_installed.pop())
        translator = QTranslator(app)
        translator.setObjectName(TRANSLATOR)
        if translator.load(str(qm_path(language))):
            app.installTranslator(translator)
            _installed.append(translator)
        else:
            log.warning("no translation file for %s; texts stay in English", language)
        qt = QTranslator(app)  # Qt's own texts: the Cancel, Yes and No of its dialogs
        if qt.load(
            f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        ):
            app.installTranslator(qt)
            _installed.append(qt)
    QLocale.setDefault(QLocale(LOCALES[language]))
    _state["current"] = language
    return True
