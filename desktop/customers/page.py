"""The customers work area: type-ahead search on the left, the customer 360 on the right."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.customers import queries
from desktop.customers.customer_form import CustomerForm
from desktop.customers.profile_view import CustomerProfileView
from desktop.customers.queries import CustomerProfile
from desktop.services.background import run_in_background
from desktop.services.workspace import Workspace
from desktop.shared.customer_search import CustomerSearch
from desktop.shared.page import Destination, OpenOrder, Page, ShowCustomer, StartSale
from sync.client.touched import Touched


class CustomersPage(Page):
    """Find a customer, see their 360, add a note, start a sale or open their cart."""

    key = "customers"
    icon_name = "customers"
    roles = None  # everyone

    watches = frozenset({"customers", "carts", "cart_lines", "orders", "order_lines",
                         "returns", "interactions", "applications", "stores"})

    def __init__(self, workspace: Workspace, parent: QWidget | None = None,
                 page_size: int | None = None) -> None:
        super().__init__(workspace, parent)
        self.setObjectName("customersPage")
        self.country = "PL"  # of this till; new customers default to it
        self.form: CustomerForm | None = None
        self.search = CustomerSearch(workspace, page_size=page_size)
        self.search.customer_chosen.connect(self._show)
        self.profile = CustomerProfileView(workspace)
        self.profile.start_sale.connect(self._start_sale)
        self.profile.open_order.connect(self._open_order)
        self.profile.edit_requested.connect(self.edit_customer)
        self.new_button = QPushButton(self.tr("New &customer"))
        self.new_button.setObjectName("newCustomerButton")
        self.new_button.setToolTip(self.tr("Create a customer (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_customer)
        self._build()
        self._shortcuts()

    def title(self) -> str:
        return self.tr("Customers")

    def _build(self) -> None:
        self.search.status_row.addWidget(self.new_button)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setObjectName("customersSplitter")
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.search)
        splitter.addWidget(self.profile)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 5)
        splitter.setSizes([420, 1000])
        hint = QLabel(self.tr(
            "F2 search · ↓ results · Enter open · Ctrl+N new customer · Ctrl+E edit · "
            "Ctrl+T note · Ctrl+Enter add note · Ctrl+O open cart · Ctrl+Shift+S new sale · "
            "Ctrl+1…4 timeline, orders, returns, applications"))
        hint.setObjectName("customersShortcuts")
        hint.setProperty("kind", "muted")
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(hint)
        self.setTabOrder(self.search.field, self.new_button)
        self.setTabOrder(self.new_button, self.search.results)
        self.setTabOrder(self.search.results, self.profile.new_sale_button)

    def _shortcuts(self) -> None:
        """Active wherever the focus is on this page (not on the other pages)."""
        for keys, action in [("Ctrl+N", self.new_customer), *self.profile.shortcuts()]:
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(action)

    # -- what the main window uses ------------------------------------------------------

    def activated(self) -> None:
        self._read_country()
        self.search.start()  # the first time only: the list keeps its place afterwards
        self.profile.refresh()

    def replica_changed(self, touched: Touched | None = None) -> None:
        """New rows from the server: the open 360 shows them; an empty list fills."""
        self._read_country()
        if self.search.model.rowCount() == 0:
            self.search.refresh()
        self.profile.refresh()

    def show_customer(self, customer_id: str) -> None:
        """Show the 360 of this customer (e.g. from the sale page)."""
        self._show(uuid.UUID(str(customer_id)))

    def open(self, destination: Destination) -> None:
        if isinstance(destination, ShowCustomer):
            self._show(destination.customer_id)

    def focus_main(self) -> None:
        self.focus_search()

    def _start_sale(self, customer_id: str, cart_id: str) -> None:
        self.navigate.emit(StartSale(uuid.UUID(customer_id),
                                     uuid.UUID(cart_id) if cart_id else None))

    def _open_order(self, key: str, order_id: str) -> None:
        self.navigate.emit(OpenOrder(key, uuid.UUID(order_id)))

    def focus_search(self) -> None:
        self.search.start()
        self.search.focus_search()

    # -- customers ----------------------------------------------------------------------

    def _show(self, customer_id: uuid.UUID) -> None:
        self.profile.show_customer(customer_id)

    def _read_country(self) -> None:
        workspace = self.workspace

        def read() -> str:
            with workspace.read() as session:
                return queries.till_country(session)

        run_in_background(read, self._set_country)

    def _set_country(self, country: str) -> None:
        self.country = country

    def new_customer(self) -> None:
        self._open_form(CustomerForm(self.workspace, self.country, parent=self))

    def edit_customer(self, customer: CustomerProfile) -> None:
        self._open_form(CustomerForm(self.workspace, customer=customer, parent=self))

    def _open_form(self, form: CustomerForm) -> None:
        if self.form is not None:
            self.form.close()
        self.form = form
        form.saved.connect(self._saved)
        form.finished.connect(lambda _: self._form_closed(form))
        form.open()
        form.activateWindow()

    def _form_closed(self, form: CustomerForm) -> None:
        if self.form is form:
            self.form = None
        form.deleteLater()

    def _saved(self, customer_id: uuid.UUID) -> None:
        self.profile.show_customer(customer_id)
        self.search.refresh()
