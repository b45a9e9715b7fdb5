"""Order life cycle, payment modes, hand-over and payment checks."""

from __future__ import annotations

import itertools
from decimal import Decimal

import pytest

from sync.rules.errors import RuleViolation
from sync.rules.orders import (
    TERMINAL_STATUSES,
    Fulfilment,
    OrderStatus,
    PaymentMode,
    PaymentState,
    check_hand_over,
    check_payment_mode,
    check_payments_cover,
    check_transition,
    initial_status,
    payment_state,
)

F, S = Fulfilment, OrderStatus
ALLOWED = {
    (F.PICKUP, S.PLACED, S.READY_FOR_PICKUP),
    (F.PICKUP, S.READY_FOR_PICKUP, S.PICKED_UP),
    (F.PICKUP, S.PLACED, S.CANCELLED),
    (F.PICKUP, S.READY_FOR_PICKUP, S.CANCELLED),
    (F.PICKUP, S.READY_FOR_PICKUP, S.EXPIRED),
    (F.SHIP, S.PLACED, S.SHIPPED),
    (F.SHIP, S.PLACED, S.CANCELLED),
}
EVERY_MOVE = list(itertools.product(Fulfilment, OrderStatus, OrderStatus))
SPECIFIC_CODES = {
    S.PICKED_UP: "already_picked_up",
    S.CANCELLED: "order_cancelled",
    S.EXPIRED: "order_expired",
}


def test_take_away_sales_are_born_completed_and_other_orders_placed() -> None:
    assert initial_status(F.TAKE_AWAY) is S.COMPLETED
    assert initial_status(F.PICKUP) is S.PLACED
    assert initial_status(F.SHIP) is S.PLACED
    assert initial_status("ship") is S.PLACED  # type: ignore[arg-type]


@pytest.mark.parametrize(("fulfilment", "current", "target"), sorted(ALLOWED))
def test_allowed_transitions(
    fulfilment: Fulfilment, current: OrderStatus, target: OrderStatus
) -> None:
    check_transition(fulfilment, current, target)
    check_transition(fulfilment.value, current.value, target.value)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("fulfilment", "current", "target"), [move for move in EVERY_MOVE if move not in ALLOWED]
)
def test_every_other_transition_is_refused(
    fulfilment: Fulfilment, current: OrderStatus, target: OrderStatus
) -> None:
    with pytest.raises(RuleViolation) as caught:
        check_transition(fulfilment, current, target)
    assert caught.value.code == SPECIFIC_CODES.get(current, "invalid_transition")
    assert caught.value.message.endswith(".")
    assert "_" not in caught.value.message  # English, not enum values


def test_refusal_messages_say_what_happened() -> None:
    with pytest.raises(RuleViolation) as caught:
        check_transition(F.PICKUP, S.PICKED_UP, S.CANCELLED)
    assert caught.value.message == "This order was already picked up, so it cannot be cancelled."
    with pytest.raises(RuleViolation) as caught:
        check_transition(F.PICKUP, S.PLACED, S.PICKED_UP)
    assert caught.value.message == (
        "A pickup order that is placed and not yet prepared cannot be handed over."
    )
    with pytest.raises(RuleViolation) as caught:
        check_transition(F.TAKE_AWAY, S.COMPLETED, S.CANCELLED)
    assert "record a return" in caught.value.message


def test_terminal_statuses_allow_no_move() -> None:
    assert {S.PICKED_UP, S.SHIPPED, S.COMPLETED, S.CANCELLED, S.EXPIRED} == TERMINAL_STATUSES
    for fulfilment, current, target in EVERY_MOVE:
        if current in TERMINAL_STATUSES:
            assert (fulfilment, current, target) not in ALLOWED


@pytest.mark.parametrize(
    ("fulfilment", "mode", "ok"),
    [
        (F.PICKUP, PaymentMode.PAY_NOW, True),
        (F.PICKUP, PaymentMode.PAY_ON_PICKUP, True),
        (F.SHIP, PaymentMode.PAY_NOW, True),
        (F.SHIP, PaymentMode.PAY_ON_PICKUP, False),
        (F.TAKE_AWAY, PaymentMode.PAY_NOW, True),
        (F.TAKE_AWAY, PaymentMode.PAY_ON_PICKUP, False),
    ],
)
def test_pay_on_pickup_only_for_pickup_orders(
    fulfilment: Fulfilment, mode: PaymentMode, ok: bool
) -> None:
    if ok:
        check_payment_mode(fulfilment, mode)
    else:
        with pytest.raises(RuleViolation) as caught:
            check_payment_mode(fulfilment, mode)
        assert caught.value.code == "invalid_payment_mode"


