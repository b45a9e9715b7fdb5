"""Tables only the central API has: credentials, devices, the change feed, mutations,
and which stores and territories have served which customers."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import TYPE_CHECKING, Any, ClassVar

from sqlalchemy import (
    JSON,
    BigInteger,
    Index,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    Uuid,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from sync.model.base import NAMING_CONVENTION
from sync.model.types import UTCDateTime, utcnow


class ServerBase(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {  # noqa: RUF012 - read by SQLAlchemy at class creation
        uuid.UUID: Uuid(),
        datetime: UTCDateTime(),
        dict[str, Any]: JSON(),
    }
    if TYPE_CHECKING:
        # SQLAlchemy types it as any FromClause; every model here names a table.
        __table__: ClassVar[Table]


class FeedHead(ServerBase):
    """One row: the last change sequence handed out, and the oldest one still kept.

    Writers bump `seq` as the last statement of their transaction; the row lock makes
    sequence numbers follow commit order, so a reader never sees seq N+1 before N.
    """

    __tablename__ = "feed_head"

    id: Mapped[int] = mapped_column(primary_key=True)
    seq: Mapped[int] = mapped_column(BigInteger, default=0)
    floor: Mapped[int] = mapped_column(BigInteger, default=0)


class ChangeLog(ServerBase):
    __tablename__ = "change_log"

    seq: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    entity: Mapped[str] = mapped_column(String(32))
    entity_id: Mapped[str] = mapped_column(String(36))
    op: Mapped[str] = mapped_column(String(8))
    payload: Mapped[str] = mapped_column(Text)
    committed_at: Mapped[datetime] = mapped_column(default=utcnow)


class ChangeScope(ServerBase):
    """Which devices a change is for: "all", "store:<id>", "territory:<id>", "stock:<id>"."""

    __tablename__ = "change_scopes"
    __table_args__ = (Index("ix_change_scopes_scope_seq", "scope", "seq"),)

    seq: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    scope: Mapped[str] = mapped_column(String(48), primary_key=True)


class Device(ServerBase):
    __tablename__ = "devices"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    name: Mapped[str] = mapped_column(String(120))
    store_id: Mapped[uuid.UUID | None]
    territory_id: Mapped[uuid.UUID | None]
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    revoked_at: Mapped[datetime | None]
    last_seen_at: Mapped[datetime | None]
    high_seq: Mapped[int] = mapped_column(BigInteger, default=0)
    wipe_ordered_at: Mapped[datetime | None]
    """Revoked with a wipe: at its next contact the device is told to erase its data."""
    wiped_at: Mapped[datetime | None]
    """When the device reported that it had erased its data (`sync.server.wipe`)."""


class EnrolmentCode(ServerBase):
    __tablename__ = "enrolment_codes"

    code_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    store_id: Mapped[uuid.UUID | None]
    territory_id: Mapped[uuid.UUID | None]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    expires_at: Mapped[datetime]
    used_at: Mapped[datetime | None]
    device_id: Mapped[uuid.UUID | None]


class StaffCredential(ServerBase):
    __tablename__ = "staff_credentials"

    staff_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    secret_hash: Mapped[str] = mapped_column(String(200))


class StaffSession(ServerBase):
    """A person's signing secret on one device, given at their online sign-in there.

    Every mutation the person makes on that device carries an HMAC by this secret
    (`sync.proof`). Renewed by each online sign-in on the device; it expires
    `expires_at` (a setting's number of days after the last one) and ends for good with
    the device, the person's account or a PIN change (`ended_at`, `end_reason`)."""

    __tablename__ = "staff_sessions"
    __table_args__ = (Index("ix_staff_sessions_device_staff", "device_id", "staff_id"),)

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    device_id: Mapped[uuid.UUID]
    staff_id: Mapped[uuid.UUID] = mapped_column(index=True)
    secret: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    signed_in_at: Mapped[datetime]
    expires_at: Mapped[datetime]
    ended_at: Mapped[datetime | None]
    end_reason: Mapped[str | None] = mapped_column(String(32))


class ChannelClient(ServerBase):
    """A web shop or customer portal that starts journeys online, with its own key."""

    __tablename__ = "channel_clients"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    name: Mapped[str] = mapped_column(String(120))
    channel: Mapped[str] = mapped_column(String(16), default="web")
    key_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    revoked_at: Mapped[datetime | None]


class AppliedMutation(ServerBase):
    """The answer given to a mutation, so a replay gets the same answer and no effect."""

    __tablename__ = "applied_mutations"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    device_id: Mapped[uuid.UUID | None] = mapped_column(index=True)
    client_id: Mapped[uuid.UUID | None]
    seq: Mapped[int] = mapped_column(BigInteger, default=0)
    name: Mapped[str] = mapped_column(String(48))
    status: Mapped[str] = mapped_column(String(16))
    code: Mapped[str | None] = mapped_column(String(48))
    message: Mapped[str | None] = mapped_column(Text)
    result: Mapped[dict[str, Any] | None]
    applied_at: Mapped[datetime] = mapped_column(default=utcnow)
    actor_id: Mapped[uuid.UUID | None]
    """Who made it, as its proof showed (the staff session `session_id`, checked); for a
    refused mutation, who it claimed to be made by."""
    session_id: Mapped[uuid.UUID | None]


class CustomerLink(ServerBase):
    """This store or territory has served this customer (e.g. took back an order the
    customer placed elsewhere): from then on its devices keep the customer in scope.

    One of `store_id` and `territory_id` is set.
    """

    __tablename__ = "customer_links"
    __table_args__ = (
        UniqueConstraint("customer_id", "store_id", name="uq_customer_links_store"),
        UniqueConstraint("customer_id", "territory_id", name="uq_customer_links_territory"),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    customer_id: Mapped[uuid.UUID]
    store_id: Mapped[uuid.UUID | None] = mapped_column(index=True)
    territory_id: Mapped[uuid.UUID | None] = mapped_column(index=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class OrderLink(ServerBase):
    """This store or territory has served this order of no known customer (a walk-in
    sale elsewhere, brought back here): its devices keep the order in scope.

    One of `store_id` and `territory_id` is set. Orders of a customer are linked through
    the customer (`CustomerLink`) instead.
    """

    __tablename__ = "order_links"
    __table_args__ = (
        UniqueConstraint("order_id", "store_id", name="uq_order_links_store"),
        UniqueConstraint("order_id", "territory_id", name="uq_order_links_territory"),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    order_id: Mapped[uuid.UUID]
    store_id: Mapped[uuid.UUID | None] = mapped_column(index=True)
    territory_id: Mapped[uuid.UUID | None] = mapped_column(index=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class SignInGuard(ServerBase):
    """Failed attempts in a row against one subject, and until when it is locked.

    `key` is "login:<login>@<store or territory id>" (counted whether or not such a
    login exists),
    "device:<id>" or "enrol:<client address>" (`sync.server.sign_in_guard`)."""

    __tablename__ = "sign_in_guard"

    key: Mapped[str] = mapped_column(String(200), primary_key=True)
    failures: Mapped[int] = mapped_column(default=0)
    locked_until: Mapped[datetime | None]
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)


class ServerKey(ServerBase):
    """A secret of the API itself, shared by every API process serving the database
    (e.g. "snapshot": the key snapshot tokens are signed with). Made by the migration
    that created the table, or on first use."""

    __tablename__ = "server_keys"

    name: Mapped[str] = mapped_column(String(32), primary_key=True)
    secret: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
