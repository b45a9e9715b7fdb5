"""Loan and order applications: started online, completed by phone, signed in a branch.

Every transition goes through sync.rules.applications, so the web channel, a branch
desktop and the central API refuse the same things.
"""

from __future__ import annotations

import base64
import binascii
import uuid
from decimal import Decimal, InvalidOperation
from typing import Annotated, Any, Literal

from pydantic import Field, StringConstraints

from sync.commands import numbering, timeline
from sync.commands.base import Args, CommandContext, command
from sync.commands.permissions import EVERYONE, MANAGERS, REVIEWERS, SIGNERS
from sync.model import Application, Customer, Store
from sync.rules import applications as rules
from sync.rules.errors import RuleViolation
from sync.rules.money import money

S = rules.ApplicationStatus
CLOSED = frozenset({S.REJECTED, S.SIGNED, S.WITHDRAWN})
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
MAX_SIGNATURE = 200_000
MAX_FIELD_TEXT = 2000
MAX_FIELD_NUMBER = 10**15
FieldValue = (
    Annotated[str, StringConstraints(max_length=MAX_FIELD_TEXT)]
    | Annotated[int, Field(ge=-MAX_FIELD_NUMBER, le=MAX_FIELD_NUMBER)]
    | None
)
FieldName = Annotated[str, StringConstraints(min_length=1, max_length=64)]


class StartApplication(Args):
    application_id: uuid.UUID
    customer_id: uuid.UUID
    kind: Literal["loan", "order"]
    branch_store_id: uuid.UUID | None = None
    fields: dict[FieldName, FieldValue] = Field(default_factory=dict, max_length=50)


class ApplicationRef(Args):
    application_id: uuid.UUID


class UpdateFields(ApplicationRef):
    fields: dict[FieldName, FieldValue] = Field(max_length=50)
    step: str | None = Field(default=None, max_length=32)


class SetDocument(ApplicationRef):
    code: str = Field(min_length=1, max_length=32)
    status: Literal["missing", "received", "verified"]


class Decide(ApplicationRef):
    note: str | None = Field(default=None, max_length=2000)


class Sign(ApplicationRef):
    signer: str = Field(min_length=1, max_length=32)
    method: Literal["drawn", "typed"]
    data: str = Field(min_length=1, max_length=MAX_SIGNATURE)


def _load(ctx: CommandContext, application_id: uuid.UUID) -> Application:
    return ctx.get(Application, application_id, "application", lock=True)


def _set_fields(ctx: CommandContext, app: Application, values: dict[str, FieldValue]) -> None:
    kind = rules.ApplicationKind(app.kind)
    fields = dict(app.fields or {})
    for name, value in values.items():
        rules.validate_field(kind, name, value)
        if value is None or (isinstance(value, str) and not value.strip()):
            fields.pop(name, None)
        else:
            fields[name] = value.strip() if isinstance(value, str) else value
    app.fields = fields
    app.amount = _amount(fields.get("amount"))


def _amount(value: object) -> Decimal | None:
    try:
        return money(Decimal(str(value).strip())) if value is not None else None
    except (InvalidOperation, TypeError, ValueError):
        return None


def _move(
    ctx: CommandContext,
    app: Application,
    target: rules.ApplicationStatus,
    kind: str,
    text: str,
    params: dict[str, Any] | None = None,
) -> None:
    rules.check_transition(S(app.status), target)
    app.status = target.value
    timeline.record(
        ctx,
        app.customer_id,
        kind,
        f"Application {app.number} {text}",
        "application",
        app.id,
        params={"number": app.number, **(params or {})},
    )
    _answer(ctx, app)


def _answer(ctx: CommandContext, app: Application) -> None:
    ctx.result.update(
        application_id=str(app.id),
        application_number=app.number,
        status=app.status,
        current_step=app.current_step,
    )


