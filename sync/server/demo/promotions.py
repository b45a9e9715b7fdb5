"""The demo promotions, and the pricing engine's view of the seeded catalogue."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy.orm import Session

from sync import model as m
from sync.rules import pricing
from sync.server.demo.catalogue import Catalogue, ProductInfo
from sync.server.demo.common import Clock, Streams, insert_rows, money
from sync.server.demo.org import TAX_RATES

# The one promotion that has ended: last year's Black Friday (2025-11-28 to 2025-12-01
# with the reference 2026-11-23).
BLACK_FRIDAY_BEFORE = timedelta(days=360)
BLACK_FRIDAY_FOR = timedelta(days=3, hours=23, minutes=59, seconds=59)
TAX = {(country, tax_class): Decimal(rate) for country, tax_class, rate in TAX_RATES}


def _promotion(clock: Clock, code: str, name: str, kind: str, **values: Any) -> dict[str, Any]:
    row: dict[str, Any] = {
        "code": code,
        "name": name,
        "kind": kind,
        "percent": None,
        "amount": None,
        "buy_quantity": None,
        "pay_quantity": None,
        "product_id": None,
        "category": None,
        "segment": None,
        "currency": None,
        "min_quantity": 1,
        "starts_at": clock.current_from,
        "ends_at": clock.current_to,
        "updated_at": clock.reference,
    }
    row.update(values)
    return row


def promotion_rows(cat: Catalogue, clock: Clock) -> list[dict[str, Any]]:
    tv, laptop, capsules = cat.first_of("tv"), cat.first_of("laptops"), cat.first_of("food")
    black_friday = clock.day - BLACK_FRIDAY_BEFORE
    last_year = black_friday.year
    return [
        _promotion(
            clock,
            "AUDIO-15",
            "15% off all audio",
            "percent_off",
            percent=Decimal("15"),
            category="audio",
        ),
        _promotion(
            clock,
            "TV-100-PLN",
            f"100 zł taniej: {tv.name}",  # a Polish price list: named in Polish
            "amount_off",
            amount=Decimal("100.00"),
            product_id=tv.id,
            currency="PLN",
        ),
        _promotion(
            clock,
            "LAPTOP-50-EUR",
            f"50 € di sconto: {laptop.name}",  # a euro list: named in Italian
            "amount_off",
            amount=Decimal("50.00"),
            product_id=laptop.id,
            currency="EUR",
        ),
        _promotion(
            clock,
            "CAPSULES-3FOR2",
            f"3 for 2: {capsules.name}",
            "bundle",
            buy_quantity=3,
            pay_quantity=2,
            product_id=capsules.id,
        ),
        _promotion(
            clock,
            "VIP-KITCHEN-10",
            "VIP customers: 10% off kitchen",
            "percent_off",
            percent=Decimal("10"),
            category="kitchen",
            segment="vip",
        ),
        _promotion(
            clock,
            f"BLACK-FRIDAY-{last_year}",
            f"Black Friday {last_year}: 20% off phones",
            "percent_off",
            percent=Decimal("20"),
            category="phones",
            starts_at=black_friday,
            ends_at=black_friday + BLACK_FRIDAY_FOR,
        ),
    ]


def seed_promotions(session: Session, streams: Streams, cat: Catalogue) -> int:
    new_id = streams.ids("promotions")
    cat.promotions = [{"id": new_id(), **row} for row in promotion_rows(cat, streams.clock)]
    return insert_rows(session, m.Promotion.__table__, cat.promotions)


def _engine_promotion(row: dict[str, Any]) -> pricing.Promotion:
    return pricing.Promotion(
        promotion_id=row["id"],
        code=row["code"],
        name=row["name"],
        kind=row["kind"],
        percent=row["percent"],
        amount=row["amount"],
        buy_quantity=row["buy_quantity"],
        pay_quantity=row["pay_quantity"],
        product_id=row["product_id"],
        category=row["category"],
        segment=row["segment"],
        min_quantity=row["min_quantity"],
        starts_at=row["starts_at"],
        ends_at=row["ends_at"],
        currency=row["currency"],
    )


def _entries(clock: Clock, current: int, previous: int | None) -> list[pricing.PriceEntry]:
    if previous is None:
        return [pricing.PriceEntry(money(current), clock.prices_from)]
    return [
        pricing.PriceEntry(money(previous), clock.prices_from, clock.repriced_at),
        pricing.PriceEntry(money(current), clock.repriced_at),
    ]


def price_book(
    cat: Catalogue, products: Iterable[ProductInfo], currency: str, country: str, clock: Clock
) -> pricing.PriceBook:
    """The pricing engine's book for `products`, built from what was just seeded.

    Seeded orders are priced by the one pricing engine (sync.rules.pricing), exactly as
    a till or the web shop would price them from these rows.
    """
    infos, base = {}, {}
    segments: dict[str, dict[uuid.UUID, list[pricing.PriceEntry]]] = {}
    for product in products:
        infos[product.id] = pricing.ProductInfo(
            product.id,
            product.sku,
            product.name,
            product.category,
            TAX[(country, product.tax_class)],
        )
        previous = (product.previous or {}).get(f"BASE-{currency}")
        base[product.id] = _entries(clock, product.prices[f"BASE-{currency}"], previous)
        for segment in ("vip", "business"):
            cents = product.prices.get(f"{segment.upper()}-{currency}")
            if cents is not None:
                segments.setdefault(segment, {})[product.id] = _entries(clock, cents, None)
    promotions = [
        _engine_promotion(row) for row in cat.promotions if row["currency"] in (None, currency)
    ]
    return pricing.PriceBook(
        currency=currency,
        products=infos,
        base_prices=base,
        segment_prices=segments,
        promotions=promotions,
    )
