"""The identity document checked and the consents given, as plain data; and recording them
(Qt-free: run from background ops)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy.orm import Session

from desktop.services.workspace import Workspace
from sync.commands.application_state import required_consents
from sync.model import Application, Customer, Store
from sync.rules import applications as rules

E_SIGNATURE = "e_signature"
"""Given at the signing ceremony with the signature, never from the consents dialog."""


@dataclass(frozen=True)
class IdentityShown:
    """An identity document recorded: its number masked, never whole."""

    type: str
    masked: str
    expiry: date
    country: str
    checked_at: datetime | None
    channel: str


@dataclass(frozen=True)
class IdentityState:
    """What the identity dialog opens with."""

    application_number: str
    country: str  # the customer's, proposed as the issuing country
    recorded: IdentityShown | None
    read_only: bool


@dataclass(frozen=True)
class ConsentItem:
    code: str
    required: bool
    given: bool
    at: datetime | None = None
    channel: str = ""
    place: str = ""


@dataclass(frozen=True)
class ConsentsState:
    application_number: str
    items: tuple[ConsentItem, ...]
    read_only: bool


def _time(value: object) -> datetime | None:
    try:
        return datetime.fromisoformat(str(value)) if value else None
    except ValueError:
        return None


def _app(session: Session, app_id: uuid.UUID | str) -> Application:
    app = session.get(Application, uuid.UUID(str(app_id)))
    if app is None:
        raise LookupError(f"no application {app_id}")
    return app


def _read_only(app: Application) -> bool:
    return app.status != rules.ApplicationStatus.DRAFT.value


def identity_shown(identity: dict[str, object] | None) -> IdentityShown | None:
    if not identity:
        return None
    return IdentityShown(
        type=str(identity.get("type", "")),
        masked=rules.mask(str(identity.get("number", ""))),
        expiry=date.fromisoformat(str(identity.get("expiry"))),
        country=str(identity.get("country", "")),
        checked_at=_time(identity.get("checked_at")),
        channel=str(identity.get("channel") or ""),
    )


def identity_of(session: Session, app_id: uuid.UUID | str) -> IdentityState:
    app = _app(session, app_id)
    customer = session.get(Customer, app.customer_id)
    return IdentityState(
        application_number=app.number,
        country=customer.country if customer else "",
        recorded=identity_shown(app.identity),
        read_only=_read_only(app),
    )


def consents_of(session: Session, app_id: uuid.UUID | str) -> ConsentsState:
    """The product's consents first (required), then the others one may give."""
    app = _app(session, app_id)
    required = required_consents(app)
    codes = list(required) + [c for c in rules.CONSENTS if c not in required and c != E_SIGNATURE]
    given = app.consents or {}
    items = []
    for code in codes:
        record = given.get(code) or {}
        store_id = record.get("store_id")
        store = session.get(Store, uuid.UUID(str(store_id))) if store_id else None
        items.append(
            ConsentItem(
                code=code,
                required=code in required,
                given=bool(record.get("given")),
                at=_time(record.get("at")),
                channel=str(record.get("channel") or ""),
                place=store.name if store else "",
            )
        )
    return ConsentsState(app.number, tuple(items), _read_only(app))


def record_identity(
    workspace: Workspace, app_id: str, doc_type: str, number: str, expiry: date, country: str
) -> None:
    workspace.apply(
        "application.record_identity",
        {
            "application_id": str(app_id),
            "type": doc_type,
            "number": number,
            "expiry": expiry.isoformat(),
            "country": country,
        },
    )


def give_consent(workspace: Workspace, app_id: str, code: str, given: bool) -> None:
    workspace.apply(
        "application.give_consent", {"application_id": str(app_id), "code": code, "given": given}
    )
