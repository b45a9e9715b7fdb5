"""An electronics-and-home catalogue: products, barcodes, price lists, prices, stock."""

from __future__ import annotations

import hashlib
import math
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.orm import Session

from sync import model as m
from sync.server.demo.common import (
    Draw,
    Streams,
    Weighted,
    ean13,
    insert_rows,
    money,
)
from sync.server.demo.names import IT_SURNAMES, PL_SURNAMES
from sync.server.demo.org import Org


@dataclass(frozen=True)
class Kind:
    """A type of product and its price range in whole PLN."""

    label: str
    low: int
    high: int


@dataclass(frozen=True)
class Category:
    name: str
    tax_class: str
    brands: tuple[str, ...]
    kinds: tuple[Kind, ...]


CATEGORIES = (
    Category(
        "tv",
        "standard",
        ("Lumio", "Vistara", "Nordvik", "Kameo"),
        (
            Kind('QLED TV 55"', 2299, 4499),
            Kind('LED TV 43"', 1199, 1999),
            Kind('Smart TV 50"', 1599, 2799),
            Kind('OLED TV 65"', 4999, 9999),
            Kind('Mini-LED TV 75"', 5999, 11999),
        ),
    ),
    Category(
        "audio",
        "standard",
        ("Soniq", "Basso", "Tonal", "Echolab"),
        (
            Kind("HDMI cable 2 m", 19, 59),
            Kind("Bluetooth speaker", 129, 899),
            Kind("Soundbar 3.1", 699, 2999),
            Kind("Wireless earbuds", 149, 1199),
            Kind("Over-ear headphones", 199, 1799),
            Kind("Turntable", 599, 2499),
        ),
    ),
    Category(
        "phones",
        "standard",
        ("Orbit", "Pixo", "Celo", "Nova"),
        (
            Kind("Smartphone 128 GB", 699, 2499),
            Kind("Smartphone 256 GB", 1499, 5999),
            Kind("Phone case", 29, 149),
            Kind("USB-C charger 30 W", 49, 149),
            Kind("Smartwatch", 399, 1999),
        ),
    ),
    Category(
        "laptops",
        "standard",
        ("Kestrel", "Arcbook", "Nordvik", "Pixo"),
        (
            Kind('Laptop 14" 16 GB', 2999, 5999),
            Kind('Laptop 16" 32 GB', 4999, 9999),
            Kind('Chromebook 14"', 1299, 2199),
            Kind('Laptop sleeve 15"', 59, 199),
            Kind("Wireless mouse", 39, 299),
        ),
    ),
    Category(
        "kitchen",
        "standard",
        ("Cucina Viva", "Kuchnia+", "Brava", "Ferro"),
        (
            Kind("Electric kettle", 79, 399),
            Kind("Toaster", 99, 499),
            Kind("Espresso machine", 899, 4999),
            Kind("Blender", 149, 899),
            Kind("Frying pan 28 cm", 69, 399),
            Kind("Knife set", 129, 999),
        ),
    ),
    Category(
        "small-appliances",
        "standard",
        ("Domo", "Zefiro", "Nordvik", "Luma"),
        (
            Kind("Vacuum cleaner", 399, 2499),
            Kind("Robot vacuum", 899, 3999),
            Kind("Hair dryer", 99, 599),
            Kind("Steam iron", 129, 699),
            Kind("Air purifier", 499, 2499),
            Kind("Electric toothbrush", 99, 799),
        ),
    ),
    Category(
        "books",
        "reduced",
        (),
        (
            Kind("paperback", 24, 59),
            Kind("hardcover", 39, 129),
            Kind("cookbook", 49, 149),
            Kind("travel guide", 39, 89),
        ),
    ),
    Category(
        "food",
        "reduced",
        ("Caffè Brava", "Torrefazione Sole", "Słodki Kąt", "Herbaciarnia", "Oliveto"),
        (
            Kind("Coffee capsules 10 pcs", 14, 29),
            Kind("Espresso beans 1 kg", 59, 129),
            Kind("Ground coffee 250 g", 19, 39),
            Kind("Dark chocolate 100 g", 6, 15),
            Kind("Green tea 20 bags", 9, 25),
            Kind("Extra virgin olive oil 500 ml", 29, 69),
        ),
    ),
)
# After one product of each category, categories come in these proportions.
CATEGORY_MIX = Weighted(CATEGORIES, (8, 12, 12, 10, 16, 14, 16, 12))
SERIES = ("Aurora", "Vivid", "Neo", "Pro", "Air", "Max", "Lite", "Prime", "Nova", "One")
TITLE_A = (
    "Silent",
    "Northern",
    "Last",
    "Hidden",
    "Golden",
    "Distant",
    "Winter",
    "Long",
    "Little",
    "Forgotten",
)
AUTHORS = PL_SURNAMES + IT_SURNAMES
TITLE_B = (
    "Harbour",
    "Summer",
    "Orchard",
    "Letters",
    "Road",
    "Light",
    "River",
    "Garden",
    "Kitchen",
    "Journey",
)

