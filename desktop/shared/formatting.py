"""How amounts, times and quantities are shown."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

SYMBOLS = {"PLN": "zł", "EUR": "€"}


def money(amount: Decimal, currency: str) -> str:
    """`1 234,50 zł`, `€ 12.00`: two decimals, in the currency's usual place."""
    text = f"{amount:,.2f}"
    symbol = SYMBOLS.get(currency, currency)
    if currency == "EUR":
        return f"{symbol} {text}"
    return f"{text} {symbol}"


def local_time(value: datetime | None) -> str:
    """A UTC time shown in the machine's time zone, to the minute."""
    if value is None:
        return ""
    return value.astimezone().strftime("%Y-%m-%d %H:%M")
