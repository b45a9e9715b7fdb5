"""Where a receipt or list saved as a PDF goes: the user's documents folder (the home
folder if the system names none) until staff pick another; the folder picked last is
offered again for the next save while the program runs."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths

_last_folder: Path | None = None


def documents_folder() -> Path:
    """The user's documents folder, or the home folder if there is none."""
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(location) if location else Path.home()


def suggested_path(file_name: str) -> str:
    """The path to offer in the save dialog: `file_name` in the folder used last."""
    return str((_last_folder or documents_folder()) / file_name)


def remember(path: Path) -> None:
    """Offer the folder of `path` for the next save."""
    global _last_folder
    _last_folder = path.parent


def forget() -> None:
    """Offer the documents folder again (as when the program starts)."""
    global _last_folder
    _last_folder = None