PLN_PER_100_EUR = 430  # 1 EUR = 4.30 PLN, near enough for a demo
VIP_PERCENT, VIP_SHARE = 90, 0.30  # VIP pays ~10 % less on 30 % of the catalogue
BUSINESS_PERCENT, BUSINESS_SHARE = 93, 0.40
REPRICED_SHARE = 0.03  # products whose base price changed this year: a price history

PRICE_LISTS = (  # code, name, currency, segment
    ("BASE-PLN", "Cennik podstawowy PLN", "PLN", None),
    ("BASE-EUR", "Listino base EUR", "EUR", None),
    ("VIP-PLN", "Cennik VIP PLN", "PLN", "vip"),
    ("VIP-EUR", "Listino VIP EUR", "EUR", "vip"),
    ("BUSINESS-PLN", "Cennik firmowy PLN", "PLN", "business"),
    ("BUSINESS-EUR", "Listino aziende EUR", "EUR", "business"),
)


@dataclass(slots=True)
class ProductInfo:
    id: uuid.UUID
    sku: str
    name: str
    category: str
    tax_class: str
    prices: dict[str, int]  # current price per list code, in minor units
    # For a product repriced this year: its base prices until Clock.repriced_at.
    previous: dict[str, int] | None = None


@dataclass
class Catalogue:
    products: list[ProductInfo] = field(default_factory=list)
    price_lists: dict[str, uuid.UUID] = field(default_factory=dict)
    promotions: list[dict[str, Any]] = field(default_factory=list)
    # Per store code, products with only a few units left ("running out").
    low_stock: dict[str, list[int]] = field(default_factory=dict)
    counts: dict[str, int] = field(default_factory=dict)

    def first_of(self, category: str) -> ProductInfo:
        return next(p for p in self.products if p.category == category)


def price_point(target: int, draw: Draw) -> int:
    """A shop price at or below `target` minor units: 2999.00, 129.99, 149.49, 8.99."""
    units = target // 100
    if units >= 1000:
        units, ending = units // 50 * 50 - 1, draw.pick((0, 99))
    elif units >= 100:
        units, ending = units // 10 * 10 - 1, draw.pick((99, 49, 90))
    else:
        ending = draw.pick((99, 49, 29))
    cents = units * 100 + ending
    while cents > target and cents >= 100:
        cents -= 100
    return cents if cents <= target else max(target, 1)


