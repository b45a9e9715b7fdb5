"""Pickup and shipping orders after they are placed: ready, handed over, shipped,
cancelled. Also the payment helpers every selling command shares."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import timedelta
from decimal import Decimal
from typing import Literal

from pydantic import Field
from sqlalchemy import select

from sync.commands import timeline
from sync.commands.base import Args, CommandContext, command
from sync.commands.catalogue import stock_row
from sync.commands.permissions import SELLERS
from sync.commands.pricing_source import Money
from sync.model import Order, OrderLine, Payment, Store
from sync.rules import orders as rules
from sync.rules import pickup
from sync.rules.errors import RuleViolation
from sync.rules.money import format_wire, money
from sync.rules.pricing import MAX_QUANTITY

ZERO = Decimal("0.00")
PaymentMethod = Literal["cash", "card", "store_credit", "online"]


class PaymentIn(Args):
    payment_id: uuid.UUID
    method: PaymentMethod
    amount: Money
    reference: str | None = Field(default=None, min_length=1, max_length=64)


Payments = list[PaymentIn]


# --- payments ------------------------------------------------------------------------


def money_in(ctx: CommandContext, order: Order) -> tuple[Decimal, Decimal]:
    """(paid, refunded) so far on the order."""
    rows = ctx.session.execute(
        select(Payment.kind, Payment.amount).where(Payment.order_id == order.id)
    ).all()
    paid = sum((amount for kind, amount in rows if kind == "payment"), ZERO)
    refunded = sum((amount for kind, amount in rows if kind == "refund"), ZERO)
    return paid, refunded


def refresh_payment_state(ctx: CommandContext, order: Order) -> None:
    ctx.session.flush()
    paid, refunded = money_in(ctx, order)
    owed = order.total
    if order.status == rules.OrderStatus.PICKED_UP:  # a cancelled rest is not owed
        owed = pickup.handed_over_value(pickup_lines(order_lines(ctx, order)))
    order.payment_state = rules.payment_state(owed, paid, refunded).value


def check_amounts(payments: Sequence[PaymentIn]) -> Decimal:
    """The sum of the payments, each refused unless a positive amount of money."""
    rules.check_payments_cover(ZERO, [p.amount for p in payments])
    return sum((money(p.amount) for p in payments), ZERO)


def _check_methods(ctx: CommandContext, payments: Sequence[PaymentIn]) -> None:
    for payment in payments:
        if ctx.actor is None and payment.method != "online":
            raise RuleViolation(
                "invalid_payment_method",
                "Orders from the web channel can only be paid online.",
                {"case": "web"},
            )
        if ctx.actor is not None and ctx.store is None and payment.method == "cash":
            raise RuleViolation(
                "invalid_payment_method", "Cash can only be taken in a store.", {"case": "cash"}
            )
        if payment.method == "online" and not payment.reference:
            raise RuleViolation(
                "missing_reference", "An online payment needs the payment provider's reference."
            )
        if ctx.session.get(Payment, payment.payment_id) is not None:
            raise RuleViolation(
                "duplicate_id", "This payment has already been recorded.", {"case": "payment"}
            )


def take_payments(
    ctx: CommandContext, order: Order, payments: Sequence[PaymentIn], due: Decimal
) -> Decimal:
    """Record payments for `due` on the order; returns the cash change due.

    Only cash can be over-paid, and the change is not revenue: the cash payments are
    recorded net of it.
    """
    _check_methods(ctx, payments)
    change = rules.check_payments_cover(due, [p.amount for p in payments])
    cash = sum((money(p.amount) for p in payments if p.method == "cash"), ZERO)
    if change > cash:
        raise RuleViolation(
            "overpaid",
            f"The payments exceed the {format_wire(due)} due by "
            f"{format_wire(change)}; only cash can be over-paid.",
            {"due": format_wire(due), "change": format_wire(change)},
        )
    keep_back = change
    for payment in reversed(payments):
        amount = money(payment.amount)
        if payment.method == "cash" and keep_back > 0:
            cut = min(amount, keep_back)
            amount, keep_back = amount - cut, keep_back - cut
        if amount > 0:
            ctx.session.add(
                Payment(
                    id=payment.payment_id,
                    order_id=order.id,
                    kind="payment",
                    method=payment.method,
                    amount=amount,
                    reference=payment.reference,
                    channel=ctx.channel,
                    store_id=ctx.store_id,
                    staff_id=ctx.actor_id,
                    created_at=ctx.at,
                )
            )
    return change


def refund_split(
    ctx: CommandContext, order: Order, total: Decimal
) -> list[tuple[str, Decimal, str | None]]:
    """(method, amount, reference): back the way the customer paid, first payment first
    (cash last: the till pays out only what cannot go back to a card or account)."""
    payments = sorted(
        ctx.session.scalars(select(Payment).where(Payment.order_id == order.id)).all(),
        key=lambda p: (p.created_at, p.method == "cash", str(p.id)),  # cash last
    )
    left: dict[str, Decimal] = {}
    references: dict[str, str | None] = {}
    for payment in payments:
        sign = 1 if payment.kind == "payment" else -1
        left[payment.method] = left.get(payment.method, ZERO) + sign * payment.amount
        if payment.kind == "payment":
            references.setdefault(payment.method, payment.reference)
    split = []
    remaining = total
    for method, available in left.items():
        take = min(remaining, available)
        if take > 0:
            split.append((method, take, references.get(method)))
            remaining -= take
    if remaining > 0:
        raise RuleViolation(
            "refund_exceeds_payments",
            f"Only {format_wire(total - remaining)} {order.currency} paid for "
            "this order is left to refund; refund in cash or store credit.",
            {"left": format_wire(total - remaining), "currency": order.currency},
        )
    return split


def refund(
    ctx: CommandContext,
    order: Order,
    refund_id: uuid.UUID,
    method: str,
    amount: Decimal,
    reference: str | None = None,
    return_id: uuid.UUID | None = None,
) -> None:
    if amount <= 0:
        return
    ctx.session.add(
        Payment(
            id=refund_id,
            order_id=order.id,
            return_id=return_id,
            kind="refund",
            method=method,
            amount=money(amount),
            reference=reference,
            channel=ctx.channel,
            store_id=ctx.store_id,
            staff_id=ctx.actor_id,
            created_at=ctx.at,
        )
    )


# --- goods leaving a store -----------------------------------------------------------


def order_lines(ctx: CommandContext, order: Order) -> list[OrderLine]:
    return list(
        ctx.session.scalars(
            select(OrderLine).where(OrderLine.order_id == order.id).order_by(OrderLine.position)
        ).all()
    )


def pickup_lines(lines: Sequence[OrderLine]) -> list[pickup.PickupLine]:
    return [
        pickup.PickupLine(
            line.id,
            f"{line.name} ({line.sku})",
            line.quantity,
            line.handed_over_quantity,
            line.total,
        )
        for line in lines
    ]


def release_goods(ctx: CommandContext, order: Order, store_id: uuid.UUID) -> None:
    """Every line leaves `store_id`'s stock (it may go negative: the goods are gone)."""
    for line in order_lines(ctx, order):
        line.handed_over_quantity = line.quantity
        stock_row(ctx, store_id, line.product_id).on_hand -= line.quantity


