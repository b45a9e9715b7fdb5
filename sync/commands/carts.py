"""One cart per customer journey, changed line by line from any channel.

Each command is a small operation on the cart's current lines (sync.rules.carts), so
the phone and the till adding the same product at the same time both count: the
second add increments the line the first one made.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence

from pydantic import Field
from sqlalchemy import select

from sync.commands.base import Args, CommandContext, command
from sync.model import Cart, CartLine, Customer, Product
from sync.rules import carts as rules
from sync.rules.errors import RuleViolation

OPEN = "open"
CHECKED_OUT = "checked_out"
ABANDONED = "abandoned"


class OpenCart(Args):
    cart_id: uuid.UUID
    customer_id: uuid.UUID | None = None
    currency: str | None = Field(default=None, pattern=r"^[A-Z]{3}$")


class CartRef(Args):
    cart_id: uuid.UUID


class AddItem(CartRef):
    line_id: uuid.UUID
    product_id: uuid.UUID
    quantity: int = Field(ge=1, le=rules.MAX_LINE_QUANTITY)


class SetQuantity(CartRef):
    line_id: uuid.UUID
    quantity: int = Field(ge=0, le=rules.MAX_LINE_QUANTITY)


class RemoveLine(CartRef):
    line_id: uuid.UUID


def cart_lines(ctx: CommandContext, cart: Cart) -> list[CartLine]:
    """The cart's lines in the order they were added."""
    return list(
        ctx.session.scalars(
            select(CartLine)
            .where(CartLine.cart_id == cart.id)
            .order_by(CartLine.added_at, CartLine.id)
        ).all()
    )


def open_cart(ctx: CommandContext, cart_id: uuid.UUID) -> Cart:
    """The cart, refused if it was checked out or abandoned."""
    cart: Cart = ctx.get(Cart, cart_id, "cart", lock=True)
    if cart.status != OPEN:
        state = "checked out" if cart.status == CHECKED_OUT else cart.status
        raise RuleViolation(
            "cart_closed",
            f"This cart was already {state}; start a new cart.",
            {"state": cart.status},
        )
    return cart


def _apply(
    ctx: CommandContext, cart: Cart, rows: Sequence[CartLine], lines: Sequence[rules.CartLine]
) -> None:
    """Make the cart's rows match the lines the rule returned."""
    wanted = {line.line_id: line for line in lines}
    for row in rows:
        line = wanted.pop(row.id, None)
        if line is None:
            ctx.session.delete(row)
        elif row.quantity != line.quantity:
            row.quantity = line.quantity
    for line in wanted.values():
        ctx.session.add(
            CartLine(
                id=line.line_id,
                cart_id=cart.id,
                product_id=line.product_id,
                quantity=line.quantity,
                channel=ctx.channel,
                added_at=ctx.at,
            )
        )


Change = Callable[[list[rules.CartLine]], Sequence[rules.CartLine]]


def _change(ctx: CommandContext, cart_id: uuid.UUID, change: Change) -> Sequence[rules.CartLine]:
    cart = open_cart(ctx, cart_id)
    rows = cart_lines(ctx, cart)
    lines = change([rules.CartLine(row.id, row.product_id, row.quantity) for row in rows])
    _apply(ctx, cart, rows, lines)
    ctx.result.update(cart_id=str(cart.id), line_count=len(lines))
    return lines


@command("cart.open", OpenCart, web=True)
def open_(ctx: CommandContext, args: OpenCart) -> None:
    """A new, empty cart, for a customer or (at a till) for a walk-in."""
    if args.customer_id is not None:
        ctx.get(Customer, args.customer_id, "customer")
    currency = args.currency or (ctx.store.currency if ctx.store else None)
    if currency is None:
        raise RuleViolation(
            "currency_required", "Say which currency the cart is priced in.", {"case": "cart"}
        )
    existing = ctx.session.get(Cart, args.cart_id)
    if existing is not None:
        if existing.customer_id == args.customer_id and existing.currency == currency:
            ctx.result["cart_id"] = str(existing.id)
            return  # the same open asked twice
        raise RuleViolation(
            "duplicate_id", "A different cart already has this id.", {"case": "cart"}
        )
    cart = Cart(
        id=args.cart_id,
        customer_id=args.customer_id,
        store_id=ctx.store_id,
        currency=currency,
        channel=ctx.channel,
        status=OPEN,
        created_at=ctx.at,
    )
    ctx.session.add(cart)
    ctx.guard.check(cart)
    ctx.result["cart_id"] = str(cart.id)


@command("cart.add_item", AddItem, web=True)
def add_item(ctx: CommandContext, args: AddItem) -> None:
    """Add units of a product; an existing line of that product grows instead."""
    product: Product = ctx.get(Product, args.product_id, "product")
    if not product.active:
        raise RuleViolation(
            "product_unavailable",
            f"{product.name} ({product.sku}) is no longer sold.",
            {"name": product.name, "sku": product.sku},
        )
    lines = _change(
        ctx,
        args.cart_id,
        lambda current: rules.add_item(current, args.line_id, args.product_id, args.quantity),
    )
    line = next(line for line in lines if line.product_id == args.product_id)
    ctx.result.update(line_id=str(line.line_id), quantity=line.quantity)


@command("cart.set_quantity", SetQuantity, web=True)
def set_quantity(ctx: CommandContext, args: SetQuantity) -> None:
    """Set a line's quantity; 0 removes the line."""
    _change(ctx, args.cart_id, lambda lines: rules.set_quantity(lines, args.line_id, args.quantity))


@command("cart.remove_line", RemoveLine, web=True)
def remove_line(ctx: CommandContext, args: RemoveLine) -> None:
    """Remove a line (already gone: nothing changes)."""
    _change(ctx, args.cart_id, lambda lines: rules.remove_line(lines, args.line_id))


@command("cart.abandon", CartRef, web=True)
def abandon(ctx: CommandContext, args: CartRef) -> None:
    """The customer gave the cart up; it can no longer change."""
    cart = open_cart(ctx, args.cart_id)
    cart.status = ABANDONED
    ctx.result["cart_id"] = str(cart.id)
