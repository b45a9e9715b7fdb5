"""Reading the desk's queue and one application from the replica (Qt-free; each call gets
its own session and returns detached values: `records`)."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.applications.records import (
    Applicant,
    ApplicationDetail,
    ChecklistItem,
    ConsentShown,
    FileRow,
    HistoryEvent,
    IdentityShown,
    QueueRow,
)
from sync.client.device import workplace
from sync.commands.application_state import (
    AGREEMENT,
    files_of,
    missing,
    required_consents,
    required_documents,
)
from sync.model import Application, ApplicationFile, Customer, Interaction, StaffUser, Store
from sync.rules import applications as rules
from sync.rules.offers import Offer


def _name(customer: Customer) -> str:
    return f"{customer.first_name} {customer.last_name}".strip()


def _stage(app: Application, now: datetime, stall_days: int) -> tuple[str, bool, list[Any]]:
    gaps = missing(app, now)
    stage = rules.stage(rules.ApplicationStatus(app.status), gaps).value
    stalled = rules.is_stalled(rules.ApplicationStatus(app.status), app.updated_at, now, stall_days)
    return stage, stalled, gaps


def load_queue(session: Session, now: datetime, stall_days: int) -> list[QueueRow]:
    """Every application this device holds (its place's), the latest changed first."""
    place = workplace(session)
    rows = session.execute(
        select(Application, Customer)
        .join(Customer, Customer.id == Application.customer_id)
        .order_by(Application.updated_at.desc())
    ).all()
    queue = []
    for app, customer in rows:
        stage, stalled, gaps = _stage(app, now, stall_days)
        queue.append(
            QueueRow(
                id=app.id,
                number=app.number,
                customer_id=customer.id,
                customer=_name(customer),
                customer_number=customer.number,
                phone=customer.phone or "",
                product=app.product,
                amount=app.amount,
                currency=app.currency,
                channel=app.channel,
                here=app.channel == place.channel
                and (place.store_id is None or app.branch_store_id in (None, place.store_id)),
                status=app.status,
                stage=stage,
                stalled=stalled,
                updated_at=app.updated_at,
                missing=tuple(gaps),
            )
        )
    return queue


class _Names:
    """Staff and places by id, read once each."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self._staff: dict[str, str] = {}
        self._stores: dict[str, str] = {}

    def staff(self, staff_id: object) -> str:
        if not staff_id:
            return ""
        key = str(staff_id)
        if key not in self._staff:
            row = self.session.get(StaffUser, uuid.UUID(key))
            self._staff[key] = row.display_name if row is not None else ""
        return self._staff[key]

    def store(self, store_id: object) -> str:
        if not store_id:
            return ""
        key = str(store_id)
        if key not in self._stores:
            row = self.session.get(Store, uuid.UUID(key))
            self._stores[key] = row.name if row is not None else ""
        return self._stores[key]


def _time(value: object) -> datetime | None:
    if isinstance(value, datetime):
        return value
    try:
        return datetime.fromisoformat(str(value)) if value else None
    except ValueError:
        return None


def _day(value: object) -> date | None:
    try:
        return date.fromisoformat(str(value)) if value else None
    except ValueError:
        return None


def _checklist(session: Session, app: Application, names: _Names) -> tuple[ChecklistItem, ...]:
    files = [row for row in files_of(session, app) if row.document != AGREEMENT]
    states = app.documents or {}
    return tuple(
        ChecklistItem(
            code=code,
            state=str(states.get(code, "missing")),
            files=tuple(_file(row, names) for row in files if row.document == code),
        )
        for code, _label in required_documents(app)
    )


def _file(row: ApplicationFile, names: _Names) -> FileRow:
    return FileRow(
        id=row.id,
        filename=row.filename,
        status=row.status,
        reason=row.reason or "",
        channel=row.channel,
        uploaded_by=names.staff(row.uploaded_by),
        uploaded_at=row.uploaded_at,
        checked_by=names.staff(row.checked_by),
        checked_at=row.checked_at,
    )


def _identity(app: Application, names: _Names) -> IdentityShown | None:
    found = app.identity
    if not found:
        return None
    return IdentityShown(
        type=str(found.get("type", "")),
        number_masked=rules.mask(str(found.get("number", ""))),
        expiry=_day(found.get("expiry")),
        country=str(found.get("country", "")),
        checked_by=names.staff(found.get("checked_by")),
        checked_at=_time(found.get("checked_at")),
        channel=str(found.get("channel", "")),
    )


def _consents(app: Application, names: _Names) -> tuple[ConsentShown, ...]:
    required = required_consents(app)
    given = app.consents or {}
    codes = [*required, *(code for code in rules.CONSENTS if code not in required)]
    return tuple(
        ConsentShown(
            code=code,
            given=bool((given.get(code) or {}).get("given")),
            at=_time((given.get(code) or {}).get("at")),
            channel=str((given.get(code) or {}).get("channel") or ""),
            place=names.store((given.get(code) or {}).get("store_id")),
            required=code in required,
        )
        for code in codes
    )


def _history(session: Session, app: Application, names: _Names) -> tuple[HistoryEvent, ...]:
    events = session.scalars(
        select(Interaction)
        .where(Interaction.ref_id == app.id)
        .order_by(Interaction.occurred_at, Interaction.id)
    ).all()
    return tuple(
        HistoryEvent(
            kind=event.kind,
            channel=event.channel,
            text=event.text,
            params=dict(event.params or {}),
            staff=names.staff(event.staff_id),
            occurred_at=event.occurred_at,
        )
        for event in events
    )


def _offer(app: Application) -> Offer | None:
    if not app.offer:
        return None
    try:
        return Offer.from_json(app.offer)
    except ValueError:
        return None


def _uuid(value: object) -> uuid.UUID | None:
    try:
        return uuid.UUID(str(value)) if value else None
    except ValueError:
        return None


def load_detail(
    session: Session, application_id: uuid.UUID, now: datetime, stall_days: int
) -> ApplicationDetail | None:
    """The application as the desk shows it; None when this device does not hold it."""
    app = session.get(Application, application_id)
    if app is None:
        return None
    customer = session.get(Customer, app.customer_id)
    if customer is None:
        return None
    names = _Names(session)
    stage, stalled, gaps = _stage(app, now, stall_days)
    offer = _offer(app)
    return ApplicationDetail(
        id=app.id,
        number=app.number,
        kind=app.kind,
        status=app.status,
        stage=stage,
        stalled=stalled,
        version=app.version,
        channel=app.channel,
        applicant=Applicant(
            customer_id=customer.id,
            name=_name(customer),
            number=customer.number,
            phone=customer.phone or "",
            email=customer.email or "",
            segment=customer.segment,
            country=customer.country,
        ),
        product=app.product,
        offer=offer,
        schedule=offer.schedule() if offer is not None else (),
        checklist=_checklist(session, app, names),
        identity=_identity(app, names),
        consents=_consents(app, names),
        history=_history(session, app, names),
        missing=tuple(gaps),
        submitted_by=app.submitted_by,
        witness_id=_uuid((app.agreement or {}).get("witness_id")),
        decision_note=app.decision_note or "",
        updated_at=app.updated_at,
        fields=dict(app.fields or {}),
        currency=app.currency or (offer.currency if offer is not None else None),
    )


def find_by_number(session: Session, number: str) -> uuid.UUID | None:
    """The application numbered `number` (upper case), if this device holds it."""
    return session.scalar(select(Application.id).where(Application.number == number))
