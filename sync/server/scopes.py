"""Which devices may see and change which rows.

One definition serves three uses, so they cannot drift apart: the tags written with
each change in the feed, the filter applied to a first-sync snapshot, and the check a
pushed mutation passes before it may touch a row.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import ColumnElement, and_, false, or_, select, true
from sqlalchemy.orm import Session

from sync import model as m

ALL = "all"


def store_tag(store_id: uuid.UUID | None) -> set[str]:
    return {f"store:{store_id}"} if store_id else set()


def territory_tag(territory_id: uuid.UUID | None) -> set[str]:
    return {f"territory:{territory_id}"} if territory_id else set()


@dataclass(frozen=True)
class DeviceScope:
    """What one device serves: its store or territory, and the stock it may see."""

    store_ids: frozenset[uuid.UUID]
    territory_ids: frozenset[uuid.UUID]
    stock_store_ids: frozenset[uuid.UUID]

    @property
    def tags(self) -> frozenset[str]:
        tags = {ALL}
        tags |= {f"store:{s}" for s in self.store_ids}
        tags |= {f"territory:{t}" for t in self.territory_ids}
        tags |= {f"stock:{s}" for s in self.stock_store_ids}
        return frozenset(tags)

    def allows(self, tags: set[str]) -> bool:
        return bool(tags & self.tags)


def scope_for(session: Session, store_id: uuid.UUID | None, territory_id: uuid.UUID | None
              ) -> DeviceScope:
    """The scope of a device bound to a store, or to a field territory."""
    home = store_id
    if territory_id is not None:
        territory = session.get(m.Territory, territory_id)
        home = territory.store_id if territory else None
    stock = {home} if home else set()
    if home is not None:
        stock |= set(
            session.scalars(
                select(m.StoreNeighbour.neighbour_id).where(m.StoreNeighbour.store_id == home)
            )
        )
    return DeviceScope(
        store_ids=frozenset({store_id} if store_id else set()),
        territory_ids=frozenset({territory_id} if territory_id else set()),
        stock_store_ids=frozenset(stock),
    )


# --- tags of a row -----------------------------------------------------------------

TagFn = Callable[[Session, object], set[str]]


def _customer_tags(session: Session, customer_id: uuid.UUID | None) -> set[str]:
    if customer_id is None:
        return set()
    customer = session.get(m.Customer, customer_id)
    if customer is None:
        return set()
    return store_tag(customer.home_store_id) | territory_tag(customer.territory_id)


def _customer(session: Session, row: m.Customer) -> set[str]:
    return store_tag(row.home_store_id) | territory_tag(row.territory_id)


def _by_customer(session: Session, row: m.Interaction) -> set[str]:
    return _customer_tags(session, row.customer_id)


def _cart(session: Session, row: m.Cart) -> set[str]:
    return _customer_tags(session, row.customer_id) | store_tag(row.store_id)


def _cart_line(session: Session, row: m.CartLine) -> set[str]:
    cart = session.get(m.Cart, row.cart_id)
    return _cart(session, cart) if cart else set()


def _order(session: Session, row: m.Order) -> set[str]:
    return (
        _customer_tags(session, row.customer_id)
        | store_tag(row.pickup_store_id)
        | store_tag(row.origin_store_id)
    )


def _by_order(session: Session, row: m.OrderLine | m.Payment) -> set[str]:
    order = session.get(m.Order, row.order_id)
    return _order(session, order) if order else set()


def _return(session: Session, row: m.Return) -> set[str]:
    order = session.get(m.Order, row.order_id)
    return (_order(session, order) if order else set()) | store_tag(row.store_id)


def _return_line(session: Session, row: m.ReturnLine) -> set[str]:
    ret = session.get(m.Return, row.return_id)
    return _return(session, ret) if ret else set()


def _application(session: Session, row: m.Application) -> set[str]:
    return _customer_tags(session, row.customer_id) | store_tag(row.branch_store_id)


def _stock(session: Session, row: m.Stock) -> set[str]:
    return {f"stock:{row.store_id}"}


def _staff(session: Session, row: m.StaffUser) -> set[str]:
    return store_tag(row.store_id) | territory_tag(row.territory_id)


def _everyone(session: Session, row: object) -> set[str]:
    return {ALL}


# --- snapshot filters ----------------------------------------------------------------

FilterFn = Callable[[DeviceScope], ColumnElement[bool]]


def _in(column: ColumnElement, ids: frozenset[uuid.UUID]) -> ColumnElement[bool]:
    return column.in_(sorted(ids)) if ids else false()


def customers_filter(scope: DeviceScope) -> ColumnElement[bool]:
    return or_(
        _in(m.Customer.home_store_id, scope.store_ids),
        _in(m.Customer.territory_id, scope.territory_ids),
    )


def _customer_ids(scope: DeviceScope):
    return select(m.Customer.id).where(customers_filter(scope))


def carts_filter(scope: DeviceScope) -> ColumnElement[bool]:
    return or_(m.Cart.customer_id.in_(_customer_ids(scope)), _in(m.Cart.store_id, scope.store_ids))


def orders_filter(scope: DeviceScope) -> ColumnElement[bool]:
    return or_(
        m.Order.customer_id.in_(_customer_ids(scope)),
        _in(m.Order.pickup_store_id, scope.store_ids),
        _in(m.Order.origin_store_id, scope.store_ids),
    )


def _order_ids(scope: DeviceScope):
    return select(m.Order.id).where(orders_filter(scope))


def returns_filter(scope: DeviceScope) -> ColumnElement[bool]:
    return or_(m.Return.order_id.in_(_order_ids(scope)), _in(m.Return.store_id, scope.store_ids))


PartsFn = Callable[[DeviceScope], list[ColumnElement[bool]]]


@dataclass(frozen=True)
class EntitySpec:
    """How one synced table is scoped.

    `parts`, when given, splits the snapshot filter into disjoint filters that an index
    serves in id order (one store at a time), so a large table is paged through with
    range scans instead of sorting every in-scope row for every page.
    """

    model: type[m.Base]
    tags: TagFn
    snapshot_filter: FilterFn
    parts: PartsFn | None = None

    @property
    def name(self) -> str:
        return self.model.__tablename__

    def snapshot_parts(self, scope: DeviceScope) -> list[ColumnElement[bool]]:
        return self.parts(scope) if self.parts else [self.snapshot_filter(scope)]


def _no_filter(scope: DeviceScope) -> ColumnElement[bool]:
    return true()


def _stock_parts(scope: DeviceScope) -> list[ColumnElement[bool]]:
    return [m.Stock.store_id == store for store in sorted(scope.stock_store_ids)]


def _customer_parts(scope: DeviceScope) -> list[ColumnElement[bool]]:
    """By home store, then by territory (leaving out those already sent by store)."""
    parts: list[ColumnElement[bool]] = [
        m.Customer.home_store_id == store for store in sorted(scope.store_ids)
    ]
    not_sent = or_(m.Customer.home_store_id.is_(None),
                   m.Customer.home_store_id.not_in(sorted(scope.store_ids)))
    for territory in sorted(scope.territory_ids):
        part = m.Customer.territory_id == territory
        parts.append(and_(part, not_sent) if scope.store_ids else part)
    return parts


# Parents before children, so a replica can apply a snapshot in this order.
ENTITIES: tuple[EntitySpec, ...] = (
    EntitySpec(m.Store, _everyone, _no_filter),
    EntitySpec(m.StoreNeighbour, _everyone, _no_filter),
    EntitySpec(m.Territory, _everyone, _no_filter),
    EntitySpec(
        m.StaffUser,
        _staff,
        lambda s: or_(_in(m.StaffUser.store_id, s.store_ids),
                      _in(m.StaffUser.territory_id, s.territory_ids)),
    ),
    EntitySpec(m.TaxRate, _everyone, _no_filter),
    EntitySpec(m.Product, _everyone, _no_filter),
    EntitySpec(m.Barcode, _everyone, _no_filter),
    EntitySpec(m.PriceList, _everyone, _no_filter),
    EntitySpec(m.Price, _everyone, _no_filter),
    EntitySpec(m.Promotion, _everyone, _no_filter),
    EntitySpec(m.Stock, _stock, lambda s: _in(m.Stock.store_id, s.stock_store_ids),
               _stock_parts),
    EntitySpec(m.Customer, _customer, customers_filter, _customer_parts),
    EntitySpec(
        m.Interaction, _by_customer,
        lambda s: m.Interaction.customer_id.in_(_customer_ids(s)),
    ),
    EntitySpec(m.Cart, _cart, carts_filter),
    EntitySpec(
        m.CartLine, _cart_line,
        lambda s: m.CartLine.cart_id.in_(select(m.Cart.id).where(carts_filter(s))),
    ),
    EntitySpec(m.Order, _order, orders_filter),
    EntitySpec(m.OrderLine, _by_order, lambda s: m.OrderLine.order_id.in_(_order_ids(s))),
    EntitySpec(m.Return, _return, returns_filter),
    EntitySpec(m.Payment, _by_order, lambda s: m.Payment.order_id.in_(_order_ids(s))),
    EntitySpec(
        m.ReturnLine, _return_line,
        lambda s: m.ReturnLine.return_id.in_(select(m.Return.id).where(returns_filter(s))),
    ),
    EntitySpec(
        m.Application, _application,
        lambda s: or_(m.Application.customer_id.in_(_customer_ids(s)),
                      _in(m.Application.branch_store_id, s.store_ids)),
    ),
)

BY_NAME: dict[str, EntitySpec] = {spec.name: spec for spec in ENTITIES}
BY_MODEL: dict[type, EntitySpec] = {spec.model: spec for spec in ENTITIES}


def tags_of(session: Session, row: object) -> set[str]:
    """The scope tags of a synced row in its current state."""
    return BY_MODEL[type(row)].tags(session, row)
