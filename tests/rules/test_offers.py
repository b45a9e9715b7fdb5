"""The credit-offer engine: schedule, totals, APR (RRSO / TAEG), limits, validity, wire form."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal, localcontext

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sync.rules.credit_products import PRODUCTS
from sync.rules.errors import RuleViolation
from sync.rules.offers import (
    Offer,
    annual_percentage_rate,
    build_schedule,
    check_valid,
    quote,
)

NOW = datetime(2026, 12, 7, 12, 0, tzinfo=UTC)
ZERO = Decimal("0.00")


def present_value(payments: list[Decimal], apr_percent: Decimal) -> Decimal:
    """Σ payment_k · (1 + X)^(−k/12): the Annex I formula, times in years."""
    with localcontext() as ctx:
        ctx.prec = 40
        base = 1 + apr_percent / 100
        return sum(
            (p * base ** (Decimal(-k) / 12) for k, p in enumerate(payments, start=1)),
            Decimal(0),
        )


def assert_apr_solves(drawdown: Decimal, payments: list[Decimal], apr: Decimal) -> None:
    """`apr` is the root rounded to hundredths: half a hundredth either side brackets it."""
    half = Decimal("0.005")
    assert present_value(payments, apr - half) >= drawdown >= present_value(payments, apr + half)


def effective(nominal: Decimal) -> Decimal:
    with localcontext() as ctx:
        ctx.prec = 40
        return ((1 + nominal / 1200) ** 12 - 1) * 100


def rounding_slack(amount: Decimal, term: int) -> Decimal:
    """How far, in percent, cents can move an APR: each month's interest is rounded by at most
    half a cent, over a credit outstanding (term + 1) / 24 years on average; plus the APR's
    own rounding to hundredths."""
    return Decimal("0.5") * term * 24 / (amount * (term + 1)) + Decimal("0.01")


# The reference values


def test_ten_thousand_over_a_year_at_ten_percent_without_fees() -> None:
    rows = build_schedule(Decimal("10000.00"), Decimal("10"), 12, ZERO)
    assert rows[0].payment == Decimal("879.16")
    assert rows[0].interest == Decimal("83.33")
    assert rows[-1].balance == ZERO
    payments = [row.payment for row in rows]
    assert annual_percentage_rate(Decimal("10000.00"), payments) == Decimal("10.47")


def test_a_single_repayment_after_a_year() -> None:
    payments = [ZERO] * 11 + [Decimal("1100.00")]
    assert annual_percentage_rate(Decimal("1000.00"), payments) == Decimal("10.00")


def test_nothing_charged_is_zero_percent() -> None:
    assert annual_percentage_rate(Decimal("300.00"), [Decimal("100.00")] * 3) == Decimal("0.00")


def test_repayments_short_of_the_drawdown_are_refused() -> None:
    with pytest.raises(ValueError):
        annual_percentage_rate(Decimal("300.00"), [Decimal("99.99")] * 3)
    with pytest.raises(ValueError):
        annual_percentage_rate(Decimal("300.00"), [])


def test_a_cash_loan_with_an_arrangement_fee() -> None:
    offer = quote("PL-CASH", Decimal("20000.00"), 36, "retail", NOW)
    assert offer.nominal_rate == Decimal("12.50")
    assert offer.arrangement_fee == Decimal("1000.00")
    assert offer.financed_amount == Decimal("21000.00")
    assert offer.instalment == Decimal("702.53")
    assert offer.last_instalment == Decimal("702.37")
    assert offer.total_interest == Decimal("4290.92")
    assert offer.total_fees == Decimal("1000.00")
    assert offer.total_cost == Decimal("5290.92")
    assert offer.total_to_repay == Decimal("25290.92")
    assert offer.apr == Decimal("17.16")
    assert offer.apr > effective(offer.nominal_rate)
    assert_apr_solves(offer.amount, [row.payment for row in offer.schedule()], offer.apr)


def test_zero_percent_with_a_fee_still_has_a_cost() -> None:
    offer = quote("PL-INST", Decimal("3000.00"), 10, "vip", NOW)
    assert offer.nominal_rate == Decimal("0.00")
    assert offer.total_interest == ZERO
    assert offer.arrangement_fee == Decimal("90.00")
    assert offer.instalment == offer.last_instalment == Decimal("309.00")
    assert offer.total_cost == Decimal("90.00")
    assert offer.apr == Decimal("6.69")
    assert_apr_solves(offer.amount, [row.payment for row in offer.schedule()], offer.apr)


def test_zero_percent_without_fees_is_free() -> None:
    offer = quote("IT-RATE", Decimal("1000.00"), 3, "vip", NOW)
    assert offer.apr == ZERO
    assert offer.total_cost == ZERO
    assert [row.payment for row in offer.schedule()] == [
        Decimal("333.33"),
        Decimal("333.33"),
        Decimal("333.34"),
    ]


def test_monthly_fees_are_in_every_instalment_and_the_cost() -> None:
    offer = quote("IT-PREST", Decimal("10000.00"), 60, "retail", NOW)
    assert offer.monthly_fee == Decimal("1.00")
    assert all(row.fee == Decimal("1.00") for row in offer.schedule())
    assert offer.total_fees == offer.arrangement_fee + Decimal("60.00")
    assert offer.apr > effective(offer.nominal_rate)
    assert_apr_solves(offer.amount, [row.payment for row in offer.schedule()], offer.apr)


def test_a_segment_without_its_own_rate_gets_the_default() -> None:
    offer = quote("PL-CASH", Decimal("5000.00"), 12, "walk-in", NOW)
    assert offer.nominal_rate == PRODUCTS["PL-CASH"].default_rate
    assert quote("PL-CASH", Decimal("5000.00"), 12, "vip", NOW).nominal_rate == Decimal("9.90")


# The schedule reconciles, for any valid input

codes = st.sampled_from(sorted(PRODUCTS))
segments = st.sampled_from(["retail", "vip", "business", "other"])


@st.composite
def requests(draw: st.DrawFn) -> tuple[str, Decimal, int, str]:
    code = draw(codes)
    p = PRODUCTS[code]
    cents = draw(st.integers(int(p.min_amount * 100), int(p.max_amount * 100)))
    term = draw(st.integers(p.min_term, p.max_term))
    return code, Decimal(cents).scaleb(-2), term, draw(segments)


@given(requests())
def test_the_schedule_reconciles(request: tuple[str, Decimal, int, str]) -> None:
    offer = quote(*request, at=NOW)
    rows = offer.schedule()
    assert (
        [row.n for row in rows]
        == [row.due_month for row in rows]
        == list(range(1, offer.term_months + 1))
    )
    assert sum(row.principal for row in rows) == offer.financed_amount
    assert sum(row.payment for row in rows) == offer.total_to_repay
    assert sum(row.interest for row in rows) == offer.total_interest
    assert sum(row.fee for row in rows) + offer.arrangement_fee == offer.total_fees
    assert offer.total_cost == offer.total_interest + offer.total_fees
    assert offer.total_to_repay == offer.amount + offer.total_cost
    assert rows[-1].balance == ZERO
    assert rows[0].payment == offer.instalment
    assert rows[-1].payment == offer.last_instalment
    assert all(row.payment == offer.instalment for row in rows[:-1])
    assert all(row.payment == row.principal + row.interest + row.fee for row in rows)
    assert all(row.principal > 0 for row in rows)
    balances = [offer.financed_amount, *(row.balance for row in rows)]
    assert all(
        a - row.principal == b for a, b, row in zip(balances, balances[1:], rows, strict=False)
    )
    for value in (offer.instalment, offer.total_cost, offer.arrangement_fee):
        assert value == value.quantize(Decimal("0.01"))


@given(requests())
def test_the_apr_covers_interest_and_fees(request: tuple[str, Decimal, int, str]) -> None:
    offer = quote(*request, at=NOW)
    payments = [row.payment for row in offer.schedule()]
    assert_apr_solves(offer.amount, payments, offer.apr)
    slack = rounding_slack(offer.amount, offer.term_months)
    assert offer.apr >= effective(offer.nominal_rate) - slack
    if offer.total_fees > 0:
        assert offer.apr > effective(offer.nominal_rate)


@given(
    st.integers(100_000, 10_000_000),
    st.integers(1, 120),
    st.integers(0, 1500).map(lambda points: Decimal(points).scaleb(-2)),
    st.integers(0, 1000).map(lambda cents: Decimal(cents).scaleb(-2)),
)
def test_fees_never_lower_the_apr(cents: int, term: int, nominal: Decimal, fee: Decimal) -> None:
    amount = Decimal(cents).scaleb(-2)
    bare = [row.payment for row in build_schedule(amount, nominal, term, ZERO)]
    charged = [row.payment for row in build_schedule(amount, nominal, term, fee)]
    without = annual_percentage_rate(amount, bare)
    assert without >= effective(nominal) - rounding_slack(amount, term)
    assert annual_percentage_rate(amount, charged) >= without


# Refusals


@pytest.mark.parametrize(
    ("amount", "params"),
    [
        ("999.99", {"value": "999.99", "min": "1000.00", "max": "150000.00"}),
        ("150000.01", {"value": "150000.01", "min": "1000.00", "max": "150000.00"}),
    ],
)
def test_an_amount_outside_the_limits_is_refused(amount: str, params: dict[str, str]) -> None:
    with pytest.raises(RuleViolation) as refused:
        quote("PL-CASH", Decimal(amount), 12, "retail", NOW)
    assert refused.value.code == "offer_out_of_limits"
    assert refused.value.params == {
        "case": "amount",
        "field": "amount",
        "currency": "PLN",
        **params,
    }
    assert amount in refused.value.message and "PLN" in refused.value.message


@pytest.mark.parametrize("term", [5, 121])
def test_a_term_outside_the_limits_is_refused(term: int) -> None:
    with pytest.raises(RuleViolation) as refused:
        quote("PL-CASH", Decimal("5000.00"), term, "retail", NOW)
    assert refused.value.code == "offer_out_of_limits"
    assert refused.value.params == {
        "case": "term_months",
        "field": "term_months",
        "value": term,
        "min": 6,
        "max": 120,
    }


def test_the_limits_themselves_are_offered() -> None:
    p = PRODUCTS["IT-PREST"]
    for amount, term in ((p.min_amount, p.min_term), (p.max_amount, p.max_term)):
        assert quote(p.code, amount, term, "retail", NOW).amount == amount


def test_an_unknown_product_is_refused() -> None:
    with pytest.raises(RuleViolation) as refused:
        quote("XX-LOAN", Decimal("5000.00"), 12, "retail", NOW)
    assert refused.value.code == "unknown_product"
    assert refused.value.params == {"product": "XX-LOAN"}


@pytest.mark.parametrize("amount", [5000.0, 5000, "5000.00"])
def test_an_amount_must_be_a_decimal(amount: object) -> None:
    with pytest.raises(TypeError):
        quote("PL-CASH", amount, 12, "retail", NOW)  # type: ignore[arg-type]


def test_fractions_of_a_cent_and_odd_terms_are_refused() -> None:
    with pytest.raises(ValueError):
        quote("PL-CASH", Decimal("5000.001"), 12, "retail", NOW)
    with pytest.raises(TypeError):
        quote("PL-CASH", Decimal("5000.00"), 12.0, "retail", NOW)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        quote("PL-CASH", Decimal("5000.00"), True, "retail", NOW)


def test_a_naive_time_is_refused() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        quote("PL-CASH", Decimal("5000.00"), 12, "retail", datetime(2026, 12, 7, 12))


# Determinism, wire form and validity


def test_the_same_request_gives_the_same_offer() -> None:
    first = quote("IT-PREST", Decimal("12345.67"), 48, "business", NOW)
    rome = NOW.astimezone(timezone(timedelta(hours=1)))
    assert quote("IT-PREST", Decimal("12345.67"), 48, "business", rome) == first
    assert first.quoted_at.tzinfo is UTC


@pytest.mark.parametrize("code", sorted(PRODUCTS))
def test_the_wire_form_round_trips(code: str) -> None:
    p = PRODUCTS[code]
    offer = quote(code, p.min_amount, p.min_term, "vip", NOW + timedelta(microseconds=7))
    wire = offer.to_json()
    assert json.loads(json.dumps(wire)) == wire
    back = Offer.from_json(wire)
    assert back == offer
    assert back.to_json() == wire
    assert back.schedule() == offer.schedule()


def test_the_wire_form_holds_text_and_utc_times() -> None:
    wire = quote("PL-CASH", Decimal("20000"), 36, "retail", NOW).to_json()
    assert wire["amount"] == "20000.00"
    assert wire["nominal_rate"] == "12.50"
    assert wire["apr"] == "17.16"
    assert wire["term_months"] == 36
    assert wire["quoted_at"] == "2026-12-07T12:00:00Z"
    assert wire["valid_until"] == "2026-12-21T12:00:00Z"


@pytest.mark.parametrize(
    "change",
    [
        {"amount": 20000},
        {"amount": "12.345"},
        {"apr": "abc"},
        {"term_months": "36"},
        {"quoted_at": "2026-12-07T12:00:00"},
        {"valid_until": "tomorrow"},
    ],
)
def test_a_malformed_wire_form_is_refused(change: dict[str, object]) -> None:
    wire: dict[str, object] = {**quote("PL-CASH", Decimal("20000"), 36, "retail", NOW).to_json()}
    wire.update(change)
    with pytest.raises(ValueError):
        Offer.from_json(wire)
    del wire["product"]
    with pytest.raises(ValueError, match="product"):
        Offer.from_json(wire)


def test_an_offer_holds_until_its_validity_ends() -> None:
    offer = quote("PL-CASH", Decimal("5000.00"), 12, "retail", NOW)
    assert offer.valid_until == NOW + timedelta(days=14)
    assert offer.is_valid_at(NOW)
    assert offer.is_valid_at(offer.valid_until)
    assert not offer.is_valid_at(offer.valid_until + timedelta(microseconds=1))
    check_valid(offer.to_json(), offer.valid_until)
    with pytest.raises(RuleViolation) as refused:
        check_valid(offer.to_json(), offer.valid_until + timedelta(seconds=1))
    assert refused.value.code == "offer_expired"
    assert refused.value.params == {"valid_until": "2026-12-21T12:00:00Z"}
    assert "2026-12-21T12:00:00Z" in refused.value.message


def test_validity_differs_per_product() -> None:
    days = {
        code: quote(code, p.min_amount, p.min_term, "retail", NOW).valid_until - NOW
        for code, p in PRODUCTS.items()
    }
    assert days == {code: timedelta(days=p.validity_days) for code, p in PRODUCTS.items()}
