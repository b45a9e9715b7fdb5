"""Order life cycle, payment modes and payment checks."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from enum import StrEnum

from sync.rules.errors import RuleViolation
from sync.rules.money import format_wire, money


class OrderStatus(StrEnum):
    PLACED = "placed"
    READY_FOR_PICKUP = "ready_for_pickup"
    PICKED_UP = "picked_up"
    SHIPPED = "shipped"
    COMPLETED = "completed"  # a take-away sale at a till is born completed
    CANCELLED = "cancelled"
    EXPIRED = "expired"


class Fulfilment(StrEnum):
    TAKE_AWAY = "take_away"
    PICKUP = "pickup"
    SHIP = "ship"


class PaymentMode(StrEnum):
    PAY_NOW = "pay_now"
    PAY_ON_PICKUP = "pay_on_pickup"  # only with Fulfilment.PICKUP


class PaymentState(StrEnum):
    UNPAID = "unpaid"
    PARTIALLY_PAID = "partially_paid"
    PAID = "paid"
    PARTIALLY_REFUNDED = "partially_refunded"
    REFUNDED = "refunded"


TERMINAL_STATUSES: frozenset[OrderStatus] = frozenset(
    {
        OrderStatus.PICKED_UP,
        OrderStatus.SHIPPED,
        OrderStatus.COMPLETED,
        OrderStatus.CANCELLED,
        OrderStatus.EXPIRED,
    }
)

_S = OrderStatus
TRANSITIONS: dict[Fulfilment, dict[OrderStatus, frozenset[OrderStatus]]] = {
    Fulfilment.PICKUP: {
        _S.PLACED: frozenset({_S.READY_FOR_PICKUP, _S.CANCELLED}),
        _S.READY_FOR_PICKUP: frozenset({_S.PICKED_UP, _S.CANCELLED, _S.EXPIRED}),
    },
    Fulfilment.SHIP: {
        _S.PLACED: frozenset({_S.SHIPPED, _S.CANCELLED}),
    },
    Fulfilment.TAKE_AWAY: {},
}
"""Allowed moves per fulfilment: current status -> statuses it may become."""

_STATE = {
    _S.PLACED: "placed and not yet prepared",
    _S.READY_FOR_PICKUP: "ready for pickup",
    _S.PICKED_UP: "already picked up",
    _S.SHIPPED: "already shipped",
    _S.COMPLETED: "completed",
    _S.CANCELLED: "cancelled",
    _S.EXPIRED: "expired",
}
_MOVE = {
    _S.PLACED: "go back to placed",
    _S.READY_FOR_PICKUP: "be marked ready for pickup",
    _S.PICKED_UP: "be handed over",
    _S.SHIPPED: "be shipped",
    _S.COMPLETED: "be completed",
    _S.CANCELLED: "be cancelled",
    _S.EXPIRED: "expire",
}
_KIND = {
    Fulfilment.TAKE_AWAY: "A take-away sale",
    Fulfilment.PICKUP: "A pickup order",
    Fulfilment.SHIP: "A shipping order",
}
# Refusals that deserve their own code, because staff react to them differently.
_FINAL = {
    _S.PICKED_UP: ("already_picked_up", "This order was already picked up"),
    _S.CANCELLED: ("order_cancelled", "This order was cancelled"),
    _S.EXPIRED: ("order_expired", "This order expired uncollected"),
}


def initial_status(fulfilment: Fulfilment) -> OrderStatus:
    """A take-away sale is completed at once; any other order starts placed."""
    if Fulfilment(fulfilment) is Fulfilment.TAKE_AWAY:
        return OrderStatus.COMPLETED
    return OrderStatus.PLACED


def can_transition(fulfilment: Fulfilment, current: OrderStatus, target: OrderStatus) -> bool:
    allowed = TRANSITIONS[Fulfilment(fulfilment)].get(OrderStatus(current), frozenset())
    return OrderStatus(target) in allowed


def check_transition(fulfilment: Fulfilment, current: OrderStatus, target: OrderStatus) -> None:
    """Refuse a status change the order's fulfilment does not allow."""
    fulfilment, current, target = Fulfilment(fulfilment), OrderStatus(current), OrderStatus(target)
    if can_transition(fulfilment, current, target):
        return
    if current in _FINAL:
        code, what = _FINAL[current]
        raise RuleViolation(
            code, f"{what}, so it cannot {_MOVE[target]}.", {"target": target.value}
        )
    message = f"{_KIND[fulfilment]} that is {_STATE[current]} cannot {_MOVE[target]}."
    params = {"case": "order", "kind": fulfilment.value, "status": current.value}
    if target is _S.CANCELLED and current in TERMINAL_STATUSES:
        message += " To take goods back, record a return."
        params["case"] = "order_return"
    raise RuleViolation("invalid_transition", message, {**params, "target": target.value})


