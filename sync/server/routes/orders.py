"""Any order, from a device: found by its number or a scan of its QR code.

A store takes back goods from orders placed anywhere: the web shop, another store, a
field rep. Looking an order up links its customer (or the order itself, for a walk-in sale) to the
device's store (or territory),
so from then on the customer and every row hanging off them reach the device through
the change feed and its snapshots; the answer brings their current state at once, as
changes in the feed's own shape.
"""

from __future__ import annotations

import uuid
from typing import Annotated, Any

import orjson
from fastapi import APIRouter, Query
from fastapi.responses import Response
from sqlalchemy import ColumnElement, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from sync import model as m
from sync import wire
from sync.order_codes import order_number_from_scan
from sync.server.contract import device_route
from sync.server.db import Database
from sync.server.deps import DbDep, DeviceDep
from sync.server.errors import ApiError
from sync.server.feed import reader
from sync.server.push_rules import DeviceContext
from sync.server.scopes import ENTITIES, link_customer, link_order, tags_of
from sync.server.tables import CustomerLink, FeedHead, OrderLink

router = APIRouter(prefix="/v1/orders", tags=["orders"])

JSON = "application/json"


def _find(
    db: Database, device: DeviceContext, number: str
) -> tuple[uuid.UUID, uuid.UUID | None, bool]:
    """The order's id, its customer's id, and whether the customer is outside the scope."""
    with db.read() as session:
        order = session.scalars(select(m.Order).where(m.Order.number == number)).first()
        if order is None:
            raise ApiError(
                404,
                "not_found",
                f"There is no order {number}; check the number on the receipt or confirmation.",
            )
        owner: object = (
            session.get(m.Customer, order.customer_id) if order.customer_id is not None else order
        )
        outside = owner is not None and not device.scope.allows(tags_of(session, owner))
        return order.id, order.customer_id, outside


def _link(
    db: Database, device: DeviceContext, order_id: uuid.UUID, customer_id: uuid.UUID | None
) -> None:
    """Link the customer (or a walk-in order) to the device's territory (a field device)
    or store."""
    territory_id = device.territory_id
    store_id = None if territory_id is not None else device.store_id
    if territory_id is None and store_id is None:
        return
    table = CustomerLink if customer_id is not None else OrderLink
    owner = (
        CustomerLink.customer_id == customer_id
        if customer_id is not None
        else OrderLink.order_id == order_id
    )
    served_by = (
        table.territory_id == territory_id
        if territory_id is not None
        else table.store_id == store_id
    )
    try:
        with db.write() as session:
            # After any change being numbered now; before any still to be: see `capture`.
            session.execute(select(FeedHead.seq).where(FeedHead.id == 1).with_for_update())
            if session.scalars(select(table.id).where(owner, served_by)).first() is None:
                if customer_id is not None:
                    link_customer(session, customer_id, store_id, territory_id)
                else:
                    link_order(session, order_id, store_id, territory_id)
    except IntegrityError:
        pass  # another device of the same store linked them at the same moment


def _filters(order_id: uuid.UUID, customer_id: uuid.UUID | None) -> dict[type, ColumnElement[bool]]:
    """Which rows of each table the answer holds: the customer's, or the one order's."""
    if customer_id is None:
        orders = select(m.Order.id).where(m.Order.id == order_id)
        customer: dict[type, ColumnElement[bool]] = {}
    else:
        orders = select(m.Order.id).where(m.Order.customer_id == customer_id)
        carts = select(m.Cart.id).where(m.Cart.customer_id == customer_id)
        customer = {
            m.Customer: m.Customer.id == customer_id,
            m.Interaction: m.Interaction.customer_id == customer_id,
            m.Cart: m.Cart.customer_id == customer_id,
            m.CartLine: m.CartLine.cart_id.in_(carts),
            m.Application: m.Application.customer_id == customer_id,
            m.ApplicationFile: m.ApplicationFile.application_id.in_(
                select(m.Application.id).where(m.Application.customer_id == customer_id)
            ),
        }
    returns = select(m.Return.id).where(m.Return.order_id.in_(orders))
    return customer | {
        m.Order: m.Order.id.in_(orders),
        m.OrderLine: m.OrderLine.order_id.in_(orders),
        m.Return: m.Return.order_id.in_(orders),
        m.Payment: m.Payment.order_id.in_(orders),
        m.ReturnLine: m.ReturnLine.return_id.in_(returns),
    }


def read_bundle(
    session: Session, order_id: uuid.UUID, customer_id: uuid.UUID | None
) -> list[dict[str, Any]]:
    """The rows as upserts in the change feed's shape, parents first.

    Each carries the feed head it was read at as its `seq`: the device's feed brings
    anything later.
    """
    if session.bind is not None and session.bind.dialect.name == "postgresql":
        session.connection(execution_options={"isolation_level": "REPEATABLE READ"})
    head, _ = reader.head_and_floor(session)
    filters = _filters(order_id, customer_id)
    changes: list[dict[str, Any]] = []
    for spec in ENTITIES:  # parents before children
        where = filters.get(spec.model)
        if where is None:
            continue
        table = spec.model.__table__
        for row in session.execute(select(table).where(where).order_by(table.c.id)).mappings():
            data = wire.to_wire(table, row)
            changes.append(
                {"seq": head, "entity": spec.name, "id": data["id"], "op": "upsert", "data": data}
            )
    return changes


@router.get("/lookup", **device_route(404))
def lookup_order(
    device: DeviceDep,
    db: DbDep,
    q: Annotated[
        str,
        Query(
            min_length=1, max_length=200, description="An order number, or the text of its QR code"
        ),
    ],
) -> Response:
    """Find any order by number or scanned QR text, from any channel or store.

    Answer: {"order_id", "customer_id", "changes": [...]}, the changes in the shape of
    `/v1/sync/changes`: the customer with their interactions, carts, applications and
    every order with its lines, payments and returns (a walk-in order: that order and
    its children). A customer outside the device's scope is linked to its store or
    territory first, so the device keeps receiving their changes.
    """
    number = order_number_from_scan(q)
    if number is None:
        raise ApiError(
            400,
            "bad_order_number",
            "That is not an order number (like O-0123456789) or an order's QR code.",
        )
    order_id, customer_id, outside = _find(db, device, number)
    if outside:
        _link(db, device, order_id, customer_id)
    with db.read() as session:
        changes = read_bundle(session, order_id, customer_id)
    body = {
        "order_id": str(order_id),
        "customer_id": str(customer_id) if customer_id is not None else None,
        "changes": changes,
    }
    return Response(orjson.dumps(body), media_type=JSON)
