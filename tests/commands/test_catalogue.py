"""Pricing staff change prices (managers their store's stock); the engine uses the new
price at once."""

from __future__ import annotations

from datetime import timedelta

import pytest

from sync import model as m
from sync.commands.pricing_source import quote
from sync.rules.errors import RuleViolation

from .conftest import T0, World, new_id


def _price(world: World, who: str, amount: str, valid_from: str, price_list: str = "PL") -> dict:
    return world.do(
        who,
        "price.set",
        {
            "price_id": new_id(),
            "price_list_id": str(world.price_lists[price_list]),
            "product_id": str(world.products["shoe"]),
            "amount": amount,
            "valid_from": valid_from,
        },
    )


@pytest.mark.parametrize("who", ["cashier", "manager", "manager.branch", "rep"])
def test_no_store_role_can_change_a_price(world: World, who: str) -> None:
    with pytest.raises(RuleViolation) as refused:
        _price(world, who, "1.00", "2025-03-01T00:00:00Z")
    assert refused.value.code == "not_pricing_authority"
    assert "set centrally" in refused.value.message
    assert world.count(m.Price) == 6


def test_pricing_staff_change_only_their_own_countrys_lists(world: World) -> None:
    with pytest.raises(RuleViolation) as refused:
        _price(world, "pricing", "40.00", "2025-03-04T00:00:00Z", price_list="IT")
    assert refused.value.code == "not_pricing_authority"
    assert "belongs to IT" in refused.value.message
    with pytest.raises(RuleViolation) as refused:
        _price(world, "pricing.it", "150.00", "2025-03-04T00:00:00Z")
    assert refused.value.code == "not_pricing_authority"
    assert world.count(m.Price) == 6
    _price(world, "pricing.it", "40.00", "2025-03-04T00:00:00Z", price_list="IT")
    _price(world, "pricing", "160.00", "2025-03-04T00:00:00Z", price_list="PL-VIP")
    assert world.count(m.Price) == 8


def test_pricing_staff_sets_a_price_from_a_moment(world: World) -> None:
    _price(world, "pricing", "180.00", "2025-03-04T00:00:00Z")
    shoe = world.products["shoe"]
    before = quote(world.session, "PLN", "PL", "retail", [(shoe, 1)], T0)
    after = quote(world.session, "PLN", "PL", "retail", [(shoe, 1)], T0 + timedelta(days=1))
    assert (before.total, after.total) == (200, 180)
    _price(world, "pricing", "175.00", "2025-03-04T00:00:00Z")  # corrected, same moment
    again = quote(world.session, "PLN", "PL", "retail", [(shoe, 1)], T0 + timedelta(days=1))
    assert again.total == 175 and world.count(m.Price) == 7


def test_stock_adjust_is_for_managers_of_the_store(world: World) -> None:
    args = {
        "store_id": str(world.stores["WAW"].id),
        "product_id": str(world.products["sock"]),
        "delta": -2,
        "reason": "Breakage",
    }
    with pytest.raises(RuleViolation) as refused:
        world.do("cashier", "stock.adjust", args)
    assert refused.value.code == "forbidden_role"
    assert world.do("manager", "stock.adjust", args)["on_hand"] == 48
    with pytest.raises(RuleViolation) as refused:
        world.do("manager", "stock.adjust", {**args, "store_id": str(world.stores["KRK"].id)})
    assert refused.value.code == "wrong_store"
    world.do(
        "manager", "stock.adjust", {**args, "product_id": str(world.products["old"]), "delta": 3}
    )
    assert world.stock("WAW", "old") == 3
