"""The applications desk (advisors and branch managers; at a contact centre too): the
queue on the left, the application opened on the right.

`ApplicationsPage` lays the page out; `ApplicationsController` (controller.py) decides.
Keyboard first — F10 puts the cursor in the search; typing, Up/Down and Enter work the
queue as at the till."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QSplitter, QStackedWidget, QVBoxLayout, QWidget

from desktop.applications.controller import ApplicationsController
from desktop.applications.detail_view import DetailView
from desktop.applications.queue_view import QueueView
from desktop.applications.records import ApplicationDetail
from desktop.applications.watched import WATCHES
from desktop.services.workspace import Workspace
from desktop.shared.i18n import tr
from desktop.shared.page import Destination, OpenApplication, Page
from desktop.shared.splitter_memory import remember_sizes
from sync.client.touched import Touched
from sync.model import Role

PLACEHOLDER, DETAIL = 0, 1


class ApplicationsPage(Page):
    """Applications from every channel: find, complete, sign, submit, decide."""

    key = "applications"
    icon_name = "applications"
    roles = frozenset({Role.ADVISOR.value, Role.MANAGER.value})
    home_for = frozenset({Role.ADVISOR.value})
    watches = WATCHES

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(workspace, parent)
        self.setObjectName("applicationsPage")
        self.queue = QueueView()
        self.detail = DetailView()
        self.placeholder = QLabel(
            tr("Choose an application in the queue, or type or scan its number.")
        )
        self.placeholder.setObjectName("applicationPlaceholder")
        self.placeholder.setProperty("kind", "muted")
        self.placeholder.setWordWrap(True)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.right = QStackedWidget()
        self.right.addWidget(self.placeholder)
        self.right.addWidget(self.detail)
        self.splitter = QSplitter()
        self.splitter.setObjectName("applicationsSplitter")
        self.splitter.addWidget(self.queue)
        self.splitter.addWidget(self.right)
        self.splitter_memory = remember_sizes(self.splitter, first_run=(1, 1), minimums=(400, 480))
        hint = QLabel(
            tr(
                "F10 search · type a number, a name or scan a QR code · ↑/↓ choose · Enter open"
                " · Ctrl+1…4 offer, documents, identity, history"
            )
        )
        hint.setObjectName("applicationsShortcuts")
        hint.setProperty("kind", "muted")
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(hint)
        self.controller = ApplicationsController(workspace, self)
        for n in range(4):  # the opened application's tabs, wherever the focus is on the page
            shortcut = QShortcut(QKeySequence(f"Ctrl+{n + 1}"), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda n=n: self.detail.show_tab(n))
        new = QShortcut(QKeySequence("Ctrl+Shift+A"), self)
        new.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        new.activated.connect(self.queue.new_requested.emit)

    def title(self) -> str:
        return tr("Applications")

    # -- what the main window calls -----------------------------------------------------

    def activated(self) -> None:
        self.controller.activated()
        self.queue.focus_search()

    def replica_changed(self, touched: Touched) -> None:
        self.controller.replica_changed(touched)

    def open(self, destination: Destination) -> None:
        if isinstance(destination, OpenApplication):
            self.controller.open_application(destination.application_id)

    def focus_main(self) -> None:
        self.queue.focus_search()

    def signed_out(self) -> None:
        self.controller.signed_out()

    # -- what the controller shows ------------------------------------------------------

    def show_detail(self, detail: ApplicationDetail) -> None:
        self.detail.show_detail(detail)
        self.right.setCurrentIndex(DETAIL)

    def show_placeholder(self) -> None:
        self.right.setCurrentIndex(PLACEHOLDER)

    def is_ready(self) -> bool:
        """No read or change in flight (tests wait for this)."""
        return self.controller.is_ready()
