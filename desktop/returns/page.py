"""The returns work area: goods from an order of any channel taken back at this till.

Find the order (its number or QR code, on this till or online; or the customer and one of
their orders), choose the units, their condition, the reason and the refund method, see
the refund the shared rule gives, confirm. A late return needs a manager's login and PIN.

`ReturnsPage` lays the page out and says what staff ask for; `ReturnsController`
(controller.py) decides what happens, in the background. The return is the shared
`return.submit` command, applied to the replica at once and sent with the next sync.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QStackedWidget, QVBoxLayout, QWidget

from desktop.returns.controller import ReturnsController
from desktop.returns.done_panel import ReturnDonePanel
from desktop.returns.find_panel import FindOrderPanel
from desktop.returns.form import ReturnForm
from desktop.returns.manager_dialog import ManagerApproval
from desktop.returns.receipt_data import ReturnReceipt
from desktop.returns.refresh import WATCHES
from desktop.returns.state import CustomerOrder, OrderToReturn
from desktop.services.workspace import Workspace
from desktop.shared.i18n import tr
from desktop.shared.page import Destination, OpenOrder, Page, Shell
from sync.client.staff import StaffSignIn
from sync.client.touched import Touched
from sync.commands.permissions import SELLERS

SHORTCUTS = {"find": "Ctrl+F", "confirm": "F12", "back": "Esc", "print": "Ctrl+P", "save": "Ctrl+S"}


class ReturnsPage(Page):
    """Returns at a till (cashiers, managers, field reps)."""

    key = "returns"
    icon_name = "returns"
    roles = frozenset(role.value for role in SELLERS)
    watches = WATCHES

    order_shown = Signal(object)  # OrderToReturn, on the form (read or read again)
    orders_listed = Signal(object)  # list[CustomerOrder]: a customer's orders (re)read
    return_recorded = Signal(object)  # ReturnReceipt
    problem_shown = Signal(str)

    # What staff ask for (by key or button).
    confirm_requested = Signal()
    back_requested = Signal()

    def __init__(
        self,
        workspace: Workspace,
        parent: QWidget | None = None,
        sign_in: StaffSignIn | None = None,
    ) -> None:
        super().__init__(workspace, parent)
        self.setObjectName("returnsPage")
        self._build()
        self._shortcuts()
        self.controller = ReturnsController(workspace, self, sign_in)

    def title(self) -> str:
        return tr("Returns")

    # -- building -----------------------------------------------------------------------

    def _build(self) -> None:
        self.find_panel = FindOrderPanel(self.workspace)
        self.form = ReturnForm()
        self.form.confirm_button.clicked.connect(self.confirm_requested)
        self.form.back_button.clicked.connect(self.back_requested)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.find_panel)
        self.stack.addWidget(self.form)
        self.error = QLabel()
        self.error.setObjectName("returnError")
        self.error.setProperty("kind", "error")
        self.error.setWordWrap(True)
        self.error.hide()
        self.done = ReturnDonePanel()
        self.done.failed.connect(self.show_error)
        hint = QLabel(
            tr(
                "Ctrl+F order number · F12 confirm the return · Esc another "
                "order · Ctrl+P print receipt · Ctrl+S save receipt PDF"
            )
        )
        hint.setObjectName("returnShortcuts")
        hint.setProperty("kind", "muted")
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.done)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.error)
        layout.addWidget(hint)

    def _shortcuts(self) -> None:
        slots: dict[str, Callable[[], object]] = {
            "find": self.back_requested.emit,
            "confirm": self.confirm_requested.emit,
            "back": self._escape,
            "print": self.done.print_receipt,
            "save": self.done.save_receipt,
        }
        for name, keys in SHORTCUTS.items():
            # Esc leaves the form only: in the customer search it clears the search
            shortcut = QShortcut(QKeySequence(keys), self.form if name == "back" else self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slots[name])

    def _escape(self) -> None:
        """Esc: out of a line's editor first, then back to finding an order."""
        if not self.form.lines_view.cancel_edit():
            self.back_requested.emit()

    # -- what the main window (and a test) calls ----------------------------------------

    def activated(self) -> None:
        self.find_panel.search.start()
        if self.on_find():
            self.find_panel.focus_number()

    def attach(self, shell: Shell) -> None:
        self.set_sign_in(shell.sign_in)

    def set_sign_in(self, sign_in: StaffSignIn | None) -> None:
        """How a manager signs in to approve a late return."""
        self.controller.sign_in = sign_in

    def open(self, destination: Destination) -> None:
        if isinstance(destination, OpenOrder) and destination.page == self.key:
            self.controller.open_order(destination.order_id)

    def focus_main(self) -> None:
        self.back_requested.emit()

    def replica_changed(self, touched: Touched) -> None:
        self.controller.replica_changed(touched)

    def back_to_find(self) -> None:
        self.controller.back_to_find()

    def signed_out(self) -> None:
        self.controller.signed_out()

    def is_ready(self) -> bool:
        """Nothing running in the background for this page (tests wait for this)."""
        return self.controller.is_ready()

    @property
    def order(self) -> OrderToReturn | None:
        """The order on the form (None once its return is recorded)."""
        return self.controller.order

    @property
    def approval(self) -> ManagerApproval | None:
        """The manager's approval being asked for, if any."""
        return self.controller.approval

    @property
    def receipt(self) -> ReturnReceipt | None:
        """The receipt of the last return recorded here."""
        return self.done.receipt

    # -- what the controller shows ------------------------------------------------------

    def on_form(self) -> bool:
        return self.stack.currentWidget() is self.form

    def on_find(self) -> bool:
        return self.stack.currentWidget() is self.find_panel

    def show_find(self) -> None:
        self.stack.setCurrentWidget(self.find_panel)
        self.find_panel.focus_number()

    def show_order(self, order: OrderToReturn, problem: str, *, again: bool = False) -> None:
        """`order` on the form, `problem` (if any) under it and confirming barred.
        `again`: the same order read again: the cursor and choices stay where they are."""
        self.done.hide()
        self.form.show_order(order, keep_place=again)
        self.stack.setCurrentWidget(self.form)
        self.form.confirm_button.setEnabled(not problem)
        self.show_error(problem)
        if not again:
            self.form.lines_view.focus_first()
        self.order_shown.emit(order)

    def show_customer_orders(self, orders: list[CustomerOrder]) -> None:
        self.find_panel.show_orders(orders)
        self.orders_listed.emit(orders)

    def set_confirm_enabled(self, enabled: bool) -> None:
        self.form.confirm_button.setEnabled(enabled)

    def show_recorded(self, receipt: ReturnReceipt) -> None:
        """The return is recorded: its receipt, and the cursor back on the order number."""
        self.done.show_receipt(receipt)
        self.stack.setCurrentWidget(self.find_panel)
        self.find_panel.field.clear()
        self.find_panel.focus_number()
        self.return_recorded.emit(receipt)

    def show_error(self, text: str, *, at_reason: bool = False) -> None:
        """`text` under the form ("" hides it); `at_reason`: the cursor goes to the reason."""
        self.error.setText(text)
        self.error.setVisible(bool(text))
        if at_reason:
            self.form.reason.setFocus()
        if text:
            self.problem_shown.emit(text)
