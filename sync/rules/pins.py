"""What a staff PIN may be: the same answer at the till (before asking the server) and on
the central API (which decides)."""

from __future__ import annotations

import itertools

__all__ = ["MAX_PIN_LENGTH", "MIN_PIN_LENGTH", "broken_pin_rule", "is_short_pin"]

MIN_PIN_LENGTH = 6
MAX_PIN_LENGTH = 12


def broken_pin_rule(pin: str) -> str | None:
    """Which rule `pin` breaks as a new PIN: "digits", "short", "long", "easy"; or None."""
    if not (pin.isascii() and pin.isdigit()):
        return "digits"
    if len(pin) < MIN_PIN_LENGTH:
        return "short"
    if len(pin) > MAX_PIN_LENGTH:
        return "long"
    steps = {int(b) - int(a) for a, b in itertools.pairwise(pin)}
    if len(set(pin)) == 1 or steps in ({1}, {-1}):
        return "easy"
    return None


def is_short_pin(pin: str) -> bool:
    """A PIN from before PINs had to be at least `MIN_PIN_LENGTH` digits long."""
    return len(pin) < MIN_PIN_LENGTH
