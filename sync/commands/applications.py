"""Loan and order applications: started online, completed by phone, signed in a branch.

Every transition goes through sync.rules.applications and every offer through
sync.rules.offers, so the web channel, a branch or contact-centre desktop and the
central API refuse the same things and quote the same figures.
Files, identity and consents: application_files.py, application_checks.py; the
signature: application_signing.py.
"""

from __future__ import annotations

import uuid
from decimal import Decimal, InvalidOperation
from typing import Annotated, Any, Literal

from pydantic import Field, StringConstraints

from sync.commands import numbering, timeline
from sync.commands.application_state import answer, digest, load, refresh_documents
from sync.commands.base import Args, CommandContext, command
from sync.commands.permissions import EVERYONE, REVIEWERS, SIGNERS
from sync.model import Application, Customer, Store
from sync.model.org import StoreKind
from sync.rules import applications as rules
from sync.rules import credit_products, offers
from sync.rules.errors import RuleViolation
from sync.rules.money import money

S = rules.ApplicationStatus
BRANCH, SHOP = StoreKind.BRANCH.value, StoreKind.SHOP.value
MAX_FIELD_TEXT = 2000
MAX_FIELD_NUMBER = 10**15
FieldValue = (
    Annotated[str, StringConstraints(max_length=MAX_FIELD_TEXT)]
    | Annotated[int, Field(ge=-MAX_FIELD_NUMBER, le=MAX_FIELD_NUMBER)]
    | None
)
FieldName = Annotated[str, StringConstraints(min_length=1, max_length=64)]
ProductCode = Annotated[str, StringConstraints(min_length=1, max_length=32)]


class StartApplication(Args):
    application_id: uuid.UUID
    customer_id: uuid.UUID
    kind: Literal["loan", "order"]
    branch_store_id: uuid.UUID | None = None
    product: ProductCode | None = None
    fields: dict[FieldName, FieldValue] = Field(default_factory=dict, max_length=50)


class ApplicationRef(Args):
    application_id: uuid.UUID


class UpdateFields(ApplicationRef):
    fields: dict[FieldName, FieldValue] = Field(max_length=50)
    step: str | None = Field(default=None, max_length=32)


class SetOffer(ApplicationRef):
    product: ProductCode
    amount: Annotated[str, StringConstraints(min_length=1, max_length=24)]
    term_months: int = Field(ge=1, le=600)


class Decide(ApplicationRef):
    note: str | None = Field(default=None, max_length=2000)


def _set_fields(app: Application, values: dict[str, FieldValue]) -> None:
    kind = rules.ApplicationKind(app.kind)
    fields = dict(app.fields or {})
    for name, value in values.items():
        rules.validate_field(kind, name, value)
        if value is None or (isinstance(value, str) and not value.strip()):
            fields.pop(name, None)
        elif name in rules.WHOLE_FIELDS:
            fields[name] = rules.whole(value)
        else:
            fields[name] = value.strip() if isinstance(value, str) else value
    app.fields = fields
    app.amount = _amount(fields.get("amount"))


def _amount(value: object) -> Decimal | None:
    try:
        return money(Decimal(str(value).strip())) if value is not None else None
    except (InvalidOperation, TypeError, ValueError):
        return None


def _requote(ctx: CommandContext, app: Application) -> None:
    """The offer for the product, amount and term on file, from the one engine; none
    until all three are known. Outside the product's limits: refused, nothing kept."""
    fields = app.fields or {}
    amount, term = app.amount, fields.get("term_months")
    if not app.product or amount is None or term is None:
        app.offer = None
        return
    customer = ctx.session.get(Customer, app.customer_id)
    offer = offers.quote(
        app.product, amount, rules.whole(term), customer.segment if customer else "retail", ctx.at
    )
    app.offer = offer.to_json()
    app.currency = offer.currency


def _default_product(ctx: CommandContext, app: Application, customer: Customer) -> str | None:
    branch = ctx.session.get(Store, app.branch_store_id) if app.branch_store_id else None
    country = branch.country if branch else customer.country
    found = credit_products.default_product(country, app.kind)
    return found.code if found else None


