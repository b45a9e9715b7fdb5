"""Partial pickup: what is handed over, what is due, what is refunded."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sync.rules.errors import RuleViolation
from sync.rules.orders import PaymentMode
from sync.rules.pickup import (
    PickupLine,
    Rest,
    check_collected,
    handed_over_value,
    plan_hand_over,
    units_value,
)

SHOES = PickupLine("shoes", "Trail shoe (SHOE)", 2, 0, Decimal("400.00"))
SOCKS = PickupLine("socks", "Wool sock (SOCK)", 3, 0, Decimal("39.98"))
PAID = Decimal("439.98")
ZERO = Decimal("0.00")


def test_everything_waiting_is_handed_over_by_default() -> None:
    plan = plan_hand_over([SHOES, SOCKS], None, Rest.KEEP, PAID)
    assert plan.units == {"shoes": 2, "socks": 3}
    assert (plan.complete, plan.due, plan.refund, plan.handed_value) == (True, ZERO, ZERO, PAID)


def test_keeping_the_rest_leaves_the_order_open_and_refunds_nothing() -> None:
    plan = plan_hand_over([SHOES, SOCKS], [("socks", 1)], Rest.KEEP, PAID)
    assert (plan.complete, plan.still_waiting, plan.refund, plan.due) == (False, 4, ZERO, ZERO)
    assert plan.handed_value == Decimal("13.33")


def test_cancelling_the_rest_refunds_what_was_paid_for_it() -> None:
    plan = plan_hand_over([SHOES, SOCKS], [("shoes", 1), ("socks", 1)], Rest.CANCEL, PAID)
    assert plan.complete and plan.cancelled == {"shoes": 1, "socks": 2}
    assert (plan.refund, plan.due) == (Decimal("226.65"), ZERO)
    # pay on pickup: nothing was paid, so nothing goes back; the goods are due
    plan = plan_hand_over([SHOES, SOCKS], [("shoes", 1)], Rest.CANCEL, ZERO)
    assert (plan.refund, plan.due) == (ZERO, Decimal("200.00"))


def test_a_closing_hand_over_of_nothing_needs_something_handed_over_before() -> None:
    with pytest.raises(RuleViolation) as caught:
        plan_hand_over([SHOES, SOCKS], [], Rest.CANCEL, PAID)
    assert caught.value.code == "nothing_to_hand_over"
    partly = PickupLine("shoes", "Trail shoe (SHOE)", 2, 1, Decimal("400.00"))
    plan = plan_hand_over([partly, SOCKS], [], Rest.CANCEL, PAID)
    assert (plan.units_now, plan.units_cancelled, plan.refund) == (0, 4, Decimal("239.98"))


@pytest.mark.parametrize(
    ("requested", "code"),
    [
        ([("shoes", 3)], "over_hand_over"),
        ([("boots", 1)], "not_found"),
        ([("shoes", 1), ("shoes", 1)], "invalid_arguments"),
        ([("shoes", 0)], "invalid_quantity"),
        ([], "nothing_to_hand_over"),
    ],
)
def test_bad_requests_are_refused(requested: list[tuple[str, int]], code: str) -> None:
    with pytest.raises(RuleViolation) as caught:
        plan_hand_over([SHOES, SOCKS], requested, Rest.KEEP, PAID)
    assert caught.value.code == code


def test_over_hand_over_says_what_is_left() -> None:
    partly = PickupLine("socks", "Wool sock (SOCK)", 3, 2, Decimal("39.98"))
    with pytest.raises(RuleViolation) as caught:
        plan_hand_over([partly], [("socks", 2)], Rest.KEEP, ZERO)
    assert caught.value.message == (
        "Only 1 of 3 units of Wool sock (SOCK) is still to hand over: 2 were already handed over."
    )


def test_collected_money_must_cover_what_is_due_and_only_if_something_is() -> None:
    plan = plan_hand_over([SHOES, SOCKS], [("socks", 1)], Rest.KEEP, ZERO)
    with pytest.raises(RuleViolation) as caught:
        check_collected(plan, PaymentMode.PAY_ON_PICKUP, ZERO, Decimal("10.00"))
    assert caught.value.code == "not_paid"
    check_collected(plan, PaymentMode.PAY_ON_PICKUP, ZERO, Decimal("13.33"))
    prepaid = plan_hand_over([SHOES, SOCKS], [("socks", 1)], Rest.KEEP, PAID)
    with pytest.raises(RuleViolation) as caught:
        check_collected(prepaid, PaymentMode.PAY_NOW, PAID, Decimal("1.00"))
    assert caught.value.code == "already_paid"


@given(total=st.integers(0, 10**7), quantity=st.integers(1, 12), data=st.data())
def test_pay_on_pickup_in_parts_collects_exactly_the_line_total(
    total: int, quantity: int, data: st.DataObject
) -> None:
    line_total = Decimal(total).scaleb(-2)
    line = PickupLine("l", "line", quantity, 0, line_total)
    collected = ZERO
    while line.waiting:
        units = data.draw(st.integers(1, line.waiting))
        plan = plan_hand_over([line], [("l", units)], Rest.KEEP, collected)
        assert plan.refund == ZERO and plan.due >= 0
        collected += plan.due
        line = PickupLine("l", "line", quantity, line.handed_over + units, line_total)
        assert (
            collected
            == handed_over_value([line])
            == units_value(line_total, quantity, line.handed_over)
        )
    assert collected == line_total