def fulfilment_of(order: Order) -> rules.Fulfilment:
    return rules.Fulfilment(order.fulfilment)


def status_of(order: Order) -> rules.OrderStatus:
    return rules.OrderStatus(order.status)


def _check_move(order: Order, target: rules.OrderStatus) -> None:
    """Refuse moving `order` to `target` unless its fulfilment allows it from its status."""
    rules.check_transition(fulfilment_of(order), status_of(order), target)


def _answer(ctx: CommandContext, order: Order) -> None:
    ctx.result.update(
        order_id=str(order.id),
        order_number=order.number,
        status=order.status,
        payment_state=order.payment_state,
    )


def _at_pickup_store(ctx: CommandContext, order: Order) -> Store:
    if order.fulfilment != rules.Fulfilment.PICKUP:
        raise RuleViolation("not_pickup", "This order is not collected in a store.")
    if ctx.store is None or ctx.store_id != order.pickup_store_id:
        store = ctx.session.get(Store, order.pickup_store_id)
        where = store.name if store else "another store"
        raise RuleViolation(
            "wrong_store",
            f"This order is collected at {where}; only that store can prepare and hand it over.",
            {"case": "pickup", "store": store.name if store else None},
        )
    return ctx.store


# --- commands ------------------------------------------------------------------------


