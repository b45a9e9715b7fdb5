"""Selling: a take-away sale at a till, and an order placed from any channel.

Both price through the one engine (pricing_source.quote) at `ctx.at`, so an offline
till, the central API re-running the sale and the web shop agree on every figure.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from decimal import Decimal
from typing import Literal

from pydantic import Field

from sync.commands import numbering, timeline
from sync.commands.base import Args, CommandContext, command
from sync.commands.carts import CHECKED_OUT, cart_lines, open_cart
from sync.commands.orders import Payments, refresh_payment_state, release_goods, take_payments
from sync.commands.permissions import EVERYONE, OFFICES, SELLERS
from sync.commands.pricing_source import Money, quote
from sync.model import Cart, Customer, Order, OrderLine, Store
from sync.rules import orders as rules
from sync.rules.errors import RuleViolation
from sync.rules.money import format_wire, money
from sync.rules.pricing import MAX_QUANTITY, CartBreakdown

RETAIL = "retail"


class LineIn(Args):
    line_id: uuid.UUID
    product_id: uuid.UUID
    quantity: int = Field(ge=1, le=MAX_QUANTITY)


class Selling(Args):
    order_id: uuid.UUID
    cart_id: uuid.UUID | None = None
    lines: list[LineIn] | None = Field(default=None, min_length=1, max_length=500)
    customer_id: uuid.UUID | None = None


class CompleteSale(Selling):
    payments: Payments = Field(default_factory=list, max_length=20)
    expected_total: Money


class ShipAddress(Args):
    name: str = Field(min_length=1, max_length=120)
    street: str = Field(min_length=1, max_length=200)
    city: str = Field(min_length=1, max_length=80)
    postal_code: str = Field(min_length=1, max_length=16)
    country: str = Field(pattern=r"^[A-Z]{2}$")
    phone: str | None = Field(default=None, max_length=32)


class PlaceOrder(Selling):
    fulfilment: Literal["pickup", "ship"]
    pickup_store_id: uuid.UUID | None = None
    ship_address: ShipAddress | None = None
    payment_mode: Literal["pay_now", "pay_on_pickup"]
    payments: Payments = Field(default_factory=list, max_length=20)
    expected_total: Money | None = None
    currency: str | None = Field(default=None, pattern=r"^[A-Z]{3}$")


@dataclass
class Basket:
    """What is being sold: from a cart or from lines given with the command."""

    cart: Cart | None
    customer: Customer | None
    lines: list[tuple[uuid.UUID, uuid.UUID, int]]  # (order line id, product id, quantity)

    @property
    def segment(self) -> str:
        return self.customer.segment if self.customer is not None else RETAIL


def basket(ctx: CommandContext, args: Selling) -> Basket:
    if ctx.session.get(Order, args.order_id) is not None:
        raise RuleViolation(
            "duplicate_id", "This order has already been recorded.", {"case": "order"}
        )
    if (args.cart_id is None) == (args.lines is None):
        raise RuleViolation(
            "invalid_arguments", "Give either a cart or lines, not both.", {"case": "cart_or_lines"}
        )
    cart = open_cart(ctx, args.cart_id) if args.cart_id is not None else None
    if cart is not None:
        lines = [
            (uuid.uuid5(args.order_id, str(row.id)), row.product_id, row.quantity)
            for row in cart_lines(ctx, cart)
        ]
        if not lines:
            raise RuleViolation(
                "empty_cart", "The cart is empty: add at least one product.", {"case": "cart"}
            )
    else:
        lines = [(line.line_id, line.product_id, line.quantity) for line in args.lines or ()]
        if len({line[0] for line in lines}) != len(lines):
            raise RuleViolation(
                "invalid_arguments", "Every line needs its own line_id.", {"case": "line_ids"}
            )
    customer_id = args.customer_id
    if cart is not None and cart.customer_id is not None:
        if customer_id is not None and customer_id != cart.customer_id:
            raise RuleViolation("customer_mismatch", "This cart belongs to another customer.")
        customer_id = cart.customer_id
    customer = ctx.get(Customer, customer_id, "customer") if customer_id else None
    return Basket(cart, customer, lines)


def price(
    ctx: CommandContext, basket: Basket, currency: str, country: str, expected_total: Decimal | None
) -> CartBreakdown:
    if basket.cart is not None and basket.cart.currency != currency:
        raise RuleViolation(
            "currency_mismatch",
            f"This cart is in {basket.cart.currency} but the sale is in {currency}.",
            {"cart_currency": basket.cart.currency, "currency": currency},
        )
    breakdown = quote(
        ctx.session,
        currency,
        country,
        basket.segment,
        [(product_id, quantity) for _, product_id, quantity in basket.lines],
        ctx.at,
    )
    if expected_total is not None and money(expected_total) != breakdown.total:
        raise RuleViolation(
            "price_mismatch",
            f"The total shown was {format_wire(money(expected_total))} {currency} but the "
            f"price is {format_wire(breakdown.total)} {currency}; check the prices and "
            "confirm the new total with the customer.",
            {
                "expected": format_wire(money(expected_total)),
                "total": format_wire(breakdown.total),
                "currency": currency,
            },
        )
    return breakdown


def create_order(
    ctx: CommandContext,
    order_id: uuid.UUID,
    basket: Basket,
    breakdown: CartBreakdown,
    fulfilment: rules.Fulfilment,
    payment_mode: rules.PaymentMode,
    pickup_store_id: uuid.UUID | None = None,
    ship_address: dict[str, str | None] | None = None,
) -> Order:
    """The order and its lines, keeping the price breakdown they were sold at."""
    status = rules.initial_status(fulfilment)
    order = Order(
        id=order_id,
        number=numbering.order_number(order_id),
        customer_id=basket.customer.id if basket.customer else None,
        cart_id=basket.cart.id if basket.cart else None,
        channel=ctx.channel,
        origin_store_id=ctx.store_id,
        pickup_store_id=pickup_store_id,
        staff_id=ctx.actor_id,
        fulfilment=fulfilment.value,
        ship_address=ship_address,
        status=status.value,
        payment_mode=payment_mode.value,
        payment_state=rules.PaymentState.UNPAID.value,
        currency=breakdown.currency,
        segment=breakdown.segment,
        list_total=breakdown.list_total,
        discount_total=breakdown.discount_total,
        tax_total=breakdown.tax_total,
        total=breakdown.total,
        placed_at=ctx.at,
        closed_at=ctx.at if status is rules.OrderStatus.COMPLETED else None,
    )
    ctx.session.add(order)
    first_line_id: dict[uuid.UUID, uuid.UUID] = {}
    for line_id, product_id, _ in basket.lines:
        first_line_id.setdefault(product_id, line_id)
    for position, line in enumerate(breakdown.lines, start=1):
        ctx.session.add(
            OrderLine(
                id=first_line_id[line.product_id],
                order_id=order.id,
                position=position,
                product_id=line.product_id,
                sku=line.sku,
                name=line.name,
                quantity=line.quantity,
                unit_list_price=line.unit_list_price,
                discount=line.discount,
                promotion_code=line.promotion_code,
                tax_rate=line.tax_rate,
                tax=line.tax,
                total=line.total,
            )
        )
    if basket.cart is not None:
        basket.cart.status = CHECKED_OUT
    return order


def _answer(ctx: CommandContext, order: Order, change: Decimal | None) -> None:
    ctx.result.update(
        order_id=str(order.id),
        order_number=order.number,
        status=order.status,
        payment_state=order.payment_state,
        currency=order.currency,
        total=format_wire(order.total),
    )
    if change is not None:
        ctx.result["change_due"] = format_wire(change)


@command("sale.complete", CompleteSale, roles=SELLERS)
def complete_sale(ctx: CommandContext, args: CompleteSale) -> None:
    """A take-away sale at a till: priced, paid in full, and the goods leave the store."""
    if ctx.store is None:
        raise RuleViolation("store_required", "A sale is made in a store.", {"case": "sale"})
    sold = basket(ctx, args)
    breakdown = price(ctx, sold, ctx.store.currency, ctx.store.country, args.expected_total)
    order = create_order(
        ctx, args.order_id, sold, breakdown, rules.Fulfilment.TAKE_AWAY, rules.PaymentMode.PAY_NOW
    )
    change = take_payments(ctx, order, args.payments, breakdown.total)
    release_goods(ctx, order, ctx.store.id)
    refresh_payment_state(ctx, order)
    timeline.record(
        ctx,
        order.customer_id,
        timeline.SALE_COMPLETED,
        f"Bought {_items(breakdown)} at {ctx.store.name} for "
        f"{format_wire(order.total)} {order.currency} (sale {order.number}).",
        "order",
        order.id,
        params={
            "number": order.number,
            "items": _units(breakdown),
            "store": ctx.store.name,
            "total": format_wire(order.total),
            "currency": order.currency,
        },
    )
    _answer(ctx, order, change)


def _units(breakdown: CartBreakdown) -> int:
    return int(sum(line.quantity for line in breakdown.lines))


def _items(breakdown: CartBreakdown) -> str:
    units = _units(breakdown)
    return "1 item" if units == 1 else f"{units} items"


def _pricing_place(
    ctx: CommandContext, args: PlaceOrder, cart: Cart | None
) -> tuple[str, str, Store | None]:
    """(currency, VAT country, pickup store) the order is priced in."""
    if args.fulfilment == "pickup":
        if args.pickup_store_id is None:
            raise RuleViolation("pickup_store_required", "Choose the store to pick up from.")
        store: Store = ctx.get(Store, args.pickup_store_id, "store")
        if store.kind in OFFICES:
            raise RuleViolation(
                "not_a_pickup_store",
                f"{store.name} is an office and sells nothing: choose a shop "
                "or branch to pick up from.",
                {"store": store.name},
            )
        return store.currency, store.country, store
    if args.ship_address is None:
        raise RuleViolation("ship_address_required", "Give the address to ship to.")
    if ctx.store is not None:
        return ctx.store.currency, ctx.store.country, None
    currency = args.currency or (cart.currency if cart else None)
    if currency is None:
        raise RuleViolation(
            "currency_required", "Say which currency the order is in.", {"case": "order"}
        )
    return currency, args.ship_address.country, None


def _check_payments(ctx: CommandContext, args: PlaceOrder) -> None:
    rules.check_payment_mode(
        rules.Fulfilment(args.fulfilment), rules.PaymentMode(args.payment_mode)
    )
    if args.payment_mode == "pay_on_pickup" and args.payments:
        raise RuleViolation(
            "payments_not_expected", "A pay-on-pickup order is paid when it is collected."
        )
    if args.payment_mode == "pay_now" and not args.payments:
        raise RuleViolation("payment_required", "This order must be paid now.")


@command("order.place", PlaceOrder, roles=EVERYONE, web=True)
def place_order(ctx: CommandContext, args: PlaceOrder) -> None:
    """An order to pick up in a store or to ship, from any channel."""
    _check_payments(ctx, args)
    sold = basket(ctx, args)
    if sold.customer is None:
        raise RuleViolation(
            "customer_required", "An order needs a customer: find or create them first."
        )
    currency, country, pickup_store = _pricing_place(ctx, args, sold.cart)
    breakdown = price(ctx, sold, currency, country, args.expected_total)
    address = args.ship_address.model_dump() if args.ship_address else None
    order = create_order(
        ctx,
        args.order_id,
        sold,
        breakdown,
        rules.Fulfilment(args.fulfilment),
        rules.PaymentMode(args.payment_mode),
        pickup_store.id if pickup_store else None,
        address,
    )
    change = None
    if args.payment_mode == "pay_now":
        change = take_payments(ctx, order, args.payments, breakdown.total)
    refresh_payment_state(ctx, order)
    where = (
        f"for pickup at {pickup_store.name}"
        if pickup_store
        else f"to ship to {args.ship_address.city}"
        if args.ship_address
        else ""
    )
    timeline.record(
        ctx,
        order.customer_id,
        timeline.ORDER_PLACED,
        f"Order {order.number} placed {where}: {_items(breakdown)}, "
        f"{format_wire(order.total)} {order.currency}.",
        "order",
        order.id,
        params={
            "number": order.number,
            "items": _units(breakdown),
            "total": format_wire(order.total),
            "currency": order.currency,
            **(
                {"store": pickup_store.name}
                if pickup_store
                else {"city": args.ship_address.city}
                if args.ship_address
                else {}
            ),
        },
    )
    _answer(ctx, order, change)
