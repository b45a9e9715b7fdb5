"""The web channel: the online shop and customer portal start journeys here.

Changes go through the same business commands as the devices' pushes
(`POST /v1/web/commands/{name}`, each with an Idempotency-Key); reads return the
current state of a customer, cart, order or application, and an order's QR code.
"""

from __future__ import annotations

import io
import uuid
from typing import Annotated, Any, Literal

import segno
from fastapi import APIRouter, Body, Header, Query
from fastapi.responses import Response
from sqlalchemy import select
from sqlalchemy.orm import Session

from sync import model as m
from sync import wire
from sync.commands import COMMANDS
from sync.commands.pricing_source import quote
from sync.model.types import utcnow
from sync.order_codes import order_qr_text
from sync.rules.errors import RuleViolation
from sync.server import web_credit
from sync.server.contract import channel_route
from sync.server.deps import ChannelDep, DbDep
from sync.server.errors import ApiError
from sync.server.messages import language, say
from sync.server.routes.files import refuse_attach_by_hash
from sync.server.web_commands import run_web_command

router = APIRouter(prefix="/v1/web", tags=["web channel"])

SVG = "image/svg+xml"
_STATUS = {"unknown_command": 404, "forbidden_channel": 403, "duplicate_id": 409, "not_found": 404}


def _row(row: m.Base) -> dict[str, Any]:
    table = type(row).__table__
    return wire.to_wire(table, {c.name: getattr(row, c.name) for c in table.columns})


@router.get("/commands", **channel_route())
def list_commands(client: ChannelDep) -> dict[str, Any]:
    """The commands the web channel may send, with the JSON schema of their arguments."""
    from sync.commands import registry  # noqa: F401 - registers every handler

    return {
        name: spec.args.model_json_schema() for name, spec in sorted(COMMANDS.items()) if spec.web
    }


@router.post("/commands/{name}", **channel_route(403, 404, 409, body=True))
def run_command(
    name: str,
    client: ChannelDep,
    db: DbDep,
    idempotency_key: Annotated[
        uuid.UUID,
        Header(
            description="A UUID made by the shop; "
            "a retry with the same key has no second "
            "effect and gets the same answer"
        ),
    ],
    args: Annotated[dict[str, Any], Body()],
) -> dict[str, Any]:
    """Run a business command (e.g. cart.add_item, order.place, application.start)."""
    refuse_attach_by_hash(name)
    answer = run_web_command(db, client, name, args, idempotency_key, utcnow())
    if answer.status == "rejected":
        code = answer.code or "rejected"
        raise ApiError(
            _STATUS.get(code, 422), code, answer.message or "Refused.", params=answer.params
        )
    return {"id": str(answer.id), "status": answer.status, "result": answer.result or {}}


def _get_order(session: Session, order_id: uuid.UUID) -> m.Order:
    order = session.get(m.Order, order_id)
    if order is None:
        raise ApiError(
            404, "not_found", "There is no such order.", params={"case": "web", "what": "order"}
        )
    return order


def _get(db: DbDep, model: type, row_id: uuid.UUID, what: str) -> Any:
    with db.read() as session:
        row = session.get(model, row_id)
        if row is None:
            raise ApiError(
                404, "not_found", f"There is no such {what}.", params={"case": "web", "what": what}
            )
        return row


@router.get("/customers", **channel_route(404))
def find_customer(
    client: ChannelDep,
    db: DbDep,
    email: Annotated[str, Query(min_length=3, max_length=254)],
) -> dict[str, Any]:
    """The customer with this e-mail address (how the shop links a signed-in customer)."""
    with db.read() as session:
        customer = session.scalars(
            select(m.Customer).where(m.Customer.email == email.strip().lower())
        ).first()
        if customer is None:
            raise ApiError(404, "not_found", "No customer has this e-mail address.")
        return _row(customer)


@router.get("/customers/{customer_id}", **channel_route(404))
def customer_history(customer_id: uuid.UUID, client: ChannelDep, db: DbDep) -> dict[str, Any]:
    """The customer and their one timeline, newest first, from every channel."""
    with db.read() as session:
        customer = session.get(m.Customer, customer_id)
        if customer is None:
            raise ApiError(404, "not_found", "There is no such customer.")
        events = session.scalars(
            select(m.Interaction)
            .where(m.Interaction.customer_id == customer_id)
            .order_by(m.Interaction.occurred_at.desc(), m.Interaction.id)
        ).all()
        carts = session.scalars(
            select(m.Cart).where(m.Cart.customer_id == customer_id, m.Cart.status == "open")
        ).all()
        return {
            "customer": _row(customer),
            "timeline": [_row(e) for e in events],
            "open_carts": [str(c.id) for c in carts],
        }