def _product(index: int, draw: Draw) -> tuple[str, str, Category, Kind]:
    """(sku, name, category, kind) of the index-th product (from 0)."""
    if index < len(CATEGORIES):
        category, kind = CATEGORIES[index], CATEGORIES[index].kinds[0]
    else:
        category = CATEGORY_MIX.draw(draw)
        kind = draw.pick(category.kinds)
    if category.name == "books":
        name = (
            f"The {draw.pick(TITLE_A)} {draw.pick(TITLE_B)} — "
            f"{draw.pick('ABCDEGJKLMPRS')}. {draw.pick(AUTHORS)} ({kind.label})"
        )
    elif category.name == "food":
        name = f"{draw.pick(category.brands)} {kind.label}"
    else:
        code = f"{draw.pick('ABCKMQSTVX')}{draw.between(100, 999)}"
        name = f"{draw.pick(category.brands)} {kind.label} {draw.pick(SERIES)} {code}"
    return f"SKU-{index + 1:06d}", name, category, kind


def _base_price(kind: Kind, draw: Draw) -> int:
    """A log-uniform PLN price within the kind's range, as a shop price point."""
    low, high = math.log(kind.low), math.log(kind.high + 1)
    pln = math.exp(low + (high - low) * draw.random())
    return max(price_point(int(pln * 100), draw), kind.low * 100 - 1)


