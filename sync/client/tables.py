"""Tables only a device's replica has: the outbox of mutations and the sync state."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import TYPE_CHECKING, Any, ClassVar

from sqlalchemy import JSON, BigInteger, Index, MetaData, String, Table, Text, Uuid
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from sync.model.base import NAMING_CONVENTION
from sync.model.types import UTCDateTime, utcnow

PENDING = "pending"
ACCEPTED = "accepted"
REJECTED = "rejected"
# A rejected mutation staff dealt with in the sync centre: never sent, never listed again.
RESOLVED = "resolved"  # run again (as it was or corrected) as a new mutation
DISCARDED = "discarded"  # dropped on purpose


class ClientBase(DeclarativeBase):
    """Device-only tables, kept apart from the shared model (`sync.model.Base`)."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {  # noqa: RUF012 - read by SQLAlchemy at class creation
        uuid.UUID: Uuid(),
        datetime: UTCDateTime(),
        dict[str, Any]: JSON(),
        list[Any]: JSON(),
    }
    if TYPE_CHECKING:
        # SQLAlchemy types it as any FromClause; every model here names a table.
        __table__: ClassVar[Table]


class OutboxRow(ClientBase):
    """One mutation made on this device, from the moment staff made it.

    `seq` is the device's mutation sequence (the order the server applies them in).
    `undo` holds the before-images of every synced row the local apply touched, while
    that local effect is present in the replica; it is None when the mutation has no
    local effect (rejected, settled, failed locally, or undone during a snapshot).
    """

    __tablename__ = "outbox"
    __table_args__ = (Index("ix_outbox_state_seq", "state", "seq"),)

    seq: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    id: Mapped[uuid.UUID] = mapped_column(unique=True)
    name: Mapped[str] = mapped_column(String(48))
    actor: Mapped[uuid.UUID]
    at: Mapped[datetime]
    args: Mapped[dict[str, Any]]
    channel: Mapped[str] = mapped_column(String(16))
    store_id: Mapped[uuid.UUID | None]
    # Proof of the person (`sync.proof`): their staff session and the mutation's HMAC,
    # made when they made it.
    session_id: Mapped[uuid.UUID | None]
    proof: Mapped[str | None] = mapped_column(String(64))
    state: Mapped[str] = mapped_column(String(16), default=PENDING)
    # The server's answer.
    code: Mapped[str | None] = mapped_column(String(48))
    message: Mapped[str | None] = mapped_column(Text)
    result: Mapped[dict[str, Any] | None] = mapped_column(JSON(none_as_null=True))
    answered_at: Mapped[datetime | None]
    # The feed head the server reported with an acceptance: once the replica's cursor
    # reaches it, the server's own version of the rows is local and the mutation is
    # settled (no longer re-applied on top of pulled state).
    ack_head: Mapped[int | None] = mapped_column(BigInteger)
    # Local effect: before-images while applied, and why a re-apply failed locally.
    undo: Mapped[list[Any] | None] = mapped_column(JSON(none_as_null=True))
    local_code: Mapped[str | None] = mapped_column(String(48))
    local_message: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class AttentionEntry(ClientBase):
    """A decision staff made about a mutation that needed attention, kept for good.

    Who decided, when, what (`action`: retried, fixed or discarded), about which
    mutation (`seq`, `mutation_id`, `name`, `args`), the server's reason it was refused
    (`code`, `message` and the values it mentions, `params`), the mutation that replaced
    it (`new_seq`, `new_args`) and the note staff gave.
    """

    __tablename__ = "attention_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime]
    staff_id: Mapped[uuid.UUID]
    staff_name: Mapped[str | None] = mapped_column(String(120))
    action: Mapped[str] = mapped_column(String(16))
    seq: Mapped[int] = mapped_column(BigInteger, index=True)
    mutation_id: Mapped[uuid.UUID]
    name: Mapped[str] = mapped_column(String(48))
    args: Mapped[dict[str, Any]]
    code: Mapped[str | None] = mapped_column(String(48))
    message: Mapped[str | None] = mapped_column(Text)
    params: Mapped[dict[str, Any] | None] = mapped_column(JSON(none_as_null=True), default=None)
    new_seq: Mapped[int | None] = mapped_column(BigInteger)
    new_args: Mapped[dict[str, Any] | None] = mapped_column(JSON(none_as_null=True))
    note: Mapped[str | None] = mapped_column(Text)


class SyncState(ClientBase):
    """Key/value settings of the sync: cursor, snapshot progress, device identity..."""

    __tablename__ = "sync_state"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str | None] = mapped_column(Text)


# Keys of sync_state.
CURSOR = "cursor"
SNAPSHOT_TOKEN = "snapshot_token"
SNAPSHOT_CURSOR = "snapshot_cursor"
SNAPSHOT_ROWS_DONE = "snapshot_rows_done"
SNAPSHOT_ROWS_TOTAL = "snapshot_rows_total"
DEVICE_ID = "device_id"
STORE_ID = "store_id"
TERRITORY_ID = "territory_id"
SERVER_URL = "server_url"
LAST_SYNC_AT = "last_sync_at"
LAST_SEQ = "last_seq"
