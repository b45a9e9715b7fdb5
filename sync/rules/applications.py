"""Loan and order applications: templates, life cycle, field and signing checks."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from enum import StrEnum

from sync.rules.errors import RuleViolation


class ApplicationStatus(StrEnum):
    DRAFT = "draft"
    SUBMITTED = "submitted"
    IN_REVIEW = "in_review"
    APPROVED = "approved"
    REJECTED = "rejected"
    SIGNED = "signed"
    WITHDRAWN = "withdrawn"


class ApplicationKind(StrEnum):
    LOAN = "loan"
    ORDER = "order"


class DocumentState(StrEnum):
    MISSING = "missing"
    RECEIVED = "received"
    VERIFIED = "verified"


@dataclass(frozen=True)
class ApplicationTemplate:
    kind: ApplicationKind
    steps: tuple[str, ...]
    required_fields: tuple[str, ...]
    required_documents: tuple[tuple[str, str], ...]  # (code, English label)
    signers: tuple[str, ...]
    optional_fields: tuple[str, ...] = ()

    @property
    def fields(self) -> tuple[str, ...]:
        """Every field the application knows, required first."""
        return self.required_fields + self.optional_fields


TEMPLATES: dict[ApplicationKind, ApplicationTemplate] = {
    ApplicationKind.LOAN: ApplicationTemplate(
        kind=ApplicationKind.LOAN,
        steps=("applicant", "income", "loan", "documents", "review", "signature"),
        required_fields=(
            "first_name",
            "last_name",
            "national_id",
            "monthly_income",
            "employment_type",
            "amount",
            "term_months",
        ),
        required_documents=(("id_card", "Identity card"), ("income_statement", "Income statement")),
        signers=("applicant",),
        optional_fields=("email", "phone", "employer_name", "loan_purpose"),
    ),
    ApplicationKind.ORDER: ApplicationTemplate(
        kind=ApplicationKind.ORDER,
        steps=("order", "documents", "review", "signature"),
        required_fields=("product_description", "amount", "delivery_store"),
        required_documents=(("id_card", "Identity card"),),
        signers=("applicant",),
        optional_fields=("term_months", "notes"),
    ),
}

FIELD_LABELS: dict[str, str] = {
    "first_name": "First name",
    "last_name": "Last name",
    "national_id": "National ID number",
    "monthly_income": "Monthly net income",
    "employment_type": "Employment type",
    "amount": "Amount",
    "term_months": "Term (months)",
    "email": "Email",
    "phone": "Phone",
    "employer_name": "Employer",
    "loan_purpose": "Purpose of the loan",
    "product_description": "Product",
    "delivery_store": "Delivery store",
    "notes": "Notes",
}
"""English labels of the fields, for messages and forms."""

MONEY_FIELDS = frozenset({"amount", "monthly_income"})
WHOLE_FIELDS = frozenset({"term_months"})

_A = ApplicationStatus
TRANSITIONS: dict[ApplicationStatus, frozenset[ApplicationStatus]] = {
    _A.DRAFT: frozenset({_A.SUBMITTED, _A.WITHDRAWN}),
    _A.SUBMITTED: frozenset({_A.IN_REVIEW, _A.WITHDRAWN}),
    _A.IN_REVIEW: frozenset({_A.APPROVED, _A.REJECTED, _A.WITHDRAWN}),
    _A.APPROVED: frozenset({_A.SIGNED}),
    _A.REJECTED: frozenset(),
    _A.SIGNED: frozenset(),
    _A.WITHDRAWN: frozenset(),
}
"""Allowed moves: current status -> statuses it may become."""

_STATE = {
    _A.DRAFT: "still a draft",
    _A.SUBMITTED: "submitted",
    _A.IN_REVIEW: "in review",
    _A.APPROVED: "approved",
    _A.REJECTED: "rejected",
    _A.SIGNED: "signed",
    _A.WITHDRAWN: "withdrawn",
}
_MOVE = {
    _A.DRAFT: "go back to draft",
    _A.SUBMITTED: "be submitted",
    _A.IN_REVIEW: "be taken into review",
    _A.APPROVED: "be approved",
    _A.REJECTED: "be rejected",
    _A.SIGNED: "be signed",
    _A.WITHDRAWN: "be withdrawn",
}


def _label(name: str) -> str:
    return FIELD_LABELS.get(name, name)


def _blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _signed(value: object) -> bool:
    return not _blank(value) and bool(value)


def check_transition(current: ApplicationStatus, target: ApplicationStatus) -> None:
    """Refuse a status change the application life cycle does not allow."""
    current, target = ApplicationStatus(current), ApplicationStatus(target)
    if target not in TRANSITIONS[current]:
        raise RuleViolation(
            "invalid_transition",
            f"An application that is {_STATE[current]} cannot {_MOVE[target]}.",
            {"case": "application", "app_status": current.value, "app_target": target.value},
        )


def check_step(kind: ApplicationKind, step: str) -> None:
    """Refuse a wizard step the application's template does not have."""
    if step not in TEMPLATES[ApplicationKind(kind)].steps:
        raise RuleViolation(
            "unknown_step",
            f"A {kind} application has no step {step!r}.",
            {"kind": kind, "step": step},
        )