@command("application.start", StartApplication, roles=EVERYONE, web=True)
def start(ctx: CommandContext, args: StartApplication) -> None:
    """A new draft application with the template's documents checklist."""
    if ctx.session.get(Application, args.application_id) is not None:
        raise RuleViolation(
            "duplicate_id", "This application has already been started.", {"case": "application"}
        )
    ctx.get(Customer, args.customer_id, "customer")
    branch_id = args.branch_store_id or ctx.store_id
    branch: Store | None = ctx.get(Store, branch_id, "branch") if branch_id else None
    kind = rules.ApplicationKind(args.kind)
    template = rules.TEMPLATES[kind]
    app = Application(
        id=args.application_id,
        number=numbering.application_number(args.application_id),
        customer_id=args.customer_id,
        kind=kind.value,
        status=S.DRAFT.value,
        channel=ctx.channel,
        branch_store_id=branch_id,
        current_step=template.steps[0],
        fields={},
        documents={
            code: rules.DocumentState.MISSING.value for code, _ in template.required_documents
        },
        signatures={},
        currency=branch.currency if branch else None,
        created_at=ctx.at,
    )
    ctx.session.add(app)
    _set_fields(ctx, app, args.fields)
    timeline.record(
        ctx,
        app.customer_id,
        timeline.APPLICATION_STARTED,
        f"{kind.value.capitalize()} application {app.number} started.",
        "application",
        app.id,
        params={"number": app.number, "application_kind": kind.value},
    )
    _answer(ctx, app)


@command("application.update_fields", UpdateFields, roles=EVERYONE, web=True)
def update_fields(ctx: CommandContext, args: UpdateFields) -> None:
    """Fill in or correct fields: in a draft, or (staff only) once submitted."""
    app = _load(ctx, args.application_id)
    status = S(app.status)
    if not (status is S.DRAFT or (status is S.SUBMITTED and ctx.actor is not None)):
        raise RuleViolation(
            "application_locked",
            "This application can no longer be "
            "changed" + (" online; ask the branch." if ctx.actor is None else "."),
            {"case": "online" if ctx.actor is None else "staff"},
        )
    _set_fields(ctx, app, args.fields)
    if args.step is not None:
        rules.check_step(rules.ApplicationKind(app.kind), args.step)
        app.current_step = args.step
    _answer(ctx, app)
    ctx.result["missing_fields"] = rules.missing_fields(rules.ApplicationKind(app.kind), app.fields)


@command("application.set_document", SetDocument, roles=EVERYONE, web=True)
def set_document(ctx: CommandContext, args: SetDocument) -> None:
    """Tick a document on the checklist; only staff may mark one verified."""
    app = _load(ctx, args.application_id)
    codes = [
        code for code, _ in rules.TEMPLATES[rules.ApplicationKind(app.kind)].required_documents
    ]
    if args.code not in codes:
        raise RuleViolation(
            "unknown_document",
            f"A {app.kind} application needs no document {args.code!r}.",
            {"kind": app.kind, "document": args.code},
        )
    if ctx.actor is None and rules.DocumentState(args.status) is not rules.DocumentState.RECEIVED:
        raise RuleViolation("staff_only", "Only staff can verify or clear a document.")
    if S(app.status) in CLOSED:
        raise RuleViolation(
            "application_closed", f"This application is {app.status}.", {"app_status": app.status}
        )
    app.documents = {**(app.documents or {}), args.code: args.status}
    _answer(ctx, app)


@command("application.submit", ApplicationRef, roles=EVERYONE, web=True)
def submit(ctx: CommandContext, args: ApplicationRef) -> None:
    """Send a complete draft for review."""
    app = _load(ctx, args.application_id)
    rules.check_transition(S(app.status), S.SUBMITTED)
    rules.check_submit(rules.ApplicationKind(app.kind), app.fields or {})
    app.submitted_at = ctx.at
    app.current_step = "review"
    _move(ctx, app, S.SUBMITTED, timeline.APPLICATION_SUBMITTED, "submitted.")


