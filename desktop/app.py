"""Putting the desktop together: an opened profile, the sync service and the main window
with the work areas (the Qt application itself: `desktop.application`)."""

from __future__ import annotations

import gc
import importlib
import logging
from collections.abc import Callable

from PySide6.QtWidgets import QMessageBox

from desktop.application import create_application, quit_on_signals
from desktop.language_switch import LanguageSwitch
from desktop.services.changes import announce
from desktop.services.ops import QueryOp, finish_changes
from desktop.services.place import describe_place
from desktop.services.sync_service import SyncService
from desktop.services.workspace import Workspace
from desktop.shared.page import Page
from desktop.ui.main_window import MainWindow
from desktop.ui.sign_in import SignInScreen
from desktop.wipe import WipeOnOrder
from sync.client.credentials import CredentialStore
from sync.client.engine import LIVE_WAIT, Backoff, SyncEngine
from sync.client.profile import Profile
from sync.client.staff import Staff, StaffSignIn

log = logging.getLogger("omnidesk.desktop")

__all__ = [
    "PAGES",
    "Desktop",
    "build_pages",
    "create_application",
    "describe_place",
    "quit_on_signals",
    "settle_heap",
]

# The work areas, in navigation order: (module, class).
PAGES = (
    ("desktop.customers.page", "CustomersPage"),
    ("desktop.applications.page", "ApplicationsPage"),
    ("desktop.sale.page", "SalePage"),
    ("desktop.orders.page", "PickupPage"),
    ("desktop.returns.page", "ReturnsPage"),
    ("desktop.prices.page", "PricesPage"),
    ("desktop.sync_centre.page", "SyncCentrePage"),
)


def settle_heap() -> None:
    """Move everything built so far out of the garbage collector's sight.

    The window, its models and the imported modules live as long as the app. Without
    this, each full collection triggered by a sync thread's burst of allocations walks
    them all while holding the GIL, and the GUI thread stalls for 100-200 ms.
    """
    gc.collect()
    gc.freeze()


def build_pages(workspace: Workspace) -> list[Page]:
    pages = []
    for module, name in PAGES:
        page_class = getattr(importlib.import_module(module), name)
        pages.append(page_class(workspace))
    return pages


def _show_wiped(message: str) -> None:
    QMessageBox.information(None, "Omnidesk", message)


class Desktop:
    """One open profile: its workspace, sync service and main window.

    Built on the GUI thread from a profile opened off it: building reads neither the
    replica nor the keyring. `place` is `describe_place(profile)`, read with the opening;
    without it the window shows the profile's name until the place is read (off the GUI
    thread)."""

    def __init__(
        self,
        profile: Profile,
        credentials: CredentialStore,
        *,
        place: str | None = None,
        banner: str = "",
        lock_after_ms: int | None = None,
        start_sync: bool = True,
        backoff: Backoff | None = None,
        live_wait: float = LIVE_WAIT,
        on_wiped: Callable[[str], None] | None = None,
    ) -> None:
        self.profile = profile
        self.workspace = Workspace(profile)
        self.engine = SyncEngine(
            profile.replica, profile.http, backoff=backoff, live_wait=live_wait, files=profile.files
        )
        self.sync = SyncService(self.engine)
        self.workspace.set_on_change(self.sync.changed)
        self.workspace.set_on_touched(announce)
        self.staff_sign_in = StaffSignIn(profile.name, credentials, profile.replica, profile.http)
        self.place = place or profile.name
        self._banner = banner
        self._window_options = {} if lock_after_ms is None else {"lock_after_ms": lock_after_ms}
        self.window = self.build_window()
        # The person's language on screen; the window is built again when it changes.
        self.language = LanguageSwitch(self)
        if place is None:
            QueryOp(
                parent=self.window, op=lambda: describe_place(profile), success=self._place_read
            ).start()
        else:
            self._place_read(place)
        # A wipe order closes all this and erases the data; `on_wiped` gets the sentence.
        self.wipe_on_order = WipeOnOrder(self, on_wiped or _show_wiped)
        settle_heap()
        if start_sync:
            self.sync.start()

    def build_window(self) -> MainWindow:
        """The main window with freshly built work areas (in the language now in use)."""
        return MainWindow(
            self.workspace,
            SignInScreen(self.staff_sign_in, self.place),
            self.sync,
            build_pages(self.workspace),
            place=self.place,
            banner=self._banner,
            **self._window_options,
        )

    def _place_read(self, place: str) -> None:
        self.place = place
        self.window.set_place(place)
        if place == self.profile.name:  # the store is not in the replica before a sync
            profile = self.profile
            self.window.place_lookup = lambda: describe_place(profile)

    def enter(self, staff: Staff) -> None:
        self.window.enter(staff)

    def close(self) -> None:
        self.language.stop()
        self.window.close()
        if not finish_changes():
            log.warning("changes were still being saved when the app closed")
        self.sync.stop()
        self.engine.close()
        self.profile.close()
