"""Where the app's icons, stylesheet and translations are, and loading them."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtGui import QIcon

ROOT = Path(__file__).resolve().parent.parent / "resources"
STYLESHEET = ROOT / "styles" / "omnidesk.qss"
ICONS = ROOT / "icons"
TRANSLATIONS = ROOT / "translations"


def stylesheet() -> str:
    """The app's one stylesheet ("" if the file is missing: the app still works)."""
    try:
        return STYLESHEET.read_text("utf-8")
    except OSError:
        return ""


@cache
def icon(name: str) -> QIcon:
    """An icon from resources/icons (an empty icon if there is no such file)."""
    path = ICONS / f"{name}.svg"
    return QIcon(str(path)) if path.exists() else QIcon()
