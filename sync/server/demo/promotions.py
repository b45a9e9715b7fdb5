"""The demo promotions, and the pricing engine's view of the seeded catalogue."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy.orm import Session

from sync import model as m
from sync.rules import pricing
from sync.server.demo.catalogue import REPRICED_AT, Catalogue, ProductInfo
from sync.server.demo.common import PRICES_FROM, REFERENCE, Streams, insert_rows, money
from sync.server.demo.org import TAX_RATES

CURRENT_FROM = datetime(2026, 1, 1, tzinfo=UTC)
CURRENT_TO = datetime(2027, 12, 31, 23, 59, 59, tzinfo=UTC)
TAX = {(country, tax_class): Decimal(rate) for country, tax_class, rate in TAX_RATES}


def _promotion(code: str, name: str, kind: str, **values: Any) -> dict[str, Any]:
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
        "starts_at": CURRENT_FROM,
        "ends_at": CURRENT_TO,
        "updated_at": REFERENCE,
    }
    row.update(values)
    return row


def promotion_rows(cat: Catalogue) -> list[dict[str, Any]]:
    tv, laptop, capsules = cat.first_of("tv"), cat.first_of("laptops"), cat.first_of("food")
    return [
        _promotion(
            "AUDIO-15", "15% off all audio", "percent_off", percent=Decimal("15"), category="audio"
        ),
        _promotion(
            "TV-100-PLN",
            f"100 zł off {tv.name}",
            "amount_off",
            amount=Decimal("100.00"),
            product_id=tv.id,
            currency="PLN",
        ),
        _promotion(
            "LAPTOP-50-EUR",
            f"50 € off {laptop.name}",
            "amount_off",
            amount=Decimal("50.00"),
            product_id=laptop.id,
            currency="EUR",
        ),
        _promotion(
            "CAPSULES-3FOR2",
            f"3 for 2: {capsules.name}",
            "bundle",
            buy_quantity=3,
            pay_quantity=2,
            product_id=capsules.id,
        ),
        _promotion(
            "VIP-KITCHEN-10",
            "VIP customers: 10% off kitchen",
            "percent_off",
            percent=Decimal("10"),
            category="kitchen",
            segment="vip",
        ),
        _promotion(
            "BLACK-FRIDAY-2025",
            "Black Friday 2025: 20% off phones",
            "percent_off",
            percent=Decimal("20"),
            category="phones",
            starts_at=datetime(2025, 11, 28, tzinfo=UTC),
            ends_at=datetime(2025, 12, 1, 23, 59, 59, tzinfo=UTC),
        ),
    ]


def seed_promotions(session: Session, streams: Streams, cat: Catalogue) -> int:
    new_id = streams.ids("promotions")
    cat.promotions = [{"id": new_id(), **row} for row in promotion_rows(cat)]
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


def _entries(current: int, previous: int | None) -> list[pricing.PriceEntry]:
    if previous is None:
        return [pricing.PriceEntry(money(current), PRICES_FROM)]
    return [
        pricing.PriceEntry(money(previous), PRICES_FROM, REPRICED_AT),
        pricing.PriceEntry(money(current), REPRICED_AT),
    ]


def price_book(
    cat: Catalogue, products: Iterable[ProductInfo], currency: str, country: str
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
        base[product.id] = _entries(product.prices[f"BASE-{currency}"], previous)
        for segment in ("vip", "business"):
            cents = product.prices.get(f"{segment.upper()}-{currency}")
            if cents is not None:
                segments.setdefault(segment, {})[product.id] = _entries(cents, None)
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
