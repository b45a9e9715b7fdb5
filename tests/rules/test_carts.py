"""Line-level cart changes from several channels."""

from __future__ import annotations

from uuid import UUID

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sync.rules.carts import (
    MAX_LINE_QUANTITY,
    CartLine,
    add_item,
    quantities,
    remove_line,
    set_quantity,
)
from sync.rules.errors import RuleViolation

TV, CABLE, KETTLE = UUID(int=1), UUID(int=2), UUID(int=3)
L1, L2, L3 = UUID(int=101), UUID(int=102), UUID(int=103)


def cart() -> tuple[CartLine, ...]:
    return (CartLine(L1, TV, 1), CartLine(L2, CABLE, 3))


def test_adding_a_new_product_appends_a_line() -> None:
    assert add_item(cart(), L3, KETTLE, 2)[-1] == CartLine(L3, KETTLE, 2)


def test_adding_a_product_already_in_the_cart_keeps_its_line() -> None:
    lines = add_item(cart(), L3, CABLE, 2)
    assert lines == (CartLine(L1, TV, 1), CartLine(L2, CABLE, 5))


@pytest.mark.parametrize("quantity", [0, -1, MAX_LINE_QUANTITY + 1, True, "2", 1.0])
def test_add_refuses_bad_quantities(quantity: object) -> None:
    with pytest.raises(RuleViolation) as caught:
        add_item(cart(), L3, KETTLE, quantity)  # type: ignore[arg-type]
    assert caught.value.code == "invalid_quantity"


def test_add_refuses_a_line_total_above_the_maximum_and_changes_nothing() -> None:
    lines = add_item(cart(), L3, KETTLE, MAX_LINE_QUANTITY)
    before = list(lines)
    with pytest.raises(RuleViolation) as caught:
        add_item(lines, UUID(int=104), KETTLE, 1)
    assert caught.value.code == "quantity_too_large"
    assert list(lines) == before


def test_add_refuses_a_line_id_taken_by_another_product() -> None:
    with pytest.raises(RuleViolation) as caught:
        add_item(cart(), L1, KETTLE, 1)
    assert caught.value.code == "duplicate_line"


def test_set_quantity_changes_one_line() -> None:
    assert set_quantity(cart(), L2, 7) == (CartLine(L1, TV, 1), CartLine(L2, CABLE, 7))


def test_set_quantity_is_idempotent() -> None:
    once = set_quantity(cart(), L2, 7)
    assert set_quantity(once, L2, 7) == once
    removed = set_quantity(cart(), L2, 0)
    assert removed == (CartLine(L1, TV, 1),)
    assert set_quantity(removed, L2, 0) == removed  # already gone: nothing to do


def test_set_quantity_on_a_line_removed_elsewhere_is_refused() -> None:
    with pytest.raises(RuleViolation) as caught:
        set_quantity(remove_line(cart(), L2), L2, 4)
    assert caught.value.code == "unknown_line"


@pytest.mark.parametrize("quantity", [-1, MAX_LINE_QUANTITY + 1, None])
def test_set_quantity_refuses_bad_quantities(quantity: object) -> None:
    with pytest.raises(RuleViolation) as caught:
        set_quantity(cart(), L2, quantity)  # type: ignore[arg-type]
    assert caught.value.code == "invalid_quantity"


def test_remove_line_is_idempotent() -> None:
    once = remove_line(cart(), L1)
    assert once == (CartLine(L2, CABLE, 3),)
    assert remove_line(once, L1) == once
    assert remove_line([], L1) == ()


adds = st.lists(
    st.tuples(st.sampled_from([TV, CABLE, KETTLE]), st.integers(min_value=1, max_value=50)),
    max_size=10,
)


def apply(
    lines: tuple[CartLine, ...], changes: list[tuple[UUID, UUID, int]]
) -> tuple[CartLine, ...]:
    for line_id, product, quantity in changes:
        lines = add_item(lines, line_id, product, quantity)
    return lines


@given(adds, adds, st.data())
def test_adds_from_two_channels_give_the_same_cart_in_any_order(
    phone: list[tuple[UUID, int]],
    till: list[tuple[UUID, int]],
    data: st.DataObject,
) -> None:
    ids = iter(range(1000, 2000))
    phone_changes = [(UUID(int=next(ids)), p, q) for p, q in phone]
    till_changes = [(UUID(int=next(ids)), p, q) for p, q in till]
    interleaved = data.draw(st.permutations(phone_changes + till_changes))
    start = cart()
    results = [
        apply(start, phone_changes + till_changes),
        apply(start, till_changes + phone_changes),
        apply(start, interleaved),
    ]
    expected = quantities(start)
    for _, product, quantity in phone_changes + till_changes:
        expected[product] = expected.get(product, 0) + quantity
    for result in results:
        assert quantities(result) == expected
        assert len({line.product_id for line in result}) == len(result)  # one line each
