"""Changing a pickup order before it is handed over: quantities, new lines, payment mode.

A customer who ordered online may change the order at the till before collecting it,
and staff preparing it may find units missing. `plan_lines` decides which lines change
(the command reprices exactly those through the one pricing engine) and `settle` what
happens to the money the order holds once it is worth its new total.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from typing import Generic, TypeVar

from sync.rules.errors import RuleViolation
from sync.rules.money import format_wire, money, share
from sync.rules.orders import Fulfilment, OrderStatus, PaymentMode

ZERO = Decimal("0.00")
CHANGEABLE = frozenset({OrderStatus.PLACED, OrderStatus.READY_FOR_PICKUP})

LineId = TypeVar("LineId", bound=Hashable)
ProductId = TypeVar("ProductId", bound=Hashable)


class Reason(StrEnum):
    CUSTOMER_REQUEST = "customer_request"  # the customer asked, at the till
    MISSING = "missing"  # staff found units missing while preparing the order


@dataclass(frozen=True)
class CurrentLine(Generic[LineId, ProductId]):
    """One order line as the change sees it."""

    line_id: LineId
    product_id: ProductId
    label: str
    quantity: int


@dataclass(frozen=True)
class LinesPlan(Generic[LineId, ProductId]):
    """The order's lines once the change is done."""

    quantities: dict[LineId, int]  # existing lines whose quantity changes (0: removed)
    added: dict[LineId, tuple[ProductId, int]]  # new line id -> (product id, quantity)
    kept: int  # lines left on the order


@dataclass(frozen=True)
class Settlement:
    """The money side of a change."""

    refund: Decimal = ZERO  # held above the new total, given back now
    collect: Decimal = ZERO  # taken now (before any cash change)
    due_at_pickup: Decimal = ZERO  # still to collect when the goods are handed over


def check_changeable(
    fulfilment: Fulfilment, status: OrderStatus, handed_over: int, number: str
) -> None:
    """Refuse changing an order that is not a pickup order still wholly waiting."""
    fulfilment, status = Fulfilment(fulfilment), OrderStatus(status)
    if fulfilment is not Fulfilment.PICKUP:
        raise RuleViolation(
            "not_changeable",
            f"Order {number} is not collected in a store, so it cannot be changed at the till.",
            {"case": "not_pickup", "number": number},
        )
    if status not in CHANGEABLE:
        state = {
            OrderStatus.PICKED_UP: "already picked up",
            OrderStatus.CANCELLED: "cancelled",
            OrderStatus.EXPIRED: "expired uncollected",
        }.get(status, status.value)
        raise RuleViolation(
            "not_changeable",
            f"Order {number} was {state}, so it can no longer be changed.",
            {"case": "closed", "number": number, "state": status.value},
        )
    if handed_over > 0:
        raise RuleViolation(
            "not_changeable",
            f"Part of order {number} was already handed over, so it can no "
            "longer be changed: hand over the rest, or cancel the rest at "
            "the hand-over.",
            {"case": "handed_over", "number": number},
        )


def _units(count: int) -> str:
    return f"{count} unit" if count == 1 else f"{count} units"


