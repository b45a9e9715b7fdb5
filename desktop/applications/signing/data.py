"""What the signing ceremony needs, read from the replica as plain data (Qt-free)."""

from __future__ import annotations

import socket
import uuid
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy.orm import Session

from desktop.shared.agreement import AgreementData, Consent, ScheduleLine
from sync.client import state
from sync.client.device import workplace
from sync.client.staff import Staff
from sync.client.tables import DEVICE_ID
from sync.commands.application_state import missing
from sync.model import Application, Customer, Store
from sync.rules import applications as rules
from sync.rules import credit_products
from sync.rules.offers import Offer

LANGUAGES = {"PL": "pl", "IT": "it"}
"""The agreement's language by the customer's country; English elsewhere."""


def language_of(country: str | None) -> str:
    return LANGUAGES.get((country or "").upper(), "en")


@dataclass(frozen=True)
class IdentityChecked:
    type: str
    masked: str
    country: str
    expiry: date


@dataclass(frozen=True)
class Ceremony:
    """The agreement to sign and who signs it, before whom, where and on what."""

    app_id: str
    agreement: AgreementData
    customer_name: str
    witness_name: str
    witness_login: str
    device_name: str
    device_id: str
    branch: str
    identity: IdentityChecked | None


def _add_months(day: date, months: int) -> date:
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    days = [31, 29 if year % 4 == 0 and (year % 100 or year % 400 == 0) else 28]
    days += [31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    return date(year, month, min(day.day, days[month - 1]))


def schedule_of(offer: dict[str, object] | None) -> tuple[ScheduleLine, ...]:
    if not offer:
        return ()
    try:
        quoted = Offer.from_json(offer)
    except ValueError:
        return ()
    start = quoted.quoted_at.date()
    return tuple(
        ScheduleLine(
            number=line.n,
            due=_add_months(start, line.due_month),
            payment=line.payment,
            principal=line.principal,
            interest=line.interest,
            balance=line.balance,
        )
        for line in quoted.schedule()
    )


def _consents(app: Application) -> tuple[Consent, ...]:
    given = []
    for code, record in sorted((app.consents or {}).items()):
        if code == "e_signature" or not (record or {}).get("given"):
            continue
        try:
            at = datetime.fromisoformat(str(record.get("at")))
        except ValueError:
            continue
        given.append(Consent(code=code, given_at=at))
    return tuple(given)


def _address(customer: Customer) -> str:
    town = " ".join(part for part in (customer.postal_code, customer.city) if part)
    return ", ".join(part for part in (customer.street, town, customer.country) if part)


def ceremony_of(session: Session, app_id: str, staff: Staff, at: datetime) -> Ceremony:
    """The ceremony of application `app_id`; `RuleViolation` when it cannot be signed now
    (signed already, closed, or something missing: the rules' own sentence)."""
    app = session.get(Application, uuid.UUID(str(app_id)))
    if app is None:
        raise LookupError(f"no application {app_id}")
    rules.check_ready_to_sign(rules.ApplicationStatus(app.status), missing(app, at))
    customer = session.get(Customer, app.customer_id)
    assert customer is not None
    place = workplace(session)
    store = session.get(Store, place.store_id) if place.store_id else None
    product = credit_products.PRODUCTS.get(app.product or "")
    fields = app.fields or {}
    name = f"{customer.first_name} {customer.last_name}".strip()
    identity = app.identity or {}
    checked = (
        IdentityChecked(
            type=str(identity.get("type", "")),
            masked=rules.mask(str(identity.get("number", ""))),
            country=str(identity.get("country", "")),
            expiry=date.fromisoformat(str(identity.get("expiry"))),
        )
        if identity
        else None
    )
    data = AgreementData(
        application_number=app.number,
        version=app.version,
        customer_name=name,
        customer_address=_address(customer),
        national_id_masked=rules.mask(str(fields.get("national_id") or "")),
        product_name=product.name if product else (app.product or app.kind),
        offer=dict(app.offer or {}),
        branch_name=store.name if store else "",
        branch_address=f"{store.address}, {store.city}" if store else "",
        language=language_of(customer.country),
        schedule=schedule_of(app.offer),
        consents=_consents(app),
    )
    return Ceremony(
        app_id=str(app.id),
        agreement=data,
        customer_name=name,
        witness_name=staff.display_name,
        witness_login=staff.login,
        device_name=socket.gethostname() or "desktop",
        device_id=str(state.get(session, DEVICE_ID) or ""),
        branch=f"{store.name} ({store.code})" if store else "",
        identity=checked,
    )
