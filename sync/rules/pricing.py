"""The one pricing engine: list price, best promotion and VAT for each cart line.

Prices are gross (VAT included). The web channel, the central API and a till that has
been offline for a day compute the same breakdown from the same data, whatever order
the rows were loaded in.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any
from uuid import UUID

from sync.rules.errors import RuleViolation
from sync.rules.money import basis_points, format_wire, money, share

MAX_QUANTITY = 9999
ZERO = Decimal("0.00")


def check_aware(value: datetime, what: str) -> None:
    """Refuse a naive datetime (ValueError): every time in the rules carries a zone."""
    if not isinstance(value, datetime):
        raise TypeError(f"{what} must be a datetime, not {type(value).__name__}")
    if value.utcoffset() is None:
        raise ValueError(f"{what} must be timezone-aware")


def _check_amount(value: Decimal, what: str, *, positive: bool = False) -> None:
    if not isinstance(value, Decimal):
        raise TypeError(f"{what} must be a Decimal, not {type(value).__name__}")
    if money(value) < 0 or (positive and value == 0):
        raise ValueError(f"{what} must be {'positive' if positive else 'zero or more'}: {value}")


def _wire_time(value: datetime) -> str:
    return value.astimezone(UTC).isoformat().replace("+00:00", "Z")


@dataclass(frozen=True)
class PriceEntry:
    """A gross unit price valid during [valid_from, valid_to); valid_to None = open."""

    amount: Decimal
    valid_from: datetime
    valid_to: datetime | None = None
    fallback: bool = False
    """A company-wide price standing in for a country's own: used only when none of the
    country's prices for the product is valid at the time."""

    def __post_init__(self) -> None:
        _check_amount(self.amount, "price")
        check_aware(self.valid_from, "valid_from")
        if self.valid_to is not None:
            check_aware(self.valid_to, "valid_to")
            if self.valid_to <= self.valid_from:
                raise ValueError("a price's valid_to must be after its valid_from")

    def valid_at(self, at: datetime) -> bool:
        return self.valid_from <= at and (self.valid_to is None or at < self.valid_to)


@dataclass(frozen=True)
class ProductInfo:
    product_id: UUID
    sku: str
    name: str
    category: str
    tax_rate: Decimal  # percent, e.g. Decimal("23")

    def __post_init__(self) -> None:
        if basis_points(self.tax_rate) < 0:
            raise ValueError(f"tax rate must not be negative: {self.tax_rate}")


class PromotionKind(StrEnum):
    PERCENT_OFF = "percent_off"
    AMOUNT_OFF = "amount_off"  # per unit
    BUNDLE = "bundle"  # buy `buy_quantity`, pay for `pay_quantity`, per complete group


@dataclass(frozen=True)
class Promotion:
    """A time-bound offer on a product, a category or everything, for one or all segments.

    A percent or bundle promotion with a currency only applies in books of that
    currency; an amount-off promotion must name its currency.
    """

    promotion_id: UUID
    code: str
    name: str
    kind: PromotionKind
    percent: Decimal | None
    amount: Decimal | None
    buy_quantity: int | None
    pay_quantity: int | None
    product_id: UUID | None
    category: str | None
    segment: str | None
    min_quantity: int
    starts_at: datetime
    ends_at: datetime | None
    currency: str | None

    def __post_init__(self) -> None:
        object.__setattr__(self, "kind", PromotionKind(self.kind))
        check_aware(self.starts_at, "starts_at")
        if self.ends_at is not None:
            check_aware(self.ends_at, "ends_at")
            if self.ends_at <= self.starts_at:
                raise ValueError(f"promotion {self.code}: ends_at must be after starts_at")
        if isinstance(self.min_quantity, bool) or not isinstance(self.min_quantity, int):
            raise TypeError(f"promotion {self.code}: min_quantity must be an int")
        if self.min_quantity < 1:
            raise ValueError(f"promotion {self.code}: min_quantity must be at least 1")
        if self.kind is PromotionKind.PERCENT_OFF:
            if not isinstance(self.percent, Decimal) or not 0 < basis_points(self.percent) <= 10000:
                raise ValueError(f"promotion {self.code}: percent must be in (0, 100]")
        elif self.kind is PromotionKind.AMOUNT_OFF:
            if self.amount is None:
                raise ValueError(f"promotion {self.code}: an amount off needs an amount")
            _check_amount(self.amount, f"promotion {self.code}: amount", positive=True)
            if not self.currency:
                raise ValueError(f"promotion {self.code}: an amount off needs a currency")
        else:
            buy, pay = self.buy_quantity, self.pay_quantity
            if not (isinstance(buy, int) and isinstance(pay, int) and 1 <= pay < buy):
                raise ValueError(f"promotion {self.code}: a bundle needs 1 <= pay < buy")

    def active_at(self, at: datetime) -> bool:
        return self.starts_at <= at and (self.ends_at is None or at < self.ends_at)

    def covers(self, product: ProductInfo) -> bool:
        """Whether this promotion targets `product` (by id, by category, or everything)."""
        if self.product_id is None and self.category is None:
            return True
        return self.product_id == product.product_id or (
            self.category is not None and self.category == product.category
        )

    def applies(
        self, product: ProductInfo, segment: str, currency: str, quantity: int, at: datetime
    ) -> bool:
        return (
            self.covers(product)
            and (self.segment is None or self.segment == segment)
            and (self.currency is None or self.currency == currency)
            and self.min_quantity <= quantity
            and self.active_at(at)
        )

    def discount(self, unit_price: Decimal, quantity: int) -> Decimal:
        """The discount on `quantity` units at `unit_price`, never above their total."""
        list_total = unit_price * quantity
        off = ZERO
        if self.kind is PromotionKind.PERCENT_OFF and self.percent is not None:
            off = share(list_total, basis_points(self.percent), 10000)
        elif self.kind is PromotionKind.AMOUNT_OFF and self.amount is not None:
            off = self.amount * quantity
        elif self.buy_quantity and self.pay_quantity:
            free_units = quantity // self.buy_quantity * (self.buy_quantity - self.pay_quantity)
            off = unit_price * free_units
        return min(off, list_total)


