"""Which devices may see and change which rows.

One definition serves three uses, so they cannot drift apart: the tags written with
each change in the feed, the filter applied to a first-sync snapshot, and the check a
pushed mutation passes before it may touch a row.

A customer belongs to their home store or territory, and to every store or territory
linked to them since (one that looked up and served an order of theirs): every row
hanging off the customer is tagged for those too.

A contact centre serves every customer of its country by phone: a customer, and every
row hanging off them, carries their country's tag (`country:PL`), which only a
contact-centre device's scope holds; it sees no stock. Store and territory devices'
filters are the same as without contact centres.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from sqlalchemy import (
    ColumnElement,
    CompoundSelect,
    Select,
    SQLColumnExpression,
    and_,
    false,
    or_,
    select,
    true,
    union,
)
from sqlalchemy.orm import Session

from sync import model as m
from sync.model.org import StoreKind
from sync.model.types import utcnow
from sync.server.tables import CustomerLink, OrderLink

ALL = "all"


def store_tag(store_id: uuid.UUID | None) -> set[str]:
    return {f"store:{store_id}"} if store_id else set()


def territory_tag(territory_id: uuid.UUID | None) -> set[str]:
    return {f"territory:{territory_id}"} if territory_id else set()


def country_tag(country: str | None) -> set[str]:
    return {f"country:{country}"} if country else set()


@dataclass(frozen=True)
class DeviceScope:
    """What one device serves: its store or territory, the stock it may see, and the
    countries whose customers it serves by phone (a contact centre's)."""

    store_ids: frozenset[uuid.UUID]
    territory_ids: frozenset[uuid.UUID]
    stock_store_ids: frozenset[uuid.UUID]
    countries: frozenset[str] = frozenset()

    @property
    def tags(self) -> frozenset[str]:
        tags = {ALL}
        tags |= {f"store:{s}" for s in self.store_ids}
        tags |= {f"territory:{t}" for t in self.territory_ids}
        tags |= {f"stock:{s}" for s in self.stock_store_ids}
        tags |= {f"country:{c}" for c in self.countries}
        return frozenset(tags)

    def allows(self, tags: set[str]) -> bool:
        return bool(tags & self.tags)


Place = tuple[uuid.UUID | None, uuid.UUID | None]
"""(store id, territory id) a device is bound to."""


def scopes_for(session: Session, places: Iterable[Place]) -> dict[Place, DeviceScope]:
    """The scopes of devices bound to these stores or field territories, read together."""
    places = set(places)
    territories = {t for _, t in places if t is not None}
    home_of: dict[uuid.UUID, uuid.UUID] = {}
    if territories:
        columns = m.Territory.__table__.c
        home_of = dict(
            session.connection()
            .execute(select(columns.id, columns.store_id).where(columns.id.in_(territories)))
            .all()
        )
    homes = {territory: home_of.get(territory) for territory in territories}
    home_ids = {h for h in homes.values() if h} | {s for s, t in places if t is None and s}
    neighbours: dict[uuid.UUID, set[uuid.UUID]] = {home: {home} for home in home_ids}
    phone_country: dict[uuid.UUID, str] = {}  # contact centres: the country they serve
    if home_ids:
        stores, links = m.Store.__table__, m.StoreNeighbour.__table__
        for store_id, kind, country, neighbour_id in session.connection().execute(
            select(stores.c.id, stores.c.kind, stores.c.country, links.c.neighbour_id)
            .outerjoin(links, links.c.store_id == stores.c.id)
            .where(stores.c.id.in_(home_ids))
        ):
            if neighbour_id is not None:
                neighbours[store_id].add(neighbour_id)
            if kind == StoreKind.CONTACT_CENTRE.value:
                phone_country[store_id] = country
    scopes = {}
    for store_id, territory_id in places:
        home = homes.get(territory_id) if territory_id is not None else store_id
        country = phone_country.get(home) if territory_id is None and home else None
        scopes[(store_id, territory_id)] = DeviceScope(
            store_ids=frozenset({store_id} if store_id else set()),
            territory_ids=frozenset({territory_id} if territory_id else set()),
            stock_store_ids=frozenset(
                neighbours.get(home, set()) if home and country is None else set()
            ),
            countries=frozenset({country} if country else set()),
        )
    return scopes


def scope_for(
    session: Session, store_id: uuid.UUID | None, territory_id: uuid.UUID | None
) -> DeviceScope:
    """The scope of a device bound to a store, or to a field territory."""
    return scopes_for(session, [(store_id, territory_id)])[(store_id, territory_id)]


# --- tags of a row -----------------------------------------------------------------

Model = TypeVar("Model", bound=m.Base)
TagFn = Callable[[Session, Model], set[str]]


_LINKS = "scope_links"

Link = CustomerLink | OrderLink


def _link_cache(session: Session) -> dict[tuple[str, uuid.UUID], set[str]]:
    """Link tags per customer or order, kept for the session's current transaction."""
    transaction = session.get_transaction()
    if transaction is None:
        return {}
    cached = session.info.get(_LINKS)
    if cached is None or cached[0] is not transaction:
        cached = (transaction, {})
        session.info[_LINKS] = cached
    return cached[1]


def forget_links(session: Session) -> None:
    """Read the links again from now on (the feed does, once it holds the feed head)."""
    session.info.pop(_LINKS, None)


def _owner(table: type[Link]) -> Any:
    return CustomerLink.customer_id if table is CustomerLink else OrderLink.order_id


def _linked_tags(session: Session, table: type[Link], owner_id: uuid.UUID | None) -> set[str]:
    """The stores and territories linked to a customer or an order: one query per
    transaction."""
    if owner_id is None:
        return set()
    cache = _link_cache(session)
    key = (table.__tablename__, owner_id)
    tags = cache.get(key)
    if tags is None:
        tags = set()
        for store_id, territory_id in session.execute(
            select(table.store_id, table.territory_id).where(_owner(table) == owner_id)
        ):
            tags |= store_tag(store_id) | territory_tag(territory_id)
        cache[key] = tags
    return set(tags)


def prefetch_links(session: Session, rows: Iterable[object]) -> None:
    """Read the links of every customer these rows hang off in one query, so tagging
    them costs one round trip, not one a customer."""
    cache = _link_cache(session)
    wanted = set()
    for row in rows:
        owner = row.id if isinstance(row, m.Customer) else getattr(row, "customer_id", None)
        if isinstance(owner, uuid.UUID) and ("customer_links", owner) not in cache:
            wanted.add(owner)
    if not wanted:
        return
    found: dict[uuid.UUID, set[str]] = {owner: set() for owner in wanted}
    links = CustomerLink.__table__.c
    for owner, store_id, territory_id in session.connection().execute(
        select(links.customer_id, links.store_id, links.territory_id).where(
            links.customer_id.in_(sorted(wanted))
        )
    ):
        found[owner] |= store_tag(store_id) | territory_tag(territory_id)
    for owner, tags in found.items():
        cache[("customer_links", owner)] = tags


def _link(
    session: Session,
    table: type[Link],
    owner_id: uuid.UUID,
    store_id: uuid.UUID | None,
    territory_id: uuid.UUID | None,
) -> Link:
    if (store_id is None) == (territory_id is None):
        raise ValueError("a link is to a store or to a territory")
    link = table(store_id=store_id, territory_id=territory_id)
    setattr(link, _owner(table).key, owner_id)
    session.add(link)
    _link_cache(session).pop((table.__tablename__, owner_id), None)
    return link


def link_customer(
    session: Session,
    customer_id: uuid.UUID,
    store_id: uuid.UUID | None,
    territory_id: uuid.UUID | None,
) -> Link:
    """Link a customer to a store or a territory (not both): its devices keep them."""
    return _link(session, CustomerLink, customer_id, store_id, territory_id)


def link_order(
    session: Session,
    order_id: uuid.UUID,
    store_id: uuid.UUID | None,
    territory_id: uuid.UUID | None,
) -> Link:
    """Link an order of no known customer to a store or a territory (not both)."""
    return _link(session, OrderLink, order_id, store_id, territory_id)


def link_applicants(session: Session) -> None:
    """A customer who applies at a branch becomes that branch's customer too.

    Called before each flush on the central API: a new application handled at a branch
    links its customer to the branch (once), and the customer's row is sent again, so
    the branch's devices hold the applicant and every event of the application that
    follows, whichever channel started it.
    """
    new = [row for row in session.new if isinstance(row, m.Application) and row.branch_store_id]
    if not new:
        return
    with session.no_autoflush:
        for app in new:
            customer = session.get(m.Customer, app.customer_id)
            if customer is None or customer.home_store_id == app.branch_store_id:
                continue
            linked = session.scalars(
                select(CustomerLink.id).where(
                    CustomerLink.customer_id == app.customer_id,
                    CustomerLink.store_id == app.branch_store_id,
                )
            ).first()
            pending = any(
                isinstance(row, CustomerLink)
                and row.customer_id == app.customer_id
                and row.store_id == app.branch_store_id
                for row in session.new
            )
            if linked is None and not pending:
                link_customer(session, app.customer_id, app.branch_store_id, None)
                customer.updated_at = utcnow()


def _customer_tags(session: Session, customer_id: uuid.UUID | None) -> set[str]:
    if customer_id is None:
        return set()
    customer = session.get(m.Customer, customer_id)
    if customer is None:
        return set()
    return _customer(session, customer)


def _customer(session: Session, row: m.Customer) -> set[str]:
    return (
        store_tag(row.home_store_id)
        | territory_tag(row.territory_id)
        | country_tag(row.country)
        | _linked_tags(session, CustomerLink, row.id)
    )


def _by_customer(session: Session, row: m.Interaction) -> set[str]:
    return _customer_tags(session, row.customer_id)


def _cart(session: Session, row: m.Cart) -> set[str]:
    return _customer_tags(session, row.customer_id) | store_tag(row.store_id)


def _cart_line(session: Session, row: m.CartLine) -> set[str]:
    cart = session.get(m.Cart, row.cart_id)
    return _cart(session, cart) if cart else set()


def _order(session: Session, row: m.Order) -> set[str]:
    tags = (
        _customer_tags(session, row.customer_id)
        | store_tag(row.pickup_store_id)
        | store_tag(row.origin_store_id)
    )
    if row.customer_id is None:  # a walk-in order: linked on its own
        tags |= _linked_tags(session, OrderLink, row.id)
    return tags


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


def _application_file(session: Session, row: m.ApplicationFile) -> set[str]:
    app = session.get(m.Application, row.application_id)
    return _application(session, app) if app else set()


def _stock(session: Session, row: m.Stock) -> set[str]:
    return {f"stock:{row.store_id}"}


def _staff(session: Session, row: m.StaffUser) -> set[str]:
    return store_tag(row.store_id) | territory_tag(row.territory_id)


def _everyone(session: Session, row: object) -> set[str]:
    return {ALL}


# --- snapshot filters ----------------------------------------------------------------

FilterFn = Callable[[DeviceScope], ColumnElement[bool]]


def _in(column: SQLColumnExpression[Any], ids: frozenset[uuid.UUID]) -> ColumnElement[bool]:
    return column.in_(sorted(ids)) if ids else false()


def _linked_customer_ids(scope: DeviceScope) -> Select[uuid.UUID]:
    return select(CustomerLink.customer_id).where(
        or_(
            _in(CustomerLink.store_id, scope.store_ids),
            _in(CustomerLink.territory_id, scope.territory_ids),
        )
    )


def _customer_ids(scope: DeviceScope) -> CompoundSelect[uuid.UUID]:
    """Home customers and linked ones: a union, so each side is served by an index (and,
    for a contact centre only, its countries' customers)."""
    home = select(m.Customer.id).where(
        or_(
            _in(m.Customer.home_store_id, scope.store_ids),
            _in(m.Customer.territory_id, scope.territory_ids),
        )
    )
    sides = [home.correlate(None), _linked_customer_ids(scope).correlate(None)]
    if scope.countries:
        by_phone = select(m.Customer.id).where(_in_countries(scope))
        sides.append(by_phone.correlate(None))
    return union(*sides)


def _in_countries(scope: DeviceScope) -> ColumnElement[bool]:
    return m.Customer.country.in_(sorted(scope.countries))


def customers_filter(scope: DeviceScope) -> ColumnElement[bool]:
    return m.Customer.id.in_(_customer_ids(scope))


def carts_filter(scope: DeviceScope) -> ColumnElement[bool]:
    return or_(m.Cart.customer_id.in_(_customer_ids(scope)), _in(m.Cart.store_id, scope.store_ids))


def _linked_order_ids(scope: DeviceScope) -> Select[uuid.UUID]:
    return select(OrderLink.order_id).where(
        or_(
            _in(OrderLink.store_id, scope.store_ids),
            _in(OrderLink.territory_id, scope.territory_ids),
        )
    )


def orders_filter(scope: DeviceScope) -> ColumnElement[bool]:
    return or_(
        m.Order.customer_id.in_(_customer_ids(scope)),
        _in(m.Order.pickup_store_id, scope.store_ids),
        _in(m.Order.origin_store_id, scope.store_ids),
        m.Order.id.in_(_linked_order_ids(scope)),
    )


def _order_ids(scope: DeviceScope) -> Select[uuid.UUID]:
    return select(m.Order.id).where(orders_filter(scope))


def returns_filter(scope: DeviceScope) -> ColumnElement[bool]:
    return or_(m.Return.order_id.in_(_order_ids(scope)), _in(m.Return.store_id, scope.store_ids))


PartsFn = Callable[[DeviceScope], list[ColumnElement[bool]]]


@dataclass(frozen=True)
class EntitySpec(Generic[Model]):
    """How one synced table is scoped.

    `parts`, when given, splits the snapshot filter into disjoint filters that an index
    serves in id order (one store at a time), so a large table is paged through with
    range scans instead of sorting every in-scope row for every page.
    """

    model: type[Model]
    tags: TagFn[Model]
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


def _not_in(column: SQLColumnExpression[Any], ids: frozenset[uuid.UUID]) -> ColumnElement[bool]:
    return or_(column.is_(None), column.not_in(sorted(ids))) if ids else true()


def _customer_parts(scope: DeviceScope) -> list[ColumnElement[bool]]:
    """By home store, then by territory, then linked customers (each leaving out those
    an earlier part sent); a contact centre's countries first."""
    if scope.countries:
        others = _customer_parts(
            DeviceScope(scope.store_ids, scope.territory_ids, scope.stock_store_ids)
        )
        return [m.Customer.country == country for country in sorted(scope.countries)] + [
            and_(part, m.Customer.country.not_in(sorted(scope.countries))) for part in others
        ]
    parts: list[ColumnElement[bool]] = [
        m.Customer.home_store_id == store for store in sorted(scope.store_ids)
    ]
    not_sent = _not_in(m.Customer.home_store_id, scope.store_ids)
    for territory in sorted(scope.territory_ids):
        part = m.Customer.territory_id == territory
        parts.append(and_(part, not_sent) if scope.store_ids else part)
    parts.append(
        and_(
            m.Customer.id.in_(_linked_customer_ids(scope)),
            not_sent,
            _not_in(m.Customer.territory_id, scope.territory_ids),
        )
    )
    return parts


def applications_filter(scope: DeviceScope) -> ColumnElement[bool]:
    """A device's applications: its customers', and those handled at its branch."""
    return or_(
        m.Application.customer_id.in_(_customer_ids(scope)),
        _in(m.Application.branch_store_id, scope.store_ids),
    )


# Parents before children, so a replica can apply a snapshot in this order.
ENTITIES: tuple[EntitySpec[Any], ...] = (
    EntitySpec(m.Store, _everyone, _no_filter),
    EntitySpec(m.StoreNeighbour, _everyone, _no_filter),
    EntitySpec(m.Territory, _everyone, _no_filter),
    EntitySpec(
        m.StaffUser,
        _staff,
        lambda s: or_(
            _in(m.StaffUser.store_id, s.store_ids), _in(m.StaffUser.territory_id, s.territory_ids)
        ),
    ),
    EntitySpec(m.TaxRate, _everyone, _no_filter),
    EntitySpec(m.Product, _everyone, _no_filter),
    EntitySpec(m.Barcode, _everyone, _no_filter),
    EntitySpec(m.PriceList, _everyone, _no_filter),
    EntitySpec(m.Price, _everyone, _no_filter),
    EntitySpec(m.Promotion, _everyone, _no_filter),
    EntitySpec(m.Stock, _stock, lambda s: _in(m.Stock.store_id, s.stock_store_ids), _stock_parts),
    EntitySpec(m.Customer, _customer, customers_filter, _customer_parts),
    EntitySpec(
        m.Interaction,
        _by_customer,
        lambda s: m.Interaction.customer_id.in_(_customer_ids(s)),
    ),
    EntitySpec(m.Cart, _cart, carts_filter),
    EntitySpec(
        m.CartLine,
        _cart_line,
        lambda s: m.CartLine.cart_id.in_(select(m.Cart.id).where(carts_filter(s))),
    ),
    EntitySpec(m.Order, _order, orders_filter),
    EntitySpec(m.OrderLine, _by_order, lambda s: m.OrderLine.order_id.in_(_order_ids(s))),
    EntitySpec(m.Return, _return, returns_filter),
    EntitySpec(m.Payment, _by_order, lambda s: m.Payment.order_id.in_(_order_ids(s))),
    EntitySpec(
        m.ReturnLine,
        _return_line,
        lambda s: m.ReturnLine.return_id.in_(select(m.Return.id).where(returns_filter(s))),
    ),
    EntitySpec(
        m.Application,
        _application,
        applications_filter,
    ),
    EntitySpec(
        m.ApplicationFile,
        _application_file,
        lambda s: m.ApplicationFile.application_id.in_(
            select(m.Application.id).where(applications_filter(s))
        ),
    ),
)

BY_NAME: dict[str, EntitySpec[Any]] = {spec.name: spec for spec in ENTITIES}
BY_MODEL: dict[type, EntitySpec[Any]] = {spec.model: spec for spec in ENTITIES}


def tags_of(session: Session, row: object) -> set[str]:
    """The scope tags of a synced row in its current state."""
    return BY_MODEL[type(row)].tags(session, row)
