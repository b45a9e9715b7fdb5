"""Putting the desktop together: the Qt application, an enrolled profile, the sync
service and the main window with the work areas."""

from __future__ import annotations

import gc
import importlib
import signal
import sys
import uuid
from collections.abc import Callable, Sequence

from PySide6.QtCore import QLocale, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.resources import TRANSLATIONS, icon, stylesheet
from desktop.services.staff import Staff, StaffSignIn
from desktop.services.sync_service import SyncService
from desktop.services.workspace import Workspace
from desktop.shared.page import Page
from desktop.ui.main_window import MainWindow
from desktop.ui.sign_in import SignInScreen
from desktop.wipe import WipeOnOrder
from sync.client import state
from sync.client.credentials import CredentialStore
from sync.client.engine import LIVE_WAIT, Backoff, SyncEngine
from sync.client.profile import Profile
from sync.client.tables import STORE_ID, TERRITORY_ID
from sync.model import Store, Territory

# The work areas, in navigation order: (module, class).
PAGES = (
    ("desktop.customers.page", "CustomersPage"),
    ("desktop.sale.page", "SalePage"),
    ("desktop.orders.page", "PickupPage"),
    ("desktop.returns.page", "ReturnsPage"),
    ("desktop.prices.page", "PricesPage"),
    ("desktop.sync_centre.page", "SyncCentrePage"),
)


def create_application(argv: Sequence[str] | None = None) -> QApplication:
    """The QApplication with the app's name, icon, stylesheet and translations."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(
        list(argv or sys.argv[:1]))
    app.setApplicationName("Omnidesk")
    app.setOrganizationName("Omnidesk")
    app.setWindowIcon(icon("app"))
    app.setStyle("Fusion")
    app.setStyleSheet(stylesheet())
    translator = QTranslator(app)
    if translator.load(QLocale(), "omnidesk", "_", str(TRANSLATIONS)):
        app.installTranslator(translator)
    return app


def quit_on_signals(app: QApplication) -> None:
    """Ctrl+C in a terminal or SIGTERM closes the app properly (the demo cleans up)."""
    for number in (signal.SIGINT, signal.SIGTERM):
        signal.signal(number, lambda *_: app.quit())
    timer = QTimer(app)  # lets Python run its signal handlers while Qt's loop waits
    timer.timeout.connect(lambda: None)
    timer.start(250)


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


def describe_place(profile: Profile) -> str:
    """`PL-WAW-01 Omnidesk Warszawa` for the window title (a single-row read)."""
    with profile.replica.read() as session:
        territory_id = state.get(session, TERRITORY_ID)
        store_id = state.get(session, STORE_ID)
        if territory_id:
            territory = session.get(Territory, uuid.UUID(territory_id))
            return f"{territory.code} {territory.name}" if territory else territory_id
        store = session.get(Store, uuid.UUID(store_id)) if store_id else None
        return f"{store.code} {store.name}" if store else profile.name


def _show_wiped(message: str) -> None:
    QMessageBox.information(None, "Omnidesk", message)


class Desktop:
    """One open profile: its workspace, sync service and main window."""

    def __init__(self, profile: Profile, credentials: CredentialStore, *, banner: str = "",
                 lock_after_ms: int | None = None, start_sync: bool = True,
                 backoff: Backoff | None = None, live_wait: float = LIVE_WAIT,
                 on_wiped: Callable[[str], None] | None = None) -> None:
        self.profile = profile
        self.workspace = Workspace(profile)
        self.engine = SyncEngine(profile.replica, profile.http, backoff=backoff,
                                 live_wait=live_wait)
        self.sync = SyncService(self.engine)
        self.workspace.set_on_change(self.sync.changed)
        self.staff_sign_in = StaffSignIn(profile.name, credentials, profile.replica,
                                         profile.http)
        place = describe_place(profile)
        extra = {} if lock_after_ms is None else {"lock_after_ms": lock_after_ms}
        self.window = MainWindow(self.workspace, SignInScreen(self.staff_sign_in, place),
                                 self.sync, build_pages(self.workspace), place=place,
                                 banner=banner, **extra)
        returns = self.window.pages.get("returns")
        if returns is not None:  # a late return needs a manager to sign for it
            returns.set_sign_in(self.staff_sign_in)  # type: ignore[attr-defined]
        if place == profile.name:  # the store is not in the replica before the first sync
            self.window.place_lookup = lambda: describe_place(profile)
        # A wipe order closes all this and erases the data; `on_wiped` gets the sentence.
        self.wipe_on_order = WipeOnOrder(self, on_wiped or _show_wiped)
        settle_heap()
        if start_sync:
            self.sync.start()

    def enter(self, staff: Staff) -> None:
        self.window.enter(staff)

    def close(self) -> None:
        self.window.close()
        self.sync.stop()
        self.engine.close()
        self.profile.close()
