"""Returns of goods from any order, in any store or by post (PRODUCT.md rule 3, 7)."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, tzinfo
from decimal import Decimal
from typing import Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import Field
from sqlalchemy import select

from sync.commands import numbering, timeline
from sync.commands.base import Args, CommandContext, command
from sync.commands.catalogue import stock_row
from sync.commands.orders import ZERO, refresh_payment_state, refund, refund_split
from sync.commands.permissions import SELLERS, is_manager
from sync.model import Order, OrderLine, Return, ReturnLine, Store
from sync.rules import returns as rules
from sync.rules.errors import RuleViolation
from sync.rules.money import format_wire
from sync.rules.orders import OrderStatus
from sync.rules.pricing import MAX_QUANTITY

POSTAL_RETURN_DAYS = 30
RETURNABLE = frozenset({OrderStatus.COMPLETED, OrderStatus.PICKED_UP, OrderStatus.SHIPPED})


class ReturnLineIn(Args):
    return_line_id: uuid.UUID
    order_line_id: uuid.UUID
    quantity: int = Field(ge=1, le=MAX_QUANTITY)
    condition: Literal["sellable", "damaged"]


class SubmitReturn(Args):
    return_id: uuid.UUID
    order_id: uuid.UUID
    lines: list[ReturnLineIn] = Field(min_length=1, max_length=500)
    reason: str = Field(min_length=1, max_length=1000)
    refund_method: Literal["original", "cash", "store_credit"] = "original"
    manager_override: bool = False


def _zone(ctx: CommandContext, order: Order) -> tzinfo:
    """The time zone whose calendar days count: the returning store's, else the order's."""
    store = ctx.store
    if store is None:
        store_id = order.pickup_store_id or order.origin_store_id
        store = ctx.session.get(Store, store_id) if store_id else None
    try:
        return ZoneInfo(store.timezone) if store is not None else UTC
    except (ZoneInfoNotFoundError, ValueError):
        return UTC


def _check_window(
    ctx: CommandContext, order: Order, closed_at: datetime, args: SubmitReturn
) -> None:
    if args.manager_override and (ctx.actor is None or not is_manager(ctx.actor.role)):
        raise RuleViolation(
            "override_needs_manager", "Only a manager can accept a return after the return window."
        )
    days = ctx.store.return_window_days if ctx.store is not None else POSTAL_RETURN_DAYS
    zone = _zone(ctx, order)
    rules.check_return_window(
        closed_at.astimezone(zone), ctx.at.astimezone(zone), days, args.manager_override
    )


def _take_back(ctx: CommandContext, order: Order, ret: Return, args: SubmitReturn) -> Decimal:
    """Return lines, restock and per-line refunds; the refund total."""
    lines = {
        line.id: line
        for line in ctx.session.scalars(
            select(OrderLine).where(OrderLine.order_id == order.id)
        ).all()
    }
    total = ZERO
    for item in args.lines:
        line = lines.get(item.order_line_id)
        if line is None:
            raise RuleViolation(
                "not_found",
                f"That line is not part of order {order.number}.",
                {"case": "order_line", "number": order.number},
            )
        bought = line.handed_over_quantity  # only goods that left can come back
        rules.check_return_quantity(
            f"{line.name} ({line.sku})", item.quantity, bought, line.returned_quantity
        )
        amount = rules.refund_for(line.total, line.quantity, line.returned_quantity, item.quantity)
        line.returned_quantity += item.quantity
        ctx.session.add(
            ReturnLine(
                id=item.return_line_id,
                return_id=ret.id,
                order_line_id=line.id,
                product_id=line.product_id,
                quantity=item.quantity,
                condition=item.condition,
                refund_amount=amount,
            )
        )
        if (
            rules.ItemCondition(item.condition) is rules.ItemCondition.SELLABLE
            and ctx.store is not None
        ):
            stock_row(ctx, ctx.store.id, line.product_id).on_hand += item.quantity
        total += amount
    return total


@command("return.submit", SubmitReturn, roles=SELLERS, web=True)
def submit_return(ctx: CommandContext, args: SubmitReturn) -> None:
    """Take goods back from an order received by the customer, and refund them."""
    if ctx.session.get(Return, args.return_id) is not None:
        raise RuleViolation(
            "duplicate_id", "This return has already been recorded.", {"case": "return"}
        )
    order: Order = ctx.get(Order, args.order_id, "order", lock=True)
    if order.status not in RETURNABLE or order.closed_at is None:
        raise RuleViolation(
            "not_returnable",
            f"Order {order.number} has not reached the "
            "customer yet; cancel it instead of a return.",
            {"number": order.number},
        )
    _check_window(ctx, order, order.closed_at, args)
    if args.refund_method == "cash" and ctx.store is None:
        raise RuleViolation("cash_needs_store", "A cash refund can only be paid in a store.")
    ret = Return(
        id=args.return_id,
        number=numbering.return_number(args.return_id),
        order_id=order.id,
        customer_id=order.customer_id,
        store_id=ctx.store_id,
        channel=ctx.channel,
        reason=args.reason.strip(),
        refund_method=args.refund_method,
        refund_total=ZERO,
        staff_id=ctx.actor_id,
        override_by=ctx.actor_id if args.manager_override else None,
        created_at=ctx.at,
    )
    ctx.session.add(ret)
    ret.refund_total = _take_back(ctx, order, ret, args)
    if args.refund_method == "original":
        split = refund_split(ctx, order, ret.refund_total)
    else:
        split = [(args.refund_method, ret.refund_total, None)]
    for method, amount, reference in split:
        refund(ctx, order, uuid.uuid5(ret.id, method), method, amount, reference, ret.id)
    refresh_payment_state(ctx, order)
    units = sum(item.quantity for item in args.lines)
    where = f" at {ctx.store.name}" if ctx.store is not None else " by post"
    how = (
        ", ".join(
            f"{format_wire(amount)} to {method.replace('_', ' ')}" for method, amount, _ in split
        )
        or "nothing"
    )
    timeline.record(
        ctx,
        order.customer_id,
        timeline.RETURN,
        f"Returned {units} unit{'s' if units != 1 else ''} of order {order.number}"
        f"{where} ({ret.number}): refund {how} ({order.currency}).",
        "return",
        ret.id,
        params={
            "units": int(units),
            "number": order.number,
            "return_number": ret.number,
            **({"store": ctx.store.name} if ctx.store is not None else {}),
            "refunds": [
                {"method": method, "amount": format_wire(amount)} for method, amount, _ in split
            ],
            "currency": order.currency,
        },
    )
    ctx.result.update(
        return_id=str(ret.id),
        return_number=ret.number,
        refund_total=format_wire(ret.refund_total),
        currency=order.currency,
        refunds=[{"method": method, "amount": format_wire(amount)} for method, amount, _ in split],
        payment_state=order.payment_state,
    )
