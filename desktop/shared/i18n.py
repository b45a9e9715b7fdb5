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

All texts share one context, so the same English sentence reads the same everywhere.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

CONTEXT = ""


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`text` in the current language; `%n` replaced by `n` in its plural form."""
    result = QCoreApplication.translate(CONTEXT, text, disambiguation, n)
    if n >= 0 and "(s)" in result:  # no translation loaded: English rules
        result = result.replace("(s)", "" if n == 1 else "s")
    return result


def N_(text: str) -> str:
    """Marks `text` for translation where it is written; `tr(text)` translates it later."""
    return text
