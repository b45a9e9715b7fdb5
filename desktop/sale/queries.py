"""What the sale work area reads from the replica: the cart priced, stock, open carts,
the receipt of a sale just recorded.

Qt-free; run in the background. A cart is priced by the one pricing engine through
`sync.commands.pricing_source.quote`, with the till's currency and VAT country and the
customer's segment, exactly as `sale.complete` will price it.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from datetime import datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.sale.receipt_data import Receipt, ReceiptLine, ReceiptPayment
from desktop.sale.state import (
    OPEN,
    ZERO,
    CartSummary,
    CartView,
    SaleLine,
    SaleState,
    StockLevel,
    Till,
)
from desktop.shared.refusals import say
from sync.client.device import workplace
from sync.commands.pricing_source import quote
from sync.commands.sales import RETAIL
from sync.model import (
    Cart,
    CartLine,
    Customer,
    Order,
    OrderLine,
    Payment,
    Product,
    StaffUser,
    Stock,
    Store,
    StoreNeighbour,
)
from sync.model.types import utcnow
from sync.rules.errors import RuleViolation
from sync.rules.pricing import CartBreakdown, LineBreakdown


def till(session: Session) -> Till:
    place = workplace(session)
    store = session.get(Store, place.store_id) if place.store_id else None
    if store is None:
        return Till(None, "", "PLN", "PL")
    return Till(store.id, store.name, store.currency, store.country)


def _customer(session: Session, customer_id: uuid.UUID | None) -> Customer | None:
    return session.get(Customer, customer_id) if customer_id is not None else None


def _empty(
    place: Till, customer: Customer | None, cart: Cart | None, problem: str | None = None
) -> CartView:
    return CartView(
        cart_id=cart.id if cart else None,
        customer_id=customer.id if customer else None,
        customer_name=f"{customer.first_name} {customer.last_name}" if customer else "",
        customer_number=customer.number if customer else "",
        segment=customer.segment if customer else RETAIL,
        currency=cart.currency if cart else place.currency,
        till_currency=place.currency,
        status=cart.status if cart else OPEN,
        channel=cart.channel if cart else None,
        lines=(),
        list_total=ZERO,
        discount_total=ZERO,
        tax_total=ZERO,
        total=ZERO,
        problem=problem,
    )


def new_cart_view(session: Session, customer_id: uuid.UUID | None) -> CartView:
    """A sale not started yet: no cart, nothing in it."""
    return _empty(till(session), _customer(session, customer_id), None)


def _grouped(session: Session, cart_id: uuid.UUID) -> dict[uuid.UUID, tuple[list[uuid.UUID], int]]:
    rows = session.scalars(
        select(CartLine).where(CartLine.cart_id == cart_id).order_by(CartLine.added_at, CartLine.id)
    ).all()
    grouped: dict[uuid.UUID, tuple[list[uuid.UUID], int]] = {}
    for row in rows:
        ids, quantity = grouped.get(row.product_id, ([], 0))
        grouped[row.product_id] = ([*ids, row.id], quantity + row.quantity)
    return grouped


def _priced_line(ids: list[uuid.UUID], quantity: int, line: LineBreakdown) -> SaleLine:
    return SaleLine(
        tuple(ids),
        line.product_id,
        line.sku,
        line.name,
        quantity,
        line.unit_list_price,
        line.discount,
        line.promotion_code,
        line.promotion_name,
        line.total,
    )


def _unpriced_lines(
    session: Session, grouped: dict[uuid.UUID, tuple[list[uuid.UUID], int]]
) -> tuple[SaleLine, ...]:
    products = {
        p.id: p
        for p in session.scalars(select(Product).where(Product.id.in_(sorted(grouped)))).all()
    }
    lines = []
    for product_id, (ids, quantity) in grouped.items():
        product = products.get(product_id)
        lines.append(
            SaleLine(
                tuple(ids),
                product_id,
                product.sku if product else "",
                product.name if product else str(product_id),
                quantity,
                None,
                ZERO,
                None,
                None,
                None,
            )
        )
    return tuple(lines)


def load_cart(session: Session, cart_id: uuid.UUID, at: datetime | None = None) -> CartView:
    """The cart with every line priced for its customer's segment at the till now."""
    place = till(session)
    cart = session.get(Cart, cart_id)
    if cart is None:
        raise RuleViolation("not_found", "This cart is not on this till (yet).")
    customer = _customer(session, cart.customer_id)
    grouped = _grouped(session, cart.id)
    view = _empty(place, customer, cart)
    if not grouped:
        return view
    try:
        breakdown: CartBreakdown = quote(
            session,
            place.currency,
            place.country,
            view.segment,
            [(product_id, quantity) for product_id, (_, quantity) in grouped.items()],
            at or utcnow(),
        )
    except RuleViolation as refusal:
        return _with_lines(view, _unpriced_lines(session, grouped), None, say(refusal))
    by_product = {line.product_id: line for line in breakdown.lines}
    lines = tuple(
        _priced_line(ids, quantity, by_product[product_id])
        for product_id, (ids, quantity) in grouped.items()
    )
    return _with_lines(view, lines, breakdown, None)


