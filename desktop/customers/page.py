"""The customers work area: type-ahead search on the left, the customer 360 on the right.

The page lays out and binds its keys; `controller.CustomersController` decides.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.customers.controller import CustomersController
from desktop.customers.customer_form import CustomerForm
from desktop.customers.profile_view import CustomerProfileView
from desktop.customers.watched import PAGE
from desktop.services.workspace import Workspace
from desktop.shared.customer_search import CustomerSearch
from desktop.shared.i18n import tr
from desktop.shared.page import Destination, Page
from desktop.shared.splitter_memory import remember_sizes
from sync.client.touched import Touched


class CustomersPage(Page):
    """Find a customer, see their 360, add a note, start a sale or open their cart."""

    key = "customers"
    icon_name = "customers"
    roles = None  # everyone
    watches = PAGE

    new_customer_requested = Signal()

    def __init__(
        self, workspace: Workspace, parent: QWidget | None = None, page_size: int | None = None
    ) -> None:
        super().__init__(workspace, parent)
        self.setObjectName("customersPage")
        self.search = CustomerSearch(workspace, page_size=page_size, can_create=True)
        self.profile = CustomerProfileView()
        self.new_button = QPushButton(tr("New &customer"))
        self.new_button.setObjectName("newCustomerButton")
        self.new_button.setToolTip(tr("Create a customer (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_customer_requested)
        self._build()
        self._shortcuts()
        self.controller = CustomersController(workspace, self)

    def title(self) -> str:
        return tr("Customers")

    def _build(self) -> None:
        self.search.status_row.addWidget(self.new_button)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setObjectName("customersSplitter")
        splitter.addWidget(self.search)
        splitter.addWidget(self.profile)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 5)
        # The list narrower than the 360; the widths staff set stay, across customers and runs.
        self.splitter_memory = remember_sizes(splitter, first_run=(2, 3), minimums=(340, 520))
        self.splitter = splitter
        self.hint = hint = QLabel()
        self.show_hint(can_sell=True)
        hint.setObjectName("customersShortcuts")
        hint.setProperty("kind", "muted")
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(hint)
        self.setTabOrder(self.search.field, self.new_button)
        self.setTabOrder(self.new_button, self.search.results)
        self.setTabOrder(self.search.results, self.profile.new_sale_button)

    def show_hint(self, can_sell: bool) -> None:
        """The page's keys; those of a sale (Ctrl+Shift+S new sale, Ctrl+O open cart) only
        for those who may sell (not an advisor)."""
        if can_sell:
            text = tr(
                "F2 search · ↓ results · Enter open · Ctrl+N new customer · Ctrl+E edit · "
                "Ctrl+T note · Ctrl+Enter add note · Ctrl+O open cart · Ctrl+Shift+S new sale · "
                "Ctrl+1…4 timeline, orders, returns, applications"
            )
        else:
            text = tr(
                "F2 search · ↓ results · Enter open · Ctrl+N new customer · Ctrl+E edit · "
                "Ctrl+T note · Ctrl+Enter add note · "
                "Ctrl+1…4 timeline, orders, returns, applications"
            )
        self.hint.setText(text)

    def _shortcuts(self) -> None:
        """Active wherever the focus is on this page (not on the other pages)."""
        bindings = [("Ctrl+N", self.new_customer_requested.emit), *self.profile.shortcuts()]
        for keys, action in bindings:
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(action)

    @property
    def form(self) -> CustomerForm | None:
        """The customer form open on this page, if any."""
        return self.controller.form

    # -- what the main window uses ------------------------------------------------------

    def activated(self) -> None:
        self.controller.activated()

    def replica_changed(self, touched: Touched) -> None:
        self.controller.replica_changed(touched)

    def open(self, destination: Destination) -> None:
        self.controller.open(destination)

    def focus_main(self) -> None:
        self.focus_search()

    def signed_out(self) -> None:
        self.controller.signed_out()

    def focus_search(self) -> None:
        self.search.start()  # the first time only: the list keeps its place afterwards
        self.search.focus_search()

    def show_customer(self, customer_id: str) -> None:
        """Show the 360 of this customer (e.g. from the sale page)."""
        self.controller.show_customer(uuid.UUID(str(customer_id)))
