"""The signed-in person's language, chosen in the window's header."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QWidget

from desktop.services import language
from desktop.shared.i18n import tr


class LanguageBox(QComboBox):
    """Polski · Italiano · English, each named in its own language."""

    chosen = Signal(str)  # the language code the person picked

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("languageBox")
        self.setToolTip(tr("The language of your screens, on every device you sign in at"))
        self.setAccessibleName(tr("Language"))
        for code, name in language.NAMES.items():
            self.addItem(name, code)
        self.show_current()
        self.activated.connect(self._picked)

    def show_current(self) -> None:
        self.setCurrentIndex(max(0, self.findData(language.current())))

    def _picked(self, index: int) -> None:
        code = self.itemData(index)
        if isinstance(code, str) and code != language.current():
            self.chosen.emit(code)