def check_payment_mode(fulfilment: Fulfilment, mode: PaymentMode) -> None:
    """Pay on pickup only exists for orders picked up in a store."""
    if (
        PaymentMode(mode) is PaymentMode.PAY_ON_PICKUP
        and Fulfilment(fulfilment) is not Fulfilment.PICKUP
    ):
        raise RuleViolation(
            "invalid_payment_mode",
            "Pay on pickup is only possible for orders picked up in a store; "
            "this order must be paid now.",
        )


def _non_negative(value: Decimal, what: str) -> Decimal:
    amount = money(value)
    if amount < 0:
        raise ValueError(f"{what} must not be negative: {value}")
    return amount


def payment_state(total: Decimal, paid: Decimal, refunded: Decimal) -> PaymentState:
    """The payment state of an order from its total and the money in and out."""
    total = _non_negative(total, "total")
    paid = _non_negative(paid, "paid")
    refunded = _non_negative(refunded, "refunded")
    if refunded > 0:
        return PaymentState.REFUNDED if refunded >= paid else PaymentState.PARTIALLY_REFUNDED
    if paid >= total:
        return PaymentState.PAID
    return PaymentState.PARTIALLY_PAID if paid > 0 else PaymentState.UNPAID


def check_hand_over(
    fulfilment: Fulfilment,
    status: OrderStatus,
    payment_mode: PaymentMode,
    total: Decimal,
    paid: Decimal,
) -> None:
    """Refuse handing goods over unless the pickup order is ready and fully paid.

    For pay-on-pickup orders `paid` includes what is being collected at the counter.
    (A partial pickup checks the status here and the money in `sync.rules.pickup`.)
    """
    check_can_hand_over(fulfilment, status)
    check_paid_for(payment_mode, total, paid)


def check_can_hand_over(fulfilment: Fulfilment, status: OrderStatus) -> None:
    """Refuse handing goods over unless this is a pickup order ready for pickup."""
    fulfilment, status = Fulfilment(fulfilment), OrderStatus(status)
    if fulfilment is not Fulfilment.PICKUP:
        raise RuleViolation(
            "not_pickup",
            f"{_KIND[fulfilment]} is not collected in a store, so it cannot be handed over.",
            {"case": "hand_over", "kind": fulfilment.value},
        )
    if status in _FINAL:
        code, what = _FINAL[status]
        raise RuleViolation(
            code, f"{what}, so it cannot be handed over.", {"target": _S.PICKED_UP.value}
        )
    if status is _S.PLACED:
        raise RuleViolation(
            "not_ready",
            "This order is not prepared yet: mark it ready for pickup before handing it over.",
        )
    if status is not _S.READY_FOR_PICKUP:
        raise RuleViolation(
            "invalid_transition",
            f"An order that is {_STATE[status]} cannot be handed over.",
            {"case": "hand_over", "status": status.value},
        )


def check_paid_for(
    payment_mode: PaymentMode, total: Decimal, paid: Decimal, what: str = "this order"
) -> None:
    """Refuse handing over goods worth `total` when only `paid` was received for them."""
    total, paid = money(total), money(paid)
    if paid < total:
        due = format_wire(total - paid)
        params = {"due": due, "total": format_wire(total), "paid": format_wire(paid)}
        if PaymentMode(payment_mode) is PaymentMode.PAY_ON_PICKUP:
            params["case"] = "collect" if what == "this order" else "collect_goods"
            message = (
                f"Collect the {due} still due (total {format_wire(total)}) "
                f"before handing {what} over."
            )
        else:
            params["case"] = "short"
            message = (
                f"This order is not fully paid: {format_wire(paid)} of "
                f"{format_wire(total)} received, {due} still due."
            )
        raise RuleViolation("not_paid", message, params)


def check_payments_cover(total: Decimal, payments: Sequence[Decimal]) -> Decimal:
    """Refuse payments that are not positive or fall short; return the change due."""
    for payment in payments:
        try:
            valid = money(payment) > 0
        except (TypeError, ValueError):
            valid = False
        if not valid:
            raise RuleViolation(
                "invalid_payment",
                f"A payment must be a positive amount with at most two decimals, not {payment}.",
                {"amount": str(payment)},
            )
    total = money(total)
    paid = sum((money(payment) for payment in payments), Decimal("0.00"))
    if paid < total:
        raise RuleViolation(
            "payment_short",
            f"The payments ({format_wire(paid)}) fall short of the total "
            f"({format_wire(total)}) by {format_wire(total - paid)}.",
            {
                "paid": format_wire(paid),
                "total": format_wire(total),
                "short": format_wire(total - paid),
            },
        )
    return paid - total
