"""Price quotes from the one pricing engine, for devices and the web channel alike."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request

from sync.commands.pricing_source import quote
from sync.model import Store
from sync.model.types import utcnow
from sync.protocol import QuoteRequest
from sync.rules.errors import RuleViolation
from sync.server.contract import device_or_channel_route
from sync.server.deps import DbDep, current_channel, current_device
from sync.server.errors import ApiError

router = APIRouter(prefix="/v1", tags=["prices"])


def _authenticate(request: Request, db: DbDep) -> None:
    header = request.headers.get("authorization", "")
    if header.lower().startswith("bearer web_"):
        current_channel(request, db)
    else:
        current_device(request, db)


@router.post("/prices/quote", **device_or_channel_route(404, body=True))
def price_quote(body: QuoteRequest, request: Request, db: DbDep) -> dict[str, Any]:
    """The price breakdown (list price, discounts, tax, total) of lines in a store's
    currency for a segment at a moment (default now): what the till will charge."""
    _authenticate(request, db)

    with db.read() as session:
        store = session.get(Store, body.store_id)
        if store is None:
            raise ApiError(404, "unknown_store", "There is no such store.")
        try:
            breakdown = quote(
                session,
                store.currency,
                store.country,
                body.segment,
                [(line.product_id, line.quantity) for line in body.lines],
                body.at or utcnow(),
            )
        except RuleViolation as refusal:
            raise ApiError(422, refusal.code, refusal.message, params=refusal.params) from None
        return breakdown.to_wire()
