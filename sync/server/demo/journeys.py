"""Journeys that start online and finish in a store: carts, pickups, sales, returns."""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta

from sync import model as m
from sync.commands import timeline
from sync.rules.money import format_wire
from sync.rules.orders import Fulfilment, OrderStatus, PaymentMode
from sync.server.demo.catalogue import ProductInfo
from sync.server.demo.common import CURRENCY
from sync.server.demo.journal import World
from sync.server.demo.names import TOWNS
from sync.server.demo.orders import (
    Placed,
    hand_over_goods,
    items,
    mark_ready,
    pay,
    place,
    take_back,
    units,
)
from sync.server.demo.org import StoreInfo
from sync.server.demo.people import CustomerRef

CARTS_PER_PLACE, PICKUPS_PER_SHOP, SALES_PER_SHOP = 4, 4, 3
PROVIDER = {"PL": "PAYU", "IT": "NEXI"}
RETURN_REASONS = (
    ("Does not fit the space I have.", "sellable"),
    ("Arrived with a scratched screen.", "damaged"),
    ("Changed my mind, unopened.", "sellable"),
    ("Stopped working after a week.", "damaged"),
)


def seed_journeys(world: World) -> None:
    open_carts(world)
    pickups_waiting(world)
    store_sales(world)
    cross_channel_orders(world)


# --- carts ---------------------------------------------------------------------------


def _distinct(world: World, count: int) -> list[ProductInfo]:
    chosen: dict[uuid.UUID, ProductInfo] = {}
    while len(chosen) < min(count, len(world.pool)):
        product = world.product()
        chosen[product.id] = product
    return list(chosen.values())


def open_carts(world: World) -> None:
    """Saved web carts; some hold a product running out at the customer's store."""
    places = [s.code for s in world.org.shops()] + list(world.org.territories)
    for home in places:
        for n in range(world.scaled(CARTS_PER_PLACE)):
            customer = world.customer(home, n)
            if customer is not None:
                _open_cart(world, customer, home, n)


def _open_cart(world: World, customer: CustomerRef, home: str, n: int) -> None:
    rng = world.rng
    cart_id, created = world.new_id(), world.clock.ago(days=rng.uniform(0.2, 12))
    products = _distinct(world, rng.randint(1, 4))
    low = world.running_out(world.org.territory_home.get(home, home)) if n % 2 == 0 else None
    if low is not None and low not in products:
        products[0] = low
    at = last = created
    for position, product in enumerate(products):
        by_phone = position == 1 and n % 3 == 1
        world.journal.add(
            m.CartLine,
            id=world.new_id(),
            updated_at=at,
            cart_id=cart_id,
            product_id=product.id,
            quantity=rng.choice((1, 1, 1, 2, 3)),
            channel="phone" if by_phone else "web",
            added_at=at,
        )
        if by_phone:
            world.journal.event(
                customer,
                "call",
                f"Called the contact centre about {product.name}; added it to the saved web cart.",
                "phone",
                at,
                "cart",
                cart_id,
                event_id=world.new_id(),
            )
        last = at
        at = min(at + timedelta(minutes=rng.randint(5, 900)), world.clock.ago(minutes=1))
    world.journal.add(
        m.Cart,
        id=cart_id,
        updated_at=last,
        customer_id=customer.id,
        store_id=None,
        currency=CURRENCY[customer.country],
        channel="web",
        status="open",
        created_at=created,
    )


# --- web orders ----------------------------------------------------------------------


def _basket(world: World, customer: CustomerRef, n: int) -> list[tuple[ProductInfo, int]]:
    """1-3 products, plus one a promotion applies to (for VIP customers, kitchen)."""
    rng, cat = world.rng, world.cat
    basket = {p.id: (p, rng.choice((1, 1, 2))) for p in _distinct(world, rng.randint(1, 3))}
    promoted = (
        (cat.first_of("food"), 3),  # 3 for 2
        (cat.first_of("tv" if customer.country == "PL" else "laptops"), 1),  # amount off
        (cat.first_of("audio"), 1),  # 15 % off the category
        (cat.first_of("kitchen"), 1),  # 10 % off for VIP customers only
    )[n % 4]
    basket[promoted[0].id] = promoted
    return list(basket.values())