class OrderRef(Args):
    order_id: uuid.UUID


class HandOverLine(Args):
    line_id: uuid.UUID
    quantity: int = Field(ge=1, le=MAX_QUANTITY)


class HandOver(OrderRef):
    payments: Payments = Field(default_factory=list, max_length=20)
    # None: every unit still waiting; else some lines (a partial pickup).
    lines: list[HandOverLine] | None = Field(default=None, max_length=500)
    rest: Literal["keep", "cancel"] = "keep"  # the units not handed over


class CancelOrder(OrderRef):
    reason: str = Field(min_length=1, max_length=500)


class ShipOrder(OrderRef):
    tracking_reference: str | None = Field(default=None, min_length=1, max_length=64)


@command("order.mark_ready", OrderRef, roles=SELLERS)
def mark_ready(ctx: CommandContext, args: OrderRef) -> None:
    """The pickup store has prepared the order; the customer is told and it is held."""
    order: Order = ctx.get(Order, args.order_id, "order", lock=True)
    store = _at_pickup_store(ctx, order)
    _check_move(order, rules.OrderStatus.READY_FOR_PICKUP)
    order.status = rules.OrderStatus.READY_FOR_PICKUP.value
    order.ready_at = ctx.at
    order.expires_at = ctx.at + timedelta(days=store.pickup_hold_days)
    timeline.record(
        ctx,
        order.customer_id,
        timeline.ORDER_READY,
        f"Order {order.number} is ready for pickup at {store.name} until "
        f"{order.expires_at:%Y-%m-%d}.",
        "order",
        order.id,
        params={
            "number": order.number,
            "store": store.name,
            "until": f"{order.expires_at:%Y-%m-%d}",
        },
    )
    _answer(ctx, order)
    ctx.result["expires_at"] = order.expires_at.isoformat()


@command("order.hand_over", HandOver, roles=SELLERS)
def hand_over(ctx: CommandContext, args: HandOver) -> None:
    """Hand a ready pickup order, or some of its lines, to the customer, collecting what
    is due for the goods handed over; the rest stays ready or is cancelled and refunded."""
    order: Order = ctx.get(Order, args.order_id, "order", lock=True)
    store = _at_pickup_store(ctx, order)
    rules.check_can_hand_over(fulfilment_of(order), status_of(order))
    lines = order_lines(ctx, order)
    paid, refunded = money_in(ctx, order)
    requested = (
        None if args.lines is None else [(line.line_id, line.quantity) for line in args.lines]
    )
    plan = pickup.plan_hand_over(
        pickup_lines(lines), requested, pickup.Rest(args.rest), paid - refunded
    )
    offered = check_amounts(args.payments)
    pickup.check_collected(plan, rules.PaymentMode(order.payment_mode), paid - refunded, offered)
    change = take_payments(ctx, order, args.payments, plan.due) if args.payments else ZERO
    before = sum(line.handed_over_quantity for line in lines)
    for line in lines:
        units = plan.units.get(line.id, 0)
        if units:
            line.handed_over_quantity += units
            stock_row(ctx, store.id, line.product_id).on_hand -= units
    # Once per hand-over: the units handed over before it tell hand-overs apart, and a
    # whole order handed over at once keeps the key it always had.
    key = None if before == 0 and plan.complete else f"after:{before}"
    _close(ctx, order, plan, "hand_over")
    refresh_payment_state(ctx, order)
    kind = timeline.ORDER_PICKED_UP if plan.complete else timeline.ORDER_PARTLY_PICKED_UP
    timeline.record(
        ctx,
        order.customer_id,
        kind,
        _picked_up_text(order, store.name, plan, before),
        "order",
        order.id,
        key=key,
        params={
            "number": order.number,
            "store": store.name,
            "items": plan.units_now,
            "before": before,
            "waiting": plan.still_waiting,
            "cancelled": plan.units_cancelled,
            "refund": format_wire(plan.refund),
            "currency": order.currency,
        },
    )
    _answer(ctx, order)
    ctx.result.update(
        change_due=format_wire(change),
        collected=format_wire(plan.due),
        refunded=format_wire(plan.refund),
        still_waiting=plan.still_waiting,
    )


