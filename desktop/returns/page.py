"""The returns work area: goods from an order of any channel taken back at this till.

Find the order (its number or QR code, on this till or online; or the customer and one of
their orders), choose the units, their condition, the reason and the refund method, see
the refund the shared rule gives, confirm. A late return needs a manager's login and PIN.
Every query and change runs in the background; the return is the shared `return.submit`
command, applied to the replica at once and sent with the next sync.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QStackedWidget, QVBoxLayout, QWidget

from desktop.returns import finding
from desktop.returns.done_panel import ReturnDonePanel
from desktop.returns.find_panel import FindOrderPanel
from desktop.returns.finding import (
    LookupNeedsConnection,
    NotAnOrderNumber,
    OrderNotFoundAnywhere,
)
from desktop.returns.form import ReturnForm
from desktop.returns.manager_dialog import ManagerApproval
from desktop.returns.plan import ReturnPlan
from desktop.returns.queries import OrderToReturn, customer_orders, load_order
from desktop.returns.receipt_data import ReturnReceipt, load_return_receipt
from desktop.services.background import run_in_background
from desktop.services.staff import Staff, StaffSignIn
from desktop.services.workspace import Workspace
from desktop.shared.page import Destination, OpenOrder, Page, Shell
from desktop.ui.errors import explain
from sync.client.touched import Touched
from sync.commands.permissions import SELLERS
from sync.order_codes import order_number_from_scan
from sync.rules.returns import RefundMethod

SHORTCUTS = {"find": "Ctrl+F", "confirm": "F12", "back": "Esc", "print": "Ctrl+P",
             "save": "Ctrl+S"}


class ReturnsPage(Page):
    """Returns at a till (cashiers, managers, field reps)."""

    key = "returns"
    icon_name = "returns"
    roles = frozenset(role.value for role in SELLERS)
    watches = frozenset({"orders", "order_lines", "returns", "return_lines", "customers"})

    order_shown = Signal(object)  # OrderToReturn
    return_recorded = Signal(object)  # ReturnReceipt
    problem_shown = Signal(str)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None,
                 sign_in: StaffSignIn | None = None) -> None:
        super().__init__(workspace, parent)
        self.setObjectName("returnsPage")
        self._sign_in = sign_in
        self._busy = 0
        self._asked = 0  # the latest order asked for: older answers are dropped
        self._listed_customer: uuid.UUID | None = None  # whose orders are listed
        self.order: OrderToReturn | None = None
        self.approval: ManagerApproval | None = None
        self._build()
        self._shortcuts()

    def title(self) -> str:
        return self.tr("Returns")

    def set_sign_in(self, sign_in: StaffSignIn | None) -> None:
        """How a manager signs in to approve a late return."""
        self._sign_in = sign_in

    # -- building -----------------------------------------------------------------------

    def _build(self) -> None:
        self.find = FindOrderPanel(self.workspace)
        self.find.number_entered.connect(self.find_order)
        self.find.customer_chosen.connect(self.list_orders_of)
        self.find.order_chosen.connect(self.open_order)
        self.form = ReturnForm()
        self.form.confirm_button.clicked.connect(self.confirm)
        self.form.back_button.clicked.connect(self.back_to_find)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.find)
        self.stack.addWidget(self.form)
        self.error = QLabel()
        self.error.setObjectName("returnError")
        self.error.setProperty("kind", "error")
        self.error.setWordWrap(True)
        self.error.hide()
        self.done = ReturnDonePanel()
        self.done.failed.connect(self._show_error)
        hint = QLabel(self.tr("Ctrl+F order number · F12 confirm the return · Esc another "
                              "order · Ctrl+P print receipt · Ctrl+S save receipt PDF"))
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
            "find": self.back_to_find, "confirm": self.confirm, "back": self._escape,
            "print": self.done.print_receipt, "save": self.done.save_receipt}
        for name, keys in SHORTCUTS.items():
            # Esc leaves the form only: in the customer search it clears the search
            shortcut = QShortcut(QKeySequence(keys), self.form if name == "back" else self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slots[name])

    # -- what the main window calls -----------------------------------------------------

    def activated(self) -> None:
        self.find.search.start()
        if self.stack.currentWidget() is self.find:
            self.find.focus_number()

    def attach(self, shell: Shell) -> None:
        self.set_sign_in(shell.sign_in)

    def open(self, destination: Destination) -> None:
        if isinstance(destination, OpenOrder) and destination.page == self.key:
            self.open_order(destination.order_id)

    def focus_main(self) -> None:
        self.back_to_find()

    def replica_changed(self, touched: Touched | None = None) -> None:
        """Keep what staff are typing: the customer list is read again, and the order on
        the form only while nothing was entered on it yet."""
        self.find.search.refresh()
        order = self.order
        untouched = not self.form.lines.chosen() and not self.form.reason.text().strip()
        if (order is not None and self.stack.currentWidget() is self.form and untouched
                and self.approval is None and self.is_ready()):
            self.open_order(order.order_id)

    def is_ready(self) -> bool:
        """Nothing running in the background for this page (tests wait for this)."""
        return self._busy == 0 and (self.approval is None or not self.approval.checking)

    def _escape(self) -> None:
        """Esc: out of a line's editor first, then back to finding an order."""
        if not self.form.lines_view.cancel_edit():
            self.back_to_find()

    def back_to_find(self) -> None:
        if self.approval is not None:
            return
        self.stack.setCurrentWidget(self.find)
        self._show_error("")
        self.find.focus_number()

    # -- finding the order --------------------------------------------------------------

    def _run(self, work: Callable[[], Any], done: Callable[[Any], None],
             failed: Callable[[BaseException], None] | None = None) -> None:
        self._busy += 1

        def finished(result: Any) -> None:
            self._busy -= 1
            done(result)

        def refused(error: BaseException) -> None:
            self._busy -= 1
            (failed or self._failed)(error)

        run_in_background(work, finished, refused)

    def find_order(self, text: str) -> None:
        """The order typed or scanned: on this till, else looked up online."""
        self._show_error("")
        if order_number_from_scan(text) is None:
            self._show_error(self._lookup_problem(NotAnOrderNumber(text)))
            return
        self._asked += 1
        asked, workspace = self._asked, self.workspace

        def work() -> OrderToReturn:
            order_id = finding.find_order(workspace, text)
            with workspace.read() as session:
                return load_order(session, order_id)

        self._run(work, lambda order: self._loaded(asked, order),
                  lambda error: self._show_error(self._lookup_problem(error)))

    def _lookup_problem(self, error: BaseException) -> str:
        if isinstance(error, NotAnOrderNumber):
            return self.tr("“{text}” is not an order number (like O-0123456789) nor an "
                           "order's QR code.").format(text=str(error))
        if isinstance(error, LookupNeedsConnection):
            return self.tr("This order is not on this till and the look-up needs a "
                           "connection; try again when the till is online, or find the "
                           "order through the customer if they shop here.")
        if isinstance(error, OrderNotFoundAnywhere):
            return error.message
        if isinstance(error, LookupError):
            return self.tr("That order is not on this till.")
        return explain(error)

    def open_order(self, order_id: uuid.UUID | str) -> None:
        """Start a return of this order (from the customer list, or the customer 360)."""
        self._show_error("")
        order_uuid = order_id if isinstance(order_id, uuid.UUID) else uuid.UUID(order_id)
        self._asked += 1
        asked, workspace = self._asked, self.workspace

        def work() -> OrderToReturn:
            with workspace.read() as session:
                return load_order(session, order_uuid)

        self._run(work, lambda order: self._loaded(asked, order),
                  lambda error: self._show_error(self._lookup_problem(error)))

    def list_orders_of(self, customer_id: uuid.UUID) -> None:
        self._listed_customer = customer_id
        workspace = self.workspace

        def work() -> list[Any]:
            with workspace.read() as session:
                return customer_orders(session, customer_id)

        self._run(work, self.find.show_orders)

    def _loaded(self, asked: int, order: OrderToReturn) -> None:
        if asked != self._asked:
            return
        self.order = order
        self.done.hide()
        self.form.show_order(order)
        self.stack.setCurrentWidget(self.form)
        problem = self._order_problem(order)
        self.form.confirm_button.setEnabled(not problem)
        self._show_error(problem)
        self.form.lines_view.focus_first()
        self.order_shown.emit(order)

    def _order_problem(self, order: OrderToReturn) -> str:
        if not order.returnable:
            return self.tr("Order {number} has not reached the customer yet; it can be "
                           "cancelled, not returned.").format(number=order.number)
        if order.returnable_units == 0:
            return self.tr("Everything bought on order {number} has been returned "
                           "already.").format(number=order.number)
        return ""

    # -- confirming ---------------------------------------------------------------------

    def plan(self) -> ReturnPlan | None:
        """What the form says to take back, or None (with the reason shown)."""
        order = self.order
        if order is None or self.stack.currentWidget() is not self.form:
            return None
        problem = self._order_problem(order)
        if not problem and not self.form.lines.chosen():
            problem = self.tr("Choose how many units of which line come back.")
        if (not problem and self.form.refund_method() == RefundMethod.CASH
                and order.till_currency not in (None, order.currency)):
            problem = self.tr("This order was paid in {order} and this till pays out "
                              "{till}: refund to the original payment or as store "
                              "credit.").format(order=order.currency,
                                                till=order.till_currency)
        if not problem and not self.form.reason.text().strip():
            problem = self.tr("Write why the customer brings the goods back.")
            self.form.reason.setFocus()
        if problem:
            self._show_error(problem)
            return None
        return ReturnPlan(order, self.form.lines.chosen(), self.form.reason.text(),
                          self.form.refund_method())

    def confirm(self) -> None:
        if not self.is_ready():
            return
        plan = self.plan()
        if plan is None:
            return
        if plan.needs_manager:
            self._ask_manager(plan)
            return
        self._submit(plan, None)

    def _ask_manager(self, plan: ReturnPlan) -> None:
        if self._sign_in is None:
            self._show_error(self.tr("This return is late and needs a manager's approval, "
                                     "which this till cannot take; ask a manager."))
            return
        self.approval = ManagerApproval(self._sign_in, self.form.window_notice.text(), self)
        self.approval.approved.connect(lambda manager: self._submit(plan, manager))
        self.approval.finished.connect(self._approval_closed)
        self.approval.open()

    def _approval_closed(self) -> None:
        if self.approval is not None:
            self.approval.deleteLater()
        self.approval = None

    def _submit(self, plan: ReturnPlan, manager: Staff | None) -> None:
        """Record the return (the manager's change if one approved it)."""
        self._show_error("")
        self.form.confirm_button.setEnabled(False)
        workspace = self.workspace
        args = plan.args(manager_override=manager is not None)

        def work() -> ReturnReceipt:
            workspace.apply("return.submit", args, approved_by=manager)
            with workspace.read() as session:
                return load_return_receipt(session, plan.return_id)

        self._run(work, self._recorded, self._refused)

    def _recorded(self, receipt: ReturnReceipt) -> None:
        self.order = None
        self.done.show_receipt(receipt)
        self.stack.setCurrentWidget(self.find)
        self.find.field.clear()
        self.find.focus_number()
        if self._listed_customer is not None:  # what is left to return has changed
            self.list_orders_of(self._listed_customer)
        self.return_recorded.emit(receipt)

    def _refused(self, error: BaseException) -> None:
        self.form.confirm_button.setEnabled(True)
        self._show_error(explain(error))

    # -- messages -----------------------------------------------------------------------

    def _failed(self, error: BaseException) -> None:
        self._show_error(explain(error))

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))
        if text:
            self.problem_shown.emit(text)

    @property
    def receipt(self) -> ReturnReceipt | None:
        """The receipt of the last return recorded here."""
        return self.done.receipt
