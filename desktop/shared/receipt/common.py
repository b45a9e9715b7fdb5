"""The wording more than one receipt prints, written once: the store's language and its
name and address, how a payment method is named, the payments taken with the cash received
and the change, the customer line, the thanks.

Receipts are printed in the store's language, whoever is signed in: each takes the
`store_tr` of `store_translation(...)` (the texts are found by Qt's lupdate as
`store_tr("...")` calls)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from decimal import Decimal
from typing import Protocol

from PySide6.QtCore import QLocale

from desktop.shared.formatting import locale_for, money
from desktop.shared.i18n import Translation, tr
from desktop.shared.receipt.document import Row


class Paid(Protocol):
    """A payment or a refund as a receipt shows it."""

    @property
    def method(self) -> str: ...

    @property
    def amount(self) -> Decimal: ...

    @property
    def reference(self) -> str | None: ...


Words = Callable[..., str]  # `tr` (the screen's language) or a `Translation`

LANGUAGES = {"PL": "pl", "IT": "it"}  # a store's country: the language its receipts are in
CURRENCY_LANGUAGES = {"PLN": "pl", "EUR": "it"}  # when the store's country is not known


def store_language(country: str, currency: str = "") -> str:
    """The language of a store's receipts: its country's, else its currency's, else English."""
    return LANGUAGES.get(country.upper()) or CURRENCY_LANGUAGES.get(currency.upper(), "en")


def store_translation(country: str, currency: str = "", language: str | None = None) -> Translation:
    """The texts of the store's language (or of `language` if given), as `store_tr`."""
    return Translation(language or store_language(country, currency))


def store_locale(store_tr: Translation) -> QLocale:
    """How the store's language writes amounts and dates (`1 234,50 zł`, `07.12.2026`)."""
    return locale_for(store_tr.language)


def store_place(name: str, address: str) -> tuple[str, ...]:
    """The store's name and address for the header, each part said once: an address that
    ends with its city twice (`..., 00-017 Warszawa, Warszawa`) loses the repeat."""
    parts = [part.strip() for part in address.split(",") if part.strip()]
    while len(parts) > 1 and parts[-2].casefold().endswith(parts[-1].casefold()):
        parts.pop()
    return tuple(text for text in (name.strip(), ", ".join(parts)) if text)


def method_name(method: str, store_tr: Words = tr) -> str:
    """How staff and customers call a payment method ("card", "store_credit"...), on
    screen or, with `store_tr`, on the receipt."""
    names = {
        "cash": store_tr("Cash"),
        "card": store_tr("Card"),
        "store_credit": store_tr("Store credit"),
        "online": store_tr("Paid online"),
    }
    return names.get(method, method)


def with_reference(label: str, reference: str | None, store_tr: Words) -> str:
    """`label`, followed by the terminal's or the payment provider's reference if any."""
    if not reference:
        return label
    return store_tr("{label} (ref. {reference})").format(label=label, reference=reference)


def customer_line(customer: str, store_tr: Words) -> str:
    """The header line naming the customer; "" (left out) without one."""
    return store_tr("Customer: {name}").format(name=customer) if customer else ""


def thanks(store_tr: Words) -> str:
    return store_tr("Thank you for shopping with us.")


def payment_rows(
    payments: Iterable[Paid],
    change: Decimal,
    currency: str,
    row: Callable[[str, str], Row],
    store_tr: Translation,
) -> list[Row]:
    """Every payment but cash, then the cash received and the change given back (the cash
    payments are recorded net of the change). `row` makes a row of the receipt's style."""
    payments = list(payments)
    place = store_locale(store_tr)
    rows = [
        row(
            with_reference(method_name(p.method, store_tr), p.reference, store_tr),
            money(p.amount, currency, place),
        )
        for p in payments
        if p.method != "cash"
    ]
    cash = sum((p.amount for p in payments if p.method == "cash"), change)
    if cash > 0:
        rows.append(row(store_tr("Cash received"), money(cash, currency, place)))
        rows.append(row(store_tr("Change"), money(change, currency, place)))
    return rows
