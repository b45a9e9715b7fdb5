"""Exact money helpers."""

from __future__ import annotations

from decimal import Decimal, localcontext

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from sync.rules.errors import RuleViolation
from sync.rules.money import (
    CENT,
    basis_points,
    format_wire,
    from_minor,
    money,
    round_money,
    share,
    to_minor,
)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("12.3", "12.30"),
        (5, "5.00"),
        (Decimal("1.230"), "1.23"),
        (" 7 ", "7.00"),
        ("-0", "0.00"),
        ("1E+3", "1000.00"),
        ("-4.5", "-4.50"),
    ],
)
def test_money_is_exact_with_two_places(value: str | int | Decimal, expected: str) -> None:
    amount = money(value)
    assert isinstance(amount, Decimal)
    assert str(amount) == expected


@pytest.mark.parametrize("value", [1.5, True, None, [1]])
def test_money_refuses_floats_and_non_numbers_by_type(value: object) -> None:
    with pytest.raises(TypeError):
        money(value)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "value", ["1.234", "0.001", "NaN", "Infinity", "-inf", "abc", "", Decimal("sNaN"), "1e40"]
)
def test_money_refuses_sub_cent_and_non_finite_values(value: str | Decimal) -> None:
    with pytest.raises(ValueError):
        money(value)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("0.005", "0.01"),
        ("0.025", "0.03"),
        ("2.675", "2.68"),
        ("-0.025", "-0.03"),
        ("1.004", "1.00"),
        ("-0.004", "0.00"),
        ("3", "3.00"),
    ],
)
def test_round_money_rounds_half_up(value: str, expected: str) -> None:
    assert str(round_money(Decimal(value))) == expected


def test_round_money_refuses_floats() -> None:
    with pytest.raises(TypeError):
        round_money(0.1)  # type: ignore[arg-type]


def test_minor_units_convert_both_ways() -> None:
    assert to_minor(Decimal("12.30")) == 1230
    assert to_minor(Decimal("-0.05")) == -5
    assert from_minor(1230) == Decimal("12.30")
    assert str(from_minor(7)) == "0.07"
    with pytest.raises(ValueError):
        to_minor(Decimal("1.234"))
    with pytest.raises(TypeError):
        from_minor(12.0)  # type: ignore[arg-type]


@given(st.integers(min_value=-(10**15), max_value=10**15))
def test_minor_units_round_trip(minor: int) -> None:
    amount = from_minor(minor)
    assert to_minor(amount) == minor
    assert amount == money(amount)
    sign = "-" if minor < 0 else ""
    assert format_wire(amount) == f"{sign}{abs(minor) // 100}.{abs(minor) % 100:02d}"


def test_format_wire_always_has_two_decimals() -> None:
    assert format_wire(Decimal("12.3")) == "12.30"
    assert format_wire(Decimal("0")) == "0.00"
    assert format_wire(Decimal("-0.00")) == "0.00"
    assert format_wire(Decimal("1E+3")) == "1000.00"
    with pytest.raises(ValueError):
        format_wire(Decimal("0.125"))


@given(
    st.integers(min_value=-(10**9), max_value=10**9),
    st.integers(min_value=0, max_value=10**5),
    st.integers(min_value=1, max_value=10**5),
)
@example(1, 1, 2)
@example(-1, 1, 2)
@example(5, 1, 10)
def test_share_matches_exact_rational_rounding(minor: int, part: int, whole: int) -> None:
    amount = from_minor(minor)
    with localcontext() as ctx:
        ctx.prec = 80
        exact = amount * part / whole
    assert share(amount, part, whole) == round_money(exact)
    assert share(amount, part, whole).as_tuple().exponent == -2


@pytest.mark.parametrize(
    ("amount", "part", "whole", "expected"),
    [
        ("0.01", 1, 2, "0.01"),
        ("-0.01", 1, 2, "-0.01"),
        ("0.05", 1, 10, "0.01"),
        ("0.03", 1, 2, "0.02"),
        ("10.00", 1, 3, "3.33"),
        ("10.00", 2, 3, "6.67"),
    ],
)
def test_share_rounds_exact_halves_up(amount: str, part: int, whole: int, expected: str) -> None:
    assert share(Decimal(amount), part, whole) == Decimal(expected)


def test_share_refuses_a_non_positive_whole() -> None:
    with pytest.raises(ValueError):
        share(Decimal("1.00"), 1, 0)


def test_basis_points() -> None:
    assert basis_points(Decimal("23")) == 2300
    assert basis_points(Decimal("7.25")) == 725
    with pytest.raises(ValueError):
        basis_points(Decimal("7.125"))
    with pytest.raises(TypeError):
        basis_points(23.0)  # type: ignore[arg-type]


def test_cent_constant() -> None:
    assert Decimal("0.01") == CENT


def test_rule_violation_carries_code_and_message() -> None:
    refusal = RuleViolation("over_return", "Only 2 of 3 units can still be returned.")
    assert refusal.code == "over_return"
    assert refusal.message == "Only 2 of 3 units can still be returned."
    assert "over_return" in str(refusal)
    with pytest.raises(RuleViolation) as caught:
        raise refusal
    assert caught.value.args == ("over_return", "Only 2 of 3 units can still be returned.")
