"""What stands in the way of a return, as sentences for staff: a number that is not an
order's, an order that cannot take a return, a form not filled in enough."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.returns.finding import LookupNeedsConnection, NotAnOrderNumber, OrderNotFoundAnywhere
from desktop.returns.plan import Chosen, ReturnPlan
from desktop.returns.state import OrderToReturn
from desktop.shared.errors import explain
from desktop.shared.i18n import tr
from sync.rules.returns import RefundMethod


def lookup_problem(error: BaseException) -> str:
    """Why the order asked for cannot be shown."""
    if isinstance(error, NotAnOrderNumber):
        return tr(
            "“{text}” is not an order number (like O-0123456789) nor an order's QR code."
        ).format(text=str(error))
    if isinstance(error, LookupNeedsConnection):
        return tr(
            "This order is not on this till and the look-up needs a connection; try "
            "again when the till is online, or find the order through the customer "
            "if they shop here."
        )
    if isinstance(error, OrderNotFoundAnywhere):
        return error.message
    if isinstance(error, LookupError):
        return tr("That order is not on this till.")
    return explain(error)


def order_problem(order: OrderToReturn) -> str:
    """Why nothing of `order` can be returned ("" if something can)."""
    if not order.returnable:
        return tr(
            "Order {number} has not reached the customer yet; it can be cancelled, not returned."
        ).format(number=order.number)
    if order.returnable_units == 0:
        return tr("Everything bought on order {number} has been returned already.").format(
            number=order.number
        )
    return ""


@dataclass(frozen=True)
class Refusal:
    """Why the form cannot be confirmed yet; `at_reason`: the reason is what is missing."""

    text: str
    at_reason: bool = False


def plan_return(
    order: OrderToReturn, chosen: tuple[Chosen, ...], reason: str, method: RefundMethod
) -> ReturnPlan | Refusal:
    """The return the form asks for, or why it cannot be recorded."""
    problem = order_problem(order)
    if problem:
        return Refusal(problem)
    if not chosen:
        return Refusal(tr("Choose how many units of which line come back."))
    if method == RefundMethod.CASH and order.till_currency not in (None, order.currency):
        return Refusal(
            tr(
                "This order was paid in {order} and this till pays out {till}: "
                "refund to the original payment or as store credit."
            ).format(order=order.currency, till=order.till_currency)
        )
    if not reason.strip():
        return Refusal(tr("Write why the customer brings the goods back."), at_reason=True)
    return ReturnPlan(order, chosen, reason, method)
