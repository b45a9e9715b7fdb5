"""Credit products: the loans and instalment orders every channel offers, with their limits.

A product's figures are the terms a customer is quoted (sync/rules/offers.py computes the
offer from them). Rates are nominal annual rates in percent per customer segment; a segment
without its own rate gets the product's default rate.

The arrangement fee is a percent of the amount asked for, charged when the credit is paid
out and *financed*: it is added to the credit, so the customer receives the whole amount
(or the whole price of the goods is paid to the seller) and repays amount + fee in the
instalments, with interest on both.

Caps the products are built to respect:

- Poland (ustawa o kredycie konsumenckim, art. 359 § 2^1 Kodeksu cywilnego): the nominal
  rate may not exceed twice the sum of the NBP reference rate and 3.5 percentage points;
  non-interest costs may not exceed 10 % of the amount plus 10 % of it per year of term,
  and never 45 % of it (art. 36a; counted here in months, a year = 12 months).
- Italy (legge 108/1996): the cost of credit, fees included, must stay under the quarterly
  usury thresholds ("tassi soglia") Banca d'Italia publishes per category; the products
  below keep their TAEG under `IT_MAX_TAEG` at every amount and term (the tests check it).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from types import MappingProxyType

from sync.rules.errors import RuleViolation
from sync.rules.money import basis_points, money, share

KINDS = ("loan", "order")
"""Kinds of credit, as application kinds: a cash loan, or an instalment purchase order."""

NBP_REFERENCE_RATE = Decimal("4.00")
"""The NBP reference rate in percent (since December 2025); update it when the Monetary
Policy Council changes it, and check the PL rates still fit under `PL_MAX_NOMINAL_RATE`."""

PL_MAX_NOMINAL_RATE = 2 * (NBP_REFERENCE_RATE + Decimal("3.5"))
"""The Polish maximum nominal interest rate: 2 × (NBP reference rate + 3.5 pp)."""

IT_MAX_TAEG = Decimal("15.00")
"""The ceiling, in percent, the Italian products' TAEG is kept under: below the usury
thresholds for personal loans and instalment purchases of recent quarters. Check it against
each new Banca d'Italia decree."""

PL_NON_INTEREST_BASE_PCT = 10
PL_NON_INTEREST_YEARLY_PCT = 10
PL_NON_INTEREST_MAX_PCT = 45


def pl_max_non_interest_cost(amount: Decimal, term_months: int) -> Decimal:
    """The most a Polish consumer credit may charge besides interest (art. 36a):
    10 % of `amount` + 10 % of it per year of term, at most 45 % of it."""
    percent_x12 = min(
        PL_NON_INTEREST_BASE_PCT * 12 + PL_NON_INTEREST_YEARLY_PCT * term_months,
        PL_NON_INTEREST_MAX_PCT * 12,
    )
    return share(amount, percent_x12, 1200)


@dataclass(frozen=True)
class CreditProduct:
    """One credit product of one country, in that country's currency."""

    code: str
    kind: str
    country: str
    currency: str
    name: str
    """English; the desktop translates it."""
    min_amount: Decimal
    max_amount: Decimal
    min_term: int
    """Months."""
    max_term: int
    """Months."""
    rates: Mapping[str, Decimal]
    """Nominal annual rate in percent per customer segment ("retail", "vip", "business")."""
    default_rate: Decimal
    """The nominal annual rate of a segment without its own rate."""
    arrangement_fee_pct: Decimal
    """Percent of the amount, charged at payout and financed (added to the credit)."""
    monthly_fee: Decimal
    """Money added to each instalment (account keeping / "spese di incasso rata"); may be 0."""
    validity_days: int
    """How many days a quote holds."""
    documents: tuple[tuple[str, str], ...]
    """The documents checklist: (code, English label)."""
    consents: tuple[str, ...]
    """Consents the applicant must give before signing."""

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"product {self.code}: kind must be one of {KINDS}")
        object.__setattr__(self, "rates", MappingProxyType(dict(self.rates)))
        if money(self.min_amount) <= 0 or money(self.max_amount) < self.min_amount:
            raise ValueError(f"product {self.code}: need 0 < min_amount <= max_amount")
        for term in (self.min_term, self.max_term):
            if isinstance(term, bool) or not isinstance(term, int):
                raise TypeError(f"product {self.code}: terms are whole months")
        if not 1 <= self.min_term <= self.max_term:
            raise ValueError(f"product {self.code}: need 1 <= min_term <= max_term")
        for rate in (*self.rates.values(), self.default_rate, self.arrangement_fee_pct):
            if basis_points(rate) < 0:
                raise ValueError(f"product {self.code}: rates and fees must not be negative")
        if money(self.monthly_fee) < 0:
            raise ValueError(f"product {self.code}: the monthly fee must not be negative")
        if self.validity_days < 1:
            raise ValueError(f"product {self.code}: a quote must hold at least a day")
        if self.country == "PL" and max(*self.rates.values(), self.default_rate) > (
            PL_MAX_NOMINAL_RATE
        ):
            raise ValueError(f"product {self.code}: a rate exceeds the Polish maximum")

    def rate_for(self, segment: str) -> Decimal:
        """The nominal annual rate in percent for a customer of `segment`."""
        return self.rates.get(segment, self.default_rate)


