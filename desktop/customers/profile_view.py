"""The customer 360: profile and consents, open carts, the one timeline, orders, returns
and applications, with "New sale" and "Open cart" for the till."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.customers import queries
from desktop.customers.carts_card import CartsCard
from desktop.customers.orders_panel import OrdersPanel
from desktop.customers.profile_card import ProfileCard
from desktop.customers.queries import CustomerOverview, CustomerProfile
from desktop.customers.record_table import record_table
from desktop.customers.records_model import applications_model, orders_model, returns_model
from desktop.customers.timeline_view import TimelinePanel
from desktop.services.background import run_in_background
from desktop.services.workspace import Workspace
from desktop.ui.errors import explain


class CustomerProfileView(QWidget):
    """The 360 of one customer; read in the background each time it is shown."""

    start_sale = Signal(str, str)  # customer id, cart id ("" for a new cart)
    open_order = Signal(str, str)  # page key ("pickup" or "returns"), order id
    edit_requested = Signal(object)  # CustomerProfile
    loaded = Signal(object)  # CustomerOverview, once shown

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("customer360")
        self.workspace = workspace
        self.customer_id: uuid.UUID | None = None
        self.overview: CustomerOverview | None = None
        self._generation = 0
        self.hint = self.tr("Find a customer by name, phone, e-mail or loyalty card (F2), "
                            "or create one (Ctrl+N).")
        self.placeholder = QLabel(self.hint)
        self.placeholder.setObjectName("customerPlaceholder")
        self.placeholder.setProperty("kind", "muted")
        self.placeholder.setWordWrap(True)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.placeholder)
        self.pages.addWidget(self._content())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)

    # -- layout -------------------------------------------------------------------------

    def _content(self) -> QWidget:
        self.card = ProfileCard()
        self.carts = CartsCard()
        self.carts.open_cart.connect(self._open_cart)
        self.new_sale_button = QPushButton(self.tr("&New sale"))
        self.new_sale_button.setObjectName("newSaleButton")
        self.new_sale_button.setProperty("kind", "primary")
        self.new_sale_button.setToolTip(self.tr("Start a new sale for this customer "
                                                "(Ctrl+Shift+S)"))
        self.new_sale_button.clicked.connect(self._new_sale)
        self.edit_button = QPushButton(self.tr("&Edit"))
        self.edit_button.setObjectName("editCustomerButton")
        self.edit_button.setToolTip(self.tr("Edit this customer (Ctrl+E)"))
        self.edit_button.clicked.connect(self._edit)
        self.error = QLabel()
        self.error.setObjectName("customerError")
        self.error.setProperty("kind", "error")
        self.error.setWordWrap(True)
        self.error.hide()
        actions = QHBoxLayout()
        actions.addWidget(self.new_sale_button)
        actions.addWidget(self.edit_button)
        actions.addStretch(1)
        left = QVBoxLayout()
        left.addLayout(actions)
        left.addWidget(self.error)
        left.addWidget(self.card)
        left.addWidget(self.carts)
        left.addStretch(1)
        self.timeline = TimelinePanel(self.workspace)
        self.orders_model = orders_model(self)
        self.returns_model = returns_model(self)
        self.applications_model = applications_model(self)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("customerTabs")
        self.tabs.addTab(self.timeline, self.tr("Timeline"))
        self.orders = OrdersPanel(self.orders_model)
        self.orders.open_order.connect(self.open_order)
        self.tabs.addTab(self.orders, "")
        self.tabs.addTab(record_table("customerReturns", self.returns_model), "")
        self.tabs.addTab(record_table("customerApplications", self.applications_model), "")
        self._count_tabs(None)
        content = QWidget()
        row = QHBoxLayout(content)
        row.setContentsMargins(0, 0, 0, 0)
        column = QWidget()
        column.setLayout(left)
        column.setMaximumWidth(460)
        row.addWidget(column, 2)
        row.addWidget(self.tabs, 3)
        return content

    def shortcuts(self) -> list[tuple[str, Callable[[], None]]]:
        """Keys and actions of the 360; the page binds them for all of its widgets."""
        bindings: list[tuple[str, Callable[[], None]]] = [
            ("Ctrl+Shift+S", self._new_sale),
            ("Ctrl+E", self._edit),
            ("Ctrl+O", self.carts.open_selected),
            ("Ctrl+T", self._write_note),
        ]
        return bindings + [(f"Ctrl+{n + 1}", lambda n=n: self._tab(n)) for n in range(4)]

    def _count_tabs(self, overview: CustomerOverview | None) -> None:
        counts = ((1, self.tr("Orders ({n})"), overview.orders if overview else ()),
                  (2, self.tr("Returns ({n})"), overview.returns if overview else ()),
                  (3, self.tr("Applications ({n})"), overview.applications if overview else ()))
        for index, text, rows in counts:
            self.tabs.setTabText(index, text.format(n=len(rows)))

    # -- showing a customer -------------------------------------------------------------

    def show_customer(self, customer_id: uuid.UUID | None) -> None:
        """Show the 360 of `customer_id` (None: the placeholder)."""
        changed = customer_id != self.customer_id
        self.customer_id = customer_id
        self._generation += 1
        if customer_id is None:
            self.overview = None
            self.placeholder.setText(self.hint)
            self.pages.setCurrentIndex(0)
            self.timeline.show_customer(None)
            return
        if changed:
            self.overview = None
        self.timeline.show_customer(customer_id)
        generation, workspace = self._generation, self.workspace

        def read() -> CustomerOverview:
            with workspace.read() as session:
                return queries.overview(session, customer_id)

        run_in_background(read, lambda overview: self._show(generation, overview),
                          lambda error: self._failed(generation, error))

    def refresh(self) -> None:
        if self.customer_id is not None:
            self.show_customer(self.customer_id)

    def _show(self, generation: int, overview: CustomerOverview) -> None:
        if generation != self._generation:
            return
        self.overview = overview
        self.error.hide()
        self.card.show_profile(overview.profile)
        self.carts.show_carts(overview.carts)
        self.orders_model.set_rows(overview.orders)
        self.returns_model.set_rows(overview.returns)
        self.applications_model.set_rows(overview.applications)
        self._count_tabs(overview)
        self.pages.setCurrentIndex(1)
        self.loaded.emit(overview)

    def _failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        if self.overview is None:  # nothing of this customer to show: say why instead
            self.placeholder.setText(explain(error))
            self.pages.setCurrentIndex(0)
            return
        self.error.setText(explain(error))
        self.error.show()

    # -- actions ------------------------------------------------------------------------

    @property
    def profile(self) -> CustomerProfile | None:
        return self.overview.profile if self.overview else None

    def _new_sale(self) -> None:
        if self.profile is not None:
            self.start_sale.emit(str(self.profile.id), "")

    def _open_cart(self, cart_id: uuid.UUID) -> None:
        if self.profile is not None:
            self.start_sale.emit(str(self.profile.id), str(cart_id))

    def _edit(self) -> None:
        if self.profile is not None:
            self.edit_requested.emit(self.profile)

    def _write_note(self) -> None:
        if self.profile is not None:
            self.tabs.setCurrentIndex(0)
            self.timeline.notes.focus()

    def _tab(self, index: int) -> None:
        if self.profile is not None:
            self.tabs.setCurrentIndex(index)
