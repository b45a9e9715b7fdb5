"""What a phone call leads to: a callback or a branch appointment booked for the customer.

Each is one event on the customer's timeline, in the channel of the device that booked it
(`phone` at a contact centre), its id derived from the booking's `interaction_id`
(`timeline.event_id(interaction_id, kind)`). Its `params` keep the time (UTC, ISO 8601),
the branch and the note, so every device says it in its staff's language.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

from pydantic import AwareDatetime, Field

from sync.commands import timeline
from sync.commands.base import Args, CommandContext, command
from sync.commands.permissions import SIGNERS
from sync.model import Customer, Store
from sync.model.org import StoreKind
from sync.rules.errors import RuleViolation

# Who books them: the people who serve customers about credit (not a till's cashier).
BOOKERS = SIGNERS


class BookCallback(Args):
    interaction_id: uuid.UUID
    customer_id: uuid.UUID
    due_at: AwareDatetime
    note: str = Field(default="", max_length=1000)


class BookAppointment(Args):
    interaction_id: uuid.UUID
    customer_id: uuid.UUID
    branch_store_id: uuid.UUID
    at: AwareDatetime
    note: str = Field(default="", max_length=1000)


def _wire(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat()


def _not_past(ctx: CommandContext, moment: datetime, case: str) -> None:
    if moment <= ctx.at:
        raise RuleViolation(
            "booking_in_past",
            f"A {case} cannot be booked for a time that has passed.",
            {"case": case, "at": _wire(moment)},
        )


def _record(
    ctx: CommandContext,
    args: BookCallback | BookAppointment,
    kind: str,
    text: str,
    params: dict[str, str],
) -> None:
    """The booking's event; its id is `timeline.event_id(interaction_id, kind)`, so the
    same booking twice is one booking."""
    timeline.record(
        ctx, args.customer_id, kind, text, "booking", args.interaction_id, params=params
    )


def _sentence(text: str, note: str) -> str:
    return f"{text} {note}" if note else text


@command(
    "customer.book_callback",
    BookCallback,
    roles=BOOKERS,
    reads=lambda a: [(Customer, a.customer_id)],
)
def book_callback(ctx: CommandContext, args: BookCallback) -> None:
    """Promise to call the customer back at `due_at` (about `note`)."""
    ctx.get(Customer, args.customer_id, "customer")
    _not_past(ctx, args.due_at, "callback")
    note = args.note.strip()
    due = _wire(args.due_at)
    _record(
        ctx,
        args,
        timeline.CALLBACK_BOOKED,
        _sentence(f"Callback booked for {due}.", note),
        {"due_at": due, "note": note},
    )


@command(
    "customer.book_appointment",
    BookAppointment,
    roles=BOOKERS,
    reads=lambda a: [(Customer, a.customer_id), (Store, a.branch_store_id)],
)
def book_appointment(ctx: CommandContext, args: BookAppointment) -> None:
    """Book the customer a visit to a branch at `at` (about `note`)."""
    ctx.get(Customer, args.customer_id, "customer")
    branch = ctx.get(Store, args.branch_store_id, "branch")
    if branch.kind != StoreKind.BRANCH.value:
        raise RuleViolation(
            "not_found",
            f"The branch {args.branch_store_id} does not exist.",
            {"what": "branch", "id": args.branch_store_id},
        )
    _not_past(ctx, args.at, "appointment")
    note = args.note.strip()
    at = _wire(args.at)
    _record(
        ctx,
        args,
        timeline.APPOINTMENT_BOOKED,
        _sentence(f"Appointment booked at {branch.name} for {at}.", note),
        {"at": at, "branch": branch.name, "branch_code": branch.code, "note": note},
    )
