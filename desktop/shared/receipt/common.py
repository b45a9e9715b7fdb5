"""The wording more than one receipt prints, written once: how a payment method is named,
the payments taken with the cash received and the change, the customer line, the thanks."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from decimal import Decimal
from typing import Protocol

from desktop.shared.formatting import money
from desktop.shared.i18n import tr
from desktop.shared.receipt.document import Row


class Paid(Protocol):
    """A payment or a refund as a receipt shows it."""

    @property
    def method(self) -> str: ...

    @property
    def amount(self) -> Decimal: ...

    @property
    def reference(self) -> str | None: ...


def method_name(method: str) -> str:
    """How staff and customers call a payment method ("card", "store_credit"...)."""
    names = {
        "cash": tr("Cash"),
        "card": tr("Card"),
        "store_credit": tr("Store credit"),
        "online": tr("Paid online"),
    }
    return names.get(method, method)


def with_reference(label: str, reference: str | None) -> str:
    """`label`, followed by the terminal's or the payment provider's reference if any."""
    if not reference:
        return label
    return tr("{label} (ref. {reference})").format(label=label, reference=reference)


def customer_line(customer: str) -> str:
    """The header line naming the customer; "" (left out) without one."""
    return tr("Customer: {name}").format(name=customer) if customer else ""


def thanks() -> str:
    return tr("Thank you for shopping with us.")


def payment_rows(
    payments: Iterable[Paid],
    change: Decimal,
    currency: str,
    row: Callable[[str, str], Row],
) -> list[Row]:
    """Every payment but cash, then the cash received and the change given back (the cash
    payments are recorded net of the change). `row` makes a row of the receipt's style."""
    payments = list(payments)
    rows = [
        row(with_reference(method_name(p.method), p.reference), money(p.amount, currency))
        for p in payments
        if p.method != "cash"
    ]
    cash = sum((p.amount for p in payments if p.method == "cash"), change)
    if cash > 0:
        rows.append(row(tr("Cash received"), money(cash, currency)))
        rows.append(row(tr("Change"), money(change, currency)))
    return rows
