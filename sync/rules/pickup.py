"""Handing over a pickup order: all of it, or some lines (a partial pickup).

The goods handed over are worth what the order sold them for: `units_value` splits a
line's total the same way a return refunds it (`sync.rules.returns.refund_for`), so the
money taken for the goods that left, less the refunds for the goods that came back, is
always exact. The rest of a partial pickup either stays ready for pickup ("keep") or is
cancelled ("cancel"), its prepaid value refunded, never more than was paid.
"""

from __future__ import annotations

from collections.abc import Hashable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum

from sync.rules.errors import RuleViolation
from sync.rules.money import format_wire, money, share
from sync.rules.orders import PaymentMode, check_paid_for

ZERO = Decimal("0.00")


class Rest(StrEnum):
    """What becomes of the lines not handed over in a partial pickup."""

    KEEP = "keep"  # they stay ready for pickup
    CANCEL = "cancel"  # they are cancelled (refunded if paid) and the order is picked up


@dataclass(frozen=True)
class PickupLine:
    """One order line as the hand-over sees it."""

    line_id: Hashable
    label: str
    quantity: int
    handed_over: int
    total: Decimal

    @property
    def waiting(self) -> int:
        """Units still to hand over."""
        return self.quantity - self.handed_over


def units_value(line_total: Decimal, quantity: int, units: int) -> Decimal:
    """What the first `units` of a line of `quantity` units sold for `line_total` are worth."""
    if quantity < 1 or not 0 <= units <= quantity:
        raise ValueError(f"{units} units of a line of {quantity}")
    return share(money(line_total), units, quantity)


def handed_over_value(lines: Sequence[PickupLine]) -> Decimal:
    """The value of every unit handed over so far."""
    return sum((units_value(line.total, line.quantity, line.handed_over) for line in lines), ZERO)


def _units(count: int) -> str:
    return f"{count} unit" if count == 1 else f"{count} units"


@dataclass(frozen=True)
class HandOverPlan:
    """What one hand-over does: goods out, money in or out, and the order's state."""

    units: Mapping[Hashable, int]  # handed over now, per line (only lines with some)
    cancelled: Mapping[Hashable, int] = field(default_factory=dict)  # rest cancelled
    complete: bool = False  # the order is picked up once this is done
    handed_value: Decimal = ZERO  # value of all goods handed over once this is done
    due: Decimal = ZERO  # to collect now (pay on pickup)
    refund: Decimal = ZERO  # to give back now (prepaid goods cancelled)
    still_waiting: int = 0  # units left ready for pickup

    @property
    def units_now(self) -> int:
        return sum(self.units.values())

    @property
    def units_cancelled(self) -> int:
        return sum(self.cancelled.values())


def _requested(
    lines: Sequence[PickupLine], requested: Sequence[tuple[Hashable, int]] | None
) -> dict[Hashable, int]:
    if requested is None:  # everything still waiting
        return {line.line_id: line.waiting for line in lines if line.waiting > 0}
    by_id = {line.line_id: line for line in lines}
    units: dict[Hashable, int] = {}
    for line_id, quantity in requested:
        line = by_id.get(line_id)
        if line is None:
            raise RuleViolation(
                "not_found",
                f"Line {line_id} is not part of this order.",
                {"case": "line", "line": line_id},
            )
        if line_id in units:
            raise RuleViolation(
                "invalid_arguments",
                f"{line.label} is listed twice: list each line once.",
                {"case": "listed_twice", "label": line.label},
            )
        if isinstance(quantity, bool) or not isinstance(quantity, int) or quantity < 1:
            raise RuleViolation(
                "invalid_quantity",
                f"Hand over at least one unit of {line.label}, as a whole "
                f"number (not {quantity!r}).",
                {"case": "hand_over", "label": line.label, "quantity": repr(quantity)},
            )
        if quantity > line.waiting:
            params: dict[str, object] = {
                "label": line.label,
                "asked": quantity,
                "ordered": line.quantity,
                "waiting": line.waiting,
                "handed_over": line.handed_over,
                "case": "partly",
            }
            if line.waiting == 0:
                params["case"] = "all_handed_over"
                message = f"All {_units(line.quantity)} of {line.label} were already handed over."
            elif line.handed_over == 0:
                params["case"] = "ordered"
                message = (
                    f"Only {_units(line.quantity)} of {line.label} "
                    f"{'was' if line.quantity == 1 else 'were'} ordered, so "
                    f"{quantity} cannot be handed over."
                )
            else:
                message = (
                    f"Only {line.waiting} of {_units(line.quantity)} of {line.label} "
                    f"{'is' if line.waiting == 1 else 'are'} still to hand over: "
                    f"{line.handed_over} {'was' if line.handed_over == 1 else 'were'}"
                    " already handed over."
                )
            raise RuleViolation("over_hand_over", message, params)
        units[line_id] = quantity
    return units


def plan_hand_over(
    lines: Sequence[PickupLine],
    requested: Sequence[tuple[Hashable, int]] | None,
    rest: Rest,
    paid: Decimal,
) -> HandOverPlan:
    """Plan handing over `requested` ((line id, units); None: everything still waiting).

    `paid` is what the order holds so far (payments less refunds). With `rest` "keep" the
    order stays ready until every unit is handed over; with "cancel" the units not handed
    over are cancelled and the order is picked up. `due` is the value of every unit handed
    over once this is done less `paid`; the refund (only when the order closes) is what
    was paid beyond that value, so never more than was paid.
    """
    rest, paid = Rest(rest), money(paid)
    units = _requested(lines, requested)
    before = sum(line.handed_over for line in lines)
    if not units and not (rest is Rest.CANCEL and before > 0):
        raise RuleViolation(
            "nothing_to_hand_over",
            "Choose at least one unit to hand over."
            if before or rest is Rest.KEEP
            else "Nothing was handed over: to give the customer nothing, cancel the order.",
            {"case": "choose" if before or rest is Rest.KEEP else "cancel"},
        )
    after = [
        PickupLine(
            line.line_id,
            line.label,
            line.quantity,
            line.handed_over + units.get(line.line_id, 0),
            line.total,
        )
        for line in lines
    ]
    waiting = sum(line.waiting for line in after)
    complete = waiting == 0 or rest is Rest.CANCEL
    cancelled = (
        {line.line_id: line.waiting for line in after if line.waiting > 0}
        if rest is Rest.CANCEL
        else {}
    )
    value = handed_over_value(after)
    return HandOverPlan(
        units=units,
        cancelled=cancelled,
        complete=complete,
        handed_value=value,
        due=max(value - paid, ZERO),
        refund=max(paid - value, ZERO) if complete else ZERO,
        still_waiting=0 if complete else waiting,
    )


def check_collected(
    plan: HandOverPlan, payment_mode: PaymentMode, paid: Decimal, collected: Decimal
) -> None:
    """Refuse the hand-over unless what is collected now covers what is due.

    `paid` is what the order held before, `collected` what the customer pays now.
    """
    collected = money(collected)
    if collected > 0 and plan.due == 0:
        raise RuleViolation(
            "already_paid",
            f"{format_wire(money(paid))} was already paid, which covers the "
            "goods handed over: take no payment.",
            {"case": "handed_over", "paid": format_wire(money(paid))},
        )
    check_paid_for(
        payment_mode,
        plan.handed_value,
        money(paid) + collected,
        "this order" if plan.complete and not plan.cancelled else "these goods",
    )