def _close(ctx: CommandContext, order: Order, plan: pickup.HandOverPlan, why: str) -> None:
    """Pick the order up if the plan completes it, refunding a cancelled prepaid rest."""
    if not plan.complete:
        return
    _check_move(order, rules.OrderStatus.PICKED_UP)
    for method, amount, reference in refund_split(ctx, order, plan.refund):
        refund(ctx, order, uuid.uuid5(order.id, f"{why}:rest:{method}"), method, amount, reference)
    order.status = rules.OrderStatus.PICKED_UP.value
    order.closed_at = ctx.at


def _items(count: int) -> str:
    return "1 item" if count == 1 else f"{count} items"


def _picked_up_text(order: Order, store: str, plan: pickup.HandOverPlan, before: int) -> str:
    if plan.complete and not plan.cancelled and before == 0:
        return f"Order {order.number} picked up at {store}."
    if plan.complete and not plan.cancelled:
        return f"Order {order.number} picked up at {store}: the remaining {_items(plan.units_now)}."
    text = f"Order {order.number} partly picked up at {store}: {_items(plan.units_now)}"
    if not plan.complete:
        return f"{text}, {_items(plan.still_waiting)} still waiting."
    text += f"; the other {_items(plan.units_cancelled)} cancelled"
    if plan.refund:
        text += f", refunded {format_wire(plan.refund)} {order.currency}"
    return text + "."


def _refund_all(ctx: CommandContext, order: Order, why: str) -> Decimal:
    """Every payment of `order` goes back the way it came, less what was refunded already
    (an order changed before its pickup); returns the amount refunded."""
    rows = ctx.session.scalars(
        select(Payment).where(Payment.order_id == order.id).order_by(Payment.created_at, Payment.id)
    ).all()
    back: dict[str, Decimal] = {}
    for row in rows:
        if row.kind == "refund":
            back[row.method] = back.get(row.method, ZERO) + row.amount
    refunded = ZERO
    for payment in (row for row in rows if row.kind == "payment"):
        already = min(payment.amount, back.get(payment.method, ZERO))
        back[payment.method] = back.get(payment.method, ZERO) - already
        refund(
            ctx,
            order,
            uuid.uuid5(payment.id, why),
            payment.method,
            payment.amount - already,
            payment.reference,
        )
        refunded += payment.amount - already
    return refunded


@command("order.cancel", CancelOrder, web=True)
def cancel(ctx: CommandContext, args: CancelOrder) -> None:
    """Cancel an order not yet handed over; every payment goes back the way it came.

    The customer may cancel online, unless money was taken in a store for it: that goes
    back at a till.
    """
    order: Order = ctx.get(Order, args.order_id, "order", lock=True)
    _check_move(order, rules.OrderStatus.CANCELLED)
    if ctx.actor is None and ctx.session.scalar(
        select(Payment.id).where(Payment.order_id == order.id, Payment.method != "online").limit(1)
    ):
        raise RuleViolation(
            "cancel_in_store",
            f"Part of order {order.number} was paid in a store, so it can "
            "only be cancelled there, where the money is given back.",
            {"number": order.number},
        )
    if any(line.handed_over_quantity for line in order_lines(ctx, order)):
        raise RuleViolation(
            "partly_handed_over",
            f"Part of order {order.number} was already handed over, so it "
            "cannot be cancelled: hand over the rest, or cancel the rest "
            "at the hand-over (the goods handed over can then be returned).",
            {"number": order.number},
        )
    refunded = _refund_all(ctx, order, "cancel")
    order.status = rules.OrderStatus.CANCELLED.value
    order.closed_at = ctx.at
    refresh_payment_state(ctx, order)
    timeline.record(
        ctx,
        order.customer_id,
        timeline.ORDER_CANCELLED,
        f"Order {order.number} cancelled: {args.reason.strip()}"
        + (f" Refunded {format_wire(refunded)} {order.currency}." if refunded else ""),
        "order",
        order.id,
        params={
            "number": order.number,
            "reason": args.reason.strip(),
            "refund": format_wire(refunded),
            "currency": order.currency,
        },
    )
    _answer(ctx, order)
    ctx.result["refunded"] = format_wire(refunded)


