"""Loan and order applications: templates, life cycle, field and signing checks."""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
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
    REJECTED = "rejected"


class FileVerdict(StrEnum):
    """What staff decided about one attached file."""

    RECEIVED = "received"
    VERIFIED = "verified"
    REJECTED = "rejected"


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
MAX_AMOUNT = Decimal("1000000000")  # no consumer credit or income comes near it
MAX_WHOLE = Decimal("1200")  # months: a century

_A = ApplicationStatus
TRANSITIONS: dict[ApplicationStatus, frozenset[ApplicationStatus]] = {
    _A.DRAFT: frozenset({_A.SIGNED, _A.WITHDRAWN}),
    _A.SIGNED: frozenset({_A.SUBMITTED, _A.DRAFT, _A.WITHDRAWN}),
    _A.SUBMITTED: frozenset({_A.IN_REVIEW, _A.APPROVED, _A.REJECTED, _A.DRAFT, _A.WITHDRAWN}),
    _A.IN_REVIEW: frozenset({_A.APPROVED, _A.REJECTED, _A.DRAFT, _A.WITHDRAWN}),
    _A.APPROVED: frozenset(),
    _A.REJECTED: frozenset(),
    _A.WITHDRAWN: frozenset(),
}
"""Allowed moves: current status -> statuses it may become.

An application is completed (fields, offer, documents, identity, consents) as a draft in
any channel, signed in a branch, then submitted; someone other than the person who
submitted it approves or rejects it. Going back to draft from signed, submitted or in
review starts a new version that must be signed again (the signed one stays on file).
"""

OPEN = frozenset({_A.DRAFT, _A.SIGNED, _A.SUBMITTED, _A.IN_REVIEW})
CLOSED = frozenset({_A.APPROVED, _A.REJECTED, _A.WITHDRAWN})
AFTER_SIGNING = frozenset({_A.SIGNED, _A.SUBMITTED, _A.IN_REVIEW, _A.APPROVED})

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
    if number > (MAX_WHOLE if name in WHOLE_FIELDS else MAX_AMOUNT):
        raise _invalid(name, f"is far too large: {value!r}", "too_large", value)
    if name in WHOLE_FIELDS and number != number.to_integral_value():
        raise _invalid(name, f"must be a whole number, not {value!r}", "whole", value)
    if name in MONEY_FIELDS and number != number.quantize(Decimal("0.01")):
        raise _invalid(
            name, f"may have at most two decimal places, not {value!r}", "decimals", value
        )


def whole(value: object) -> int:
    """A whole-number field as an int ("36", 36, "36.0"); validate it first."""
    return int(Decimal(str(value).strip()))


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


CONSENTS: dict[str, str] = {
    "credit_check": "Consent to check the credit register",
    "data_processing": "Consent to process personal data for this credit",
    "e_signature": "Consent to sign electronically",
    "marketing": "Consent to receive offers",
}
"""Consents an applicant may give, with their English labels."""

IDENTITY_TYPES: dict[str, str] = {
    "id_card": "Identity card",
    "passport": "Passport",
    "residence_permit": "Residence permit",
}

_ID_NUMBER = re.compile(r"^[A-Z0-9]{5,20}$")
_PL_ID_CARD = re.compile(r"^[A-Z]{3}[0-9]{6}$")
_PL_ID_WEIGHTS = (7, 3, 1, 9, 7, 3, 1, 7, 3)  # the 4th character is the check digit


def _pl_id_card_ok(number: str) -> bool:
    """The Polish identity card's check digit (series ABC, digits 123456)."""
    if not _PL_ID_CARD.match(number):
        return False
    values = [ord(c) - 55 if c.isalpha() else int(c) for c in number]
    check = values[3]
    total = sum(w * v for w, v in zip(_PL_ID_WEIGHTS, values, strict=True) if w != 9)
    return total % 10 == check