_IDENTITY = ("id_card", "Identity card")
_INCOME = ("income_statement", "Income statement")
_CONSENTS = ("credit_check", "data_processing")

PRODUCTS: dict[str, CreditProduct] = {
    p.code: p
    for p in (
        CreditProduct(
            code="PL-CASH",
            kind="loan",
            country="PL",
            currency="PLN",
            name="Cash loan",
            min_amount=Decimal("1000.00"),
            max_amount=Decimal("150000.00"),
            min_term=6,
            max_term=120,
            rates={
                "retail": Decimal("12.50"),
                "vip": Decimal("9.90"),
                "business": Decimal("11.50"),
            },
            default_rate=Decimal("12.50"),
            arrangement_fee_pct=Decimal("5.00"),
            monthly_fee=Decimal("0.00"),
            validity_days=14,
            documents=(_IDENTITY, _INCOME),
            consents=_CONSENTS,
        ),
        CreditProduct(
            code="PL-INST",
            kind="order",
            country="PL",
            currency="PLN",
            name="Instalment purchase",
            min_amount=Decimal("300.00"),
            max_amount=Decimal("30000.00"),
            min_term=3,
            max_term=48,
            rates={"retail": Decimal("9.90"), "vip": Decimal("0.00"), "business": Decimal("9.90")},
            default_rate=Decimal("9.90"),
            arrangement_fee_pct=Decimal("3.00"),
            monthly_fee=Decimal("0.00"),
            validity_days=7,
            documents=(_IDENTITY,),
            consents=_CONSENTS,
        ),
        CreditProduct(
            code="IT-PREST",
            kind="loan",
            country="IT",
            currency="EUR",
            name="Personal loan",
            min_amount=Decimal("1000.00"),
            max_amount=Decimal("60000.00"),
            min_term=12,
            max_term=120,
            rates={"retail": Decimal("7.90"), "vip": Decimal("5.90"), "business": Decimal("6.90")},
            default_rate=Decimal("7.90"),
            arrangement_fee_pct=Decimal("1.00"),
            monthly_fee=Decimal("1.00"),
            validity_days=30,
            documents=(_IDENTITY, ("tax_code", "Tax code card"), _INCOME),
            consents=_CONSENTS,
        ),
        CreditProduct(
            code="IT-RATE",
            kind="order",
            country="IT",
            currency="EUR",
            name="Instalment purchase",
            min_amount=Decimal("200.00"),
            max_amount=Decimal("15000.00"),
            min_term=3,
            max_term=36,
            rates={"retail": Decimal("7.90"), "vip": Decimal("0.00"), "business": Decimal("7.90")},
            default_rate=Decimal("7.90"),
            arrangement_fee_pct=Decimal("0.00"),
            monthly_fee=Decimal("0.00"),
            validity_days=7,
            documents=(_IDENTITY, ("tax_code", "Tax code card")),
            consents=_CONSENTS,
        ),
    )
}
"""Every credit product by code."""

_DEFAULTS = {
    ("PL", "loan"): "PL-CASH",
    ("PL", "order"): "PL-INST",
    ("IT", "loan"): "IT-PREST",
    ("IT", "order"): "IT-RATE",
}


def product(code: str) -> CreditProduct:
    """The product `code`; RuleViolation `unknown_product` when there is none."""
    found = PRODUCTS.get(code) if isinstance(code, str) else None
    if found is None:
        raise RuleViolation(
            "unknown_product", f"There is no credit product {code}", {"product": code}
        )
    return found


def products_for(country: str, kind: str | None = None) -> list[CreditProduct]:
    """The products of `country` (of one `kind` when given), by code."""
    return sorted(
        (p for p in PRODUCTS.values() if p.country == country and kind in (None, p.kind)),
        key=lambda p: p.code,
    )


def default_product(country: str, kind: str) -> CreditProduct | None:
    """The product offered first for `kind` in `country`; None when the country has none."""
    code = _DEFAULTS.get((country, kind))
    return PRODUCTS[code] if code is not None else None
