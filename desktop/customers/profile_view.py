"""The customer 360: profile and consents, open carts, the one timeline, orders, returns
and applications, with "New sale" and "Open cart" for the till. Widgets only: what it
shows and when is decided by `profile_controller`."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.customers.carts_card import CartsCard
from desktop.customers.contact_bar import ContactBar
from desktop.customers.data import CustomerOverview, CustomerProfile
from desktop.customers.orders_panel import OrdersPanel
from desktop.customers.profile_card import ProfileCard
from desktop.customers.record_table import record_table
from desktop.customers.records_model import applications_model, orders_model, returns_model
from desktop.customers.timeline_view import TimelinePanel
from desktop.shared.i18n import tr
from desktop.shared.paged_model import ROW_ROLE

PLACEHOLDER, CONTENT = 0, 1
TABS = 4  # timeline, orders, returns, applications (Ctrl+1…4)


class CustomerProfileView(QWidget):
    """The 360 of one customer. Says what staff ask for: a new sale, to open a cart
    (`cart_chosen(id)`), to edit, to write a note, a tab (`tab_requested(n)`), to open an
    order (`open_order(page key, order id)`)."""

    new_sale_requested = Signal()
    new_application_requested = Signal()
    cart_chosen = Signal(object)  # the cart's id (UUID)
    edit_requested = Signal()
    note_requested = Signal()
    tab_requested = Signal(int)
    open_order = Signal(str, str)  # page key ("pickup" or "returns"), order id
    open_application = Signal(str)  # the application's id
    loaded = Signal(object)  # CustomerOverview, once shown

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("customer360")
        self.overview: CustomerOverview | None = None  # the customer's, on screen
        self.hint = tr(
            "Find a customer by name, phone, e-mail or loyalty card (F2), or create one (Ctrl+N)."
        )
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
        self.carts.open_cart.connect(self.cart_chosen)
        self.new_sale_button = QPushButton(tr("&New sale"))
        self.new_sale_button.setObjectName("newSaleButton")
        self.new_sale_button.setProperty("kind", "primary")
        self.new_sale_button.setToolTip(tr("Start a new sale for this customer (Ctrl+Shift+S)"))
        self.new_sale_button.clicked.connect(self.new_sale_requested)
        self.new_application_button = QPushButton(tr("New a&pplication…"))
        self.new_application_button.setObjectName("newApplicationButton")
        self.new_application_button.setToolTip(
            tr("Start a loan or instalment order application for this customer (Ctrl+Shift+A)")
        )
        self.new_application_button.clicked.connect(self.new_application_requested)
        self.edit_button = QPushButton(tr("&Edit"))
        self.edit_button.setObjectName("editCustomerButton")
        self.edit_button.setToolTip(tr("Edit this customer (Ctrl+E)"))
        self.edit_button.clicked.connect(self.edit_requested)
        self.error = QLabel()
        self.error.setObjectName("customerError")
        self.error.setProperty("kind", "error")
        self.error.setWordWrap(True)
        self.error.hide()
        actions = QHBoxLayout()
        actions.addWidget(self.new_sale_button)
        actions.addWidget(self.new_application_button)
        actions.addWidget(self.edit_button)
        self.contact = ContactBar()  # record a call, book a callback or a branch visit
        actions.addWidget(self.contact)
        actions.addStretch(1)
        left = QVBoxLayout()
        left.setContentsMargins(0, 0, 0, 0)
        left.addLayout(actions)
        left.addWidget(self.error)
        left.addWidget(self.card)
        left.addWidget(self.carts)
        self.timeline = TimelinePanel()
        self.orders_model = orders_model(self)
        self.returns_model = returns_model(self)
        self.applications_model = applications_model(self)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("customerTabs")
        self.tabs.addTab(self.timeline, tr("Timeline"))
        self.orders = OrdersPanel(self.orders_model)
        self.orders.open_order.connect(self.open_order)
        self.tabs.addTab(self.orders, "")
        self.tabs.addTab(record_table("customerReturns", self.returns_model, (3, 2, 4)), "")
        self.applications = record_table(
            "customerApplications", self.applications_model, (3, 4, 6, 1)
        )
        self.applications.activated.connect(self._application_activated)
        self.applications.doubleClicked.connect(self._application_activated)
        self.tabs.addTab(self.applications, "")
        self._count_tabs(None)
        # The profile and the open carts above, the history below at the 360's whole width:
        # its tabs and tables read whole on a 1366 x 768 screen too.
        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(left)
        column.addWidget(self.tabs, 1)
        return content

    def _application_activated(self, index: QModelIndex) -> None:
        application = index.data(ROW_ROLE)
        if application is not None:
            self.open_application.emit(str(application.id))

    def shortcuts(self) -> list[tuple[str, Callable[[], None]]]:
        """Keys and what they ask for; the page binds them for all of its widgets."""
        bindings: list[tuple[str, Callable[[], None]]] = [
            ("Ctrl+Shift+S", self.new_sale_requested.emit),
            ("Ctrl+Shift+A", self.new_application_requested.emit),
            ("Ctrl+E", self.edit_requested.emit),
            ("Ctrl+O", self.carts.open_selected),
            ("Ctrl+T", self.note_requested.emit),
        ]
        return bindings + [
            (f"Ctrl+{n + 1}", lambda n=n: self.tab_requested.emit(n)) for n in range(TABS)
        ]

    def _count_tabs(self, overview: CustomerOverview | None) -> None:
        counts = (
            (1, tr("Orders ({n})"), overview.orders if overview else ()),
            (2, tr("Returns ({n})"), overview.returns if overview else ()),
            (3, tr("Applications ({n})"), overview.applications if overview else ()),
        )
        for index, text, rows in counts:
            self.tabs.setTabText(index, text.format(n=len(rows)))

    # -- what the controller shows ------------------------------------------------------

    @property
    def profile(self) -> CustomerProfile | None:
        return self.overview.profile if self.overview else None

    def show_overview(self, overview: CustomerOverview) -> None:
        """The customer's 360; the tab, the rows selected and the scroll stay."""
        self.overview = overview
        self.error.hide()
        self.card.show_profile(overview.profile)
        self.carts.show_carts(overview.carts)
        self.orders_model.set_rows(overview.orders)
        self.returns_model.set_rows(overview.returns)
        self.applications_model.set_rows(overview.applications)
        self._count_tabs(overview)
        self.pages.setCurrentIndex(CONTENT)
        self.loaded.emit(overview)

    def show_placeholder(self, text: str | None = None) -> None:
        """No customer's 360: the hint, or why it cannot be shown."""
        self.overview = None
        self.placeholder.setText(self.hint if text is None else text)
        self.pages.setCurrentIndex(PLACEHOLDER)

    def await_customer(self) -> None:
        """Another customer is being read: the one on screen stays until it comes, but
        is no longer the one shown (`overview` is None)."""
        self.overview = None

    def show_error(self, message: str) -> None:
        """Why the 360 on screen could not be read again."""
        self.error.setText(message)
        self.error.show()

    def show_tab(self, index: int) -> None:
        self.tabs.setCurrentIndex(index)

    def focus_note(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.timeline.notes.focus()
