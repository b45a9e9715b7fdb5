"""What the sale page shows, as plain data: the till, the cart priced line by line, the
customer's open carts, the stock of a product. Qt-free; read by `queries`, shown by the
page's widgets."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

ZERO = Decimal("0.00")
OPEN = "open"


@dataclass(frozen=True)
class Till:
    """Where this device sells: the store whose currency and VAT price the sale."""

    store_id: uuid.UUID | None
    store_name: str
    currency: str
    country: str


@dataclass(frozen=True)
class SaleLine:
    """One product in the cart with its price from the engine (None when unpriced)."""

    line_ids: tuple[uuid.UUID, ...]  # the cart lines holding this product, first first
    product_id: uuid.UUID
    sku: str
    name: str
    quantity: int
    unit_price: Decimal | None
    discount: Decimal
    promotion_code: str | None
    promotion_name: str | None
    total: Decimal | None

    @property
    def line_id(self) -> uuid.UUID:
        return self.line_ids[0]


@dataclass(frozen=True)
class CartView:
    """The cart at the till: server state plus this device's pending changes."""

    cart_id: uuid.UUID | None
    customer_id: uuid.UUID | None
    customer_name: str
    customer_number: str
    segment: str
    currency: str  # the cart's
    till_currency: str  # what this till sells in: a cart in another cannot be paid here
    status: str
    channel: str | None  # where the cart was started
    lines: tuple[SaleLine, ...]
    list_total: Decimal
    discount_total: Decimal
    tax_total: Decimal
    total: Decimal
    problem: str | None = None  # why the cart cannot be priced or sold as it is

    @property
    def is_open(self) -> bool:
        return self.status == OPEN

    @property
    def foreign_currency(self) -> bool:
        return self.currency != self.till_currency

    @property
    def units(self) -> int:
        return sum(line.quantity for line in self.lines)

    def line_of(self, product_id: uuid.UUID) -> SaleLine | None:
        return next((line for line in self.lines if line.product_id == product_id), None)


@dataclass(frozen=True)
class CartSummary:
    """An open cart of a customer, for choosing which one to continue."""

    cart_id: uuid.UUID
    channel: str
    created_at: datetime
    last_change: datetime
    units: int


@dataclass(frozen=True)
class StockLevel:
    store_id: uuid.UUID
    store_code: str
    store_name: str
    on_hand: int
    here: bool


@dataclass(frozen=True)
class SaleState:
    """What the sale page shows: the cart, and the customer's open carts to switch to."""

    view: CartView
    open_carts: tuple[CartSummary, ...]


@dataclass
class Serving:
    """Whose sale the page serves, which cart, which product's line is highlighted.

    Changed on the GUI thread only; `cart_id` may be minted before the cart is opened
    (by the first change made to it)."""

    customer_id: uuid.UUID | None = None
    cart_id: uuid.UUID | None = None
    selected: uuid.UUID | None = None

    def serve(self, customer_id: uuid.UUID | None, cart_id: uuid.UUID | None) -> None:
        self.customer_id, self.cart_id, self.selected = customer_id, cart_id, None

    def cart_for_change(self) -> tuple[uuid.UUID, uuid.UUID | None]:
        """(cart, customer) a change goes to; asked when the change's turn comes."""
        if self.cart_id is None:
            self.cart_id = uuid.uuid4()  # opened by the first change
        return self.cart_id, self.customer_id
