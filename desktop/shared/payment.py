"""How what the customer hands over pays the total: cash, card, or both. Exact Decimal.

Only cash can be over-paid (the change comes out of it), the same rule `sale.complete`
keeps; a card payment needs the terminal's reference.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from decimal import Decimal

from desktop.shared.amounts import AmountProblem, parse_money
from desktop.shared.formatting import money as show_money
from desktop.shared.formatting import number
from desktop.shared.i18n import tr
from desktop.shared.tender import Tender
from sync.commands.pricing_source import MAX_AMOUNT

ZERO = Decimal("0.00")
CENT = Decimal("0.01")


class PaymentProblem(ValueError):
    """What is wrong with the payment as entered, in a sentence for the cashier, and the
    field to correct: "cash", "card" (the card amount) or "reference"."""

    def __init__(self, message: str, field: str = "cash") -> None:
        super().__init__(message)
        self.field = field


@dataclass(frozen=True)
class PaymentPlan:
    tenders: tuple[Tender, ...]
    change: Decimal


def parse_amount(text: str) -> Decimal | None:
    """`"120"`, `"120,5"`, `"1 234,50"` (as the locale writes it) -> exact Decimal; empty -> None.

    Raises PaymentProblem for anything that is not an amount with at most two decimals.
    """
    if not text.strip():
        return None
    try:
        amount = parse_money(text)
    except AmountProblem as problem:
        raise PaymentProblem(str(problem)) from None
    if amount < 0 or amount > MAX_AMOUNT:
        raise PaymentProblem(
            tr("“{text}” is not an amount to take; type it like {example}.").format(
                text=text.strip(), example=number(Decimal("120.50"), 2)
            )
        )
    return amount.quantize(CENT)


@dataclass(frozen=True)
class Entered:
    """The payment dialog's fields, as typed."""

    cash: str = ""
    card: str = ""
    reference: str = ""


def balance(total: Decimal, entered: Entered) -> Decimal:
    """What is handed over minus the total (negative: still due). Bad input counts 0."""
    handed = ZERO
    for text in (entered.cash, entered.card):
        with contextlib.suppress(PaymentProblem):
            handed += parse_amount(text) or ZERO
    return handed - total


def plan_payment(total: Decimal, currency: str, entered: Entered) -> PaymentPlan:
    """The payments to record and the change to give; PaymentProblem if they do not pay."""
    cash = parse_amount(entered.cash) or ZERO
    try:
        card = parse_amount(entered.card) or ZERO
    except PaymentProblem as problem:
        raise PaymentProblem(str(problem), "card") from None
    reference = entered.reference.strip()
    if card > 0 and not reference:
        raise PaymentProblem(
            tr("Enter the card terminal's reference for the card payment."), "reference"
        )
    if reference and card == 0:
        raise PaymentProblem(tr("Enter the amount paid by card."), "card")
    if len(reference) > 64:
        raise PaymentProblem(
            tr("The terminal reference is too long (64 characters at most)."), "reference"
        )
    if card > total:
        raise PaymentProblem(
            tr("The card pays more than the total of {total}; only cash can be over-paid.").format(
                total=show_money(total, currency)
            ),
            "card",
        )
    if cash + card < total:
        raise PaymentProblem(
            tr("Still due: {due}. Take more, or add a card payment.").format(
                due=show_money(total - cash - card, currency)
            )
        )
    tenders = []
    if card > 0:
        tenders.append(Tender("card", card, reference))
    if cash > 0:
        tenders.append(Tender("cash", cash))
    if not tenders:  # a total of zero: nothing to take
        return PaymentPlan((), ZERO)
    return PaymentPlan(tuple(tenders), cash + card - total)
