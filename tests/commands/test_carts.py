"""One cart, changed line by line from any channel."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import select

from sync import model as m
from sync.rules.errors import RuleViolation

from .conftest import World, new_id


def _cart(world: World, who: str | None = "cashier", **extra: object) -> str:
    cart_id = new_id()
    world.do(
        who, "cart.open", {"cart_id": cart_id, "customer_id": str(world.customers["anna"]), **extra}
    )
    return cart_id


def _lines(world: World, cart_id: str) -> list[tuple[str, int, str]]:
    rows = world.session.scalars(select(m.CartLine).where(m.CartLine.cart_id == uuid.UUID(cart_id)))
    return sorted((str(r.product_id), r.quantity, r.channel) for r in rows)


def test_open_takes_the_store_currency_and_the_web_must_say(world: World) -> None:
    cart_id = _cart(world)
    cart = world.session.get(m.Cart, uuid.UUID(cart_id))
    assert (cart.currency, cart.channel, cart.status) == ("PLN", "store", "open")
    with pytest.raises(RuleViolation) as refused:
        _cart(world, None)
    assert refused.value.code == "currency_required"
    web_cart = world.session.get(m.Cart, uuid.UUID(_cart(world, None, currency="EUR")))
    assert (web_cart.currency, web_cart.store_id) == ("EUR", None)


def test_adds_from_two_channels_on_the_same_product_sum(world: World) -> None:
    cart_id = _cart(world, None, currency="PLN")
    shoe = str(world.products["shoe"])
    first = world.do(
        None,
        "cart.add_item",
        {"cart_id": cart_id, "line_id": new_id(), "product_id": shoe, "quantity": 1},
    )
    second = world.do(
        "cashier",
        "cart.add_item",
        {"cart_id": cart_id, "line_id": new_id(), "product_id": shoe, "quantity": 2},
    )
    assert second["line_id"] == first["line_id"] and second["quantity"] == 3
    assert _lines(world, cart_id) == [(shoe, 3, "web")]


def test_set_quantity_remove_and_abandon(world: World) -> None:
    cart_id = _cart(world)
    line = new_id()
    sock = str(world.products["sock"])
    world.do(
        "cashier",
        "cart.add_item",
        {"cart_id": cart_id, "line_id": line, "product_id": sock, "quantity": 1},
    )
    world.do("cashier", "cart.set_quantity", {"cart_id": cart_id, "line_id": line, "quantity": 5})
    assert _lines(world, cart_id) == [(sock, 5, "store")]
    world.do("cashier", "cart.set_quantity", {"cart_id": cart_id, "line_id": line, "quantity": 0})
    assert _lines(world, cart_id) == []
    world.do("cashier", "cart.remove_line", {"cart_id": cart_id, "line_id": line})
    world.do("cashier", "cart.abandon", {"cart_id": cart_id})
    with pytest.raises(RuleViolation) as refused:
        world.do(
            "cashier",
            "cart.add_item",
            {"cart_id": cart_id, "line_id": new_id(), "product_id": sock, "quantity": 1},
        )
    assert refused.value.code == "cart_closed"


def test_inactive_products_and_unknown_lines_are_refused(world: World) -> None:
    cart_id = _cart(world)
    with pytest.raises(RuleViolation) as refused:
        world.do(
            "cashier",
            "cart.add_item",
            {
                "cart_id": cart_id,
                "line_id": new_id(),
                "product_id": str(world.products["old"]),
                "quantity": 1,
            },
        )
    assert refused.value.code == "product_unavailable"
    with pytest.raises(RuleViolation) as refused:
        world.do(
            "cashier", "cart.set_quantity", {"cart_id": cart_id, "line_id": new_id(), "quantity": 2}
        )
    assert refused.value.code == "unknown_line"
