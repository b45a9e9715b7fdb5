"""Credit products: lookup, limits and the Polish and Italian caps they are built under."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from decimal import Decimal

import pytest

from sync.rules.credit_products import (
    IT_MAX_TAEG,
    KINDS,
    PL_MAX_NOMINAL_RATE,
    PRODUCTS,
    CreditProduct,
    default_product,
    pl_max_non_interest_cost,
    product,
    products_for,
)
from sync.rules.errors import RuleViolation
from sync.rules.offers import quote

NOW = datetime(2026, 12, 7, 12, 0, tzinfo=UTC)
SEGMENTS = ("retail", "vip", "business")


def test_products_are_found_by_code() -> None:
    assert product("PL-CASH").name == "Cash loan"
    assert product("IT-PREST").currency == "EUR"
    assert set(PRODUCTS) == {"PL-CASH", "PL-INST", "IT-PREST", "IT-RATE"}


@pytest.mark.parametrize("code", ["PL-NOPE", "", "pl-cash"])
def test_an_unknown_product_is_refused(code: str) -> None:
    with pytest.raises(RuleViolation) as refused:
        product(code)
    assert refused.value.code == "unknown_product"
    assert refused.value.params == {"product": code}


def test_products_for_a_country_and_kind() -> None:
    assert [p.code for p in products_for("PL")] == ["PL-CASH", "PL-INST"]
    assert [p.code for p in products_for("IT", "order")] == ["IT-RATE"]
    assert products_for("DE") == []


def test_default_products() -> None:
    assert default_product("PL", "loan") == PRODUCTS["PL-CASH"]
    assert default_product("PL", "order") == PRODUCTS["PL-INST"]
    assert default_product("IT", "loan") == PRODUCTS["IT-PREST"]
    assert default_product("IT", "order") == PRODUCTS["IT-RATE"]
    assert default_product("DE", "loan") is None


def test_the_product_table() -> None:
    limits = {
        code: (p.kind, p.country, p.currency, p.min_amount, p.max_amount, p.min_term, p.max_term)
        for code, p in PRODUCTS.items()
    }
    assert limits == {
        "PL-CASH": ("loan", "PL", "PLN", Decimal("1000"), Decimal("150000"), 6, 120),
        "PL-INST": ("order", "PL", "PLN", Decimal("300"), Decimal("30000"), 3, 48),
        "IT-PREST": ("loan", "IT", "EUR", Decimal("1000"), Decimal("60000"), 12, 120),
        "IT-RATE": ("order", "IT", "EUR", Decimal("200"), Decimal("15000"), 3, 36),
    }


@pytest.mark.parametrize("code", sorted(PRODUCTS))
def test_every_product_has_a_rate_for_each_segment_an_id_check_and_consents(code: str) -> None:
    p = PRODUCTS[code]
    assert p.kind in KINDS
    assert set(p.rates) == set(SEGMENTS)
    assert p.rate_for("someone-else") == p.default_rate
    assert ("id_card", "Identity card") in p.documents
    assert {"credit_check", "data_processing"} <= set(p.consents)
    assert p.validity_days >= 1


def test_rates_cannot_be_changed_in_place() -> None:
    with pytest.raises(TypeError):
        PRODUCTS["PL-CASH"].rates["retail"] = Decimal("1")  # type: ignore[index]


def test_polish_rates_stay_under_the_maximum_interest() -> None:
    assert Decimal("15.00") == PL_MAX_NOMINAL_RATE
    for p in products_for("PL"):
        assert max(*p.rates.values(), p.default_rate) <= PL_MAX_NOMINAL_RATE
    with pytest.raises(ValueError, match="Polish maximum"):
        replace(PRODUCTS["PL-CASH"], default_rate=PL_MAX_NOMINAL_RATE + Decimal("0.01"))


def test_the_polish_non_interest_cap() -> None:
    assert pl_max_non_interest_cost(Decimal("1000.00"), 12) == Decimal("200.00")
    assert pl_max_non_interest_cost(Decimal("1000.00"), 3) == Decimal("125.00")
    assert pl_max_non_interest_cost(Decimal("1000.00"), 120) == Decimal("450.00")


@pytest.mark.parametrize("code", ["PL-CASH", "PL-INST"])
def test_polish_fees_stay_under_the_non_interest_cap(code: str) -> None:
    p = PRODUCTS[code]
    for amount in (p.min_amount, p.max_amount):
        for term in (p.min_term, p.max_term):
            offer = quote(code, amount, term, "retail", NOW)
            assert offer.total_fees <= pl_max_non_interest_cost(amount, term)


@pytest.mark.parametrize("code", ["IT-PREST", "IT-RATE"])
def test_italian_taeg_stays_under_the_ceiling(code: str) -> None:
    p = PRODUCTS[code]
    for amount in (p.min_amount, p.max_amount):
        for term in (p.min_term, p.max_term):
            for segment in (*SEGMENTS, "other"):
                assert quote(code, amount, term, segment, NOW).apr <= IT_MAX_TAEG


def _cash(**changes: object) -> CreditProduct:
    return replace(PRODUCTS["PL-CASH"], **changes)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "changes",
    [
        {"kind": "mortgage"},
        {"min_amount": Decimal("0.00")},
        {"max_amount": Decimal("999.99")},
        {"min_term": 0},
        {"max_term": 5},
        {"default_rate": Decimal("-1")},
        {"arrangement_fee_pct": Decimal("1.005")},
        {"monthly_fee": Decimal("-0.01")},
        {"validity_days": 0},
    ],
)
def test_a_malformed_product_is_refused(changes: dict[str, object]) -> None:
    with pytest.raises(ValueError):
        _cash(**changes)


def test_a_term_must_be_whole_months() -> None:
    with pytest.raises(TypeError):
        _cash(max_term=12.0)
