"""How the pickup page words an order's age, payment and status (translated)."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from desktop.shared.formatting import money

CONTEXT = "PickupTexts"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def age(placed_at: datetime, now: datetime | None = None) -> str:
    """How long ago an order was placed: `12 min`, `3 h`, `2 d`."""
    now = now or datetime.now(UTC)
    if placed_at.tzinfo is None:
        placed_at = placed_at.replace(tzinfo=UTC)
    minutes = max(0, int((now - placed_at).total_seconds() // 60))
    if minutes < 60:
        return _tr("{n} min").format(n=minutes)
    if minutes < 48 * 60:
        return _tr("{n} h").format(n=minutes // 60)
    return _tr("{n} d").format(n=minutes // (24 * 60))


def payment(payment_mode: str, due: Decimal, currency: str) -> str:
    """`Paid`, or what is still due and when it is paid."""
    if due <= 0:
        return _tr("Paid")
    if payment_mode == "pay_on_pickup":
        return _tr("Pay on pickup: {amount} due").format(amount=money(due, currency))
    return _tr("Not paid: {amount} due").format(amount=money(due, currency))


def expiry(expires_at: datetime | None) -> str:
    """The day a ready order is held until, in this machine's time zone."""
    return expires_at.astimezone().strftime("%Y-%m-%d") if expires_at else ""
