"""What the desk's queries hand to the screen: detached, read-only values (Qt-free)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

from sync.rules.applications import Missing
from sync.rules.offers import Instalment, Offer


@dataclass(frozen=True)
class QueueRow:
    """One application in the desk's queue."""

    id: uuid.UUID
    number: str
    customer_id: uuid.UUID
    customer: str
    customer_number: str
    phone: str
    product: str | None
    amount: Decimal | None
    currency: str | None
    channel: str  # where it was started
    here: bool  # started at this place
    status: str
    stage: str  # sync.rules.applications.Stage
    stalled: bool
    updated_at: datetime
    missing: tuple[Missing, ...]


@dataclass(frozen=True)
class Applicant:
    customer_id: uuid.UUID
    name: str
    number: str
    phone: str
    email: str
    segment: str
    country: str


@dataclass(frozen=True)
class FileRow:
    """One file attached to a checklist document."""

    id: uuid.UUID
    filename: str
    status: str  # received | verified | rejected
    reason: str
    channel: str
    uploaded_by: str
    uploaded_at: datetime
    checked_by: str
    checked_at: datetime | None


@dataclass(frozen=True)
class ChecklistItem:
    code: str
    state: str  # missing | received | verified | rejected
    files: tuple[FileRow, ...]


@dataclass(frozen=True)
class IdentityShown:
    type: str
    number_masked: str
    expiry: date | None
    country: str
    checked_by: str
    checked_at: datetime | None
    channel: str


@dataclass(frozen=True)
class ConsentShown:
    code: str
    given: bool
    at: datetime | None
    channel: str
    place: str
    required: bool


@dataclass(frozen=True)
class HistoryEvent:
    kind: str
    channel: str
    text: str
    params: dict[str, object]
    staff: str
    occurred_at: datetime


@dataclass(frozen=True)
class ApplicationDetail:
    """One application as the desk shows it."""

    id: uuid.UUID
    number: str
    kind: str
    status: str
    stage: str
    stalled: bool
    version: int
    channel: str
    applicant: Applicant
    product: str | None
    offer: Offer | None
    schedule: tuple[Instalment, ...]
    checklist: tuple[ChecklistItem, ...]
    identity: IdentityShown | None
    consents: tuple[ConsentShown, ...]
    history: tuple[HistoryEvent, ...]
    missing: tuple[Missing, ...]
    submitted_by: uuid.UUID | None
    witness_id: uuid.UUID | None
    decision_note: str
    updated_at: datetime
    fields: dict[str, object] = field(default_factory=dict)  # the template's, as kept
    currency: str | None = None
