"""Builds the pricing engine's PriceBook from the tables, for just the products asked.

The API's price-quote endpoint and every selling command price through `quote`, so
the web channel and an offline till compute the same figures from the same rows.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import datetime
from decimal import Decimal
from typing import Annotated
from uuid import UUID

from pydantic import AfterValidator
from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from sync import model as m
from sync.commands.base import Amount
from sync.rules import pricing
from sync.rules.errors import RuleViolation
from sync.rules.money import money

MAX_AMOUNT = Decimal("1000000000.00")


def _exact(value: Decimal) -> Decimal:
    amount = money(value)  # ValueError (-> invalid_arguments) past two decimals
    if abs(amount) > MAX_AMOUNT:
        raise ValueError(f"amount too large: {value}")
    return amount


# An amount in a command's arguments: a string or integer, exact to the cent.
Money = Annotated[Amount, AfterValidator(_exact)]


def _products(
    session: Session, product_ids: set[UUID], country: str
) -> dict[UUID, pricing.ProductInfo]:
    rows = session.scalars(
        select(m.Product).where(m.Product.id.in_(sorted(product_ids)), m.Product.active)
    ).all()
    rates = dict(
        session.execute(
            select(m.TaxRate.tax_class, m.TaxRate.rate).where(m.TaxRate.country == country)
        ).all()
    )
    products: dict[UUID, pricing.ProductInfo] = {}
    for row in rows:
        rate = rates.get(row.tax_class)
        if rate is None:
            raise RuleViolation(
                "no_tax_rate",
                f"{row.name} ({row.sku}) cannot be sold: there is no {country} VAT rate "
                f"for its tax class {row.tax_class}.",
                {"name": row.name, "sku": row.sku, "country": country, "tax_class": row.tax_class},
            )
        products[row.id] = pricing.ProductInfo(row.id, row.sku, row.name, row.category, rate)
    return products


def _prices(
    session: Session, currency: str, product_ids: set[UUID], country: str
) -> tuple[dict[UUID, list[pricing.PriceEntry]], dict[str, dict[UUID, list[pricing.PriceEntry]]]]:
    """Prices from the country's own lists and the company-wide ones in `currency`; where
    the country's list prices a product (in a segment, or the base), the company-wide
    prices only stand in at times none of the country's is valid (`PriceEntry.fallback`)."""
    rows = session.execute(
        select(
            m.PriceList.segment,
            m.PriceList.country,
            m.Price.product_id,
            m.Price.amount,
            m.Price.valid_from,
            m.Price.valid_to,
        )
        .join(m.PriceList, m.Price.price_list_id == m.PriceList.id)
        .where(
            m.PriceList.currency == currency,
            or_(m.PriceList.country.is_(None), m.PriceList.country == country),
            m.Price.product_id.in_(sorted(product_ids)),
        )
    ).all()
    own = {
        (segment, product_id)
        for segment, list_country, product_id, *_ in rows
        if list_country is not None
    }
    base: dict[UUID, list[pricing.PriceEntry]] = defaultdict(list)
    by_segment: dict[str, dict[UUID, list[pricing.PriceEntry]]] = defaultdict(
        lambda: defaultdict(list)
    )
    for segment, list_country, product_id, amount, valid_from, valid_to in rows:
        fallback = list_country is None and (segment, product_id) in own
        entry = pricing.PriceEntry(amount, valid_from, valid_to, fallback)
        if segment is None:
            base[product_id].append(entry)
        else:
            by_segment[segment][product_id].append(entry)
    return dict(base), {segment: dict(entries) for segment, entries in by_segment.items()}


def _promotions(
    session: Session, currency: str, products: dict[UUID, pricing.ProductInfo]
) -> list[pricing.Promotion]:
    categories = sorted({p.category for p in products.values()})
    rows = session.scalars(
        select(m.Promotion).where(
            or_(m.Promotion.currency.is_(None), m.Promotion.currency == currency),
            or_(
                m.Promotion.product_id.in_(sorted(products)),
                m.Promotion.category.in_(categories),
                m.Promotion.product_id.is_(None) & m.Promotion.category.is_(None),
            ),
        )
    ).all()
    return [
        pricing.Promotion(
            promotion_id=row.id,
            code=row.code,
            name=row.name,
            kind=pricing.PromotionKind(row.kind),
            percent=row.percent,
            amount=row.amount,
            buy_quantity=row.buy_quantity,
            pay_quantity=row.pay_quantity,
            product_id=row.product_id,
            category=row.category,
            segment=row.segment,
            min_quantity=row.min_quantity,
            starts_at=row.starts_at,
            ends_at=row.ends_at,
            currency=row.currency,
        )
        for row in rows
    ]


def load_price_book(
    session: Session, currency: str, product_ids: Iterable[UUID], country: str
) -> pricing.PriceBook:
    """The price book of `product_ids` in `currency`, taxed at `country`'s VAT rates.

    Inactive products are left out, so the engine refuses to sell them.
    """
    wanted = set(product_ids)
    try:
        products = _products(session, wanted, country)
        base, segments = _prices(session, currency, set(products), country)
        promotions = _promotions(session, currency, products)
    except (TypeError, ValueError) as error:
        # Bad catalogue data must not crash a till or the API: refuse, explained.
        raise RuleViolation(
            "bad_price_data",
            f"The price data is inconsistent ({error}); ask a manager to correct the price lists.",
            {"error": str(error)},
        ) from None
    return pricing.PriceBook(
        currency=currency,
        products=products,
        base_prices=base,
        segment_prices=segments,
        promotions=promotions,
    )


def quote(
    session: Session,
    currency: str,
    country: str,
    segment: str,
    lines: Sequence[tuple[UUID, int]],
    at: datetime,
) -> pricing.CartBreakdown:
    """The price breakdown of `lines` ((product_id, quantity)) for `segment` at `at`."""
    if not lines:
        raise RuleViolation(
            "empty_cart", "There is nothing to price: add at least one product.", {"case": "price"}
        )
    book = load_price_book(session, currency, (product_id for product_id, _ in lines), country)
    for product_id, _ in lines:
        if product_id not in book.products:
            row = session.get(m.Product, product_id)
            if row is not None:
                raise RuleViolation(
                    "product_unavailable",
                    f"{row.name} ({row.sku}) is no longer sold.",
                    {"name": row.name, "sku": row.sku},
                )
    return pricing.price_cart(book, lines, segment, at)