def move(
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
        key=f"v{app.version}",
        params={"number": app.number, **(params or {})},
    )
    answer(ctx, app)


@command("application.start", StartApplication, roles=EVERYONE, web=True)
def start(ctx: CommandContext, args: StartApplication) -> None:
    """A new draft application with its product's documents checklist."""
    if ctx.session.get(Application, args.application_id) is not None:
        raise RuleViolation(
            "duplicate_id", "This application has already been started.", {"case": "application"}
        )
    customer = ctx.get(Customer, args.customer_id, "customer")
    branch = _branch(ctx, args.branch_store_id, customer, args.kind)
    branch_id = branch.id if branch else None
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
        documents={},
        signatures={},
        consents={},
        version=1,
        currency=branch.currency if branch else None,
        created_at=ctx.at,
    )
    if args.product is not None:
        product = credit_products.product(args.product)
        if product.kind != kind.value:
            raise RuleViolation(
                "unknown_product",
                f"{product.code} is not a {kind.value} product.",
                {"product": product.code},
            )
        app.product = product.code
    else:
        app.product = _default_product(ctx, app, customer)
    ctx.session.add(app)
    _set_fields(app, args.fields)
    _requote(ctx, app)
    refresh_documents(ctx.session, app)
    timeline.record(
        ctx,
        app.customer_id,
        timeline.APPLICATION_STARTED,
        f"{kind.value.capitalize()} application {app.number} started.",
        "application",
        app.id,
        params={"number": app.number, "application_kind": kind.value},
    )
    answer(ctx, app)


def _branch(
    ctx: CommandContext, asked: uuid.UUID | None, customer: Customer, kind: str
) -> Store | None:
    """Where the application is handled: the store asked for, which must be this device's
    own or one of the customer's country that handles this kind (a branch; for an
    instalment order, a shop too); without one, this device's store when it is a branch or
    a shop, else none (the web, a contact centre)."""
    if asked is None:
        here = ctx.store
        return here if here is not None and here.kind in (BRANCH, SHOP) else None
    store: Store = ctx.get(Store, asked, "branch")
    handles = (BRANCH, SHOP) if kind == rules.ApplicationKind.ORDER else (BRANCH,)
    if store.id != ctx.store_id and not (
        store.kind in handles and store.country == customer.country
    ):
        raise RuleViolation(
            "invalid_branch",
            "An application is handled at a branch of the customer's country.",
            {"country": customer.country},
        )
    return store


def check_editable(ctx: CommandContext, app: Application) -> None:
    rules.check_editable(S(app.status), online=ctx.actor is None)


@command("application.update_fields", UpdateFields, roles=EVERYONE, web=True)
def update_fields(ctx: CommandContext, args: UpdateFields) -> None:
    """Fill in or correct fields of a draft; the offer follows the amount and term."""
    app = load(ctx, args.application_id)
    check_editable(ctx, app)
    _set_fields(app, args.fields)
    if {"amount", "term_months"} & set(args.fields):
        _requote(ctx, app)
    if args.step is not None:
        rules.check_step(rules.ApplicationKind(app.kind), args.step)
        app.current_step = args.step
    answer(ctx, app)
    ctx.result["missing_fields"] = rules.missing_fields(rules.ApplicationKind(app.kind), app.fields)


@command("application.set_offer", SetOffer, roles=EVERYONE, web=True)
def set_offer(ctx: CommandContext, args: SetOffer) -> None:
    """Choose the product, amount and term: the offer is quoted by the one engine."""
    app = load(ctx, args.application_id)
    check_editable(ctx, app)
    product = credit_products.product(args.product)
    if product.kind != app.kind:
        raise RuleViolation(
            "unknown_product",
            f"{product.code} is not a {app.kind} product.",
            {"product": product.code},
        )
    changed_product = app.product != product.code
    app.product = product.code
    _set_fields(app, {"amount": args.amount.strip(), "term_months": args.term_months})
    _requote(ctx, app)
    if changed_product:
        refresh_documents(ctx.session, app)
    offer = app.offer or {}
    timeline.record(
        ctx,
        app.customer_id,
        timeline.APPLICATION_OFFER,
        f"Offer for application {app.number}: {offer.get('amount')} {offer.get('currency')} "
        f"over {offer.get('term_months')} months, APR {offer.get('apr')} %.",
        "application",
        app.id,
        key=f"{app.version}:{ctx.at.isoformat()}",
        params={
            "number": app.number,
            "amount": str(offer.get("amount")),
            "currency": str(offer.get("currency")),
            "term": offer.get("term_months"),
            "apr": str(offer.get("apr")),
        },
    )
    answer(ctx, app)
    ctx.result["offer"] = app.offer


