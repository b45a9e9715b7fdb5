"""Returns: quantities, the return window and pro-rata refunds."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sync.rules.errors import RuleViolation
from sync.rules.returns import (
    ItemCondition,
    RefundMethod,
    check_return_quantity,
    check_return_window,
    refund_for,
    returnable_quantity,
)

SOLD = datetime(2024, 3, 1, 15, 30, tzinfo=UTC)


def test_returnable_quantity() -> None:
    assert returnable_quantity(3, 0) == 3
    assert returnable_quantity(3, 1) == 2
    assert returnable_quantity(3, 3) == 0
    with pytest.raises(ValueError):
        returnable_quantity(3, -1)


def test_returning_what_is_left_is_fine() -> None:
    check_return_quantity("HDMI cable", 2, bought=3, already_returned=1)
    check_return_quantity("HDMI cable", 1, bought=1, already_returned=0)


def test_over_return_is_refused_with_a_message_staff_can_act_on() -> None:
    with pytest.raises(RuleViolation) as caught:
        check_return_quantity("HDMI cable", 3, bought=3, already_returned=1)
    assert caught.value.code == "over_return"
    assert caught.value.message == (
        "Only 2 of 3 units of HDMI cable can still be returned: 1 was already returned."
    )


@pytest.mark.parametrize(
    ("requested", "bought", "returned", "message"),
    [
        (4, 3, 0, "Only 3 units of Kettle were bought, so 4 cannot be returned."),
        (2, 1, 0, "Only 1 unit of Kettle was bought, so 2 cannot be returned."),
        (1, 3, 3, "Nothing is left to return of Kettle: all 3 units bought were already returned."),
        (1, 1, 1, "Nothing is left to return of Kettle: the one unit bought was already returned."),
        (5, 6, 2, "Only 4 of 6 units of Kettle can still be returned: 2 were already returned."),
    ],
)
def test_over_return_messages(requested: int, bought: int, returned: int, message: str) -> None:
    with pytest.raises(RuleViolation) as caught:
        check_return_quantity("Kettle", requested, bought, returned)
    assert (caught.value.code, caught.value.message) == ("over_return", message)


@pytest.mark.parametrize("requested", [0, -1, True, "1"])
def test_returning_less_than_one_unit_is_refused(requested: object) -> None:
    with pytest.raises(RuleViolation) as caught:
        check_return_quantity("Kettle", requested, 3, 0)  # type: ignore[arg-type]
    assert caught.value.code == "invalid_quantity"


def test_return_within_the_window_through_its_last_day() -> None:
    check_return_window(SOLD, SOLD + timedelta(days=1), 14, manager_override=False)
    last_evening = datetime(2024, 3, 15, 23, 59, tzinfo=UTC)
    check_return_window(SOLD, last_evening, 14, manager_override=False)


def test_return_after_the_window_is_refused_with_the_closing_date() -> None:
    with pytest.raises(RuleViolation) as caught:
        check_return_window(
            SOLD, datetime(2024, 3, 16, 0, 0, tzinfo=UTC), 14, manager_override=False
        )
    assert caught.value.code == "return_window_expired"
    assert "2024-03-15" in caught.value.message
    assert "manager" in caught.value.message


def test_manager_override_allows_a_late_return() -> None:
    check_return_window(SOLD, SOLD + timedelta(days=400), 14, manager_override=True)


def test_window_days_follow_the_time_zone_of_the_sale() -> None:
    warsaw = timezone(timedelta(hours=1))
    sold = datetime(2024, 3, 1, 23, 30, tzinfo=warsaw)  # 22:30 UTC, still 1 March locally
    late_evening = datetime(2024, 3, 15, 23, 0, tzinfo=UTC)  # already 16 March in Warsaw
    with pytest.raises(RuleViolation) as caught:
        check_return_window(sold, late_evening, 14, manager_override=False)
    assert "2024-03-15" in caught.value.message
    check_return_window(sold, late_evening - timedelta(hours=1), 14, manager_override=False)


def test_naive_times_are_a_programming_error() -> None:
    with pytest.raises(ValueError):
        check_return_window(SOLD, datetime(2024, 3, 2), 14, manager_override=False)
    with pytest.raises(ValueError):
        check_return_window(datetime(2024, 3, 1), SOLD, 14, manager_override=False)


def test_refund_is_pro_rata_and_the_last_unit_takes_the_rounding() -> None:
    total = Decimal("10.00")
    refunds = [refund_for(total, 3, returned, 1) for returned in range(3)]
    assert refunds == [Decimal("3.33"), Decimal("3.34"), Decimal("3.33")]
    assert sum(refunds) == total
    assert refund_for(total, 3, 0, 3) == total


def test_refund_refuses_more_than_is_left() -> None:
    with pytest.raises(RuleViolation) as caught:
        refund_for(Decimal("10.00"), 3, 2, 2)
    assert caught.value.code == "over_return"


@st.composite
def return_sequences(draw: st.DrawFn) -> tuple[Decimal, int, list[int]]:
    total = Decimal(draw(st.integers(min_value=0, max_value=10**9))).scaleb(-2)
    quantity = draw(st.integers(min_value=1, max_value=200))
    parts: list[int] = []
    left = quantity
    while left:
        part = draw(st.integers(min_value=1, max_value=left))
        parts.append(part)
        left -= part
    return total, quantity, parts


@given(return_sequences())
def test_any_sequence_of_partial_returns_refunds_exactly_the_line_total(
    case: tuple[Decimal, int, list[int]],
) -> None:
    total, quantity, parts = case
    returned = 0
    refunds = []
    for part in parts:
        refunds.append(refund_for(total, quantity, returned, part))
        returned += part
    assert sum(refunds) == total
    assert all(Decimal(0) <= refund <= total for refund in refunds)
    # every unit refunds within a cent of the average unit price
    for part, refund in zip(parts, refunds, strict=True):
        assert abs(refund - total * part / quantity) < Decimal("0.01")


def test_enum_values() -> None:
    assert [m.value for m in RefundMethod] == ["original", "cash", "store_credit"]
    assert [c.value for c in ItemCondition] == ["sellable", "damaged"]
