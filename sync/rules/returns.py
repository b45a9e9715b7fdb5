"""Returns: how many units may go back, until when, and how much is refunded."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal
from enum import StrEnum

from sync.rules.errors import RuleViolation
from sync.rules.money import money, share


class RefundMethod(StrEnum):
    ORIGINAL = "original"  # back to the card / method the customer paid with
    CASH = "cash"
    STORE_CREDIT = "store_credit"


class ItemCondition(StrEnum):
    SELLABLE = "sellable"  # goes back to stock
    DAMAGED = "damaged"


def _units(count: int) -> str:
    return f"{count} unit" if count == 1 else f"{count} units"


def _check_counts(bought: int, already_returned: int) -> None:
    if bought < 0 or already_returned < 0:
        raise ValueError("bought and already returned quantities must not be negative")


def returnable_quantity(bought: int, already_returned: int) -> int:
    """Units of a line that can still be returned."""
    _check_counts(bought, already_returned)
    return max(0, bought - already_returned)


def check_return_quantity(
    line_label: str, requested: int, bought: int, already_returned: int
) -> None:
    """Refuse returning fewer than one unit, or more units than are left to return."""
    if isinstance(requested, bool) or not isinstance(requested, int) or requested < 1:
        raise RuleViolation(
            "invalid_quantity",
            f"Return at least one unit of {line_label}, as a whole number (not {requested!r}).",
            {"case": "return", "label": line_label, "quantity": repr(requested)},
        )
    left = returnable_quantity(bought, already_returned)
    if requested <= left:
        return
    params = {
        "label": line_label,
        "asked": requested,
        "bought": bought,
        "returned": already_returned,
        "returnable": left,
    }
    if left == 0:
        params["case"] = "none_left"
        units = "the one unit" if bought == 1 else f"all {bought} units"
        message = (
            f"Nothing is left to return of {line_label}: {units} bought "
            f"{'was' if bought == 1 else 'were'} already returned."
        )
    elif already_returned == 0:
        params["case"] = "bought"
        message = (
            f"Only {_units(bought)} of {line_label} {'was' if bought == 1 else 'were'} "
            f"bought, so {requested} cannot be returned."
        )
    else:
        params["case"] = "partly"
        message = (
            f"Only {left} of {_units(bought)} of {line_label} can still be returned: "
            f"{already_returned} {'was' if already_returned == 1 else 'were'} "
            "already returned."
        )
    raise RuleViolation("over_return", message, params)


def return_window_closes(sold_at: datetime, window_days: int) -> date:
    """The last day a sale can be returned without a manager, in the sale's time zone."""
    if sold_at.utcoffset() is None:
        raise ValueError("sold_at must be timezone-aware")
    if window_days < 0:
        raise ValueError("window_days must not be negative")
    return sold_at.date() + timedelta(days=window_days)


def check_return_window(
    sold_at: datetime, at: datetime, window_days: int, manager_override: bool
) -> None:
    """Refuse a return after the window (through the last day, in the sale's time zone)
    unless a manager overrides it. Pass store-local times for store-local days."""
    last_day = return_window_closes(sold_at, window_days)
    if at.utcoffset() is None:
        raise ValueError("at must be timezone-aware")
    if manager_override or at.astimezone(sold_at.tzinfo).date() <= last_day:
        return
    raise RuleViolation(
        "return_window_expired",
        f"The {window_days}-day return window for this sale closed on "
        f"{last_day.isoformat()}; a manager can approve a late return.",
        {"days": window_days, "closed_on": last_day.isoformat()},
    )


def refund_for(
    line_total: Decimal, line_quantity: int, already_returned: int, return_quantity: int
) -> Decimal:
    """The pro-rata refund for `return_quantity` units of a line.

    Computed as value(already + qty) - value(already), value(n) = line_total * n / quantity
    rounded half up, so any sequence of partial returns refunds exactly `line_total`.
    """
    line_total = money(line_total)
    if line_total < 0 or line_quantity < 1:
        raise ValueError("a line needs a total of zero or more and at least one unit")
    check_return_quantity("the line", return_quantity, line_quantity, already_returned)

    def value(units: int) -> Decimal:
        return share(line_total, units, line_quantity)

    return value(already_returned + return_quantity) - value(already_returned)