def _with_lines(
    view: CartView,
    lines: tuple[SaleLine, ...],
    breakdown: CartBreakdown | None,
    problem: str | None,
) -> CartView:
    return CartView(
        cart_id=view.cart_id,
        customer_id=view.customer_id,
        customer_name=view.customer_name,
        customer_number=view.customer_number,
        segment=view.segment,
        currency=view.currency,
        till_currency=view.till_currency,
        status=view.status,
        channel=view.channel,
        lines=lines,
        list_total=breakdown.list_total if breakdown else ZERO,
        discount_total=breakdown.discount_total if breakdown else ZERO,
        tax_total=breakdown.tax_total if breakdown else ZERO,
        total=breakdown.total if breakdown else ZERO,
        problem=problem,
    )


def open_carts(session: Session, customer_id: uuid.UUID) -> list[CartSummary]:
    """The customer's open carts from every channel, the most recently changed first."""
    carts = session.scalars(
        select(Cart).where(Cart.customer_id == customer_id, Cart.status == OPEN)
    ).all()
    if not carts:
        return []
    lines = session.execute(
        select(CartLine.cart_id, CartLine.quantity, CartLine.added_at).where(
            CartLine.cart_id.in_([cart.id for cart in carts])
        )
    ).all()
    units: dict[uuid.UUID, int] = defaultdict(int)
    latest: dict[uuid.UUID, datetime] = {}
    for cart_id, quantity, added_at in lines:
        units[cart_id] += quantity
        latest[cart_id] = max(latest.get(cart_id, added_at), added_at)
    summaries = [
        CartSummary(
            cart.id,
            cart.channel,
            cart.created_at,
            max(cart.created_at, latest.get(cart.id, cart.created_at)),
            units[cart.id],
        )
        for cart in carts
    ]
    return sorted(summaries, key=lambda s: (s.last_change, str(s.cart_id)), reverse=True)


def cart_to_continue(session: Session, customer_id: uuid.UUID) -> uuid.UUID | None:
    """The customer's most recently changed open cart, if any."""
    carts = open_carts(session, customer_id)
    return carts[0].cart_id if carts else None


def stock_levels(session: Session, product_id: uuid.UUID) -> list[StockLevel]:
    """Units on hand of the product here first, then in the neighbouring stores."""
    here = workplace(session).store_id
    if here is None:
        return []
    neighbours = session.scalars(
        select(StoreNeighbour.neighbour_id).where(StoreNeighbour.store_id == here)
    ).all()
    store_ids = [here, *sorted(set(neighbours) - {here})]
    stores = {s.id: s for s in session.scalars(select(Store).where(Store.id.in_(store_ids))).all()}
    on_hand = dict(
        session.execute(
            select(Stock.store_id, Stock.on_hand).where(
                Stock.product_id == product_id, Stock.store_id.in_(store_ids)
            )
        ).all()
    )
    levels = []
    for store_id in store_ids:
        store = stores.get(store_id)
        if store is None:
            continue
        levels.append(
            StockLevel(store_id, store.code, store.name, on_hand.get(store_id, 0), store_id == here)
        )
    return levels


def load_sale(
    session: Session, customer_id: uuid.UUID | None, cart_id: uuid.UUID | None
) -> SaleState:
    """The cart `cart_id` (None, or not opened yet: an empty sale for the customer)."""
    carts = tuple(open_carts(session, customer_id)) if customer_id is not None else ()
    if cart_id is not None and session.get(Cart, cart_id) is not None:
        view = load_cart(session, cart_id)
    else:
        view = new_cart_view(session, customer_id)
    return SaleState(view, carts)


def load_receipt(session: Session, order_id: uuid.UUID, change: Decimal) -> Receipt:
    """The receipt of a completed sale; `change` is the cash given back (not stored)."""
    order = session.get(Order, order_id)
    if order is None:
        raise LookupError(f"order {order_id} is not on this till")
    store = session.get(Store, order.origin_store_id) if order.origin_store_id else None
    staff = session.get(StaffUser, order.staff_id) if order.staff_id else None
    customer = session.get(Customer, order.customer_id) if order.customer_id else None
    lines = session.scalars(
        select(OrderLine).where(OrderLine.order_id == order_id).order_by(OrderLine.position)
    ).all()
    payments = session.scalars(
        select(Payment)
        .where(Payment.order_id == order_id, Payment.kind == "payment")
        .order_by(Payment.created_at, Payment.id)
    ).all()
    return Receipt(
        order_id=order.id,
        number=order.number,
        placed_at=order.placed_at,
        store_name=store.name if store else "",
        store_address=f"{store.address}, {store.city}" if store else "",
        store_country=store.country if store else "",
        cashier=staff.display_name if staff else "",
        customer=(
            f"{customer.first_name} {customer.last_name} ({customer.number})" if customer else ""
        ),
        currency=order.currency,
        lines=tuple(
            ReceiptLine(
                line.sku,
                line.name,
                line.quantity,
                line.unit_list_price,
                line.discount,
                line.promotion_code,
                line.tax_rate,
                line.total,
            )
            for line in lines
        ),
        list_total=order.list_total,
        discount_total=order.discount_total,
        tax_total=order.tax_total,
        total=order.total,
        payments=tuple(ReceiptPayment(p.method, p.amount, p.reference) for p in payments),
        change=change,
    )