@dataclass(frozen=True)
class PriceBook:
    """Everything needed to price in one currency: products, price lists, promotions."""

    currency: str
    products: Mapping[UUID, ProductInfo]
    base_prices: Mapping[UUID, Sequence[PriceEntry]]
    segment_prices: Mapping[str, Mapping[UUID, Sequence[PriceEntry]]]
    promotions: Sequence[Promotion]


@dataclass(frozen=True)
class LineBreakdown:
    product_id: UUID
    sku: str
    name: str
    quantity: int
    unit_list_price: Decimal
    list_total: Decimal
    discount: Decimal
    promotion_code: str | None
    promotion_name: str | None
    total: Decimal
    net: Decimal
    tax_rate: Decimal
    tax: Decimal

    def to_wire(self) -> dict[str, Any]:
        return {
            "product_id": str(self.product_id),
            "sku": self.sku,
            "name": self.name,
            "quantity": self.quantity,
            "unit_list_price": format_wire(self.unit_list_price),
            "list_total": format_wire(self.list_total),
            "discount": format_wire(self.discount),
            "promotion_code": self.promotion_code,
            "promotion_name": self.promotion_name,
            "total": format_wire(self.total),
            "net": format_wire(self.net),
            "tax_rate": f"{self.tax_rate:.2f}",
            "tax": format_wire(self.tax),
        }


@dataclass(frozen=True)
class CartBreakdown:
    currency: str
    segment: str
    priced_at: datetime
    lines: tuple[LineBreakdown, ...]
    list_total: Decimal
    discount_total: Decimal
    net_total: Decimal
    tax_total: Decimal
    total: Decimal

    def to_wire(self) -> dict[str, Any]:
        return {
            "currency": self.currency,
            "segment": self.segment,
            "priced_at": _wire_time(self.priced_at),
            "lines": [line.to_wire() for line in self.lines],
            "list_total": format_wire(self.list_total),
            "discount_total": format_wire(self.discount_total),
            "net_total": format_wire(self.net_total),
            "tax_total": format_wire(self.tax_total),
            "total": format_wire(self.total),
        }


def _product(book: PriceBook, product_id: UUID) -> ProductInfo:
    product = book.products.get(product_id)
    if product is None:
        raise RuleViolation(
            "unknown_product",
            f"Product {product_id} is not in the catalogue.",
            {"product": product_id},
        )
    return product


def _check_quantity(quantity: int, what: str) -> None:
    if (
        isinstance(quantity, bool)
        or not isinstance(quantity, int)
        or not (1 <= quantity <= MAX_QUANTITY)
    ):
        raise RuleViolation(
            "invalid_quantity",
            f"The quantity of {what} must be a whole number from 1 to {MAX_QUANTITY}, "
            f"not {quantity!r}.",
            {"case": "price", "what": what, "max": MAX_QUANTITY, "quantity": repr(quantity)},
        )


