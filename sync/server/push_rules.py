"""What every push path shares: who is pushing, as whom, when, and stored answers."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Row
from sqlalchemy.orm import Session

from sync import proof
from sync.model import StaffUser, Store, Territory
from sync.protocol import Mutation, MutationResult, result_status
from sync.rules.channels import channel_for
from sync.rules.errors import RuleViolation
from sync.server.scopes import DeviceScope
from sync.server.settings import staff_session_days
from sync.server.staff_sessions import (
    ENDED_DEVICE_REVOKED,
    ENDED_PIN_CHANGED,
    ENDED_STAFF_LEFT,
)
from sync.server.tables import AppliedMutation, StaffSession

LOCKED_DEVICES = "push_locked_devices"
"""Session info key: {device id: high_seq} of the device rows this transaction locked
when it checked their tokens (pushes)."""


@dataclass(frozen=True)
class DeviceContext:
    """Who is pushing: the device, the store it works from and its scope."""

    device_id: uuid.UUID
    store_id: uuid.UUID | None
    territory_id: uuid.UUID | None
    scope: DeviceScope


def channel_of(session: Session, device: DeviceContext) -> tuple[str, Store | None]:
    """The channel a device's commands count for, and the store they happen in."""
    if device.territory_id is not None:
        territory = session.get(Territory, device.territory_id)
        store = session.get(Store, territory.store_id) if territory else None
        return channel_for(None, field=True), store
    store = session.get(Store, device.store_id) if device.store_id else None
    return channel_for(store.kind if store else None), store


def actor_of(session: Session, device: DeviceContext, actor_id: uuid.UUID) -> StaffUser:
    """The staff member a mutation was made by, who must work where the device does."""
    actor = session.get(StaffUser, actor_id)
    works_here = actor is not None and (
        (device.store_id is not None and actor.store_id == device.store_id)
        or (device.territory_id is not None and actor.territory_id == device.territory_id)
    )
    if actor is None or not works_here:
        raise RuleViolation(
            "unknown_actor",
            "The staff member who did this does not work at this device's store or territory.",
        )
    if not actor.active:
        raise RuleViolation(
            "inactive_actor",
            f"{actor.display_name}'s account is disabled; ask a manager.",
            {"name": actor.display_name},
        )
    return actor


def check_proof(
    row: StaffSession | None,
    device: DeviceContext,
    mutation: Mutation,
    at: datetime,
    received: datetime,
) -> None:
    """Refuse `mutation` unless it carries valid proof that its actor made it on this
    device: their staff session here, live when the change was made (`at`, by the
    server's clock), and its HMAC.

    The device's clock says when a change was made, and a device can lie about it; so
    work made before a PIN change or before an expiry is only taken while it could still
    honestly be on its way: up to a session's lifetime after the end, `received` by the
    server's clock."""
    if mutation.session is None or mutation.proof is None:
        raise RuleViolation(
            "proof_missing",
            "This change does not carry proof of the person who made it; they must sign "
            "in on this device while it is online and make it again.",
        )
    if (
        row is None
        or row.device_id != device.device_id
        or row.staff_id != mutation.actor
        or not proof.verify(
            row.secret,
            mutation.proof,
            mutation.id,
            mutation.actor,
            mutation.name,
            mutation.at,
            mutation.args,
            row.id,
        )
    ):
        raise RuleViolation(
            "proof_invalid",
            "The proof of who made this change does not match: it was not made by a person "
            "signed in on this device, or it was altered on the way.",
        )
    late = timedelta(days=staff_session_days())
    # A PIN change ends the person's sessions for what they do from then on; what they did
    # before (offline, not yet sent) still stands for a while. A revoked device or a closed
    # account ends everything not yet applied.
    if row.ended_at is not None and (
        row.end_reason != ENDED_PIN_CHANGED or at >= row.ended_at or received > row.ended_at + late
    ):
        why = {
            ENDED_PIN_CHANGED: "the person changed their PIN",
            ENDED_DEVICE_REVOKED: "this device was revoked",
            ENDED_STAFF_LEFT: "the person's account was closed",
        }.get(row.end_reason or "", "it was ended")
        raise RuleViolation(
            "session_ended",
            f"The sign-in this change was made under is no longer valid ({why}); the "
            "person must sign in again while online and make it again.",
            {"reason": row.end_reason or "ended"},
        )
    if at > row.expires_at or received > row.expires_at + late:
        raise RuleViolation(
            "session_expired",
            "This change was made after the person's sign-in on this device had expired "
            "(too long without an online sign-in), or reached the server too long after; "
            "they must sign in while online and make it again.",
        )


def corrected_time(mutation: Mutation, skew: timedelta, now: datetime) -> datetime:
    """When it happened, by the server's clock: the device's clock may be off, so its
    times are shifted by the offset measured on this push, and never into the future."""
    try:
        return min(mutation.at + skew, now)
    except OverflowError:
        return now


def stored_answer(
    row: AppliedMutation | Row[Any], device: DeviceContext, mutation: Mutation
) -> MutationResult:
    """The answer given the first time; another device reusing the id is refused."""
    if row.device_id != device.device_id:
        return MutationResult(
            id=mutation.id,
            status="rejected",
            code="duplicate_id",
            message="Another device already used this mutation id.",
            params={"case": "mutation_device"},
        )
    return answer_from_row(row)


def answer_from_row(row: AppliedMutation | Row[Any]) -> MutationResult:
    """An answer as `kept_result` stored it: a refusal's parameters are in `result`."""
    status = result_status(row.status)
    if status == "accepted":
        return MutationResult(
            id=row.id, status=status, code=row.code, message=row.message, result=row.result
        )
    params = (row.result or {}).get("params") or {}
    return MutationResult(
        id=row.id, status=status, code=row.code, message=row.message, params=params
    )


def kept_result(answer: MutationResult) -> dict[str, Any] | None:
    """What an answer keeps in `AppliedMutation.result`: an acceptance's result, or a
    refusal's parameters as {"params": {...}} (so a replay answers with them too)."""
    if answer.status == "accepted":
        return answer.result
    return {"params": answer.params} if answer.params else None


def refusal_answer(key: uuid.UUID, refusal: RuleViolation) -> MutationResult:
    """The answer refusing mutation `key`: its code, English sentence and parameters."""
    return MutationResult(
        id=key,
        status="rejected",
        code=refusal.code,
        message=refusal.message,
        params=refusal.params,
    )


def internal_error(mutation: Mutation) -> MutationResult:
    """A fault in a command must not block the device's queue for ever: it is refused
    (and logged for the developers) and the rest go on."""
    return MutationResult(
        id=mutation.id,
        status="rejected",
        code="internal_error",
        message="The server could not apply this change because of an "
        "internal fault; it has been logged. Contact support if it "
        "recurs.",
    )
