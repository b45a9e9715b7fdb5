"""What the web channel shows of credit: the products, a quote, and an application as its
customer sees it.

Every figure comes from the one engine (`sync.rules.offers`), so the web, the phone and
the branch quote the same offer. An application is answered without other customers'
data or staff ids: the identity number masked, a file's reason only when it was rejected,
the signing record without the witness or the device.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy.orm import Session

from sync import model as m
from sync.commands.application_state import (
    AGREEMENT,
    files_of,
    missing,
    missing_params,
    required_documents,
)
from sync.rules import applications as rules
from sync.rules import credit_products
from sync.rules.errors import RuleViolation
from sync.rules.money import format_wire, money
from sync.rules.offers import Offer
from sync.rules.offers import quote as quote_offer
from sync.server.errors import ApiError


def product_json(product: credit_products.CreditProduct) -> dict[str, Any]:
    """A product with its limits, rates per segment, fees, documents and consents."""
    return {
        "code": product.code,
        "kind": product.kind,
        "country": product.country,
        "currency": product.currency,
        "name": product.name,
        "min_amount": format_wire(product.min_amount),
        "max_amount": format_wire(product.max_amount),
        "min_term": product.min_term,
        "max_term": product.max_term,
        "rates": {segment: format(rate, "f") for segment, rate in product.rates.items()},
        "default_rate": format(product.default_rate, "f"),
        "arrangement_fee_pct": format(product.arrangement_fee_pct, "f"),
        "monthly_fee": format_wire(product.monthly_fee),
        "validity_days": product.validity_days,
        "documents": [{"code": code, "label": label} for code, label in product.documents],
        "consents": [
            {"code": code, "label": rules.CONSENTS.get(code, code)} for code in product.consents
        ],
    }


def products(country: str, kind: str | None) -> list[dict[str, Any]]:
    return [product_json(p) for p in credit_products.products_for(country, kind)]


def refused(refusal: RuleViolation) -> ApiError:
    """A refusal of the rules as the web channel's answer: 404 for an unknown product,
    422 otherwise, said in the caller's language by the error handler."""
    status = 404 if refusal.code == "unknown_product" else 422
    return ApiError(status, refusal.code, refusal.message, params=refusal.params)


def parse_amount(text: str) -> Decimal:
    """The amount asked for, as the application's amount field takes it; refused with
    `invalid_field` (number, positive, decimals) when it is not one."""
    try:
        rules.validate_field(rules.ApplicationKind.LOAN, "amount", text)
        amount = money(Decimal(text.strip()))
    except RuleViolation as refusal:
        raise refused(refusal) from None
    except InvalidOperation:
        amount = None
    if amount is None or not amount.is_finite():
        raise ApiError(
            422,
            "invalid_field",
            f"Amount must be a number, not {text!r}.",
            params={"case": "number", "field": "Amount", "value": repr(text)},
        )
    return amount


def offer_json(offer: Offer) -> dict[str, Any]:
    """The offer as stored on an application, with its repayment schedule."""
    return {
        **offer.to_json(),
        "schedule": [
            {
                "n": row.n,
                "due_month": row.due_month,
                "payment": format_wire(row.payment),
                "interest": format_wire(row.interest),
                "principal": format_wire(row.principal),
                "fee": format_wire(row.fee),
                "balance": format_wire(row.balance),
            }
            for row in offer.schedule()
        ],
    }


def quote(product: str, amount: Decimal, term_months: int, segment: str, at: datetime) -> Offer:
    return quote_offer(product, amount, term_months, segment, at)


def _checklist(session: Session, app: m.Application) -> list[dict[str, Any]]:
    labels = dict(required_documents(app))
    files = [row for row in files_of(session, app) if row.document != AGREEMENT]
    return [
        {
            "document": code,
            "label": label,
            "status": (app.documents or {}).get(code, rules.DocumentState.MISSING.value),
            "files": [_file(row) for row in files if row.document == code],
        }
        for code, label in labels.items()
    ]


def _file(row: m.ApplicationFile) -> dict[str, Any]:
    return {
        "id": str(row.id),
        "filename": row.filename,
        "media_type": row.media_type,
        "size": row.size,
        "sha256": row.sha256,
        "status": row.status,
        "reason": row.reason if row.status == rules.FileVerdict.REJECTED else None,
        "channel": row.channel,
        "uploaded_at": _time(row.uploaded_at),
        "checked_at": _time(row.checked_at),
    }


def _time(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def _identity(identity: dict[str, Any] | None) -> dict[str, Any] | None:
    if not identity:
        return None
    return {
        "type": identity.get("type"),
        "number": rules.mask(str(identity.get("number") or "")),
        "expiry": identity.get("expiry"),
        "country": identity.get("country"),
        "checked_at": identity.get("checked_at"),
        "channel": identity.get("channel"),
    }


def _consents(consents: dict[str, Any] | None) -> dict[str, Any]:
    return {
        code: {
            "given": bool(given.get("given")),
            "at": given.get("at"),
            "channel": given.get("channel"),
        }
        for code, given in (consents or {}).items()
        if isinstance(given, dict)
    }


def _place(session: Session, store_id: object) -> dict[str, Any] | None:
    if not store_id:
        return None
    try:
        store = session.get(m.Store, _uuid(store_id))
    except ValueError:
        return None
    return {"name": store.name, "city": store.city} if store is not None else None


def _uuid(value: object) -> uuid.UUID:
    return value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))


def _agreement(session: Session, agreement: dict[str, Any] | None) -> dict[str, Any] | None:
    if not agreement or "signed_at" not in agreement:
        return None
    return {
        "version": agreement.get("version"),
        "signed_at": agreement.get("signed_at"),
        "where": _place(session, agreement.get("store_id")),
        "channel": agreement.get("channel"),
        "language": agreement.get("language"),
        "document_sha256": agreement.get("document_sha256"),
        "signed_sha256": agreement.get("signed_sha256"),
        "identity_masked": agreement.get("identity_masked"),
    }


def application_view(session: Session, app: m.Application, at: datetime) -> dict[str, Any]:
    """The application as its customer sees it (see the module's docstring)."""
    still = missing(app, at)
    return {
        "id": str(app.id),
        "number": app.number,
        "kind": app.kind,
        "status": app.status,
        "stage": rules.stage(rules.ApplicationStatus(app.status), still).value,
        "version": app.version,
        "channel": app.channel,
        "branch": _place(session, app.branch_store_id),
        "current_step": app.current_step,
        "product": app.product,
        "fields": dict(app.fields or {}),
        "offer": dict(app.offer) if app.offer else None,
        "documents": dict(app.documents or {}),
        "checklist": _checklist(session, app),
        "identity": _identity(app.identity),
        "consents": _consents(app.consents),
        "missing": missing_params(still) if app.status == rules.ApplicationStatus.DRAFT else [],
        "agreement": _agreement(session, app.agreement),
        "created_at": _time(app.created_at),
        "updated_at": _time(app.updated_at),
        "submitted_at": _time(app.submitted_at),
        "decided_at": _time(app.decided_at),
        "decision_note": app.decision_note if app.status == "rejected" else None,
    }
