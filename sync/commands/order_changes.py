"""Changing a pickup order at its store before it is handed over (PRODUCT.md rule 3).

The customer who ordered online changes their mind at the till (more of one product,
less of another, something new, pay now or at pickup), or staff preparing the order
find units missing. Changed and new lines are priced by the one engine now, as a sale
at this store would price them; unchanged lines keep the price they were sold at (and so
do fewer units of a product that can no longer be priced, pro rata). The
money the order holds follows its new total: what it holds above it goes back the way
it came, what is missing is paid now (pay now) or at the hand-over (pay on pickup).

Staff only, at the pickup store: the web channel cannot change an order, because the
store may already be picking its goods from the shelves; a customer changing an order
online cancels it and orders again.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from decimal import Decimal
from typing import Any, Literal, get_args

from pydantic import Field

from sync.commands import timeline
from sync.commands.base import Args, CommandContext, command
from sync.commands.orders import (
    ZERO,
    PaymentMethod,
    Payments,
    _at_pickup_store,
    check_amounts,
    fulfilment_of,
    money_in,
    order_lines,
    refresh_payment_state,
    refund,
    refund_split,
    status_of,
    take_payments,
)
from sync.commands.permissions import SELLERS
from sync.commands.pricing_source import quote
from sync.model import Interaction, Order, OrderLine, Payment, Store
from sync.rules import order_changes as rules
from sync.rules.errors import RuleViolation
from sync.rules.money import format_wire
from sync.rules.orders import PaymentMode
from sync.rules.pricing import MAX_QUANTITY, LineBreakdown


class LineQuantity(Args):
    line_id: uuid.UUID
    quantity: int = Field(ge=0, le=MAX_QUANTITY)  # 0 removes the line


class NewLine(Args):
    line_id: uuid.UUID  # client-made id of the new order line
    product_id: uuid.UUID
    quantity: int = Field(ge=1, le=MAX_QUANTITY)


class ChangeOrder(Args):
    order_id: uuid.UUID
    change_id: uuid.UUID  # client-made; refund ids derive from it (uuid5)
    set_quantities: list[LineQuantity] = Field(default_factory=list, max_length=500)
    add: list[NewLine] = Field(default_factory=list, max_length=500)
    payment_mode: Literal["pay_now", "pay_on_pickup"] | None = None  # None: unchanged
    payments: Payments = Field(default_factory=list, max_length=20)  # taken now
    reason: Literal["customer_request", "missing"] = "customer_request"


def _label(line: OrderLine) -> str:
    return f"{line.name} ({line.sku})"


def _check_once(ctx: CommandContext, order: Order, args: ChangeOrder) -> None:
    """A change id is used once: a change sent again under another mutation id is refused."""
    event = timeline.event_id(order.id, timeline.ORDER_CHANGED, str(args.change_id))
    if ctx.session.get(Interaction, event) is not None or any(
        ctx.session.get(Payment, _refund_id(args.change_id, method)) is not None
        for method in get_args(PaymentMethod)
    ):
        raise RuleViolation(
            "duplicate_id", "This change has already been recorded.", {"case": "change"}
        )


def _refund_id(change_id: uuid.UUID, method: str) -> uuid.UUID:
    return uuid.uuid5(change_id, f"refund:{method}")


def _check_payments_allowed(args: ChangeOrder) -> None:
    if rules.Reason(args.reason) is rules.Reason.MISSING and (
        args.payment_mode is not None or args.payments
    ):
        raise RuleViolation(
            "missing_only_reduces",
            "Missing items can only reduce an order: change how it is paid "
            "as a change the customer asked for.",
            {"case": "payment"},
        )


# Why a product cannot be priced now; a line of it can still be reduced.
UNPRICEABLE = frozenset({"product_unavailable", "no_price", "no_tax_rate", "bad_price_data"})


def _price(
    ctx: CommandContext, order: Order, store: Store, wanted: Sequence[tuple[uuid.UUID, int]]
) -> dict[uuid.UUID, LineBreakdown]:
    """The breakdown of `wanted` ((product id, quantity)) as a sale here would price it."""
    if not wanted:
        return {}
    breakdown = quote(ctx.session, order.currency, store.country, order.segment, wanted, ctx.at)
    return {line.product_id: line for line in breakdown.lines}


def _set_price(row: OrderLine, line: LineBreakdown) -> None:
    row.sku, row.name, row.quantity = line.sku, line.name, line.quantity
    row.unit_list_price, row.discount = line.unit_list_price, line.discount
    row.promotion_code, row.tax_rate = line.promotion_code, line.tax_rate
    row.tax, row.total = line.tax, line.total


def _reduce(
    ctx: CommandContext, order: Order, store: Store, row: OrderLine, quantity: int, missing: bool
) -> None:
    """Fewer units of a line: priced now when the customer asks, at the price agreed
    (pro rata) when the store is short of units or the product can no longer be priced:
    a customer never pays more a unit for the store's shortfall."""
    if not missing:
        try:
            priced = _price(ctx, order, store, [(row.product_id, quantity)])
            _set_price(row, priced[row.product_id])
            return
        except RuleViolation as refusal:
            if refusal.code not in UNPRICEABLE:
                raise
    agreed = rules.LinePrice(row.unit_list_price, row.discount, row.tax, row.total)
    price = rules.reduced_pro_rata(agreed, row.quantity, quantity)
    row.quantity, row.discount, row.tax, row.total = (
        quantity,
        price.discount,
        price.tax,
        price.total,
    )


