"""What the advisor checks with the applicant: the identity document and the consents."""

from __future__ import annotations

import uuid
from datetime import date

from pydantic import Field

from sync.commands import timeline
from sync.commands.application_state import answer, load
from sync.commands.applications import check_editable
from sync.commands.base import Args, CommandContext, command
from sync.commands.permissions import EVERYONE, SIGNERS
from sync.rules import applications as rules
from sync.rules.errors import RuleViolation


class RecordIdentity(Args):
    application_id: uuid.UUID
    type: str = Field(min_length=1, max_length=32)
    number: str = Field(min_length=1, max_length=40)
    expiry: date
    country: str = Field(min_length=2, max_length=2)


class GiveConsent(Args):
    application_id: uuid.UUID
    code: str = Field(min_length=1, max_length=32)
    given: bool


@command("application.record_identity", RecordIdentity, roles=SIGNERS)
def record_identity(ctx: CommandContext, args: RecordIdentity) -> None:
    """The identity document staff checked, face to face or by video."""
    app = load(ctx, args.application_id)
    check_editable(ctx, app)
    number = rules.check_identity(
        args.type, args.number, args.expiry, args.country.upper(), ctx.at.date()
    )
    app.identity = {
        "type": args.type,
        "number": number,
        "expiry": args.expiry.isoformat(),
        "country": args.country.upper(),
        "checked_by": str(ctx.actor_id) if ctx.actor_id else None,
        "checked_at": ctx.at.isoformat(),
        "store_id": str(ctx.store_id) if ctx.store_id else None,
        "channel": ctx.channel,
    }
    timeline.record(
        ctx,
        app.customer_id,
        timeline.APPLICATION_IDENTITY,
        f"Identity checked for application {app.number}: "
        f"{rules.IDENTITY_TYPES[args.type].lower()} {rules.mask(number)}.",
        "application",
        app.id,
        key=f"{app.version}:{ctx.at.isoformat()}",
        params={
            "number": app.number,
            "identity_type": args.type,
            "masked": rules.mask(number),
        },
    )
    answer(ctx, app)


@command("application.give_consent", GiveConsent, roles=EVERYONE, web=True)
def give_consent(ctx: CommandContext, args: GiveConsent) -> None:
    """A consent the applicant gives (or takes back), with when, where and who heard it."""
    if args.code not in rules.CONSENTS:
        raise RuleViolation(
            "unknown_consent", f"There is no consent {args.code!r}.", {"consent": args.code}
        )
    app = load(ctx, args.application_id)
    check_editable(ctx, app)
    app.consents = {
        **(app.consents or {}),
        args.code: {
            "given": args.given,
            "at": ctx.at.isoformat(),
            "channel": ctx.channel,
            "store_id": str(ctx.store_id) if ctx.store_id else None,
            "staff_id": str(ctx.actor_id) if ctx.actor_id else None,
        },
    }
    timeline.record(
        ctx,
        app.customer_id,
        timeline.APPLICATION_CONSENT,
        f"{rules.CONSENTS[args.code]} {'given' if args.given else 'withdrawn'} "
        f"for application {app.number}.",
        "application",
        app.id,
        key=f"{args.code}:{ctx.at.isoformat()}",
        params={"number": app.number, "consent": args.code, "given": args.given},
    )
    answer(ctx, app)