def web_order(
    world: World,
    customer: CustomerRef,
    at: datetime,
    n: int,
    *,
    pickup: StoreInfo | None,
    pay_now: bool,
) -> Placed:
    """order.place from the web shop, checking out a cart, for pickup or shipping."""
    basket = _basket(world, customer, n)
    cart_id, created = world.new_id(), at - timedelta(hours=world.rng.uniform(0.5, 48))
    world.journal.add(
        m.Cart,
        id=cart_id,
        updated_at=at,
        customer_id=customer.id,
        store_id=None,
        currency=CURRENCY[customer.country],
        channel="web",
        status="checked_out",
        created_at=created,
    )
    cart_lines = [world.new_id() for _ in basket]
    for line_id, (product, quantity) in zip(cart_lines, basket, strict=True):
        world.journal.add(
            m.CartLine,
            id=line_id,
            updated_at=created,
            cart_id=cart_id,
            product_id=product.id,
            quantity=quantity,
            channel="web",
            added_at=created,
        )
    if pickup:
        address, where = None, f"for pickup at {pickup.spec.name}"
    else:
        address = _ship_address(world, customer)
        where = f"to ship to {address['city']}"
    order, breakdown = place(
        world,
        customer,
        basket,
        at,
        channel="web",
        fulfilment=Fulfilment.PICKUP if pickup else Fulfilment.SHIP,
        payment_mode=PaymentMode.PAY_NOW if pay_now else PaymentMode.PAY_ON_PICKUP,
        pickup=pickup,
        cart_id=cart_id,
        cart_lines=cart_lines,
        ship_address=address,
    )
    if pay_now:
        reference = f"{PROVIDER[customer.country]}-{world.rng.getrandbits(40):010X}"
        pay(world, order, "online", at, channel="web", reference=reference)
    world.journal.event(
        customer,
        timeline.ORDER_PLACED,
        f"Order {order.number} placed {where}: {items(breakdown)}, "
        f"{format_wire(order.row['total'])} {order.row['currency']}.",
        "web",
        at,
        "order",
        order.row["id"],
        params={
            "number": order.number,
            "items": units(breakdown),
            "total": format_wire(order.row["total"]),
            "currency": order.row["currency"],
            **({"store": pickup.spec.name} if pickup else {"city": (address or {}).get("city")}),
        },
    )
    return order


def _ship_address(world: World, customer: CustomerRef) -> dict[str, str | None]:
    town = TOWNS["Warszawa" if customer.country == "PL" else "Roma"]
    return {
        "name": customer.name,
        "street": town.street(world.draw),
        "city": town.name,
        "postal_code": town.postal_code(world.draw),
        "country": customer.country,
        "phone": None,
    }


