"""Back-office changes to prices and stock.

Prices are set centrally: `price.set` is for pricing staff of an office, within the
country (or, from the head office, the company) the price list belongs to, and is
refused before it touches anything otherwise (see permissions.check_price_authority).
Stock is corrected by a store's own manager.

Promotions and the price lists themselves have no command: no device can change them.
A command added for them must call check_price_authority first, as `price.set` does.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from pydantic import Field
from sqlalchemy import select

from sync.commands.base import Args, CommandContext, command
from sync.commands.permissions import EVERYONE, MANAGERS, check_price_authority
from sync.commands.pricing_source import Money
from sync.model import Price, PriceList, Product, Stock, Store
from sync.protocol import WireDateTime
from sync.rules.errors import RuleViolation
from sync.rules.money import money


class SetPrice(Args):
    price_id: uuid.UUID
    price_list_id: uuid.UUID
    product_id: uuid.UUID
    amount: Money = Field(ge=0)
    valid_from: WireDateTime
    valid_to: WireDateTime | None = None


class AdjustStock(Args):
    store_id: uuid.UUID
    product_id: uuid.UUID
    delta: int = Field(ge=-1_000_000, le=1_000_000)
    reason: str = Field(min_length=1, max_length=200)


def stock_id(store_id: uuid.UUID, product_id: uuid.UUID) -> uuid.UUID:
    """The id of a store's stock row of a product, the same on every device."""
    return uuid.uuid5(store_id, f"stock:{product_id}")


def stock_row(ctx: CommandContext, store_id: uuid.UUID, product_id: uuid.UUID) -> Stock:
    """The store's stock row of the product, created (at zero) if there is none yet."""
    row = ctx.session.scalars(
        select(Stock)
        .where(Stock.store_id == store_id, Stock.product_id == product_id)
        .with_for_update()
    ).first()
    if row is None:
        row = Stock(
            id=stock_id(store_id, product_id), store_id=store_id, product_id=product_id, on_hand=0
        )
        ctx.session.add(row)
    ctx.guard.check(row)
    return row


# Any staff member may issue it: whether they may change this list depends on the list's
# country too, so the handler decides (and every other role gets not_pricing_authority).
@command("price.set", SetPrice, roles=EVERYONE)
def set_price(ctx: CommandContext, args: SetPrice) -> None:
    """A new price of a product in a price list (base or segment) from `valid_from` on.

    The price in force until then ends where the new one starts; a price set again
    for the same moment replaces the amount.
    """
    price_list = ctx.get(PriceList, args.price_list_id, "price list")
    check_price_authority(ctx, price_list)
    ctx.get(Product, args.product_id, "product")
    amount = money(args.amount)
    if args.valid_to is not None and args.valid_to <= args.valid_from:
        raise RuleViolation("invalid_period", "A price must end after it starts.")
    rows = ctx.session.scalars(
        select(Price).where(
            Price.price_list_id == price_list.id, Price.product_id == args.product_id
        )
    ).all()
    same = next((r for r in rows if r.valid_from == args.valid_from), None)
    if same is not None:
        same.amount = amount
        same.valid_to = args.valid_to
        ctx.result["price_id"] = str(same.id)
        return
    for row in rows:
        if row.valid_from < args.valid_from and _ends_after(row.valid_to, args.valid_from):
            row.valid_to = args.valid_from
    ctx.session.add(
        Price(
            id=args.price_id,
            price_list_id=price_list.id,
            product_id=args.product_id,
            amount=amount,
            valid_from=args.valid_from,
            valid_to=args.valid_to,
        )
    )
    ctx.result["price_id"] = str(args.price_id)


def _ends_after(valid_to: datetime | None, moment: datetime) -> bool:
    return valid_to is None or valid_to > moment


@command("stock.adjust", AdjustStock, roles=MANAGERS)
def adjust_stock(ctx: CommandContext, args: AdjustStock) -> None:
    """Correct the units on hand in the manager's own store (count, breakage, delivery)."""
    if args.delta == 0:
        raise RuleViolation(
            "invalid_arguments",
            "A stock adjustment must change the count.",
            {"case": "stock_delta"},
        )
    ctx.get(Store, args.store_id, "store")
    ctx.get(Product, args.product_id, "product")
    if ctx.store_id is not None and args.store_id != ctx.store_id:
        raise RuleViolation(
            "wrong_store", "A manager may only adjust their own store's stock.", {"case": "stock"}
        )
    row = stock_row(ctx, args.store_id, args.product_id)
    row.on_hand += args.delta
    ctx.result["on_hand"] = row.on_hand