@pytest.mark.parametrize(
    ("total", "paid", "refunded", "state"),
    [
        ("100.00", "0.00", "0.00", PaymentState.UNPAID),
        ("100.00", "40.00", "0.00", PaymentState.PARTIALLY_PAID),
        ("100.00", "100.00", "0.00", PaymentState.PAID),
        ("100.00", "150.00", "0.00", PaymentState.PAID),
        ("0.00", "0.00", "0.00", PaymentState.PAID),
        ("100.00", "100.00", "30.00", PaymentState.PARTIALLY_REFUNDED),
        ("100.00", "100.00", "100.00", PaymentState.REFUNDED),
    ],
)
def test_payment_state(total: str, paid: str, refunded: str, state: PaymentState) -> None:
    assert payment_state(Decimal(total), Decimal(paid), Decimal(refunded)) is state


def test_payment_state_values_are_lower_snake_case() -> None:
    assert [s.value for s in PaymentState] == [
        "unpaid",
        "partially_paid",
        "paid",
        "partially_refunded",
        "refunded",
    ]


def test_payment_state_refuses_negative_amounts() -> None:
    with pytest.raises(ValueError):
        payment_state(Decimal("10.00"), Decimal("-1.00"), Decimal("0.00"))


TOTAL = Decimal("150.00")


def test_a_ready_paid_pickup_order_can_be_handed_over() -> None:
    check_hand_over(F.PICKUP, S.READY_FOR_PICKUP, PaymentMode.PAY_NOW, TOTAL, TOTAL)
    # pay on pickup: the caller passes what was paid including what is collected now
    check_hand_over(F.PICKUP, S.READY_FOR_PICKUP, PaymentMode.PAY_ON_PICKUP, TOTAL, TOTAL)


@pytest.mark.parametrize(
    ("status", "code"),
    [
        (S.PLACED, "not_ready"),
        (S.CANCELLED, "order_cancelled"),
        (S.PICKED_UP, "already_picked_up"),
        (S.EXPIRED, "order_expired"),
        (S.SHIPPED, "invalid_transition"),
        (S.COMPLETED, "invalid_transition"),
    ],
)
def test_hand_over_refused_unless_ready(status: OrderStatus, code: str) -> None:
    with pytest.raises(RuleViolation) as caught:
        check_hand_over(F.PICKUP, status, PaymentMode.PAY_NOW, TOTAL, TOTAL)
    assert caught.value.code == code


@pytest.mark.parametrize("fulfilment", [F.SHIP, F.TAKE_AWAY])
def test_only_pickup_orders_are_handed_over(fulfilment: Fulfilment) -> None:
    with pytest.raises(RuleViolation) as caught:
        check_hand_over(fulfilment, S.READY_FOR_PICKUP, PaymentMode.PAY_NOW, TOTAL, TOTAL)
    assert caught.value.code == "not_pickup"


def test_unpaid_pay_now_order_is_not_handed_over() -> None:
    with pytest.raises(RuleViolation) as caught:
        check_hand_over(F.PICKUP, S.READY_FOR_PICKUP, PaymentMode.PAY_NOW, TOTAL, Decimal("100.00"))
    assert caught.value.code == "not_paid"
    assert caught.value.message == (
        "This order is not fully paid: 100.00 of 150.00 received, 50.00 still due."
    )


def test_pay_on_pickup_order_needs_the_rest_collected() -> None:
    with pytest.raises(RuleViolation) as caught:
        check_hand_over(
            F.PICKUP, S.READY_FOR_PICKUP, PaymentMode.PAY_ON_PICKUP, TOTAL, Decimal("0.00")
        )
    assert caught.value.code == "not_paid"
    assert "150.00" in caught.value.message


def test_payments_covering_the_total_return_the_change() -> None:
    assert check_payments_cover(Decimal("87.50"), [Decimal("100.00")]) == Decimal("12.50")
    assert check_payments_cover(Decimal("87.50"), [Decimal("50.00"), Decimal("37.50")]) == 0
    assert check_payments_cover(Decimal("0.00"), []) == 0


def test_short_payment_is_refused_with_both_amounts() -> None:
    with pytest.raises(RuleViolation) as caught:
        check_payments_cover(Decimal("87.50"), [Decimal("50.00"), Decimal("20.00")])
    assert caught.value.code == "payment_short"
    assert "70.00" in caught.value.message
    assert "87.50" in caught.value.message


@pytest.mark.parametrize(
    "payment", [Decimal("0.00"), Decimal("-5.00"), Decimal("1.001"), Decimal("NaN"), 5.0]
)
def test_payments_must_be_positive_exact_amounts(payment: Decimal) -> None:
    with pytest.raises(RuleViolation) as caught:
        check_payments_cover(Decimal("1.00"), [Decimal("10.00"), payment])
    assert caught.value.code == "invalid_payment"