def _prices(base_pln: int, draw: Draw) -> dict[str, int]:
    """Current prices in minor units per price list (integer arithmetic only)."""
    prices = {
        "BASE-PLN": base_pln,
        "BASE-EUR": price_point(base_pln * 100 // PLN_PER_100_EUR, draw),
    }
    for segment, percent, share in (
        ("VIP", VIP_PERCENT, VIP_SHARE),
        ("BUSINESS", BUSINESS_PERCENT, BUSINESS_SHARE),
    ):
        if draw.chance(share):
            for currency in ("PLN", "EUR"):
                base = prices[f"BASE-{currency}"]
                prices[f"{segment}-{currency}"] = price_point(base * percent // 100, draw)
    return prices


def _previous(prices: dict[str, int], draw: Draw) -> dict[str, int]:
    """Last year's base prices of a product that got cheaper this year."""
    return {
        code: price_point(cents * 112 // 100, draw) + 100
        for code, cents in prices.items()
        if code.startswith("BASE-")
    }


def _products(streams: Streams, count: int) -> list[ProductInfo]:
    draw, new_id = Draw(streams.rng("products")), streams.ids("products")
    products = []
    for index in range(count):
        sku, name, category, kind = _product(index, draw)
        prices = _prices(_base_price(kind, draw), draw)
        previous = _previous(prices, draw) if draw.chance(REPRICED_SHARE) else None
        products.append(
            ProductInfo(new_id(), sku, name, category.name, category.tax_class, prices, previous)
        )
    return products


def seed_catalogue(session: Session, streams: Streams, org: Org, count: int) -> Catalogue:
    cat = Catalogue(products=_products(streams, count))
    cat.counts["products"] = insert_rows(
        session,
        m.Product.__table__,
        (
            {
                "id": p.id,
                "updated_at": streams.clock.reference,
                "sku": p.sku,
                "name": p.name,
                "category": p.category,
                "tax_class": p.tax_class,
                "active": True,
            }
            for p in cat.products
        ),
    )
    cat.counts["barcodes"] = insert_rows(
        session, m.Barcode.__table__, _barcodes(streams, cat.products)
    )
    new_id = streams.ids("price-lists")
    for code, name, currency, segment in PRICE_LISTS:
        cat.price_lists[code] = new_id()
        insert_rows(
            session,
            m.PriceList.__table__,
            [
                {
                    "id": cat.price_lists[code],
                    "updated_at": streams.clock.reference,
                    "code": code,
                    "name": name,
                    "currency": currency,
                    "segment": segment,
                    "country": org.price_list_country(currency),
                }
            ],
        )
    cat.counts["prices"] = insert_rows(session, m.Price.__table__, _price_rows(streams, cat))
    cat.counts["stock"] = insert_rows(session, m.Stock.__table__, _stock(streams, org, cat))
    return cat


def _barcodes(streams: Streams, products: list[ProductInfo]) -> Iterator[dict[str, Any]]:
    """An EAN-13 per product (GS1 Poland 590), a second (GS1 Italy 80x) for some."""
    draw, new_id = Draw(streams.rng("barcodes")), streams.ids("barcodes")
    for number, product in enumerate(products, start=1):
        yield {
            "id": new_id(),
            "updated_at": streams.clock.reference,
            "code": ean13(f"590{number:09d}"),
            "product_id": product.id,
        }
        if draw.chance(0.15):
            yield {
                "id": new_id(),
                "updated_at": streams.clock.reference,
                "code": ean13(f"80{draw.between(0, 3)}{number:09d}"),
                "product_id": product.id,
            }


def _by_id(products: list[ProductInfo]) -> list[tuple[int, ProductInfo]]:
    """(index, product) in id order: rows inserted in the order of their unique keys
    mostly append to SQLite's indexes instead of splitting pages all over them."""
    return sorted(enumerate(products), key=lambda pair: pair[1].id.int)


def _price_rows(streams: Streams, cat: Catalogue) -> Iterator[dict[str, Any]]:
    """Current prices from 2025 on; for repriced products last year's base price too."""
    new_id = streams.ids("prices")
    prices_from, repriced_at = streams.clock.prices_from, streams.clock.repriced_at
    in_id_order = _by_id(cat.products)
    for code, list_id in cat.price_lists.items():
        for _, product in in_id_order:
            cents = product.prices.get(code)
            if cents is None:
                continue
            previous = (product.previous or {}).get(code)
            if previous is not None:
                yield {
                    "id": new_id(),
                    "updated_at": streams.clock.reference,
                    "price_list_id": list_id,
                    "product_id": product.id,
                    "amount": money(previous),
                    "valid_from": prices_from,
                    "valid_to": repriced_at,
                }
            yield {
                "id": new_id(),
                "updated_at": streams.clock.reference,
                "price_list_id": list_id,
                "product_id": product.id,
                "amount": money(cents),
                "valid_from": repriced_at if previous is not None else prices_from,
                "valid_to": None,
            }


def _on_hand(draw: Draw, base_pln: int, branch: bool) -> int:
    roll = draw.random()
    if roll < 0.06:
        return 0
    if roll < 0.16 or branch:  # running out; a branch keeps only a display model or two
        return draw.between(1, 3)
    if base_pln < 200_00:
        return draw.between(4, 60)
    return draw.between(4, 25 if base_pln < 2000_00 else 9)


def stock_ids(store_id: uuid.UUID, names: list[bytes]) -> Iterator[uuid.UUID]:
    """sync.commands.catalogue.stock_id for many products of one store, quicker.

    It is uuid.uuid5(store_id, f"stock:{product_id}") with the store's bytes and the
    encoded names computed once instead of once per row.
    """
    prefix = store_id.bytes
    for name in names:
        yield uuid.UUID(bytes=hashlib.sha1(prefix + name).digest()[:16], version=5)


def _stock(streams: Streams, org: Org, cat: Catalogue) -> Iterator[dict[str, Any]]:
    """Every product in every shop and branch; some sold out, some running out.

    Ids are the ones stock_id gives, as on every device.
    """
    draw = Draw(streams.rng("stock"))
    products = _by_id(cat.products)
    names = [f"stock:{product.id}".encode() for _, product in products]
    for store in org.selling():
        branch = store.spec.kind == "branch"
        low = cat.low_stock.setdefault(store.code, []) if not branch else []
        for (index, product), row_id in zip(products, stock_ids(store.id, names), strict=True):
            on_hand = _on_hand(draw, product.prices["BASE-PLN"], branch)
            if 1 <= on_hand <= 3 and not branch and len(low) < 40:
                low.append(index)
            yield {
                "id": row_id,
                "updated_at": streams.clock.reference,
                "store_id": store.id,
                "product_id": product.id,
                "on_hand": on_hand,
            }