def plan_lines(
    lines: Sequence[CurrentLine[LineId, ProductId]],
    set_quantities: Sequence[tuple[LineId, int]],
    add: Sequence[tuple[LineId, ProductId, int]],
    reason: Reason,
    max_quantity: int,
) -> LinesPlan[LineId, ProductId]:
    """The lines after setting `set_quantities` ((line id, quantity); 0 removes the line)
    and adding `add` ((new line id, product id, quantity)).

    A product already on the order (and not removed) grows its line instead of getting a
    second one, as in a cart, so the pricing engine sees all its units together.
    """
    by_id = {line.line_id: line for line in lines}
    quantities: dict[LineId, int] = {}
    for line_id, quantity in set_quantities:
        line = by_id.get(line_id)
        if line is None:
            raise RuleViolation(
                "not_found",
                f"Line {line_id} is not part of this order.",
                {"case": "line", "line": line_id},
            )
        if line_id in quantities:
            raise RuleViolation(
                "invalid_arguments",
                f"{line.label} is listed twice: list each line once.",
                {"case": "listed_twice", "label": line.label},
            )
        if reason is Reason.MISSING and quantity > line.quantity:
            raise RuleViolation(
                "missing_only_reduces",
                f"Missing items can only reduce an order: {line.label} has "
                f"{_units(line.quantity)}, not {quantity}.",
                {
                    "case": "more",
                    "label": line.label,
                    "ordered": line.quantity,
                    "quantity": quantity,
                },
            )
        quantities[line_id] = quantity
    if reason is Reason.MISSING and add:
        raise RuleViolation(
            "missing_only_reduces",
            "Missing items can only reduce an order: add products as a "
            "change the customer asked for.",
            {"case": "add"},
        )
    by_product = {
        line.product_id: line.line_id
        for line in lines
        if quantities.get(line.line_id, line.quantity) > 0
    }
    added: dict[LineId, tuple[ProductId, int]] = {}
    for line_id, product_id, quantity in add:
        if line_id in by_id or line_id in added:
            raise RuleViolation(
                "duplicate_id",
                f"Line {line_id} is already on this order.",
                {"case": "line", "line": line_id},
            )
        existing = by_product.get(product_id)
        if existing is None:
            added[line_id] = (product_id, quantity)
            by_product[product_id] = line_id
        elif existing in by_id:
            quantities[existing] = quantities.get(existing, by_id[existing].quantity) + quantity
        else:
            product, before = added[existing]
            added[existing] = (product, before + quantity)
    for line_id, quantity in [*quantities.items(), *((k, q) for k, (_, q) in added.items())]:
        if quantity > max_quantity:
            label = by_id[line_id].label if line_id in by_id else "a product"
            raise RuleViolation(
                "invalid_quantity",
                f"At most {max_quantity} units of {label} fit on one line.",
                {"case": "line_limit", "max": max_quantity, "label": label},
            )
    quantities = {
        line_id: quantity
        for line_id, quantity in quantities.items()
        if quantity != by_id[line_id].quantity
    }
    kept = sum(1 for line in lines if quantities.get(line.line_id, line.quantity) > 0)
    if kept + len(added) == 0:
        raise RuleViolation(
            "order_empty",
            "A change cannot remove every line of an order: cancel the order instead.",
        )
    return LinesPlan(quantities, added, kept + len(added))


@dataclass(frozen=True)
class LinePrice:
    """What a line's units were sold at: list price per unit, and the line's figures."""

    unit_list_price: Decimal
    discount: Decimal
    tax: Decimal
    total: Decimal


def reduced_pro_rata(price: LinePrice, quantity: int, units: int) -> LinePrice:
    """The first `units` of a line of `quantity` at the price they were sold at.

    Used for a product that can no longer be priced (no longer sold, no price now): the
    customer keeps fewer units at the price agreed rather than being unable to change.
    """
    if quantity < 1 or not 1 <= units <= quantity:
        raise ValueError(f"{units} units of a line of {quantity}")
    return LinePrice(
        price.unit_list_price,
        share(money(price.discount), units, quantity),
        share(money(price.tax), units, quantity),
        share(money(price.total), units, quantity),
    )


def settle(
    mode: PaymentMode, held: Decimal, total: Decimal, offered: Decimal, currency: str
) -> Settlement:
    """What the money held (payments less refunds) becomes once the order is worth `total`,
    with `offered` paid now.

    Whatever the payment mode, money held above the new total is refunded: the order
    never keeps more than it is worth. Pay now: what the order holds plus what is paid
    now must cover the total (cash may be over-paid: the command gives the change). Pay
    on pickup: the rest is due at the hand-over; a payment now reduces it, up to it.
    """
    mode, held, total, offered = PaymentMode(mode), money(held), money(total), money(offered)
    refund = max(held - total, ZERO)
    outstanding = total - (held - refund)
    if offered > 0 and outstanding == 0:
        raise RuleViolation(
            "already_paid",
            f"The {format_wire(total)} {currency} this order is now worth is "
            "already paid: take no payment.",
            {"case": "order_total", "total": format_wire(total), "currency": currency},
        )
    if mode is PaymentMode.PAY_NOW:
        if offered < outstanding:
            raise RuleViolation(
                "payment_short",
                f"This order is paid in advance: {format_wire(outstanding - offered)} "
                f"{currency} more is due now (new total {format_wire(total)}, "
                f"{format_wire(held)} already paid"
                + (f", {format_wire(offered)} offered" if offered else "")
                + ").",
                {
                    "case": "advance_offered" if offered else "advance",
                    "due": format_wire(outstanding - offered),
                    "currency": currency,
                    "total": format_wire(total),
                    "held": format_wire(held),
                    "offered": format_wire(offered),
                },
            )
        return Settlement(refund=refund, collect=outstanding)
    collect = min(offered, outstanding)
    return Settlement(refund=refund, collect=collect, due_at_pickup=outstanding - collect)
