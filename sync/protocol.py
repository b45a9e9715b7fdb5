"""The wire protocol between devices and the central API (version, envelopes)."""

from __future__ import annotations

import uuid
from typing import Any, Literal

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field

PROTOCOL_VERSION = 1
SUPPORTED_VERSIONS = frozenset({1})
VERSION_HEADER = "Omnidesk-Protocol"

MAX_BATCH = 500
MAX_PAGE = 10_000
MAX_SNAPSHOT_PAGE = 20_000

WIRE_FORMAT = "wire"
"""Snapshot rows as `sync.wire` encodes them (UUIDs dashed, ISO times, money as text)."""
SQLITE_FORMAT = "sqlite"
"""Snapshot rows in the form SQLAlchemy stores them in SQLite (UUIDs as 32 hex digits,
times as "YYYY-MM-DD HH:MM:SS.ffffff" UTC, money and percentages as integer hundredths,
flags as 0/1, JSON columns as their JSON text): a replica writes them as they come."""
SNAPSHOT_FORMATS = (WIRE_FORMAT, SQLITE_FORMAT)


class Wire(BaseModel):
    model_config = ConfigDict(extra="forbid")


class ErrorBody(Wire):
    code: str
    message: str
    details: Any = None


class ErrorResponse(Wire):
    error: ErrorBody


class EnrolRequest(Wire):
    code: str = Field(min_length=4, max_length=64)
    name: str = Field(min_length=1, max_length=120)


class EnrolResponse(Wire):
    device_id: uuid.UUID
    token: str
    store_id: uuid.UUID | None
    territory_id: uuid.UUID | None


class DeviceInfo(Wire):
    device_id: uuid.UUID
    name: str
    store_id: uuid.UUID | None
    territory_id: uuid.UUID | None
    high_seq: int
    head: int


class SignInRequest(Wire):
    login: str = Field(min_length=1, max_length=64)
    secret: str = Field(min_length=1, max_length=256)


class StaffSessionGrant(Wire):
    """The person's signing secret on this device (`sync.proof`): kept in the OS
    keyring, never in a file; every mutation they make here carries its proof."""

    id: uuid.UUID
    secret: str = Field(min_length=43, max_length=43)
    expires_at: AwareDatetime


class StaffProfile(Wire):
    id: uuid.UUID
    login: str
    display_name: str
    role: str
    store_id: uuid.UUID | None
    territory_id: uuid.UUID | None
    session: StaffSessionGrant | None = None


class Mutation(Wire):
    """One business command made on a device, with its client-made identity."""

    id: uuid.UUID
    seq: int = Field(ge=1)
    name: str = Field(min_length=1, max_length=48)
    actor: uuid.UUID
    at: AwareDatetime
    args: dict[str, Any]
    session: uuid.UUID | None = Field(
        default=None, description="The actor's staff session on this device (sync.proof)")
    proof: str | None = Field(
        default=None, max_length=64,
        description="HMAC-SHA256 of the mutation by the session's secret, base64url")


class PushRequest(Wire):
    sent_at: AwareDatetime = Field(description="The device's clock when it sent the batch")
    mutations: list[Mutation] = Field(max_length=MAX_BATCH)


class MutationResult(Wire):
    id: uuid.UUID
    status: Literal["accepted", "rejected"]
    code: str | None = None
    message: str | None = None
    result: dict[str, Any] | None = None


class PushResponse(Wire):
    results: list[MutationResult]
    head: int


class LiveResponse(Wire):
    changed: bool
    head: int


class QuoteLine(Wire):
    product_id: uuid.UUID
    quantity: int


class QuoteRequest(Wire):
    store_id: uuid.UUID
    segment: str = "retail"
    at: AwareDatetime | None = None
    lines: list[QuoteLine] = Field(min_length=1, max_length=500)


def error_json(code: str, message: str, details: Any = None) -> dict[str, Any]:
    return {"error": {"code": code, "message": message, "details": details}}
