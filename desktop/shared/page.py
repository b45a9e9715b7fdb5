"""A work area of the main window (customers, sale, sync centre, ...)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from desktop.services.workspace import Workspace


class Page(QWidget):
    """One entry of the main window's navigation.

    Subclasses set `key` (stable id), and give their translated `title()`; `roles` lists
    the staff roles that see the page (None: everyone). `activated()` is called each time
    the page is shown, to refresh what it displays (in the background).
    """

    key: str = ""
    icon_name: str = ""  # a file in resources/icons without ".svg"
    roles: frozenset[str] | None = None

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace

    def title(self) -> str:
        raise NotImplementedError

    def activated(self) -> None:
        """The page is shown."""

    def replica_changed(self) -> None:
        """A sync brought rows from the server while the page is on screen."""
        self.activated()
