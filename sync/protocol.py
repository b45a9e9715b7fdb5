"""The wire protocol between devices and the central API (version, envelopes)."""

from __future__ import annotations

import re
import uuid
from datetime import datetime
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    AwareDatetime,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    SerializerFunctionWrapHandler,
    model_serializer,
)

from sync.rules.pricing import MAX_QUANTITY

PROTOCOL_VERSION = 1
SUPPORTED_VERSIONS = frozenset({1})
VERSION_HEADER = "Omnidesk-Protocol"

MAX_BATCH = 500
MAX_PAGE = 10_000
MAX_SNAPSHOT_PAGE = 20_000

MAX_SEQ = 2**53
"""The highest mutation number a device may use. Both databases store numbers up to
2^63-1 (BIGINT); 2^53 leaves room above it (a device at the bound is refused, never
stuck at a value the database cannot pass) and is the largest integer every JSON client
(JavaScript's numbers) reads exactly. A device making a million mutations a day
reaches it in 24 billion years."""
MAX_CURSOR = 2**62
"""The highest feed cursor a client may send (feed sequence numbers are BIGINT)."""
MIN_YEAR, MAX_YEAR = 1970, 2999
"""Dates on the wire fall in these years: far from what either database, Python's
datetime or a clock offset added to them can overflow, and no real business date
falls outside."""

_ISO_8601 = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt ][0-9]{2}:[0-9]{2}")


def _iso_text(value: object) -> object:
    """Only ISO 8601 text is a date-time on the wire: pydantic would take a number (or
    numeric text) as seconds since 1970, so `"at": 0` would pass for a date."""
    if isinstance(value, datetime):  # built in Python, not read from the wire
        return value
    if not isinstance(value, str) or not _ISO_8601.match(value):
        raise ValueError(
            "a date-time must be ISO 8601 text with a time zone, like 2026-05-01T09:30:00Z"
        )
    return value


def _plausible_year(value: datetime) -> datetime:
    if not MIN_YEAR <= value.year <= MAX_YEAR:
        raise ValueError(f"a date-time must fall in the years {MIN_YEAR} to {MAX_YEAR}")
    return value


WireDateTime = Annotated[AwareDatetime, BeforeValidator(_iso_text), AfterValidator(_plausible_year)]
"""A date-time on the wire: ISO 8601 text with a time zone, in a plausible year."""

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
    params: dict[str, Any] = Field(default_factory=dict)
    """The values `message` mentions (`sync.rules.errors.RuleViolation.params`)."""


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


class WipeReport(Wire):
    """The server's record of a revoked device's report that it erased its data."""

    device_id: uuid.UUID
    wiped_at: datetime


class SignInRequest(Wire):
    login: str = Field(min_length=1, max_length=64)
    secret: str = Field(min_length=1, max_length=256)


class PinChangeRequest(Wire):
    """A staff member's new PIN, given with their current one (`POST /v1/staff/pin`)."""

    login: str = Field(min_length=1, max_length=64)
    secret: str = Field(min_length=1, max_length=256, description="The current PIN")
    new_secret: str = Field(
        min_length=1,
        max_length=256,
        description="The new PIN: "
        "digits only, at least 6 of them, not one repeated digit or a "
        "run like 123456",
    )


class PinChanged(Wire):
    """The PIN was changed; the person's staff sessions that ended with it."""

    staff_id: uuid.UUID
    sessions_ended: int


class StaffUnlockRequest(Wire):
    """A manager lifts a colleague's sign-in lock-out on a device of their store, with
    their own login and PIN (`POST /v1/staff/unlock`)."""

    login: str = Field(min_length=1, max_length=64, description="The locked-out login")
    manager_login: str = Field(min_length=1, max_length=64)
    manager_secret: str = Field(min_length=1, max_length=256, description="The manager's PIN")


class StaffUnlocked(Wire):
    unlocked: bool = Field(description="False: the login was not locked at this place")


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
    language: str | None = None


class Mutation(Wire):
    """One business command made on a device, with its client-made identity."""

    id: uuid.UUID
    seq: int = Field(ge=1, le=MAX_SEQ, strict=True)
    name: str = Field(min_length=1, max_length=48)
    actor: uuid.UUID
    at: WireDateTime
    args: dict[str, Any]
    session: uuid.UUID | None = Field(
        default=None, description="The actor's staff session on this device (sync.proof)"
    )
    proof: str | None = Field(
        default=None,
        max_length=64,
        description="HMAC-SHA256 of the mutation by the session's secret, base64url",
    )


class PushRequest(Wire):
    sent_at: WireDateTime = Field(description="The device's clock when it sent the batch")
    mutations: list[Mutation] = Field(max_length=MAX_BATCH)


ResultStatus = Literal["accepted", "rejected"]


def result_status(value: str) -> ResultStatus:
    """A stored answer's status, checked to be one an answer can have."""
    if value == "accepted":
        return "accepted"
    if value == "rejected":
        return "rejected"
    raise ValueError(f"an answer is accepted or rejected, not {value!r}")


class MutationResult(Wire):
    id: uuid.UUID
    status: ResultStatus
    code: str | None = None
    message: str | None = None
    result: dict[str, Any] | None = None
    params: dict[str, Any] = Field(default_factory=dict)
    """A refusal's parameters: the values its `message` mentions (absent from an older
    server's answers, and from an acceptance)."""

    @model_serializer(mode="wrap")
    def _without_params_when_accepted(self, handler: SerializerFunctionWrapHandler) -> Any:
        data = handler(self)
        if self.status == "accepted" and isinstance(data, dict):
            data.pop("params", None)
        return data


class PushResponse(Wire):
    results: list[MutationResult]
    head: int


class LiveResponse(Wire):
    changed: bool
    head: int


class QuoteLine(Wire):
    product_id: uuid.UUID
    quantity: int = Field(ge=1, le=MAX_QUANTITY)


class QuoteRequest(Wire):
    store_id: uuid.UUID
    segment: str = Field(default="retail", pattern=r"^[a-z0-9_]{1,32}$")
    at: WireDateTime | None = None
    lines: list[QuoteLine] = Field(min_length=1, max_length=500)


def error_json(
    code: str, message: str, details: Any = None, params: dict[str, Any] | None = None
) -> dict[str, Any]:
    return {"error": {"code": code, "message": message, "details": details, "params": params or {}}}