@command("application.start_review", ApplicationRef, roles=REVIEWERS)
def start_review(ctx: CommandContext, args: ApplicationRef) -> None:
    app = _load(ctx, args.application_id)
    _move(ctx, app, S.IN_REVIEW, timeline.APPLICATION_IN_REVIEW, "taken into review.")


def _decide(
    ctx: CommandContext, args: Decide, target: rules.ApplicationStatus, kind: str, verb: str
) -> None:
    app = _load(ctx, args.application_id)
    rules.check_transition(S(app.status), target)
    app.decided_by = ctx.actor_id
    app.decided_at = ctx.at
    app.decision_note = args.note.strip() if args.note else None
    if target is S.APPROVED:
        app.current_step = "signature"
    note = f" {app.decision_note}" if app.decision_note else ""
    _move(ctx, app, target, kind, f"{verb}.{note}", {"note": app.decision_note or ""})


@command("application.approve", Decide, roles=MANAGERS)
def approve(ctx: CommandContext, args: Decide) -> None:
    _decide(ctx, args, S.APPROVED, timeline.APPLICATION_APPROVED, "approved")


@command("application.reject", Decide, roles=MANAGERS)
def reject(ctx: CommandContext, args: Decide) -> None:
    _decide(ctx, args, S.REJECTED, timeline.APPLICATION_REJECTED, "rejected")


def _check_signature(args: Sign) -> None:
    if args.method == "typed":
        if len(args.data.strip()) > 120 or not args.data.strip():
            raise RuleViolation(
                "invalid_signature",
                "A typed signature is the signer's full name (at most 120 characters).",
                {"case": "typed"},
            )
        return
    try:
        image = base64.b64decode(args.data, validate=True)
    except (binascii.Error, ValueError):
        image = b""
    if not image.startswith(PNG_MAGIC):
        raise RuleViolation(
            "invalid_signature",
            "A drawn signature must be a PNG image (base64, at most 200 kB).",
            {"case": "drawn"},
        )


@command("application.sign", Sign, roles=SIGNERS)
def sign(ctx: CommandContext, args: Sign) -> None:
    """Capture a signer's signature; with every signature in, the application is signed."""
    app = _load(ctx, args.application_id)
    kind = rules.ApplicationKind(app.kind)
    template = rules.TEMPLATES[kind]
    if args.signer not in template.signers:
        raise RuleViolation(
            "unknown_signer",
            f"A {app.kind} application has no signer {args.signer!r}.",
            {"kind": app.kind, "signer": args.signer},
        )
    # Status and documents first, as if everyone had signed.
    rules.check_sign(
        kind, S(app.status), app.documents or {}, dict.fromkeys(template.signers, True)
    )
    _check_signature(args)
    signature: dict[str, Any] = {
        "method": args.method,
        "data": args.data.strip() if args.method == "typed" else args.data,
        "at": ctx.at.isoformat(),
        "channel": ctx.channel,
        "staff_id": str(ctx.actor_id) if ctx.actor_id else None,
        "store_id": str(ctx.store_id) if ctx.store_id else None,
    }
    app.signatures = {**(app.signatures or {}), args.signer: signature}
    if all(signer in app.signatures for signer in template.signers):
        rules.check_sign(kind, S(app.status), app.documents or {}, app.signatures)
        app.signed_at = ctx.at
        _move(
            ctx,
            app,
            S.SIGNED,
            timeline.APPLICATION_SIGNED,
            f"signed ({args.method} signature, {ctx.channel}).",
            {"method": args.method, "channel": ctx.channel},
        )
    else:
        _answer(ctx, app)


@command("application.withdraw", ApplicationRef, roles=EVERYONE, web=True)
def withdraw(ctx: CommandContext, args: ApplicationRef) -> None:
    """The customer no longer wants it."""
    app = _load(ctx, args.application_id)
    _move(ctx, app, S.WITHDRAWN, timeline.APPLICATION_WITHDRAWN, "withdrawn.")
