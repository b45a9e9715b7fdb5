"""How the pickup desk words an order's age, payment and status, and a change to an
order (translated)."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

from desktop.orders.records import ChangeOutcome
from desktop.shared.formatting import local_date, money
from desktop.shared.i18n import tr
from sync.rules.orders import PaymentMode


def age(placed_at: datetime, now: datetime | None = None) -> str:
    """How long ago an order was placed: `12 min`, `3 h`, `2 d`."""
    now = now or datetime.now(UTC)
    if placed_at.tzinfo is None:
        placed_at = placed_at.replace(tzinfo=UTC)
    minutes = max(0, int((now - placed_at).total_seconds() // 60))
    if minutes < 60:
        return tr("{n} min").format(n=minutes)
    if minutes < 48 * 60:
        return tr("{n} h").format(n=minutes // 60)
    return tr("{n} d").format(n=minutes // (24 * 60))


def payment(payment_mode: str, due: Decimal, currency: str) -> str:
    """`Paid`, or what is still due and when it is paid."""
    if due <= 0:
        return tr("Paid")
    if payment_mode == "pay_on_pickup":
        return tr("Pay on pickup: {amount} due").format(amount=money(due, currency))
    return tr("Not paid: {amount} due").format(amount=money(due, currency))


def expiry(expires_at: datetime | None) -> str:
    """The day a ready order is held until, in this machine's time zone."""
    return local_date(expires_at)


def change_summary(outcome: ChangeOutcome, mode: PaymentMode) -> str:
    """`New total X · refunded Y to the original payment · due now Z` (or at pickup): what
    the change on screen will do."""
    currency = outcome.currency
    parts = [tr("New total {total}").format(total=money(outcome.total, currency))]
    if outcome.refunded > 0:
        parts.append(
            tr("refunded {amount} to the original payment").format(
                amount=money(outcome.refunded, currency)
            )
        )
    if mode is PaymentMode.PAY_NOW:
        parts.append(tr("due now {amount}").format(amount=money(outcome.due, currency)))
    else:
        parts.append(tr("due at pickup {amount}").format(amount=money(outcome.due, currency)))
    return " · ".join(parts)


def change_done(outcome: ChangeOutcome, number: str) -> str:
    """`Order X changed: new total Y; refunded Z; ... due at pickup.`: the change made."""
    currency = outcome.currency
    text = tr("Order {number} changed: new total {total}").format(
        number=outcome.order_number or number, total=money(outcome.total, currency)
    )
    if outcome.refunded > 0:
        text += tr("; refunded {amount}").format(amount=money(outcome.refunded, currency))
    if outcome.change_due > 0:
        text += tr("; change to give {amount}").format(amount=money(outcome.change_due, currency))
    if outcome.due > 0:
        text += tr("; {amount} due at pickup").format(amount=money(outcome.due, currency))
    return text + "."
