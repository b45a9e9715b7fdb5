"""The one exception business rules raise to refuse something."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal

Param = str | int | None
"""A refusal parameter as it travels: text, a whole number, or nothing. Money is text
(`"12.50"`, with its currency in another parameter), never a float."""

MONEY_PARAMS = frozenset(
    {"total", "held", "due", "offered", "paid", "short", "expected", "change", "left"}
)
"""Parameters that are amounts of money, as text (`"1234.50"`), in the refusal's
`currency` parameter when it has one."""

COUNT_PARAMS = frozenset(
    {"asked", "bought", "returned", "returnable", "ordered", "waiting", "handed_over", "held"}
    | {"quantity", "max", "min"}
)
"""Parameters that are counts of units, when whole numbers."""

DATE_PARAMS = frozenset({"closed_on"})
"""Parameters that are days, as ISO text (`"2026-12-07"`)."""


def wire_params(params: Mapping[str, object] | None) -> dict[str, Param]:
    """`params` made JSON-safe: money and other numbers with decimals as plain text."""
    safe: dict[str, Param] = {}
    for name, value in (params or {}).items():
        if value is None or (isinstance(value, int) and not isinstance(value, bool)):
            safe[name] = value
        elif isinstance(value, Decimal):
            safe[name] = format(value, "f")
        elif isinstance(value, list | tuple):
            safe[name] = ", ".join(str(item) for item in value)
        else:
            safe[name] = str(value)
    return safe


class RuleViolation(Exception):
    """A refusal: a stable machine `code`, a `message` staff can act on (English) and the
    `params` the message mentions, so a device can say it in the staff's language."""

    def __init__(self, code: str, message: str, params: Mapping[str, object] | None = None) -> None:
        super().__init__(code, message)
        self.code = code
        self.message = message
        self.params = wire_params(params)

    def __str__(self) -> str:
        return f"{self.code}: {self.message}"
