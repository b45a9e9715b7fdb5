"""What the customers work area reads from the replica: a customer's 360 and timeline.

Qt-free; run inside a query op (`desktop.services.ops.QueryOp`), never on the GUI
thread. Every function takes a read session of the device's replica and returns the
plain frozen data of `desktop.customers.data`, safe to hand to the GUI thread.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from datetime import datetime
from typing import Any

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from desktop.customers.data import (
    ApplicationSummary,
    Consent,
    CustomerOverview,
    CustomerProfile,
    OpenCart,
    OrderSummary,
    ReturnSummary,
    TimelineEvent,
    TimelineKey,
)
from desktop.shared.refusals import say
from sync.client.device import workplace
from sync.commands.pricing_source import quote
from sync.model import (
    Application,
    Cart,
    CartLine,
    Customer,
    Interaction,
    Order,
    Return,
    StaffUser,
    Store,
    Territory,
)
from sync.model.types import utcnow
from sync.rules.errors import RuleViolation

OPEN = "open"
RECENT = 50  # orders, returns and applications shown in the 360


class CustomerMissing(RuleViolation):
    def __init__(self) -> None:
        super().__init__("not_found", "This customer is not on this device.")


# The customer ---------------------------------------------------------------------------


def _consents(raw: dict[str, Any]) -> tuple[Consent, ...]:
    consents = []
    for name, value in sorted(raw.items()):
        if isinstance(value, dict):
            at = value.get("at")
            consents.append(
                Consent(
                    name,
                    bool(value.get("granted")),
                    datetime.fromisoformat(at) if isinstance(at, str) else None,
                    value.get("channel"),
                )
            )
        else:
            consents.append(Consent(name, bool(value), None, None))
    return tuple(consents)


def _home(session: Session, customer: Customer) -> str:
    if customer.home_store_id is not None:
        store = session.get(Store, customer.home_store_id)
        if store is not None:
            return store.name
    if customer.territory_id is not None:
        territory = session.get(Territory, customer.territory_id)
        if territory is not None:
            return territory.name
    return ""


def profile(session: Session, customer_id: uuid.UUID) -> CustomerProfile:
    """The customer's details, segment and consents; `CustomerMissing` if not here."""
    customer = session.get(Customer, customer_id)
    if customer is None:
        raise CustomerMissing()
    return CustomerProfile(
        id=customer.id,
        number=customer.number,
        first_name=customer.first_name,
        last_name=customer.last_name,
        email=customer.email,
        phone=customer.phone,
        tax_id=customer.tax_id,
        segment=customer.segment,
        loyalty_card=customer.loyalty_card,
        street=customer.street,
        city=customer.city,
        postal_code=customer.postal_code,
        country=customer.country,
        consents=_consents(customer.consents or {}),
        home=_home(session, customer),
        created_at=customer.created_at,
    )


# Carts, orders, returns, applications ---------------------------------------------------


def _pricing_country(session: Session, customer: CustomerProfile) -> str:
    """Carts are priced as this till would sell them: its store's VAT country."""
    place = workplace(session)
    store = session.get(Store, place.store_id) if place.store_id else None
    return store.country if store is not None else customer.country


def open_carts(session: Session, customer: CustomerProfile) -> tuple[OpenCart, ...]:
    """The customer's open carts from any channel, most recently changed first, priced
    by the one pricing engine."""
    carts = session.scalars(
        select(Cart).where(Cart.customer_id == customer.id, Cart.status == OPEN)
    ).all()
    if not carts:
        return ()
    lines: dict[uuid.UUID, list[CartLine]] = defaultdict(list)
    for line in session.scalars(
        select(CartLine).where(CartLine.cart_id.in_([cart.id for cart in carts]))
    ):
        lines[line.cart_id].append(line)
    country = _pricing_country(session, customer)
    now = utcnow()
    result = []
    for cart in carts:
        held = lines[cart.id]
        changed = max([cart.updated_at, *(line.updated_at for line in held)])
        total, problem = None, ""
        if held:
            try:
                total = quote(
                    session,
                    cart.currency,
                    country,
                    customer.segment,
                    [(line.product_id, line.quantity) for line in held],
                    now,
                ).total
            except RuleViolation as refusal:
                problem = say(refusal)
        result.append(
            OpenCart(
                cart.id,
                cart.channel,
                cart.currency,
                len(held),
                sum(line.quantity for line in held),
                total,
                problem,
                changed,
            )
        )
    result.sort(key=lambda cart: cart.updated_at, reverse=True)
    return tuple(result)


