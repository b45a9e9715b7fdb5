"""The main window: sign-in screen, then the work areas staff may use, with the sync
state always visible in the status bar."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.resources import icon
from desktop.services.changes import changes
from desktop.services.ops import QueryOp, op_events
from desktop.services.sync_service import SyncService
from desktop.services.workspace import Workspace
from desktop.shared.errors import explain
from desktop.shared.i18n import N_, tr
from desktop.shared.page import Destination, Page, Shell
from desktop.ui.inactivity import InactivityWatcher
from desktop.ui.language_box import LanguageBox
from desktop.ui.sign_in import SignInScreen
from desktop.ui.sync_status import SyncStatusBar
from sync.client.engine import EngineStatus
from sync.client.staff import Staff
from sync.client.touched import Touched

LOCK_AFTER_MS = 5 * 60 * 1000
REFRESH_AFTER_PULL_MS = 400
REFRESH_AT_LATEST_S = 2.0
BACKGROUND_FAILURE_MS = 15_000
ROLE_NAMES = {
    "cashier": N_("Cashier"),
    "advisor": N_("Advisor"),
    "field_rep": N_("Field rep"),
    "manager": N_("Manager"),
    "pricing": N_("Pricing"),
}


SMALL_SCREEN = (1440, 900)  # pixels: at most this, the window takes the whole screen
NAVIGATION_WIDTH = 210  # pixels: the list of work areas, unless a name needs more


def role_name(role: str) -> str:
    return tr(ROLE_NAMES.get(role, role))


class MainWindow(QMainWindow):
    """Shows the sign-in screen until someone signs in, then their work areas."""

    language_chosen = Signal(str)  # the person picked another language for their screens
    left = Signal()  # the person signed out

    def __init__(
        self,
        workspace: Workspace,
        sign_in: SignInScreen,
        sync: SyncService,
        pages: Sequence[Page],
        *,
        place: str,
        banner: str = "",
        lock_after_ms: int = LOCK_AFTER_MS,
    ) -> None:
        super().__init__()
        self.setWindowTitle(tr("Omnidesk — {place}").format(place=place))
        self.setWindowIcon(icon("app"))
        self.setMinimumSize(1024, 680)
        self._fit_screen()
        self.workspace = workspace
        self.sync = sync
        self.pages = {page.key: page for page in pages}
        self.staff: Staff | None = None
        self.sign_in = sign_in
        self.screens = QStackedWidget()
        self.setCentralWidget(self.screens)
        self.screens.addWidget(sign_in)
        self.screens.addWidget(self._work_area(pages, banner))
        self._status_bar(place)
        self.inactivity = InactivityWatcher(lock_after_ms, self)
        self.inactivity.idle.connect(self.lock)
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self.inactivity)
        sign_in.signed_in.connect(self.enter)
        sync.status_changed.connect(self.status.show_status)
        sync.status_changed.connect(self._after_first_sync)
        self._synced_once = False
        self.place_lookup: Callable[[], str] | None = None  # where we work, if not known yet
        # Asked first at each sign-in; True: it has taken over (a window in their language).
        self.before_enter: Callable[[Staff], bool] | None = None
        self._refresh = QTimer(self)  # pulls come in bursts: refresh once they settle
        self._refresh.setSingleShot(True)
        self._refresh.setInterval(REFRESH_AFTER_PULL_MS)
        self._refresh.timeout.connect(self._refresh_current)
        self._touched = Touched()  # what syncs changed since the page was last told
        self._touched_since = 0.0
        changes().changed.connect(self._replica_touched)
        op_events().unhandled.connect(self._background_failed)
        sync.progress_changed.connect(self.status.show_progress)
        self.status.attention_clicked.connect(lambda: self.show_page("sync"))
        self._connect_pages()
        self._shortcuts()
        self.show_sign_in("")
        if sync.last_status is not None:  # a window built again: the sync state at once
            self.status.show_status(sync.last_status)
            for page in self.pages.values():
                page.sync_status_changed(sync.last_status)

    # -- building -----------------------------------------------------------------------

    def _fit_screen(self) -> None:
        """Most of the screen, up to 1680 x 1000: tills have one app on screen. A screen
        of a till's usual size (1366 x 768 and the like) is given whole."""
        screen = QGuiApplication.primaryScreen()
        self.small_screen = False
        if screen is None:
            self.resize(1280, 800)
            return
        free = screen.availableGeometry()
        if free.width() <= SMALL_SCREEN[0] or free.height() <= SMALL_SCREEN[1]:
            self.small_screen = True
            self.setGeometry(free)
            return
        self.resize(
            max(1024, min(1680, free.width() - 40)), max(680, min(1000, free.height() - 60))
        )

    def present(self) -> None:
        """On screen: maximized on a small screen, else at its size."""
        if self.small_screen:
            self.showMaximized()
        else:
            self.show()

    def _work_area(self, pages: Sequence[Page], banner: str) -> QWidget:
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setFixedWidth(NAVIGATION_WIDTH)
        self.navigation.setIconSize(QSize(22, 22))
        self.navigation.currentRowChanged.connect(self._navigated)
        self.stack = QStackedWidget()
        for page in pages:
            self.stack.addWidget(page)
        self.banner = QLabel(banner)
        self.banner.setObjectName("banner")
        self.banner.setProperty("kind", "banner")
        self.banner.setWordWrap(True)
        self.banner.setVisible(bool(banner))
        self.heading = QLabel()
        self.heading.setObjectName("pageTitle")
        self.heading.setProperty("kind", "title")
        self.who = QLabel()
        self.who.setObjectName("signedInAs")
        self.who.setProperty("kind", "muted")
        self.lock_button = QPushButton(icon("lock"), tr("Lock"))
        self.lock_button.setObjectName("lockButton")
        self.lock_button.setToolTip(tr("Lock this device (Ctrl+L)"))
        self.lock_button.clicked.connect(self.lock)
        self.sign_out_button = QPushButton(tr("Sign out"))
        self.sign_out_button.setObjectName("signOutButton")
        self.sign_out_button.clicked.connect(self.sign_out)
        header = QHBoxLayout()
        header.addWidget(self.heading, 1)
        header.addWidget(self.who)
        self.languages = LanguageBox()
        self.languages.chosen.connect(self.language_chosen)
        header.addWidget(self.languages)
        header.addWidget(self.lock_button)
        header.addWidget(self.sign_out_button)
        right = QVBoxLayout()
        right.setContentsMargins(16, 12, 16, 8)
        right.addLayout(header)
        right.addWidget(self.stack, 1)
        column = QVBoxLayout()
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.banner)
        column.addLayout(right, 1)
        area = QWidget()
        row = QHBoxLayout(area)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.navigation)
        row.addLayout(column, 1)
        return area

    def _status_bar(self, place: str) -> None:
        self.status = SyncStatusBar()
        self.place_label = QLabel(place)
        self.place_label.setProperty("kind", "muted")
        self.statusBar().addWidget(self.status, 1)
        self.statusBar().addPermanentWidget(self.place_label)

    def _connect_pages(self) -> None:
        shell = Shell(sync_now=self.sync.sync_now, sign_in=self.sign_in.staff_sign_in)
        for page in self.pages.values():
            page.attach(shell)
            page.navigate.connect(self.go_to)
            self.sync.status_changed.connect(page.sync_status_changed)
        sync = self.pages.get("sync")
        if sync is not None:
            sync.badge_changed.connect(self.status.show_attention)

    def _shortcuts(self) -> None:
        bindings = [
            ("F2", lambda: self._focus("customers")),
            ("F3", lambda: self._focus("sale")),
            ("F10", lambda: self._focus("applications")),
            ("F7", lambda: self._focus("pickup")),
            ("F8", lambda: self._focus("returns")),
            ("F9", lambda: self.show_page("sync")),
            ("Ctrl+L", self.lock),
        ]
        for keys, action in bindings:
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.ApplicationShortcut)
            shortcut.activated.connect(action)

    # -- signing in and out -------------------------------------------------------------

    def enter(self, staff: Staff) -> None:
        """Someone signed in: show the work areas their role may use."""
        if self.before_enter is not None and self.before_enter(staff):
            return
        self.staff = staff
        self.languages.show_current()
        self.workspace.staff = staff
        self.who.setText(
            tr("{name} · {role}").format(name=staff.display_name, role=role_name(staff.role))
            + (tr(" · signed in offline") if staff.offline else "")
        )
        self.navigation.blockSignals(True)
        self.navigation.clear()
        for index in range(self.stack.count()):
            page = self.stack.widget(index)
            assert isinstance(page, Page)
            item = QListWidgetItem(icon(page.icon_name), page.title())
            item.setData(Qt.ItemDataRole.UserRole, page.key)
            self.navigation.addItem(item)
            item.setHidden(not self._allowed(page))
        self.navigation.blockSignals(False)
        self._fit_navigation()
        self.screens.setCurrentIndex(1)
        self.inactivity.start()
        allowed = [p for p in self.pages.values() if self._allowed(p)]
        home = [p for p in allowed if staff.role in p.home_for]
        first = next((p.key for p in home + allowed), None)
        if first is not None:
            self.show_page(first)

    def _fit_navigation(self) -> None:
        """The work areas' names whole, in any language: at least NAVIGATION_WIDTH wide."""
        needed = self.navigation.sizeHintForColumn(0) + 2 * self.navigation.frameWidth() + 4
        self.navigation.setFixedWidth(max(NAVIGATION_WIDTH, needed))

    def _allowed(self, page: Page) -> bool:
        return self.staff is not None and (page.roles is None or self.staff.role in page.roles)

    def show_sign_in(self, notice: str) -> None:
        self.inactivity.stop()
        self.screens.setCurrentIndex(0)
        self.sign_in.reset(notice)

    def lock(self) -> None:
        """Hide the work until someone signs in again (after inactivity, or Ctrl+L)."""
        if self.staff is None:
            return
        self.staff = None
        self.workspace.staff = None
        self._forget_screens()
        self.show_sign_in(tr("Locked. Sign in to continue."))

    def sign_out(self) -> None:
        self.staff = None
        self.workspace.staff = None
        self.sign_in.login.clear()
        self._forget_screens()
        self.show_sign_in(tr("Signed out."))
        self.left.emit()

    def _forget_screens(self) -> None:
        """Nothing the person who left had on screen is shown to the next one."""
        for page in self.pages.values():
            page.signed_out()

    # -- navigation ---------------------------------------------------------------------

    def show_page(self, key: str) -> Page | None:
        page = self.pages.get(key)
        if page is None or not self._allowed(page):
            return None
        for row in range(self.navigation.count()):
            if self.navigation.item(row).data(Qt.ItemDataRole.UserRole) == key:
                self.navigation.setCurrentRow(row)
        return page

    def current_page(self) -> Page | None:
        widget = self.stack.currentWidget()
        return widget if isinstance(widget, Page) else None

    def _navigated(self, row: int) -> None:
        if row < 0:
            return
        key = self.navigation.item(row).data(Qt.ItemDataRole.UserRole)
        page = self.pages[key]
        self.stack.setCurrentWidget(page)
        self.heading.setText(page.title())
        page.activated()

    def _after_first_sync(self, status: EngineStatus) -> None:
        """The first sync filled an empty replica: show the page again with its data."""
        if self._synced_once or status.last_sync_at is None:
            return
        self._synced_once = True
        self._refresh_current()
        if self.place_lookup is not None:
            QueryOp(parent=self, op=self.place_lookup, success=self.set_place).start()

    def _replica_touched(self, touched: Touched) -> None:
        """A sync changed the replica: the page on screen hears of it once the burst
        of pages settles (changes staff made here are shown by the page that made them)."""
        if touched.local:
            return
        if not self._touched:
            self._touched_since = time.monotonic()
        self._touched = self._touched.merged(touched) if self._touched else touched
        if time.monotonic() - self._touched_since < REFRESH_AT_LATEST_S:
            self._refresh.start()  # a steady trickle still refreshes every so often

    def _refresh_current(self) -> None:
        """Rows arrived from the server: the page on screen shows them if they are among
        what it shows."""
        touched, self._touched = self._touched or Touched.everything(), Touched()
        page = self.current_page()
        if page is not None and self.staff is not None and touched.concerns(*page.watches):
            page.replica_changed(touched)

    def _background_failed(self, error: BaseException) -> None:
        """Work in the background failed and its screen did not say so: one sentence
        here (the traceback is in the log)."""
        self.statusBar().showMessage(explain(error), BACKGROUND_FAILURE_MS)

    def set_place(self, place: str) -> None:
        """Where this device works (known once the first sync brought its store)."""
        self.setWindowTitle(tr("Omnidesk — {place}").format(place=place))
        self.place_label.setText(place)
        self.sign_in.place.setText(place)

    def _focus(self, key: str) -> None:
        page = self.show_page(key)
        if page is not None:
            page.focus_main()

    def go_to(self, destination: Destination) -> None:
        """A page asked for another to show something (a customer, a sale, an order)."""
        page = self.show_page(destination.page)
        if page is not None:
            page.open(destination)

    def closeEvent(self, event: QCloseEvent) -> None:
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self.inactivity)
        self.sync.stop()
        super().closeEvent(event)