def check_identity(doc_type: str, number: str, expiry: date, country: str, today: date) -> str:
    """Refuse an identity document staff cannot have checked; returns the number as kept
    (upper case, no spaces)."""
    if doc_type not in IDENTITY_TYPES:
        raise RuleViolation(
            "invalid_identity", f"Unknown identity document {doc_type!r}.", {"case": "type"}
        )
    cleaned = re.sub(r"[\s-]", "", number).upper()
    if not _ID_NUMBER.match(cleaned):
        raise RuleViolation(
            "invalid_identity",
            "The document number has 5 to 20 letters and digits.",
            {"case": "number"},
        )
    if country == "PL" and doc_type == "id_card" and not _pl_id_card_ok(cleaned):
        raise RuleViolation(
            "invalid_identity",
            "This is not a valid Polish identity card number (3 letters, 6 digits).",
            {"case": "pl_id_card"},
        )
    if not (len(country) == 2 and country.isalpha() and country.isupper()):
        raise RuleViolation(
            "invalid_identity", "The issuing country is a two-letter code.", {"case": "country"}
        )
    if expiry < today:
        raise RuleViolation(
            "invalid_identity",
            f"This document expired on {expiry.isoformat()}.",
            {"case": "expired", "expiry": expiry.isoformat()},
        )
    return cleaned


def mask(number: str) -> str:
    """A document number as shown once it is recorded: only the last 3 characters."""
    return "\u2022" * max(len(number) - 3, 0) + number[-3:]


def document_summary(
    codes: Sequence[str], files: Iterable[tuple[str, str]]
) -> dict[str, DocumentState]:
    """The checklist from the files: (document code, file status) of each attached file.

    A document is verified when one of its files is; received when one is waiting to be
    checked; rejected when every file was rejected; missing when none was attached.
    """
    seen: dict[str, set[str]] = {code: set() for code in codes}
    for code, status in files:
        if code in seen:
            seen[code].add(status)
    summary = {}
    for code, statuses in seen.items():
        if FileVerdict.VERIFIED in statuses:
            summary[code] = DocumentState.VERIFIED
        elif FileVerdict.RECEIVED in statuses:
            summary[code] = DocumentState.RECEIVED
        elif statuses:
            summary[code] = DocumentState.REJECTED
        else:
            summary[code] = DocumentState.MISSING
    return summary


@dataclass(frozen=True)
class Missing:
    """One thing still missing before an application can be signed."""

    what: str  # field | offer | offer_expired | document | identity | consent
    name: str = ""  # the field, document or consent code
    detail: str = ""  # a document's state, an offer's end of validity


def missing_for_signing(
    kind: ApplicationKind,
    fields: Mapping[str, object],
    offer: Mapping[str, object] | None,
    documents: Mapping[str, str],
    identity: Mapping[str, object] | None,
    consents: Mapping[str, Mapping[str, object]],
    required_consents: Sequence[str],
    at: datetime,
) -> list[Missing]:
    """What is missing before signing, in the order staff work through it."""
    missing = [Missing("field", name) for name in missing_fields(kind, fields)]
    if not offer:
        missing.append(Missing("offer"))
    elif _expired(offer.get("valid_until"), at):
        missing.append(Missing("offer_expired", detail=str(offer.get("valid_until", ""))))
    missing += [
        Missing("document", code, state)
        for code, state in documents.items()
        if state != DocumentState.VERIFIED
    ]
    if not identity:
        missing.append(Missing("identity"))
    missing += [
        Missing("consent", code)
        for code in required_consents
        if not (consents.get(code) or {}).get("given")
    ]
    return missing


def _expired(valid_until: object, at: datetime) -> bool:
    try:
        until = datetime.fromisoformat(str(valid_until))
    except ValueError:
        return True
    if until.utcoffset() is None:
        until = until.replace(tzinfo=UTC)
    return until < at


def _describe(item: Missing) -> str:
    if item.what == "field":
        return _label(item.name)
    if item.what == "offer":
        return "an offer"
    if item.what == "offer_expired":
        return "a new offer (the last one expired)"
    if item.what == "document":
        return f"{item.name.replace('_', ' ')} ({item.detail})"
    if item.what == "identity":
        return "the identity document checked"
    return CONSENTS.get(item.name, item.name)


