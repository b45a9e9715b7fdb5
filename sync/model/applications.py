"""Loan and order applications that start online and are signed in a branch."""

from __future__ import annotations

import uuid
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from sync.model.base import Base, SyncedMixin
from sync.model.types import utcnow


class Application(SyncedMixin, Base):
    """Field values, a documents checklist and signatures; status per sync.rules."""

    __tablename__ = "applications"

    number: Mapped[str] = mapped_column(String(24), unique=True)
    customer_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("customers.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    status: Mapped[str] = mapped_column(String(16))
    channel: Mapped[str] = mapped_column(String(16))
    branch_store_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("stores.id"))
    current_step: Mapped[str] = mapped_column(String(32))
    fields: Mapped[dict[str, Any]] = mapped_column(default=dict)
    documents: Mapped[dict[str, Any]] = mapped_column(default=dict)
    signatures: Mapped[dict[str, Any]] = mapped_column(default=dict)
    amount: Mapped[Decimal | None]
    currency: Mapped[str | None] = mapped_column(String(3))
    # The credit product (sync.rules.credit_products) and its offer as quoted
    # (sync.rules.offers.Offer.to_json), recomputed when the amount or term changes.
    product: Mapped[str | None] = mapped_column(String(32))
    offer: Mapped[dict[str, Any] | None]
    # A change after signing starts a new version, to be signed again.
    version: Mapped[int] = mapped_column(default=1)
    # The identity document staff checked: type, number, expiry, country, who, when, where.
    identity: Mapped[dict[str, Any] | None]
    # code -> {"given": bool, "at", "channel", "store_id", "staff_id"}
    consents: Mapped[dict[str, Any]] = mapped_column(default=dict)
    # What was signed: the agreement's SHA-256, the signed PDF's, the content digest,
    # witness, device, place, time; older versions' agreements under "history".
    agreement: Mapped[dict[str, Any] | None]
    submitted_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff_users.id"))
    decided_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff_users.id"))
    decision_note: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    submitted_at: Mapped[datetime | None]
    decided_at: Mapped[datetime | None]
    signed_at: Mapped[datetime | None]


class ApplicationFile(SyncedMixin, Base):
    """A scan, photo or signed agreement attached to an application.

    The row travels with the application; the bytes travel apart, stored once by their
    SHA-256 (sync.server.blobs on the central API, sync.client.files on a device).
    """

    __tablename__ = "application_files"

    application_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("applications.id"), index=True)
    # A checklist code of the product (id_card, income_statement...), or "agreement".
    document: Mapped[str] = mapped_column(String(32))
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    size: Mapped[int]
    media_type: Mapped[str] = mapped_column(String(64))
    filename: Mapped[str] = mapped_column(String(120))
    app_version: Mapped[int] = mapped_column(default=1)
    status: Mapped[str] = mapped_column(String(16))  # received | verified | rejected
    reason: Mapped[str | None] = mapped_column(Text)
    channel: Mapped[str] = mapped_column(String(16))
    uploaded_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff_users.id"))
    uploaded_at: Mapped[datetime] = mapped_column(default=utcnow)
    checked_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff_users.id"))
    checked_at: Mapped[datetime | None]
