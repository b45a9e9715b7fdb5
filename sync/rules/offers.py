"""The one credit-offer engine: instalment, schedule, total cost and APR (RRSO / TAEG).

The web, the phone and the branch quote the same offer from the same product, amount,
term, segment and time. Money is exact (Decimal, cents, half up).

- The arrangement fee is financed (see sync/rules/credit_products.py): the customer receives
  `amount`; the credit repaid is `financed_amount` = amount + arrangement fee.
- Instalments are annuities at the monthly rate r = nominal / 12 / 100, rounded half up to
  cents; each month's interest is the balance × r rounded half up; the last instalment repays
  whatever balance is left, so the principal repaid equals the financed amount exactly.
  Each instalment also carries the product's monthly fee.
- The APR is the annual percentage rate of charge of the EU Consumer Credit Directive
  (Annex I; Polish RRSO, Italian TAEG): the X solving
  Σ drawdowns · (1 + X)^(−t) = Σ repayments · (1 + X)^(−s), times in years with a standard
  month of 1/12 year. The only drawdown is `amount` at t = 0; the repayments are the
  instalments at months 1..n. It is given in percent rounded half up to two decimals
  (the directive asks for at least one).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from decimal import ROUND_HALF_EVEN, ROUND_HALF_UP, Decimal, InvalidOperation, localcontext

from sync.rules.credit_products import product as find_product
from sync.rules.errors import RuleViolation
from sync.rules.money import basis_points, format_wire, money, round_money, share
from sync.rules.pricing import check_aware

PERCENT_PLACES = Decimal("0.01")
_PRECISION = 40
_TOLERANCE = Decimal("1e-30")
_MAX_STEPS = 200


@dataclass(frozen=True)
class Instalment:
    """One row of the repayment schedule; payment = principal + interest + fee."""

    n: int
    due_month: int
    """Months after the payout (1..term)."""
    payment: Decimal
    interest: Decimal
    principal: Decimal
    fee: Decimal
    balance: Decimal
    """What is left of the financed amount after this instalment."""


def _annuity(financed: Decimal, nominal: Decimal, term: int) -> Decimal:
    if nominal == 0:
        return share(financed, 1, term)
    with localcontext() as ctx:
        ctx.prec, ctx.rounding = _PRECISION, ROUND_HALF_EVEN
        r = nominal / 1200
        exact = financed * r / (1 - (1 + r) ** -term)
    return round_money(exact)


def build_schedule(
    financed: Decimal, nominal: Decimal, term: int, monthly_fee: Decimal
) -> tuple[Instalment, ...]:
    """The repayment schedule of `financed` over `term` months at `nominal` percent a year."""
    financed, monthly_fee = money(financed), money(monthly_fee)
    annuity = _annuity(financed, nominal, term)
    points = basis_points(nominal)
    balance = financed
    rows: list[Instalment] = []
    for n in range(1, term + 1):
        interest = share(balance, points, 120_000)
        principal = balance if n == term else min(annuity - interest, balance)
        balance -= principal
        payment = principal + interest + monthly_fee
        rows.append(Instalment(n, n, payment, interest, principal, monthly_fee, balance))
    return tuple(rows)


def annual_percentage_rate(drawdown: Decimal, repayments: Sequence[Decimal]) -> Decimal:
    """The APR in percent, half up to two decimals, of a credit paying out `drawdown` now and
    repaid by `repayments[k - 1]` at the end of month k.

    Solved for the monthly rate i with Newton's method at 40 digits: the present value
    Σ p_k (1 + i)^(−k) is decreasing and convex in i, so steps from i = 0 (where it is the
    sum of the repayments, at least the drawdown) approach the root from below without
    overshooting; then X = (1 + i)^12 − 1. The caller's decimal context plays no part.
    """
    if drawdown <= 0 or not repayments:
        raise ValueError("an APR needs a positive drawdown and at least one repayment")
    if sum(repayments, Decimal(0)) < drawdown:
        raise ValueError("the repayments do not cover the drawdown")
    with localcontext() as ctx:
        ctx.prec, ctx.rounding = _PRECISION, ROUND_HALF_EVEN
        i = Decimal(0)
        for _ in range(_MAX_STEPS):
            v = 1 / (1 + i)
            value = slope = Decimal(0)
            factor = Decimal(1)
            for k, payment in enumerate(repayments, start=1):
                factor *= v
                value += payment * factor
                slope -= k * payment * factor * v
            gap = value - drawdown
            if gap == 0 or slope == 0:
                break
            step = gap / slope
            i -= step
            if abs(step) < _TOLERANCE:
                break
        yearly = ((1 + i) ** 12 - 1) * 100
    return yearly.quantize(PERCENT_PLACES, rounding=ROUND_HALF_UP)


def _wire_time(value: datetime) -> str:
    return value.astimezone(UTC).isoformat().replace("+00:00", "Z")


def _read_time(text: object, what: str) -> datetime:
    if not isinstance(text, str):
        raise ValueError(f"offer {what} must be text")
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        raise ValueError(f"offer {what} is not a time: {text!r}") from None
    check_aware(value, what)
    return value.astimezone(UTC)


_MONEY = (
    "amount",
    "instalment",
    "last_instalment",
    "arrangement_fee",
    "monthly_fee",
    "total_interest",
    "total_fees",
    "total_cost",
    "total_to_repay",
)
_RATES = ("nominal_rate", "apr")
_TEXT = ("product", "kind", "currency", "segment")


@dataclass(frozen=True)
class Offer:
    """A quote: what the customer receives, pays each month and pays in all, until when."""

    product: str
    kind: str
    currency: str
    amount: Decimal
    """The total amount of credit: what the customer receives (or the price financed)."""
    term_months: int
    segment: str
    nominal_rate: Decimal
    """Percent a year."""
    apr: Decimal
    """Annual percentage rate of charge (RRSO / TAEG), percent a year, two decimals."""
    instalment: Decimal
    """The regular monthly payment, the monthly fee included."""
    last_instalment: Decimal
    arrangement_fee: Decimal
    monthly_fee: Decimal
    total_interest: Decimal
    total_fees: Decimal
    """Arrangement fee + every monthly fee."""
    total_cost: Decimal
    """Total cost of credit (całkowity koszt kredytu / costo totale del credito)."""
    total_to_repay: Decimal
    """Amount + total cost: the sum of every instalment."""
    quoted_at: datetime
    valid_until: datetime

    def __post_init__(self) -> None:
        check_aware(self.quoted_at, "quoted_at")
        check_aware(self.valid_until, "valid_until")

    @property
    def financed_amount(self) -> Decimal:
        """The credit repaid by the instalments: amount + the financed arrangement fee."""
        return self.amount + self.arrangement_fee

    def schedule(self) -> tuple[Instalment, ...]:
        return build_schedule(
            self.financed_amount, self.nominal_rate, self.term_months, self.monthly_fee
        )

    def is_valid_at(self, at: datetime) -> bool:
        """Whether the offer still holds at `at` (until `valid_until`, inclusive)."""
        check_aware(at, "at")
        return at <= self.valid_until

    def to_json(self) -> dict[str, str | int]:
        """The offer as stored on an application: money and rates as text, times ISO UTC."""
        data: dict[str, str | int] = {name: getattr(self, name) for name in _TEXT}
        data.update({name: format_wire(getattr(self, name)) for name in _MONEY})
        data.update({name: format(getattr(self, name), "f") for name in _RATES})
        data["term_months"] = self.term_months
        data["quoted_at"] = _wire_time(self.quoted_at)
        data["valid_until"] = _wire_time(self.valid_until)
        return data

    @classmethod
    def from_json(cls, data: Mapping[str, object]) -> Offer:
        """The offer `to_json` wrote; ValueError when something is missing or malformed."""
        try:
            return cls(
                product=_text(data, "product"),
                kind=_text(data, "kind"),
                currency=_text(data, "currency"),
                amount=money(_text(data, "amount")),
                term_months=_whole(data, "term_months"),
                segment=_text(data, "segment"),
                nominal_rate=_rate(data, "nominal_rate"),
                apr=_rate(data, "apr"),
                instalment=money(_text(data, "instalment")),
                last_instalment=money(_text(data, "last_instalment")),
                arrangement_fee=money(_text(data, "arrangement_fee")),
                monthly_fee=money(_text(data, "monthly_fee")),
                total_interest=money(_text(data, "total_interest")),
                total_fees=money(_text(data, "total_fees")),
                total_cost=money(_text(data, "total_cost")),
                total_to_repay=money(_text(data, "total_to_repay")),
                quoted_at=_read_time(data.get("quoted_at"), "quoted_at"),
                valid_until=_read_time(data.get("valid_until"), "valid_until"),
            )
        except KeyError as missing:
            raise ValueError(f"offer without {missing.args[0]}") from None


def _text(data: Mapping[str, object], name: str) -> str:
    value = data[name]
    if not isinstance(value, str):
        raise ValueError(f"offer {name} must be text")
    return value


def _whole(data: Mapping[str, object], name: str) -> int:
    value = data[name]
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError(f"offer {name} must be a whole number")
    return value


def _rate(data: Mapping[str, object], name: str) -> Decimal:
    text = _text(data, name)
    try:
        value = Decimal(text)
    except InvalidOperation:
        raise ValueError(f"offer {name} is not a rate: {text!r}") from None
    if not value.is_finite() or value < 0:
        raise ValueError(f"offer {name} is not a rate: {text!r}")
    return value


def _out_of_limits(field: str, value: object, low: object, high: object, currency: str) -> None:
    if field == "amount":
        raise RuleViolation(
            "offer_out_of_limits",
            f"The amount {value} {currency} is outside this product's limits "
            f"({low}–{high} {currency})",
            {
                "case": "amount",
                "field": field,
                "value": value,
                "min": low,
                "max": high,
                "currency": currency,
            },
        )
    raise RuleViolation(
        "offer_out_of_limits",
        f"A term of {value} months is outside this product's limits ({low}–{high})",
        {"case": "term_months", "field": field, "value": value, "min": low, "max": high},
    )


def quote(
    product_code: str, amount: Decimal, term_months: int, segment: str, at: datetime
) -> Offer:
    """The offer of `product_code` for `amount` over `term_months` to a customer of `segment`,
    quoted at `at`. Refused with `unknown_product` or `offer_out_of_limits`."""
    if not isinstance(amount, Decimal):
        raise TypeError(f"amount must be a Decimal, not {type(amount).__name__}")
    if isinstance(term_months, bool) or not isinstance(term_months, int):
        raise TypeError(f"term_months must be an int, not {type(term_months).__name__}")
    if not isinstance(segment, str):
        raise TypeError(f"segment must be a str, not {type(segment).__name__}")
    check_aware(at, "at")
    found = find_product(product_code)
    amount = money(amount)
    if not found.min_amount <= amount <= found.max_amount:
        _out_of_limits("amount", amount, found.min_amount, found.max_amount, found.currency)
    if not found.min_term <= term_months <= found.max_term:
        _out_of_limits("term_months", term_months, found.min_term, found.max_term, found.currency)
    nominal = found.rate_for(segment)
    fee = share(amount, basis_points(found.arrangement_fee_pct), 10_000)
    rows = build_schedule(amount + fee, nominal, term_months, found.monthly_fee)
    interest = sum((row.interest for row in rows), Decimal("0.00"))
    fees = fee + found.monthly_fee * term_months
    quoted_at = at.astimezone(UTC)
    return Offer(
        product=found.code,
        kind=found.kind,
        currency=found.currency,
        amount=amount,
        term_months=term_months,
        segment=segment,
        nominal_rate=nominal,
        apr=annual_percentage_rate(amount, [row.payment for row in rows]),
        instalment=rows[0].payment,
        last_instalment=rows[-1].payment,
        arrangement_fee=fee,
        monthly_fee=found.monthly_fee,
        total_interest=interest,
        total_fees=fees,
        total_cost=interest + fees,
        total_to_repay=amount + interest + fees,
        quoted_at=quoted_at,
        valid_until=quoted_at + timedelta(days=found.validity_days),
    )


def check_valid(offer: Mapping[str, object], at: datetime) -> None:
    """Refuse (`offer_expired`) a stored offer whose `valid_until` is before `at`."""
    check_aware(at, "at")
    until = _read_time(offer.get("valid_until"), "valid_until")
    if at > until:
        raise RuleViolation(
            "offer_expired",
            f"The offer expired at {_wire_time(until)}; make a new offer",
            {"valid_until": _wire_time(until)},
        )
