"""Where the app's icons, stylesheet and translations are, and loading them.

They are the files of the top-level resources/ folder, which an installed copy (a wheel or
an editable install) carries as the package `omnidesk_resources`; a checkout run without
installing reads the folder itself. Everything else asks this module.
"""

from __future__ import annotations

import logging
from functools import cache
from importlib.resources import files
from pathlib import Path

from PySide6.QtGui import QIcon

PACKAGE = "omnidesk_resources"

log = logging.getLogger("omnidesk.desktop")


def _root() -> Path:
    try:
        root = files(PACKAGE)
    except ModuleNotFoundError:  # a checkout that is not installed
        return Path(__file__).resolve().parent.parent / "resources"
    if not isinstance(root, Path):  # e.g. imported from a zip file: Qt needs real files
        raise RuntimeError(f"{PACKAGE} is not a folder on disk: {root}")
    return root


ROOT = _root()
STYLESHEET = ROOT / "styles" / "omnidesk.qss"
ICONS = ROOT / "icons"
TRANSLATIONS = ROOT / "translations"  # *.qm files; the folder may not exist yet


def stylesheet(path: Path = STYLESHEET) -> str:
    """The app's one stylesheet ("" and a warning in the log if the file cannot be read:
    the app still works, unstyled)."""
    try:
        return path.read_text("utf-8")
    except OSError as error:
        log.warning("stylesheet not found, the app runs unstyled: %s", error)
        return ""


@cache
def icon(name: str) -> QIcon:
    """An icon from resources/icons (an empty icon, and a warning in the log for a named
    one, if there is no such file)."""
    path = ICONS / f"{name}.svg"
    if path.is_file():
        return QIcon(str(path))
    if name:
        log.warning("icon not found: %s", path)
    return QIcon()
