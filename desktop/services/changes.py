"""One app-wide notice of what changed in the replica.

Whoever changes the replica — a change staff made (`Workspace.apply`), a pull, a push's
answers — calls `announce(touched)` from whatever thread it runs on; `changes().changed`
then carries the `Touched` to the GUI thread. The main window hands it to the page on
screen, which refreshes only if it shows one of the tables touched (`Page.watches`).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from sync.client.touched import Touched


class Changes(QObject):
    changed = Signal(object)  # Touched


_changes: Changes | None = None


def changes() -> Changes:
    """The app's one notifier (created on first use, on the GUI thread at start-up)."""
    global _changes
    if _changes is None:
        _changes = Changes()
    return _changes


def announce(touched: Touched) -> None:
    """Tell every screen what changed; safe from any thread."""
    if touched:
        changes().changed.emit(touched)
