"""Line-level cart changes, so two channels changing one cart both survive.

Each change is a small operation on the current lines (not a whole-cart overwrite), so
adds from the phone and from the till made at the same time add up in either order.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from uuid import UUID

from sync.rules.errors import RuleViolation

MAX_LINE_QUANTITY = 999


@dataclass(frozen=True)
class CartLine:
    line_id: UUID
    product_id: UUID
    quantity: int


def _check_quantity(quantity: int, *, minimum: int) -> None:
    if (
        isinstance(quantity, bool)
        or not isinstance(quantity, int)
        or not minimum <= quantity <= MAX_LINE_QUANTITY
    ):
        raise RuleViolation(
            "invalid_quantity",
            f"The quantity must be a whole number from {minimum} to {MAX_LINE_QUANTITY}, "
            f"not {quantity!r}.",
            {"case": "cart", "min": minimum, "max": MAX_LINE_QUANTITY, "quantity": repr(quantity)},
        )


def add_item(
    lines: Sequence[CartLine], line_id: UUID, product_id: UUID, quantity: int
) -> tuple[CartLine, ...]:
    """Add units of a product: to its existing line if there is one, else as a new line."""
    _check_quantity(quantity, minimum=1)
    current = tuple(lines)
    for index, line in enumerate(current):
        if line.product_id == product_id:
            total = line.quantity + quantity
            if total > MAX_LINE_QUANTITY:
                raise RuleViolation(
                    "quantity_too_large",
                    f"The cart already holds {line.quantity} of this product; adding "
                    f"{quantity} would exceed the limit of {MAX_LINE_QUANTITY} per line.",
                    {"held": line.quantity, "quantity": quantity, "max": MAX_LINE_QUANTITY},
                )
            return (*current[:index], replace(line, quantity=total), *current[index + 1 :])
    if any(line.line_id == line_id for line in current):
        raise RuleViolation(
            "duplicate_line",
            f"The cart already has a line {line_id} for another product.",
            {"line": line_id},
        )
    return (*current, CartLine(line_id=line_id, product_id=product_id, quantity=quantity))


def set_quantity(lines: Sequence[CartLine], line_id: UUID, quantity: int) -> tuple[CartLine, ...]:
    """Set a line's quantity; 0 removes it (and is a no-op if the line is already gone)."""
    _check_quantity(quantity, minimum=0)
    if quantity == 0:
        return remove_line(lines, line_id)
    if not any(line.line_id == line_id for line in lines):
        raise RuleViolation(
            "unknown_line",
            "That line is no longer in the cart (it may have been removed on another "
            "device); add the product again.",
        )
    return tuple(
        replace(line, quantity=quantity) if line.line_id == line_id else line for line in lines
    )


def remove_line(lines: Sequence[CartLine], line_id: UUID) -> tuple[CartLine, ...]:
    """Remove a line; removing one that is already gone changes nothing."""
    return tuple(line for line in lines if line.line_id != line_id)


def quantities(lines: Sequence[CartLine]) -> dict[UUID, int]:
    """Units per product, in first-seen order."""
    totals: dict[UUID, int] = {}
    for line in lines:
        totals[line.product_id] = totals.get(line.product_id, 0) + line.quantity
    return totals