def _apply_lines(
    ctx: CommandContext,
    order: Order,
    store: Store,
    rows: list[OrderLine],
    plan: rules.LinesPlan[uuid.UUID, uuid.UUID],
    missing: bool,
) -> list[dict[str, Any]]:
    """Make the order's lines match the plan; returns what changed, for the timeline."""
    by_id = {row.id: row for row in rows}
    grown = {
        line_id: quantity
        for line_id, quantity in plan.quantities.items()
        if quantity > by_id[line_id].quantity
    }
    wanted = [(by_id[line_id].product_id, quantity) for line_id, quantity in grown.items()]
    priced = _price(ctx, order, store, wanted + list(plan.added.values()))
    changes: list[dict[str, Any]] = []
    for line_id, quantity in plan.quantities.items():
        row = by_id[line_id]
        changes.append(
            {"change": "removed", "product": _label(row)}
            if quantity == 0
            else {
                "change": "quantity",
                "product": _label(row),
                "from": row.quantity,
                "to": quantity,
            }
        )
        if quantity == 0:
            ctx.session.delete(row)
        elif line_id in grown:
            _set_price(row, priced[row.product_id])
        else:
            _reduce(ctx, order, store, row, quantity, missing)
    position = max((row.position for row in rows), default=0)
    for line_id, (product_id, quantity) in plan.added.items():
        line = priced[product_id]
        position += 1
        row = OrderLine(
            id=line_id,
            order_id=order.id,
            position=position,
            product_id=product_id,
            handed_over_quantity=0,
            returned_quantity=0,
        )
        _set_price(row, line)
        ctx.session.add(row)
        changes.append(
            {"change": "added", "product": f"{line.name} ({line.sku})", "quantity": quantity}
        )
    ctx.session.flush()
    return changes


def _recompute_totals(ctx: CommandContext, order: Order) -> None:
    lines = order_lines(ctx, order)
    order.list_total = sum((line.unit_list_price * line.quantity for line in lines), ZERO)
    order.discount_total = sum((line.discount for line in lines), ZERO)
    order.tax_total = sum((line.tax for line in lines), ZERO)
    order.total = sum((line.total for line in lines), ZERO)


def _settle(
    ctx: CommandContext, order: Order, args: ChangeOrder, held: Decimal
) -> tuple[rules.Settlement, list[tuple[str, Decimal, str | None]], Decimal]:
    """Refund what the order holds above its new total and take the payments offered;
    returns the settlement, the refunds made and the cash change due."""
    offered = check_amounts(args.payments)
    settlement = rules.settle(
        PaymentMode(order.payment_mode), held, order.total, offered, order.currency
    )
    split = refund_split(ctx, order, settlement.refund) if settlement.refund else []
    for method, amount, reference in split:
        refund(ctx, order, _refund_id(args.change_id, method), method, amount, reference)
    change = ZERO
    if args.payments:
        change = take_payments(ctx, order, args.payments, settlement.collect)
    return settlement, split, change