def missing_fields(kind: ApplicationKind, fields: Mapping[str, object]) -> list[str]:
    """Required fields that are absent, None or blank, in template order."""
    template = TEMPLATES[ApplicationKind(kind)]
    return [name for name in template.required_fields if _blank(fields.get(name))]


def _invalid(name: str, why: str, case: str, value: object = None) -> RuleViolation:
    params = {"case": case, "field": _label(name), "value": repr(value)}
    return RuleViolation("invalid_field", f"{_label(name)} {why}.", params)


def _check_number(name: str, value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise _invalid(name, "must be a number written as text or a whole number", "number_type")
    try:
        number = Decimal(value.strip() if isinstance(value, str) else value)
    except InvalidOperation:
        raise _invalid(name, f"must be a number, not {value!r}", "number", value) from None
    if not number.is_finite() or number <= 0:
        raise _invalid(name, f"must be a positive number, not {value!r}", "positive", value)
    if name in WHOLE_FIELDS and number != number.to_integral_value():
        raise _invalid(name, f"must be a whole number, not {value!r}", "whole", value)
    if name in MONEY_FIELDS and number != number.quantize(Decimal("0.01")):
        raise _invalid(
            name, f"may have at most two decimal places, not {value!r}", "decimals", value
        )


def validate_field(kind: ApplicationKind, name: str, value: object) -> None:
    """Refuse an unknown field or a bad value; None or blank clears a field and is fine."""
    template = TEMPLATES[ApplicationKind(kind)]
    if name not in template.fields:
        raise RuleViolation(
            "unknown_field",
            f"A {kind} application has no field {name!r}.",
            {"kind": kind, "field": name},
        )
    if _blank(value):
        return
    if name in MONEY_FIELDS or name in WHOLE_FIELDS:
        _check_number(name, value)
    elif not isinstance(value, str):
        raise _invalid(name, "must be text", "text")


def check_submit(kind: ApplicationKind, fields: Mapping[str, object]) -> None:
    """Refuse submitting with required fields missing or filled-in fields invalid."""
    missing = missing_fields(kind, fields)
    if missing:
        raise RuleViolation(
            "missing_fields",
            "Fill in these fields before submitting: "
            f"{', '.join(_label(name) for name in missing)}.",
            {"fields": [_label(name) for name in missing]},
        )
    for name in TEMPLATES[ApplicationKind(kind)].fields:
        if name in fields:
            validate_field(kind, name, fields[name])


def check_sign(
    kind: ApplicationKind,
    status: ApplicationStatus,
    documents: Mapping[str, str],
    signatures: Mapping[str, object],
) -> None:
    """Refuse signing unless approved, every document verified and every signer signed."""
    template = TEMPLATES[ApplicationKind(kind)]
    status = ApplicationStatus(status)
    if status is not _A.APPROVED:
        raise RuleViolation(
            "not_approved",
            "This application is already signed."
            if status is _A.SIGNED
            else f"Only an approved application can be signed; this one is {_STATE[status]}.",
            {"case": "signed"}
            if status is _A.SIGNED
            else {"case": "status", "app_status": status.value},
        )
    unverified = [
        f"{label} ({documents.get(code, DocumentState.MISSING)})"
        for code, label in template.required_documents
        if documents.get(code) != DocumentState.VERIFIED
    ]
    if unverified:
        raise RuleViolation(
            "documents_not_verified",
            f"Verify these documents before signing: {', '.join(unverified)}.",
            {"documents": unverified},
        )
    unsigned = [signer for signer in template.signers if not _signed(signatures.get(signer))]
    if unsigned:
        raise RuleViolation(
            "missing_signature", f"Still to sign: {', '.join(unsigned)}.", {"signers": unsigned}
        )