@command("application.submit", ApplicationRef, roles=SIGNERS)
def submit(ctx: CommandContext, args: ApplicationRef) -> None:
    """Send a signed application for a decision."""
    app = load(ctx, args.application_id)
    rules.check_transition(S(app.status), S.SUBMITTED)
    app.submitted_at = ctx.at
    app.submitted_by = ctx.actor_id
    app.current_step = "review"
    move(ctx, app, S.SUBMITTED, timeline.APPLICATION_SUBMITTED, "submitted.")


@command("application.start_review", ApplicationRef, roles=REVIEWERS)
def start_review(ctx: CommandContext, args: ApplicationRef) -> None:
    app = load(ctx, args.application_id)
    _check_decider(ctx, app)
    move(ctx, app, S.IN_REVIEW, timeline.APPLICATION_IN_REVIEW, "taken into review.")


def _check_decider(ctx: CommandContext, app: Application) -> None:
    witness = (app.agreement or {}).get("witness_id")
    rules.check_four_eyes(
        str(ctx.actor_id) if ctx.actor_id else None,
        str(app.submitted_by) if app.submitted_by else None,
        witness,
    )


def _decide(
    ctx: CommandContext, args: Decide, target: rules.ApplicationStatus, kind: str, verb: str
) -> None:
    app = load(ctx, args.application_id)
    rules.check_transition(S(app.status), target)
    _check_decider(ctx, app)
    if target is S.APPROVED:
        rules.check_unchanged_since_signing(
            (app.agreement or {}).get("content_digest"), digest(ctx.session, app)
        )
    app.decided_by = ctx.actor_id
    app.decided_at = ctx.at
    app.decision_note = args.note.strip() if args.note else None
    note = f" {app.decision_note}" if app.decision_note else ""
    move(ctx, app, target, kind, f"{verb}.{note}", {"note": app.decision_note or ""})


@command("application.approve", Decide, roles=REVIEWERS)
def approve(ctx: CommandContext, args: Decide) -> None:
    _decide(ctx, args, S.APPROVED, timeline.APPLICATION_APPROVED, "approved")


@command("application.reject", Decide, roles=REVIEWERS)
def reject(ctx: CommandContext, args: Decide) -> None:
    if not (args.note and args.note.strip()):
        raise RuleViolation(
            "reason_required", "Say why the application is rejected.", {"case": "reject"}
        )
    _decide(ctx, args, S.REJECTED, timeline.APPLICATION_REJECTED, "rejected")


@command("application.new_version", ApplicationRef, roles=SIGNERS)
def new_version(ctx: CommandContext, args: ApplicationRef) -> None:
    """Reopen a signed application as a new version to complete and sign again; the
    signed agreement stays on file."""
    app = load(ctx, args.application_id)
    rules.check_transition(S(app.status), S.DRAFT)
    agreement = dict(app.agreement or {})
    history = list(agreement.pop("history", []))
    if agreement:
        history.append(agreement)
    app.agreement = {"history": history}
    app.version += 1
    app.submitted_at = app.submitted_by = app.signed_at = None
    app.current_step = "review"
    move(
        ctx,
        app,
        S.DRAFT,
        timeline.APPLICATION_NEW_VERSION,
        f"reopened as version {app.version}, to be signed again.",
        {"version": app.version},
    )


@command("application.withdraw", ApplicationRef, roles=EVERYONE, web=True)
def withdraw(ctx: CommandContext, args: ApplicationRef) -> None:
    """The customer no longer wants it."""
    app = load(ctx, args.application_id)
    move(ctx, app, S.WITHDRAWN, timeline.APPLICATION_WITHDRAWN, "withdrawn.")
