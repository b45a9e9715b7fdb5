"""What happens at the returns page: finding the order (on this till, else on the server),
listing a customer's orders, checking the form, a manager's approval for a late return,
recording the return — and reading again what a sync changed.

Replica reads run as query ops, the server's look-up and a manager's sign-in as network
ops, the return itself as a change op. Only the latest answer to each question is shown,
whatever order the answers come back in.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

from desktop.returns import finding
from desktop.returns.actions import record_return
from desktop.returns.approval import ApprovalCheck
from desktop.returns.manager_dialog import ManagerApproval
from desktop.returns.plan import ReturnPlan
from desktop.returns.problems import Refusal, lookup_problem, order_problem, plan_return
from desktop.returns.queries import customer_orders, load_order
from desktop.returns.receipt_data import ReturnReceipt
from desktop.returns.refresh import (
    customer_orders_concerned,
    customers_concerned,
    order_concerned,
)
from desktop.returns.state import CustomerOrder, OrderToReturn
from desktop.services.ops import ChangeOp, NetworkOp, QueryOp, drop_answers
from desktop.services.workspace import Workspace
from desktop.shared.errors import explain
from desktop.shared.i18n import tr
from sync.client.staff import Staff, StaffSignIn
from sync.client.touched import Touched
from sync.order_codes import order_number_from_scan

if TYPE_CHECKING:
    from desktop.returns.page import ReturnsPage

Op = type[QueryOp[Any]] | type[ChangeOp[Any]] | type[NetworkOp[Any]]

# What is being asked (one answer shown per slot: the latest).
ORDER = "order"  # the order staff asked for
REREAD = "order read again"  # the order on the form, after a sync
ORDERS = "customer's orders"
SUBMIT = "return"


def _order_reader(workspace: Workspace, order_id: uuid.UUID) -> Callable[[], OrderToReturn]:
    def read() -> OrderToReturn:
        with workspace.read() as session:
            return load_order(session, order_id)

    return read


class ReturnsController(QObject):
    """Reacts to what staff ask for on `view` and to the replica changing."""

    def __init__(
        self, workspace: Workspace, view: ReturnsPage, sign_in: StaffSignIn | None = None
    ) -> None:
        super().__init__(view)
        self.workspace = workspace
        self.view = view
        self.sign_in = sign_in  # how a manager signs in to approve a late return
        self.order: OrderToReturn | None = None
        self.approval: ManagerApproval | None = None
        self._approval_check: ApprovalCheck | None = None  # answers the approval's checks
        self._listed_customer: uuid.UUID | None = None  # whose orders are listed
        self._waiting: set[str] = set()  # slots whose latest question is unanswered
        view.find_panel.number_entered.connect(self.find_order)
        view.find_panel.customer_chosen.connect(self.list_orders_of)
        view.find_panel.order_chosen.connect(self.open_order)
        view.confirm_requested.connect(self.confirm)
        view.back_requested.connect(self.back_to_find)

    def is_ready(self) -> bool:
        return not self._waiting and (self.approval is None or not self.approval.checking)

    def _ask(
        self,
        kind: Op,
        slot: str,
        work: Callable[[], Any],
        done: Callable[[Any], None],
        failed: Callable[[BaseException], None],
    ) -> None:
        """Run `work` as a `kind` op whose answer supersedes any older one in `slot`."""
        self._waiting.add(slot)

        def succeeded(result: Any) -> None:
            self._waiting.discard(slot)
            done(result)

        def refused(error: BaseException) -> None:
            self._waiting.discard(slot)
            failed(error)

        kind(parent=self, op=work, success=succeeded).failure(refused).latest_only(slot).start()

    def _drop(self, slot: str) -> None:
        drop_answers(self, slot)
        self._waiting.discard(slot)

    # -- finding the order --------------------------------------------------------------

    def back_to_find(self) -> None:
        if self.approval is not None:
            return
        self._drop(ORDER)  # a look-up answering later must not bring the form back
        self.view.show_find()
        self.view.show_error("")

    def signed_out(self) -> None:
        """The person left: back to finding an order, the field and the customer search
        empty, no answer for them still to come."""
        if self.approval is not None:
            self.approval.reject()
        for slot in (ORDER, REREAD, ORDERS):
            self._drop(slot)
        self.order = None
        self._listed_customer = None
        self.back_to_find()
        panel = self.view.find_panel
        panel.field.clear()
        panel.clear_orders()
        if panel.search.field.text() or panel.search.model.text:
            panel.search.field.clear()
            panel.search.run_query()
        panel.search.results.clearSelection()

    def find_order(self, text: str) -> None:
        """The order typed or scanned: on this till, else looked up online."""
        self.view.show_error("")
        if order_number_from_scan(text) is None:
            self.view.show_error(lookup_problem(finding.NotAnOrderNumber(text)))
            return
        self._drop(REREAD)
        workspace = self.workspace
        self._ask(
            QueryOp,
            ORDER,
            lambda: finding.find_local(workspace, text),
            lambda order: self._found_here(text, order),
            self._not_found,
        )

    def _found_here(self, text: str, order: OrderToReturn | None) -> None:
        if order is not None:
            self._loaded(order)
            return
        workspace = self.workspace
        self._ask(
            NetworkOp,
            ORDER,
            lambda: finding.fetch_online(workspace, text),
            self.open_order,
            self._not_found,
        )

    def open_order(self, order_id: uuid.UUID | str) -> None:
        """Start a return of this order (from the customer list, or the customer 360)."""
        self.view.show_error("")
        self._drop(REREAD)
        wanted = order_id if isinstance(order_id, uuid.UUID) else uuid.UUID(order_id)
        self._ask(
            QueryOp, ORDER, _order_reader(self.workspace, wanted), self._loaded, self._not_found
        )

    def _loaded(self, order: OrderToReturn) -> None:
        self.order = order
        self.view.show_order(order, order_problem(order))

    def _not_found(self, error: BaseException) -> None:
        self.view.show_error(lookup_problem(error))

    def list_orders_of(self, customer_id: uuid.UUID) -> None:
        self._listed_customer = customer_id
        workspace = self.workspace

        def read() -> list[CustomerOrder]:
            with workspace.read() as session:
                return customer_orders(session, customer_id)

        self._ask(QueryOp, ORDERS, read, self.view.show_customer_orders, self._failed)

    # -- what a sync changed ------------------------------------------------------------

    def replica_changed(self, touched: Touched) -> None:
        """Read again what `touched` concerns, keeping what staff are typing: the order on
        the form only while nothing was entered on it yet."""
        if customers_concerned(touched):
            self.view.find_panel.refresh_customers()
        if self._listed_customer is not None and customer_orders_concerned(touched):
            self.list_orders_of(self._listed_customer)
        order = self.order
        if (
            order is not None
            and self.view.on_form()
            and self.view.form.untouched()
            and not self._waiting & {ORDER, SUBMIT}
            and self.approval is None
            and order_concerned(touched, order)
        ):
            self._ask(
                QueryOp,
                REREAD,
                _order_reader(self.workspace, order.order_id),
                self._read_again,
                self._failed,
            )

    def _read_again(self, order: OrderToReturn) -> None:
        shown = self.order
        if (
            shown is None
            or shown.order_id != order.order_id
            or not self.view.on_form()
            or not self.view.form.untouched()
            or self.approval is not None
        ):
            return  # staff moved on or started entering the return meanwhile
        self.order = order
        self.view.show_order(order, order_problem(order), again=True)

    # -- confirming ---------------------------------------------------------------------

    def plan(self) -> ReturnPlan | None:
        """What the form says to take back, or None (with the reason shown)."""
        order, form = self.order, self.view.form
        if order is None or not self.view.on_form():
            return None
        planned = plan_return(order, form.lines.chosen(), form.reason.text(), form.refund_method())
        if isinstance(planned, Refusal):
            self.view.show_error(planned.text, at_reason=planned.at_reason)
            return None
        return planned

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
        if self.sign_in is None:
            self.view.show_error(
                tr(
                    "This return is late and needs a manager's "
                    "approval, which this till cannot take; ask a "
                    "manager."
                )
            )
            return
        self.approval = ManagerApproval(self.view.form.window_notice.text(), self.view)
        self._approval_check = ApprovalCheck(self.sign_in, self.approval)
        self.approval.approved.connect(lambda manager: self._submit(plan, manager))
        self.approval.finished.connect(self._approval_closed)
        self.approval.open()

    def _approval_closed(self) -> None:
        if self.approval is not None:
            self.approval.deleteLater()
        self.approval = self._approval_check = None

    def _submit(self, plan: ReturnPlan, manager: Staff | None) -> None:
        """Record the return (the manager's change if one approved it)."""
        self.view.show_error("")
        self.view.set_confirm_enabled(False)
        self._drop(REREAD)
        workspace = self.workspace
        self._ask(
            ChangeOp,
            SUBMIT,
            lambda: record_return(workspace, plan, manager),
            self._recorded,
            self._refused,
        )

    def _recorded(self, receipt: ReturnReceipt) -> None:
        self.order = None
        if self._listed_customer is not None:  # what is left to return has changed
            self.list_orders_of(self._listed_customer)
        self.view.show_recorded(receipt)

    def _refused(self, error: BaseException) -> None:
        self.view.set_confirm_enabled(True)
        self.view.show_error(explain(error))

    def _failed(self, error: BaseException) -> None:
        self.view.show_error(explain(error))
