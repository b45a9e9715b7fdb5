"""Staff-facing text in the signed-in person's language.

Every sentence the desktop shows is written in English in the code and goes through `tr`;
Qt's translator (installed by `desktop.language`) gives it in Polish or Italian.
`tools/translations.py update` collects the texts with Qt's `pyside6-lupdate`, which knows
`tr(...)` and `N_(...)` as translation calls.

- `tr("Cart total")`; with a placeholder, `tr("Order {number}").format(number=...)`.
- Counts use Qt's plural forms: `tr("%n order(s) waiting", "", n)`; English too has a
  translation file, so one order reads "1 order waiting".
- A word that means two things gets a note for the translator: `tr("Open", "verb")`.
- A text kept in a table and translated where it is shown is marked with `N_("Web")` where
  it is written and passed through `tr(text)` where it is shown.

- A text printed in another language than the screen's (a receipt follows the store's
  language) goes through a `Translation` named `store_tr`: `store_tr("Total")`.

All texts share one context, so the same English sentence reads the same everywhere.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator

from desktop.resources import TRANSLATIONS

CONTEXT = ""
LANGUAGES = ("en", "pl", "it")


def _english(text: str, n: int) -> str:
    if n >= 0 and "(s)" in text:  # no translation loaded: English rules
        text = text.replace("(s)", "" if n == 1 else "s")
    return text.replace("%Ln", str(n)).replace("%n", str(n)) if n >= 0 else text


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`text` in the current language; `%n` replaced by `n` in its plural form."""
    return _english(QCoreApplication.translate(CONTEXT, text, disambiguation, n), n)


def qm_path(language: str, folder: Path = TRANSLATIONS) -> Path:
    return folder / f"omnidesk_{language}.qm"


class Translation:
    """The texts of one language, apart from the language on screen (`store_tr`)."""

    def __init__(self, language: str, folder: Path = TRANSLATIONS) -> None:
        self.language = language if language in LANGUAGES else "en"
        self._translator = QTranslator()
        self._translator.load(str(qm_path(self.language, folder)))

    def __call__(self, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        result = self._translator.translate(CONTEXT, text, disambiguation, n)
        return _english(result or text, n)


def N_(text: str) -> str:
    """Marks `text` for translation where it is written; `tr(text)` translates it later."""
    return text
