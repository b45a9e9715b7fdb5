"""Creating and updating customers, from any channel."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Annotated, Any, Literal

from pydantic import Field, StringConstraints
from sqlalchemy import func, select

from sync.commands import numbering, timeline
from sync.commands.base import Args, CommandContext, command
from sync.commands.permissions import is_manager
from sync.model import Customer, PriceList, Store
from sync.rules import validation
from sync.rules.errors import RuleViolation

RETAIL = "retail"
Name = Annotated[str, StringConstraints(min_length=1, max_length=80)]
ConsentName = Annotated[str, StringConstraints(min_length=1, max_length=64)]


class CustomerFields(Args):
    email: str | None = Field(default=None, max_length=254)
    phone: str | None = Field(default=None, max_length=32)
    tax_id: str | None = Field(default=None, max_length=32)
    segment: str = Field(default=RETAIL, pattern=r"^[a-z0-9_]{1,32}$")
    loyalty_card: str | None = Field(default=None, min_length=1, max_length=32)
    street: str | None = Field(default=None, max_length=200)
    city: str | None = Field(default=None, max_length=80)
    postal_code: str | None = Field(default=None, max_length=16)
    consents: dict[ConsentName, bool] = Field(default_factory=dict, max_length=20)


class CreateCustomer(CustomerFields):
    customer_id: uuid.UUID
    first_name: Name
    last_name: Name
    country: Literal["PL", "IT"]
    home_store_id: uuid.UUID | None = None


class UpdateCustomer(CustomerFields):
    customer_id: uuid.UUID
    first_name: Name | None = None
    last_name: Name | None = None
    country: Literal["PL", "IT"] | None = None
    home_store_id: uuid.UUID | None = None


def _refuse(field: str, message: str) -> RuleViolation:
    return RuleViolation(f"invalid_{field}", message)


def _checked(problem: validation.Problem | None) -> None:
    if problem is not None:
        raise problem.violation()


def clean_email(value: str) -> str:
    _checked(validation.email_problem(value))
    return validation.normal_email(value)


def clean_phone(value: str, country: str) -> str:
    _checked(validation.phone_problem(value, country))
    return validation.normal_phone(value)


def clean_tax_id(value: str, country: str) -> str:
    _checked(validation.tax_id_problem(value, country))
    return validation.normal_tax_id(value, country)


def clean_postal_code(value: str, country: str) -> str:
    _checked(validation.postal_code_problem(value, country))
    return value.strip()


def _check_unique(
    ctx: CommandContext, customer_id: uuid.UUID, email: str | None, loyalty_card: str | None
) -> None:
    if loyalty_card is not None:
        other = ctx.session.scalars(
            select(Customer.number).where(
                Customer.loyalty_card == loyalty_card, Customer.id != customer_id
            )
        ).first()
        if other is not None:
            raise RuleViolation(
                "duplicate_customer",
                f"Loyalty card {loyalty_card} already belongs to customer {other}.",
                {"case": "card", "card": loyalty_card, "customer": other},
            )
    if email is not None:
        other = ctx.session.scalars(
            select(Customer.number).where(
                func.lower(Customer.email) == email, Customer.id != customer_id
            )
        ).first()
        if other is not None:
            raise RuleViolation(
                "duplicate_customer",
                f"The e-mail {email} already belongs to customer {other}.",
                {"case": "email", "email": email, "customer": other},
            )


def _check_segment(ctx: CommandContext, segment: str) -> None:
    if segment == RETAIL:
        return
    if ctx.actor is None or not is_manager(ctx.actor.role):
        raise RuleViolation(
            "segment_needs_manager", "Only a manager may put a customer in a price segment."
        )
    known = ctx.session.scalars(select(PriceList.id).where(PriceList.segment == segment)).first()
    if known is None:
        raise RuleViolation(
            "unknown_segment", f"There is no price segment called {segment}.", {"segment": segment}
        )


def _consents(ctx: CommandContext, given: dict[str, bool]) -> dict[str, Any]:
    """Each consent with when and in which channel it was given or withdrawn."""
    return {
        name: {"granted": granted, "at": ctx.at.isoformat(), "channel": ctx.channel}
        for name, granted in given.items()
    }


def _clean(ctx: CommandContext, values: dict[str, Any], country: str) -> dict[str, Any]:
    cleaners: dict[str, Callable[[str], str]] = {
        "email": clean_email,
        "phone": lambda v: clean_phone(v, country),
        "tax_id": lambda v: clean_tax_id(v, country),
        "postal_code": lambda v: clean_postal_code(v, country),
    }
    clean: dict[str, Any] = {}
    for name, value in values.items():
        if isinstance(value, str):
            value = value.strip() or None
        if value is not None and name in cleaners:
            value = cleaners[name](value)
        clean[name] = value
    for name in ("first_name", "last_name"):
        if name in clean and clean[name] is None:
            raise _refuse(name, "A customer needs a first and a last name.")
    if "home_store_id" in clean and clean["home_store_id"] is not None:
        ctx.get(Store, clean["home_store_id"], "store")
    return clean


@command("customer.create", CreateCustomer, web=True)
def create_customer(ctx: CommandContext, args: CreateCustomer) -> None:
    """A new customer, served by the creating store (or the rep's territory)."""
    if ctx.session.get(Customer, args.customer_id) is not None:
        raise RuleViolation(
            "duplicate_id", "This customer has already been created.", {"case": "customer"}
        )
    values = _clean(ctx, args.model_dump(exclude={"consents"}), args.country)
    _check_unique(ctx, args.customer_id, values["email"], values["loyalty_card"])
    _check_segment(ctx, values["segment"] or RETAIL)
    territory_id = ctx.actor.territory_id if ctx.actor is not None else None
    home = values.pop("home_store_id")
    if home is None and territory_id is None:
        home = ctx.store_id
    customer = Customer(
        id=args.customer_id,
        number=numbering.customer_number(args.customer_id),
        home_store_id=home,
        territory_id=territory_id,
        consents=_consents(ctx, args.consents),
        created_at=ctx.at,
        **{k: v for k, v in values.items() if k != "customer_id"},
    )
    customer.segment = customer.segment or RETAIL
    ctx.session.add(customer)
    ctx.guard.check(customer)
    timeline.record(
        ctx,
        customer.id,
        timeline.CUSTOMER_CREATED,
        f"Customer {customer.first_name} {customer.last_name} created.",
        "customer",
        customer.id,
        params={"name": f"{customer.first_name} {customer.last_name}"},
    )
    ctx.result.update(customer_id=str(customer.id), customer_number=customer.number)


@command("customer.update", UpdateCustomer, web=True)
def update_customer(ctx: CommandContext, args: UpdateCustomer) -> None:
    """Change only the fields given; the others keep their values."""
    customer: Customer = ctx.get(Customer, args.customer_id, "customer", lock=True)
    given = args.model_fields_set - {"customer_id"}
    country = args.country if "country" in given and args.country else customer.country
    values = _clean(ctx, {k: getattr(args, k) for k in given if k != "consents"}, country)
    if "country" in values and values["country"] is None:
        del values["country"]
    if "segment" in values:
        values["segment"] = values["segment"] or RETAIL
        if values["segment"] != customer.segment:
            _check_segment(ctx, values["segment"])
    _check_unique(ctx, customer.id, values.get("email"), values.get("loyalty_card"))
    for name, value in values.items():
        setattr(customer, name, value)
    if "consents" in given:
        customer.consents = {**customer.consents, **_consents(ctx, args.consents)}
    ctx.guard.check(customer)
    ctx.result.update(customer_id=str(customer.id), customer_number=customer.number)