def _latest_valid(entries: Sequence[PriceEntry], at: datetime) -> PriceEntry | None:
    valid = [entry for entry in entries if entry.valid_at(at)]
    if any(not entry.fallback for entry in valid):
        valid = [entry for entry in valid if not entry.fallback]
    # The latest start wins; equal starts (bad data) resolve to the lower price.
    return max(valid, key=lambda entry: (entry.valid_from, -entry.amount), default=None)


def unit_price(book: PriceBook, product_id: UUID, segment: str, at: datetime) -> Decimal:
    """The gross unit list price: the segment's list if it has one valid at `at`, else base."""
    check_aware(at, "at")
    product = _product(book, product_id)
    entry = _latest_valid(book.segment_prices.get(segment, {}).get(product_id, ()), at)
    if entry is None:
        entry = _latest_valid(book.base_prices.get(product_id, ()), at)
    if entry is None:
        when = at.astimezone(UTC).strftime("%Y-%m-%d %H:%M")
        raise RuleViolation(
            "no_price",
            f"{product.name} ({product.sku}) has no {book.currency} price valid at "
            f"{when} UTC, so it cannot be sold.",
            {"name": product.name, "sku": product.sku, "currency": book.currency, "at": when},
        )
    return money(entry.amount)


def best_promotion(
    book: PriceBook, product: ProductInfo, segment: str, quantity: int, price: Decimal, at: datetime
) -> tuple[Promotion, Decimal] | None:
    """The promotion giving the largest discount (ties: lowest code), with that discount."""
    offers = [
        (promotion, promotion.discount(price, quantity))
        for promotion in book.promotions
        if promotion.applies(product, segment, book.currency, quantity, at)
    ]
    offers = [(promotion, off) for promotion, off in offers if off > 0]
    if not offers:
        return None
    return min(offers, key=lambda offer: (-offer[1], offer[0].code, str(offer[0].promotion_id)))


def extract_tax(total: Decimal, rate: Decimal) -> Decimal:
    """The VAT contained in a gross `total` at `rate` percent, rounded half up."""
    points = basis_points(rate)
    return share(total, points, 10000 + points)


def price_line(
    book: PriceBook, product_id: UUID, segment: str, quantity: int, at: datetime
) -> LineBreakdown:
    """The breakdown of `quantity` units of one product for `segment` at `at`."""
    check_aware(at, "at")
    product = _product(book, product_id)
    _check_quantity(quantity, _describe(book, product_id))
    price = unit_price(book, product_id, segment, at)
    list_total = price * quantity
    best = best_promotion(book, product, segment, quantity, price, at)
    promotion, discount = best if best is not None else (None, ZERO)
    total = list_total - discount
    tax = extract_tax(total, product.tax_rate)
    return LineBreakdown(
        product_id=product_id,
        sku=product.sku,
        name=product.name,
        quantity=quantity,
        unit_list_price=price,
        list_total=list_total,
        discount=money(discount),
        promotion_code=promotion.code if promotion else None,
        promotion_name=promotion.name if promotion else None,
        total=money(total),
        net=money(total - tax),
        tax_rate=product.tax_rate,
        tax=tax,
    )


def _describe(book: PriceBook, product_id: UUID) -> str:
    product = book.products.get(product_id)
    return f"{product.name} ({product.sku})" if product else f"product {product_id}"


def merge_lines(book: PriceBook, lines: Sequence[tuple[UUID, int]]) -> list[tuple[UUID, int]]:
    """Lines for the same product merged (quantities summed), in first-seen order."""
    merged: dict[UUID, int] = {}
    for product_id, quantity in lines:
        _check_quantity(quantity, _describe(book, product_id))
        merged[product_id] = merged.get(product_id, 0) + quantity
    return list(merged.items())


def price_cart(
    book: PriceBook, lines: Sequence[tuple[UUID, int]], segment: str, at: datetime
) -> CartBreakdown:
    """The breakdown of a whole cart; its totals are exact sums of the line figures."""
    check_aware(at, "at")
    priced = tuple(
        price_line(book, product_id, segment, quantity, at)
        for product_id, quantity in merge_lines(book, lines)
    )
    return CartBreakdown(
        currency=book.currency,
        segment=segment,
        priced_at=at.astimezone(UTC),
        lines=priced,
        list_total=sum((line.list_total for line in priced), ZERO),
        discount_total=sum((line.discount for line in priced), ZERO),
        net_total=sum((line.net for line in priced), ZERO),
        tax_total=sum((line.tax for line in priced), ZERO),
        total=sum((line.total for line in priced), ZERO),
    )