def orders(session: Session, customer_id: uuid.UUID) -> tuple[OrderSummary, ...]:
    rows = session.scalars(
        select(Order)
        .where(Order.customer_id == customer_id)
        .order_by(Order.placed_at.desc())
        .limit(RECENT)
    )
    return tuple(
        OrderSummary(
            o.id,
            o.number,
            o.channel,
            o.status,
            o.fulfilment,
            o.payment_state,
            o.total,
            o.currency,
            o.placed_at,
        )
        for o in rows
    )


def returns(session: Session, customer_id: uuid.UUID) -> tuple[ReturnSummary, ...]:
    rows = session.execute(
        select(Return, Order.number, Order.currency)
        .join(Order, Order.id == Return.order_id)
        .where(Return.customer_id == customer_id)
        .order_by(Return.created_at.desc())
        .limit(RECENT)
    )
    return tuple(
        ReturnSummary(
            r.id,
            r.number,
            number,
            r.channel,
            r.refund_method,
            r.refund_total,
            currency,
            r.created_at,
        )
        for r, number, currency in rows
    )


def applications(session: Session, customer_id: uuid.UUID) -> tuple[ApplicationSummary, ...]:
    rows = session.scalars(
        select(Application)
        .where(Application.customer_id == customer_id)
        .order_by(Application.updated_at.desc())
        .limit(RECENT)
    )
    return tuple(
        ApplicationSummary(
            a.id,
            a.number,
            a.kind,
            a.status,
            a.channel,
            a.current_step,
            a.amount,
            a.currency,
            a.updated_at,
        )
        for a in rows
    )


def overview(session: Session, customer_id: uuid.UUID) -> CustomerOverview:
    """The 360 of one customer (without the timeline)."""
    person = profile(session, customer_id)
    return CustomerOverview(
        person,
        open_carts(session, person),
        orders(session, customer_id),
        returns(session, customer_id),
        applications(session, customer_id),
    )


# The timeline ---------------------------------------------------------------------------


def _events(session: Session, *where: Any, limit: int | None = None) -> list[TimelineEvent]:
    query = (
        select(Interaction, StaffUser.display_name, Store.name)
        .outerjoin(StaffUser, StaffUser.id == Interaction.staff_id)
        .outerjoin(Store, Store.id == Interaction.store_id)
        .where(*where)
        .order_by(Interaction.occurred_at.desc(), Interaction.id.desc())
    )
    if limit is not None:
        query = query.limit(limit)
    return [
        TimelineEvent(
            row.id,
            row.occurred_at,
            row.channel,
            row.kind,
            row.text,
            staff or "",
            store or "",
            row.params,
        )
        for row, staff, store in session.execute(query)
    ]


def timeline(
    session: Session,
    customer_id: uuid.UUID,
    *,
    channel: str | None = None,
    limit: int = 50,
    after: TimelineKey | None = None,
) -> list[TimelineEvent]:
    """A page of the customer's timeline, newest first, from every channel or one.

    `after` is the key of the last event of the previous page (keyset paging: a page
    costs the same however deep in the history it is).
    """
    where: list[Any] = [Interaction.customer_id == customer_id]
    if channel:
        where.append(Interaction.channel == channel)
    if after is not None:
        where.append(
            or_(
                Interaction.occurred_at < after.occurred_at,
                and_(Interaction.occurred_at == after.occurred_at, Interaction.id < after.id),
            )
        )
    return _events(session, *where, limit=limit)


def timeline_event(session: Session, interaction_id: uuid.UUID) -> TimelineEvent | None:
    """One event (a note just added, to show it at once)."""
    found = _events(session, Interaction.id == interaction_id)
    return found[0] if found else None


def till_country(session: Session) -> str:
    """The country of the store this device works for (new customers default to it)."""
    place = workplace(session)
    store = session.get(Store, place.store_id) if place.store_id else None
    return store.country if store is not None else "PL"