def _text(
    order: Order,
    store: Store,
    args: ChangeOrder,
    lines: list[dict[str, Any]],
    mode_changed: bool,
    split: list[tuple[str, Decimal, str | None]],
    settlement: rules.Settlement,
) -> str:
    changes = [_change_text(change) for change in lines]
    if mode_changed:
        changes = [
            *changes,
            "now paid at pickup"
            if order.payment_mode == PaymentMode.PAY_ON_PICKUP
            else "now paid in advance",
        ]
    if settlement.collect:
        changes = [*changes, f"{format_wire(settlement.collect)} {order.currency} paid now"]
    if rules.Reason(args.reason) is rules.Reason.MISSING:
        text = (
            f"Order {order.number}: items were missing when {store.name} prepared it: "
            + ", ".join(changes)
        )
    else:
        text = f"Order {order.number} changed at {store.name}: " + ", ".join(changes)
    text += f". New total {format_wire(order.total)} {order.currency}."
    if split:
        text += (
            " Refunded "
            + ", ".join(
                f"{format_wire(amount)} to {method.replace('_', ' ')}"
                for method, amount, _ in split
            )
            + f" ({order.currency})."
        )
    if settlement.due_at_pickup:
        text += f" {format_wire(settlement.due_at_pickup)} {order.currency} due at pickup."
    return text


def _change_text(change: dict[str, Any]) -> str:
    if change["change"] == "removed":
        return f"{change['product']} removed"
    if change["change"] == "quantity":
        return f"{change['product']} {change['from']} → {change['to']}"
    return f"added {change['quantity']} × {change['product']}"


def _params(
    order: Order,
    store: Store,
    args: ChangeOrder,
    lines: list[dict[str, Any]],
    mode_changed: bool,
    split: list[tuple[str, Decimal, str | None]],
    settlement: rules.Settlement,
) -> dict[str, Any]:
    """The values of the timeline's sentence, for a device to say it in its language."""
    return {
        "number": order.number,
        "store": store.name,
        "missing": rules.Reason(args.reason) is rules.Reason.MISSING,
        "lines": lines,
        "payment_mode": order.payment_mode if mode_changed else "",
        "collected": format_wire(settlement.collect) if settlement.collect else "",
        "total": format_wire(order.total),
        "refunds": [
            {"method": method, "amount": format_wire(amount)} for method, amount, _ in split
        ],
        "due": format_wire(settlement.due_at_pickup) if settlement.due_at_pickup else "",
        "currency": order.currency,
    }


@command("order.change", ChangeOrder, roles=SELLERS)
def change_order(ctx: CommandContext, args: ChangeOrder) -> None:
    """Change a pickup order's lines or payment mode at its store before any hand-over."""
    _check_payments_allowed(args)
    order: Order = ctx.get(Order, args.order_id, "order", lock=True)
    store = _at_pickup_store(ctx, order)
    rows = order_lines(ctx, order)
    rules.check_changeable(
        fulfilment_of(order),
        status_of(order),
        sum(row.handed_over_quantity for row in rows),
        order.number,
    )
    _check_once(ctx, order, args)
    plan = rules.plan_lines(
        [rules.CurrentLine(row.id, row.product_id, _label(row), row.quantity) for row in rows],
        [(line.line_id, line.quantity) for line in args.set_quantities],
        [(line.line_id, line.product_id, line.quantity) for line in args.add],
        rules.Reason(args.reason),
        MAX_QUANTITY,
    )
    new_mode = args.payment_mode if args.payment_mode != order.payment_mode else None
    mode_changed = new_mode is not None
    if not plan.quantities and not plan.added and not mode_changed and not args.payments:
        raise RuleViolation(
            "nothing_to_change",
            f"Order {order.number} is already like this: nothing to change.",
            {"number": order.number},
        )
    if any(ctx.session.get(OrderLine, line.line_id) is not None for line in args.add):
        raise RuleViolation(
            "duplicate_id", "This order line has already been recorded.", {"case": "order_line"}
        )
    paid, refunded = money_in(ctx, order)
    changes = _apply_lines(
        ctx, order, store, rows, plan, rules.Reason(args.reason) is rules.Reason.MISSING
    )
    _recompute_totals(ctx, order)
    if new_mode is not None:
        order.payment_mode = new_mode
    settlement, split, change = _settle(ctx, order, args, paid - refunded)
    refresh_payment_state(ctx, order)
    timeline.record(
        ctx,
        order.customer_id,
        timeline.ORDER_CHANGED,
        _text(order, store, args, changes, mode_changed, split, settlement),
        "order",
        order.id,
        key=str(args.change_id),
        params=_params(order, store, args, changes, mode_changed, split, settlement),
    )
    ctx.result.update(
        order_id=str(order.id),
        order_number=order.number,
        status=order.status,
        payment_state=order.payment_state,
        currency=order.currency,
        total=format_wire(order.total),
        refunded=format_wire(settlement.refund),
        due=format_wire(settlement.due_at_pickup),
        change_due=format_wire(change),
    )