def check_ready_to_sign(status: ApplicationStatus, missing: Sequence[Missing]) -> None:
    """Refuse signing unless the application is a draft with nothing missing."""
    status = ApplicationStatus(status)
    if status is not _A.DRAFT:
        raise RuleViolation(
            "application_signed" if status in AFTER_SIGNING else "application_closed",
            "This application is already signed."
            if status in AFTER_SIGNING
            else f"This application is {_STATE[status]}.",
            {"app_status": status.value},
        )
    if missing:
        raise RuleViolation(
            "not_ready_to_sign",
            f"Before signing: {', '.join(_describe(m) for m in missing)}.",
            {"missing": [f"{m.what}:{m.name}" if m.name else m.what for m in missing]},
        )


def check_editable(status: ApplicationStatus, *, online: bool = False) -> None:
    """Refuse a change to an application that is signed or closed.

    A signed agreement never changes: a change means a new version, signed again.
    """
    status = ApplicationStatus(status)
    if status is _A.DRAFT:
        return
    if status in AFTER_SIGNING:
        raise RuleViolation(
            "application_signed",
            "The agreement is signed and cannot be changed"
            + ("; ask the branch." if online else "; start a new version to sign again."),
            {"case": "online" if online else "staff", "app_status": status.value},
        )
    raise RuleViolation(
        "application_closed", f"This application is {_STATE[status]}.", {"app_status": status.value}
    )


def check_four_eyes(actor_id: object, submitted_by: object, witness_id: object) -> None:
    """Nobody approves or rejects an application they submitted or witnessed signing."""
    if actor_id is not None and actor_id in (submitted_by, witness_id):
        raise RuleViolation(
            "four_eyes",
            "Someone other than the advisor who signed and submitted it must decide "
            "on this application.",
            {},
        )


def content_digest(
    *,
    version: int,
    kind: str,
    product: str | None,
    fields: Mapping[str, object],
    offer: Mapping[str, object] | None,
    files: Iterable[tuple[str, str, str]],
    identity: Mapping[str, object] | None,
    consents: Mapping[str, Mapping[str, object]],
) -> str:
    """SHA-256 of what is signed: the same application gives the same digest anywhere.

    `files` are (document code, SHA-256, status) of the files attached, signed
    agreements excepted. Who checked what and when is not part of it, nor the consent to
    sign electronically (given with the signature itself).
    """
    body = {
        "version": version,
        "kind": kind,
        "product": product,
        "fields": {k: str(v) for k, v in sorted(fields.items())},
        "offer": {k: str(v) for k, v in sorted((offer or {}).items())},
        "files": sorted([list(f) for f in files]),
        "identity": {
            k: str((identity or {}).get(k)) for k in ("type", "number", "expiry", "country")
        }
        if identity
        else None,
        "consents": {
            k: bool(v.get("given")) for k, v in sorted(consents.items()) if k != "e_signature"
        },
    }
    canonical = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=True)
    return hashlib.sha256(canonical.encode()).hexdigest()


def check_unchanged_since_signing(signed_digest: str | None, current_digest: str) -> None:
    """Refuse approving an application whose content changed after it was signed."""
    if signed_digest != current_digest:
        raise RuleViolation(
            "signed_content_changed",
            "The application changed after the customer signed it (a document was added or "
            "changed, e.g. on the web): start a new version and have it signed again.",
            {},
        )


class Stage(StrEnum):
    """Where an application stands in a branch's queue (not a status: derived)."""

    WAITING_DOCUMENTS = "waiting_documents"
    READY_TO_SIGN = "ready_to_sign"
    COMPLETING = "completing"  # a draft with fields, offer, identity or consent missing
    WAITING_APPROVAL = "waiting_approval"
    APPROVED = "approved"
    REJECTED = "rejected"
    WITHDRAWN = "withdrawn"


def stage(status: ApplicationStatus, missing: Sequence[Missing]) -> Stage:
    status = ApplicationStatus(status)
    if status is _A.DRAFT:
        if not missing:
            return Stage.READY_TO_SIGN
        if any(m.what == "document" for m in missing):
            return Stage.WAITING_DOCUMENTS
        return Stage.COMPLETING
    if status in (_A.SIGNED, _A.SUBMITTED, _A.IN_REVIEW):
        return Stage.WAITING_APPROVAL
    return Stage(status.value)


def is_stalled(status: ApplicationStatus, updated_at: datetime, now: datetime, days: int) -> bool:
    """An open application with no progress for `days` days."""
    return ApplicationStatus(status) in OPEN and now - updated_at > timedelta(days=days)
