"""The price book built from the tables, and the numbers minted offline."""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta
from decimal import Decimal

import pytest

from sync import model as m
from sync.commands import numbering
from sync.commands.pricing_source import load_price_book, quote
from sync.rules.errors import RuleViolation

from .conftest import T0, World


def test_book_holds_only_the_products_asked(world: World) -> None:
    shoe, sock = world.products["shoe"], world.products["sock"]
    book = load_price_book(world.session, "PLN", [shoe], "PL")
    assert set(book.products) == {shoe}
    assert book.products[shoe].tax_rate == Decimal("23")
    assert [e.amount for e in book.base_prices[shoe]] == [Decimal("200.00")]
    assert [e.amount for e in book.segment_prices["vip"][shoe]] == [Decimal("170.00")]
    assert sock not in book.base_prices
    assert book.promotions == []  # the sock promotion does not concern shoes


def test_quote_applies_segment_price_promotion_and_tax(world: World) -> None:
    shoe, sock = world.products["shoe"], world.products["sock"]
    retail = quote(world.session, "PLN", "PL", "retail", [(shoe, 1), (sock, 3)], T0)
    assert retail.total == Decimal("200.00") + Decimal("39.98")
    assert retail.lines[1].promotion_code == "SOCK3X2"
    assert retail.tax_total == sum((line.tax for line in retail.lines), Decimal("0.00"))
    vip = quote(world.session, "PLN", "PL", "vip", [(shoe, 2)], T0)
    assert vip.total == Decimal("340.00")


def test_quote_in_euro_taxes_at_italian_rate(world: World) -> None:
    breakdown = quote(world.session, "EUR", "IT", "retail", [(world.products["shoe"], 1)], T0)
    assert breakdown.currency == "EUR"
    assert breakdown.total == Decimal("50.00")
    assert breakdown.lines[0].tax_rate == Decimal("22")
    assert breakdown.lines[0].tax == Decimal("9.02")


def test_quote_refuses_inactive_unknown_and_unpriced_products(world: World) -> None:
    with pytest.raises(RuleViolation) as refused:
        quote(world.session, "PLN", "PL", "retail", [(world.products["old"], 1)], T0)
    assert refused.value.code == "product_unavailable"
    with pytest.raises(RuleViolation) as refused:
        quote(world.session, "PLN", "PL", "retail", [(uuid.uuid4(), 1)], T0)
    assert refused.value.code == "unknown_product"
    with pytest.raises(RuleViolation) as refused:
        quote(
            world.session,
            "PLN",
            "PL",
            "retail",
            [(world.products["shoe"], 1)],
            T0 - timedelta(days=365),
        )
    assert refused.value.code == "no_price"


def test_numbers_are_derived_from_the_uuid() -> None:
    order_id = uuid.uuid4()
    number = numbering.order_number(order_id)
    assert number == numbering.order_number(order_id)
    assert number.startswith("O-") and len(number) == 12
    assert set(number[2:]) <= set(numbering.CROCKFORD)
    assert numbering.return_number(order_id).startswith("R-")
    assert numbering.application_number(order_id).startswith("A-")
    assert numbering.customer_number(order_id).startswith("C-")
    many = {numbering.order_number(uuid.UUID(int=i)) for i in range(20000)}
    assert len(many) == 20000


def test_a_company_wide_price_stands_in_while_no_country_price_is_valid(world: World) -> None:
    """A country price scheduled for later, or one that has ended, does not stop the
    product selling at the company-wide price meanwhile; while valid, the country's own
    price wins even over a newer company-wide one."""
    session, cap = world.session, uuid.uuid4()
    session.add(m.Product(id=cap, sku="CAP", name="Cap", category="accessories"))
    company = m.PriceList(id=uuid.uuid4(), code="ALL-PLN", name="All", currency="PLN", country=None)
    session.add(company)
    session.flush()
    later = T0 + timedelta(days=30)
    session.add_all(
        [
            m.Price(
                price_list_id=company.id,
                product_id=cap,
                amount=Decimal("10.00"),
                valid_from=T0 - timedelta(days=1),
            ),
            m.Price(
                price_list_id=world.price_lists["PL"],
                product_id=cap,
                amount=Decimal("12.00"),
                valid_from=later,
                valid_to=later + timedelta(days=7),
            ),
            m.Price(
                price_list_id=company.id,
                product_id=cap,
                amount=Decimal("11.00"),
                valid_from=later + timedelta(days=1),
            ),
        ]
    )
    session.flush()

    def price(at: datetime) -> Decimal:
        return quote(session, "PLN", "PL", "retail", [(cap, 1)], at).total

    assert price(T0) == Decimal("10.00")  # before the country's price starts
    assert price(later + timedelta(days=2)) == Decimal("12.00")  # the country's wins
    assert price(later + timedelta(days=8)) == Decimal("11.00")  # after it ended