def expire(ctx: CommandContext, order_id: uuid.UUID) -> bool:
    """The pickup hold ran out: the order expires uncollected and is refunded.

    Not a command staff or the web can send: the central API's upkeep runs it for ready
    orders whose `expires_at` has passed. Returns False (changing nothing) for an order
    that is no longer due (collected or cancelled meanwhile, or given more time).
    """
    order: Order | None = ctx.session.get(Order, order_id, with_for_update=True)
    if (
        order is None
        or order.status != rules.OrderStatus.READY_FOR_PICKUP.value
        or order.expires_at is None
        or order.expires_at > ctx.at
    ):
        return False
    lines = order_lines(ctx, order)
    if any(line.handed_over_quantity for line in lines):
        return _expire_rest(ctx, order, lines)
    _check_move(order, rules.OrderStatus.EXPIRED)
    refunded = _refund_all(ctx, order, "expire")
    order.status = rules.OrderStatus.EXPIRED.value
    order.closed_at = ctx.at
    refresh_payment_state(ctx, order)
    timeline.record(
        ctx,
        order.customer_id,
        timeline.ORDER_EXPIRED,
        f"Order {order.number} was not collected by "
        f"{order.expires_at:%Y-%m-%d} and has expired."
        + (f" Refunded {format_wire(refunded)} {order.currency}." if refunded else ""),
        "order",
        order.id,
        params={
            "number": order.number,
            "until": f"{order.expires_at:%Y-%m-%d}",
            "refund": format_wire(refunded),
            "currency": order.currency,
        },
    )
    _answer(ctx, order)
    return True


def _expire_rest(ctx: CommandContext, order: Order, lines: Sequence[OrderLine]) -> bool:
    """A partly picked-up order whose hold ran out: the rest is cancelled (refunded if
    prepaid) and the order is picked up, so what the customer took can be returned."""
    paid, refunded = money_in(ctx, order)
    plan = pickup.plan_hand_over(pickup_lines(lines), [], pickup.Rest.CANCEL, paid - refunded)
    _close(ctx, order, plan, "expire")
    refresh_payment_state(ctx, order)
    timeline.record(
        ctx,
        order.customer_id,
        timeline.ORDER_EXPIRED,
        f"The {_items(plan.units_cancelled)} of order {order.number} not "
        f"collected by {order.expires_at:%Y-%m-%d} expired."
        + (f" Refunded {format_wire(plan.refund)} {order.currency}." if plan.refund else ""),
        "order",
        order.id,
        params={
            "number": order.number,
            "until": f"{order.expires_at:%Y-%m-%d}",
            "cancelled": plan.units_cancelled,
            "refund": format_wire(plan.refund),
            "currency": order.currency,
        },
    )
    _answer(ctx, order)
    return True


@command("order.ship", ShipOrder, roles=SELLERS)
def ship(ctx: CommandContext, args: ShipOrder) -> None:
    """Send a paid shipping order from this store."""
    order: Order = ctx.get(Order, args.order_id, "order", lock=True)
    if order.fulfilment != rules.Fulfilment.SHIP:
        raise RuleViolation("not_ship", "This order is not shipped; it is collected in a store.")
    _check_move(order, rules.OrderStatus.SHIPPED)
    if ctx.store is None:
        raise RuleViolation("store_required", "Orders are shipped from a store.", {"case": "ship"})
    paid, refunded = money_in(ctx, order)
    if paid - refunded < order.total:
        raise RuleViolation(
            "not_paid",
            f"This order is not fully paid: "
            f"{format_wire(paid - refunded)} of "
            f"{format_wire(order.total)} received.",
            {
                "case": "ship",
                "paid": format_wire(paid - refunded),
                "total": format_wire(order.total),
            },
        )
    release_goods(ctx, order, ctx.store.id)
    order.status = rules.OrderStatus.SHIPPED.value
    order.closed_at = ctx.at
    tracking = f" Tracking: {args.tracking_reference}." if args.tracking_reference else ""
    timeline.record(
        ctx,
        order.customer_id,
        timeline.ORDER_SHIPPED,
        f"Order {order.number} shipped from {ctx.store.name}.{tracking}",
        "order",
        order.id,
        params={
            "number": order.number,
            "store": ctx.store.name,
            "tracking": args.tracking_reference or "",
        },
    )
    _answer(ctx, order)
