"""Exact money: Decimal with two places, never float."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

CENT = Decimal("0.01")


def _positive_zero(value: Decimal) -> Decimal:
    # -0.00 prints as "-0.00"; money never needs a signed zero.
    return abs(value) if value.is_zero() else value


def money(value: str | int | Decimal) -> Decimal:
    """`value` as an exact amount with two decimal places.

    Floats are refused (TypeError); so are non-numbers, infinities and amounts with
    more than two significant decimal places (ValueError). "12.3" and "12.300" are fine.
    """
    if isinstance(value, bool) or not isinstance(value, str | int | Decimal):
        raise TypeError(f"money must be a str, int or Decimal, not {type(value).__name__}")
    try:
        amount = Decimal(value)
    except InvalidOperation:
        raise ValueError(f"not an amount of money: {value!r}") from None
    if not amount.is_finite():
        raise ValueError(f"not an amount of money: {value!r}")
    try:
        cents = amount.quantize(CENT)
    except InvalidOperation:
        raise ValueError(f"amount of money too large: {value!r}") from None
    if cents != amount:
        raise ValueError(f"money has more than two decimal places: {value!r}")
    return _positive_zero(cents)


def round_money(value: Decimal | int) -> Decimal:
    """`value` rounded half up (away from zero) to whole cents."""
    if not isinstance(value, Decimal | int) or isinstance(value, bool):
        raise TypeError(f"round_money needs a Decimal, not {type(value).__name__}")
    return _positive_zero(Decimal(value).quantize(CENT, rounding=ROUND_HALF_UP))


def to_minor(value: Decimal) -> int:
    """Whole cents of an exact amount: Decimal("12.30") -> 1230."""
    return int(money(value) * 100)


def from_minor(minor: int) -> Decimal:
    """An amount from whole cents: 1230 -> Decimal("12.30")."""
    if isinstance(minor, bool) or not isinstance(minor, int):
        raise TypeError(f"minor units must be an int, not {type(minor).__name__}")
    return _positive_zero(Decimal(minor).scaleb(-2))


def format_wire(value: Decimal) -> str:
    """The wire form of an amount, always with two decimals: "12.30"."""
    return f"{money(value):.2f}"


def share(amount: Decimal, part: int, whole: int) -> Decimal:
    """`amount * part / whole` rounded half up to cents, computed exactly in integers."""
    if whole <= 0:
        raise ValueError("whole must be positive")
    numerator = to_minor(amount) * part
    cents, remainder = divmod(abs(numerator), whole)
    if 2 * remainder >= whole:
        cents += 1
    return from_minor(cents if numerator >= 0 else -cents)


def basis_points(percent: Decimal | int) -> int:
    """A percentage with at most two decimals in hundredths: Decimal("23") -> 2300."""
    if isinstance(percent, bool) or not isinstance(percent, Decimal | int):
        raise TypeError(f"a percentage must be a Decimal, not {type(percent).__name__}")
    points = Decimal(percent) * 100
    if not points.is_finite() or points != points.to_integral_value():
        raise ValueError(f"percentage has more than two decimal places: {percent}")
    return int(points)