def pickups_waiting(world: World) -> None:
    """Web orders waiting in each shop: placed or ready, paid online or to pay there."""
    for store in world.org.shops():
        for n in range(world.scaled(PICKUPS_PER_SHOP)):
            customer = world.customer(store.code, n + 1)
            if customer is None:
                continue
            placed_at = world.clock.ago(hours=world.rng.uniform(3, 70))
            order = web_order(
                world, customer, placed_at, n, pickup=store, pay_now=(n // 2) % 2 == 0
            )
            if n % 2 == 1:
                mark_ready(world, order, store, placed_at + timedelta(hours=2))


# --- in-store sales and returns ------------------------------------------------------


def store_sales(world: World) -> None:
    """Take-away sales at the tills; every third one partly returned since."""
    for store in world.org.shops():
        for n in range(world.scaled(SALES_PER_SHOP)):
            customer = world.customer(store.code, n + 5)
            if customer is None:
                continue
            sold_at = world.clock.ago(days=world.rng.uniform(3, 25))
            order = _sale(world, customer, store, sold_at, n)
            if n % 3 == 0:
                reason, condition = RETURN_REASONS[n % len(RETURN_REASONS)]
                back_at = sold_at + timedelta(days=world.rng.uniform(1, 2.5))
                take_back(
                    world,
                    order,
                    back_at,
                    reason,
                    condition,
                    store=store,
                    staff_id=world.org.one_of(store.code, "cashier", n + 1),
                )


def _sale(world: World, customer: CustomerRef, store: StoreInfo, at: datetime, n: int) -> Placed:
    """sale.complete at a till: priced, paid in full, goods taken away."""
    cashier = world.org.one_of(store.code, "cashier", n)
    order, breakdown = place(
        world,
        customer,
        _basket(world, customer, n + 1),
        at,
        channel="store",
        fulfilment=Fulfilment.TAKE_AWAY,
        payment_mode=PaymentMode.PAY_NOW,
        origin=store,
        staff_id=cashier,
    )
    method = "card" if world.rng.random() < 0.7 else "cash"
    pay(world, order, method, at, channel="store", store=store, staff_id=cashier)
    hand_over_goods(order, at, OrderStatus.COMPLETED)
    world.journal.event(
        customer,
        timeline.SALE_COMPLETED,
        f"Bought {items(breakdown)} at {store.spec.name} for "
        f"{format_wire(order.row['total'])} {order.row['currency']} "
        f"(sale {order.number}).",
        "store",
        at,
        "order",
        order.row["id"],
        staff_id=cashier,
        store_id=store.id,
        params={
            "number": order.number,
            "items": units(breakdown),
            "store": store.spec.name,
            "total": format_wire(order.row["total"]),
            "currency": order.row["currency"],
        },
    )
    return order


def cross_channel_orders(world: World) -> None:
    """Per country: bought online, picked up in one shop, returned in another; and
    bought online, shipped from the hub, returned by post."""
    for country in ("PL", "IT"):
        shops = world.org.shops(country)
        hub, other = shops[0], shops[-1]
        customer = world.customer(hub.code, 9)
        if customer is not None:
            placed_at = world.clock.ago(days=12)
            order = web_order(world, customer, placed_at, 0, pickup=hub, pay_now=False)
            mark_ready(world, order, hub, placed_at + timedelta(hours=20))
            _collect(world, order, hub, placed_at + timedelta(days=2))
            take_back(
                world,
                order,
                placed_at + timedelta(days=6),
                "Bought a bigger one instead.",
                "sellable",
                store=other,
                staff_id=world.org.one_of(other.code, "cashier"),
            )
        customer = world.customer(other.code, 9)
        if customer is not None:
            placed_at = world.clock.ago(days=9)
            order = web_order(world, customer, placed_at, 2, pickup=None, pay_now=True)
            _ship(world, order, hub, placed_at + timedelta(hours=26))
            take_back(
                world,
                order,
                placed_at + timedelta(days=5),
                "Not as described on the website.",
                "sellable",
                store=None,
                staff_id=None,
            )


def _collect(world: World, order: Placed, store: StoreInfo, at: datetime) -> None:
    """order.hand_over: paid by card at the counter and handed over."""
    cashier = world.org.one_of(store.code, "cashier")
    pay(world, order, "card", at, channel="store", store=store, staff_id=cashier)
    hand_over_goods(order, at, OrderStatus.PICKED_UP)
    world.journal.event(
        order.customer,
        timeline.ORDER_PICKED_UP,
        f"Order {order.number} picked up at {store.spec.name}.",
        "store",
        at,
        "order",
        order.row["id"],
        staff_id=cashier,
        store_id=store.id,
        params={
            "number": order.number,
            "store": store.spec.name,
            "items": sum(int(line["quantity"]) for line in order.lines),
            "before": 0,
            "waiting": 0,
            "cancelled": 0,
            "refund": "0.00",
            "currency": order.row["currency"],
        },
    )


def _ship(world: World, order: Placed, store: StoreInfo, at: datetime) -> None:
    cashier = world.org.one_of(store.code, "cashier", 1)
    hand_over_goods(order, at, OrderStatus.SHIPPED)
    world.journal.event(
        order.customer,
        timeline.ORDER_SHIPPED,
        f"Order {order.number} shipped from {store.spec.name}.",
        "store",
        at,
        "order",
        order.row["id"],
        staff_id=cashier,
        store_id=store.id,
        params={"number": order.number, "store": store.spec.name, "tracking": ""},
    )
