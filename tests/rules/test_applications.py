"""Loan and order applications: templates, life cycle, fields, signing."""

from __future__ import annotations

import itertools

import pytest

from sync.rules.applications import (
    TEMPLATES,
    ApplicationKind,
    ApplicationStatus,
    check_sign,
    check_step,
    check_submit,
    check_transition,
    missing_fields,
    validate_field,
)
from sync.rules.errors import RuleViolation

A = ApplicationStatus
LOAN, ORDER = ApplicationKind.LOAN, ApplicationKind.ORDER
ALLOWED = {
    (A.DRAFT, A.SUBMITTED),
    (A.SUBMITTED, A.IN_REVIEW),
    (A.IN_REVIEW, A.APPROVED),
    (A.IN_REVIEW, A.REJECTED),
    (A.APPROVED, A.SIGNED),
    (A.DRAFT, A.WITHDRAWN),
    (A.SUBMITTED, A.WITHDRAWN),
    (A.IN_REVIEW, A.WITHDRAWN),
}
COMPLETE_LOAN = {
    "first_name": "Ala",
    "last_name": "Nowak",
    "national_id": "90010112345",
    "monthly_income": "6500.00",
    "employment_type": "employed",
    "amount": "20000",
    "term_months": 36,
}
VERIFIED = {"id_card": "verified", "income_statement": "verified"}
SIGNED = {"applicant": {"at": "2024-06-15T12:00:00Z", "staff": "anna"}}


def test_status_values() -> None:
    assert [s.value for s in A] == [
        "draft",
        "submitted",
        "in_review",
        "approved",
        "rejected",
        "signed",
        "withdrawn",
    ]


def test_loan_template_is_a_realistic_consumer_loan() -> None:
    loan = TEMPLATES[LOAN]
    assert loan.steps == ("applicant", "income", "loan", "documents", "review", "signature")
    assert set(COMPLETE_LOAN) == set(loan.required_fields)
    assert [code for code, _ in loan.required_documents] == ["id_card", "income_statement"]
    assert loan.signers == ("applicant",)
    order = TEMPLATES[ORDER]
    assert {"product_description", "amount", "delivery_store"} <= set(order.required_fields)
    assert [code for code, _ in order.required_documents] == ["id_card"]


@pytest.mark.parametrize(("current", "target"), sorted(ALLOWED))
def test_allowed_transitions(current: ApplicationStatus, target: ApplicationStatus) -> None:
    check_transition(current, target)


@pytest.mark.parametrize(
    ("current", "target"), [move for move in itertools.product(A, A) if move not in ALLOWED]
)
def test_every_other_transition_is_refused(
    current: ApplicationStatus, target: ApplicationStatus
) -> None:
    with pytest.raises(RuleViolation) as caught:
        check_transition(current, target)
    assert caught.value.code == "invalid_transition"
    assert "_" not in caught.value.message


def test_transition_message() -> None:
    with pytest.raises(RuleViolation) as caught:
        check_transition(A.SIGNED, A.WITHDRAWN)
    assert caught.value.message == "An application that is signed cannot be withdrawn."


def test_missing_fields_are_absent_none_or_blank_in_template_order() -> None:
    fields = {**COMPLETE_LOAN, "last_name": "  ", "amount": None}
    del fields["first_name"]
    assert missing_fields(LOAN, fields) == ["first_name", "last_name", "amount"]
    assert missing_fields(LOAN, COMPLETE_LOAN) == []


def test_submit_lists_the_missing_fields_by_label() -> None:
    check_submit(LOAN, COMPLETE_LOAN)
    with pytest.raises(RuleViolation) as caught:
        check_submit(LOAN, {**COMPLETE_LOAN, "monthly_income": "", "term_months": None})
    assert caught.value.code == "missing_fields"
    assert caught.value.message == (
        "Fill in these fields before submitting: Monthly net income, Term (months)."
    )


def test_submit_refuses_an_invalid_value() -> None:
    with pytest.raises(RuleViolation) as caught:
        check_submit(LOAN, {**COMPLETE_LOAN, "amount": "-100"})
    assert caught.value.code == "invalid_field"


def test_order_application_submits_with_its_own_fields() -> None:
    check_submit(
        ORDER,
        {"product_description": "Sofa, 3 seats", "amount": "4999.00", "delivery_store": "WAW-1"},
    )
    with pytest.raises(RuleViolation):
        check_submit(ORDER, {"product_description": "Sofa"})


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("amount", "20000"),
        ("amount", 20000),
        ("amount", "1999.99"),
        ("amount", " 50 "),
        ("monthly_income", "4500.50"),
        ("term_months", "36"),
        ("term_months", 12),
        ("first_name", "Ala"),
        ("amount", None),
        ("amount", ""),
        ("loan_purpose", "Car"),
    ],
)
def test_valid_field_values(name: str, value: object) -> None:
    validate_field(LOAN, name, value)


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("amount", 20000.0),
        ("amount", "abc"),
        ("amount", "0"),
        ("amount", "-5"),
        ("amount", "10.005"),
        ("amount", "NaN"),
        ("amount", "Infinity"),
        ("amount", True),
        ("term_months", "12.5"),
        ("monthly_income", 0),
        ("first_name", 42),
    ],
)
def test_invalid_field_values(name: str, value: object) -> None:
    with pytest.raises(RuleViolation) as caught:
        validate_field(LOAN, name, value)
    assert caught.value.code == "invalid_field"


def test_unknown_field_is_refused() -> None:
    with pytest.raises(RuleViolation) as caught:
        validate_field(LOAN, "favourite_colour", "blue")
    assert caught.value.code == "unknown_field"
    with pytest.raises(RuleViolation):
        validate_field(ORDER, "monthly_income", "100")  # a loan field, not an order one


@pytest.mark.parametrize("status", [s for s in A if s is not A.APPROVED])
def test_only_approved_applications_are_signed(status: ApplicationStatus) -> None:
    with pytest.raises(RuleViolation) as caught:
        check_sign(LOAN, status, VERIFIED, SIGNED)
    assert caught.value.code == "not_approved"


def test_signing_needs_every_document_verified() -> None:
    with pytest.raises(RuleViolation) as caught:
        check_sign(
            LOAN, A.APPROVED, {"id_card": "verified", "income_statement": "received"}, SIGNED
        )
    assert caught.value.code == "documents_not_verified"
    assert caught.value.message == (
        "Verify these documents before signing: Income statement (received)."
    )
    with pytest.raises(RuleViolation) as caught:
        check_sign(LOAN, A.APPROVED, {}, SIGNED)
    assert "Identity card (missing), Income statement (missing)" in caught.value.message


@pytest.mark.parametrize(
    "signatures", [{}, {"applicant": None}, {"applicant": ""}, {"spouse": "x"}]
)
def test_signing_needs_every_signer(signatures: dict[str, object]) -> None:
    with pytest.raises(RuleViolation) as caught:
        check_sign(LOAN, A.APPROVED, VERIFIED, signatures)
    assert caught.value.code == "missing_signature"
    assert "applicant" in caught.value.message


def test_approved_verified_signed_application_passes() -> None:
    check_sign(LOAN, A.APPROVED, VERIFIED, SIGNED)
    check_sign(ORDER, "approved", {"id_card": "verified"}, SIGNED)  # type: ignore[arg-type]


def test_steps_are_those_of_the_template() -> None:
    check_step(LOAN, "income")
    with pytest.raises(RuleViolation) as caught:
        check_step(ORDER, "income")
    assert caught.value.code == "unknown_step"