@router.get("/carts/{cart_id}", **channel_route(404))
def get_cart(
    cart_id: uuid.UUID,
    client: ChannelDep,
    db: DbDep,
    accept_language: Annotated[str | None, Header()] = None,
) -> dict[str, Any]:
    """The cart's lines priced now by the one pricing engine (what any till would charge);
    a refusal to price them is said in the caller's language (`Accept-Language`)."""
    with db.read() as session:
        cart = session.get(m.Cart, cart_id)
        if cart is None:
            raise ApiError(404, "not_found", "There is no such cart.")
        lines = session.scalars(
            select(m.CartLine)
            .where(m.CartLine.cart_id == cart_id)
            .order_by(m.CartLine.added_at, m.CartLine.id)
        ).all()
        customer = session.get(m.Customer, cart.customer_id) if cart.customer_id else None
        store = session.get(m.Store, cart.store_id) if cart.store_id else None
        country = store.country if store else (customer.country if customer else "PL")
        segment = customer.segment if customer else "retail"
        priced = None
        if lines:
            try:
                priced = quote(
                    session,
                    cart.currency,
                    country,
                    segment,
                    [(line.product_id, line.quantity) for line in lines],
                    utcnow(),
                ).to_wire()
            except RuleViolation as refusal:
                said = say(refusal.code, refusal.params, refusal.message, language(accept_language))
                priced = {
                    "error": {"code": refusal.code, "params": refusal.params, "message": said}
                }
        return {"cart": _row(cart), "lines": [_row(line) for line in lines], "priced": priced}


@router.get("/orders/{order_id}", **channel_route(404))
def get_order(order_id: uuid.UUID, client: ChannelDep, db: DbDep) -> dict[str, Any]:
    """The order with its lines, payments and refunds, and returns, and the text of its
    QR code (any store scans it to find the order, e.g. for a return)."""
    with db.read() as session:
        order = _get_order(session, order_id)
        lines = session.scalars(
            select(m.OrderLine)
            .where(m.OrderLine.order_id == order_id)
            .order_by(m.OrderLine.position)
        ).all()
        payments = session.scalars(
            select(m.Payment)
            .where(m.Payment.order_id == order_id)
            .order_by(m.Payment.created_at, m.Payment.id)
        ).all()
        returns = session.scalars(select(m.Return).where(m.Return.order_id == order_id)).all()
        return {
            "order": _row(order),
            "lines": [_row(x) for x in lines],
            "payments": [_row(x) for x in payments],
            "returns": [_row(x) for x in returns],
            "qr_text": order_qr_text(order.number),
        }


@router.get(
    "/orders/{order_id}/qr.svg",
    response_class=Response,
    **channel_route(404, success={"description": "The QR code", "content": {SVG: {}}}),
)
def get_order_qr(order_id: uuid.UUID, client: ChannelDep, db: DbDep) -> Response:
    """The order's QR code as an SVG image, for its confirmation page or e-mail."""
    with db.read() as session:
        number = _get_order(session, order_id).number
    image = io.BytesIO()
    segno.make(order_qr_text(number), error="m").save(
        image, kind="svg", scale=4, border=4, xmldecl=False
    )
    return Response(image.getvalue(), media_type=SVG)


@router.get("/applications/{application_id}", **channel_route(404))
def get_application(application_id: uuid.UUID, client: ChannelDep, db: DbDep) -> dict[str, Any]:
    """What the customer needs of their application: its status, stage and version, the
    offer, the checklist with each file's status (and why one was rejected), the identity
    document masked, the consents, what is still missing and the signing record."""
    with db.read() as session:
        app = session.get(m.Application, application_id)
        if app is None:
            raise ApiError(
                404,
                "not_found",
                "There is no such application.",
                params={"case": "web", "what": "application"},
            )
        return web_credit.application_view(session, app, utcnow())


@router.get("/credit-products", **channel_route())
def list_credit_products(
    client: ChannelDep,
    country: Annotated[str, Query(pattern="^[A-Z]{2}$", description="PL or IT")],
    kind: Annotated[Literal["loan", "order"] | None, Query()] = None,
) -> dict[str, Any]:
    """The credit products of a country (of one kind when asked): limits, rates per
    segment, fees, the documents to bring and the consents to give."""
    return {"products": web_credit.products(country, kind)}


@router.get("/offers/quote", **channel_route(404, 422))
def quote_offer(
    client: ChannelDep,
    db: DbDep,
    product: Annotated[str, Query(min_length=1, max_length=32)],
    amount: Annotated[str, Query(min_length=1, max_length=24, description="e.g. 12000.00")],
    term_months: Annotated[int, Query(ge=-(2**31), le=2**31, description="months")],
    customer_id: Annotated[
        uuid.UUID | None, Query(description="the customer, for their segment's rate")
    ] = None,
) -> dict[str, Any]:
    """The offer of the one engine for this product, amount and term, at the customer's
    segment's rate (retail without a customer), quoted now, with its schedule. A refusal
    (unknown product, outside the product's limits, a malformed amount) is said in the
    caller's language."""
    segment = "retail"
    if customer_id is not None:
        segment = _get(db, m.Customer, customer_id, "customer").segment
    money_asked = web_credit.parse_amount(amount)
    try:
        offer = web_credit.quote(product, money_asked, term_months, segment, utcnow())
    except RuleViolation as refusal:
        raise web_credit.refused(refusal) from None
    return web_credit.offer_json(offer)
