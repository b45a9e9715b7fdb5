"""Loan and order applications: templates, life cycle, fields, signing."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime, timedelta

import pytest

from sync.rules.applications import (
    TEMPLATES,
    ApplicationKind,
    ApplicationStatus,
    Missing,
    Stage,
    check_editable,
    check_four_eyes,
    check_ready_to_sign,
    check_step,
    check_submit,
    check_transition,
    check_unchanged_since_signing,
    content_digest,
    document_summary,
    is_stalled,
    mask,
    missing_fields,
    missing_for_signing,
    stage,
    validate_field,
)
from sync.rules.errors import RuleViolation

A = ApplicationStatus
LOAN, ORDER = ApplicationKind.LOAN, ApplicationKind.ORDER
ALLOWED = {
    (A.DRAFT, A.SIGNED),
    (A.DRAFT, A.WITHDRAWN),
    (A.SIGNED, A.SUBMITTED),
    (A.SIGNED, A.DRAFT),
    (A.SIGNED, A.WITHDRAWN),
    (A.SUBMITTED, A.IN_REVIEW),
    (A.SUBMITTED, A.APPROVED),
    (A.SUBMITTED, A.REJECTED),
    (A.SUBMITTED, A.DRAFT),
    (A.SUBMITTED, A.WITHDRAWN),
    (A.IN_REVIEW, A.APPROVED),
    (A.IN_REVIEW, A.REJECTED),
    (A.IN_REVIEW, A.DRAFT),
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
        check_transition(A.APPROVED, A.WITHDRAWN)
    assert caught.value.message == "An application that is approved cannot be withdrawn."


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


NOW = datetime(2026, 12, 7, 12, 0, tzinfo=UTC)
OFFER = {"valid_until": "2026-12-21T12:00:00Z", "amount": "20000.00"}
IDENTITY = {"type": "id_card", "number": "ABA300000", "expiry": "2031-01-01", "country": "PL"}
CONSENTED = {"credit_check": {"given": True}, "data_processing": {"given": True}}
REQUIRED = ("credit_check", "data_processing")


def _missing(**changes: object) -> list[Missing]:
    values: dict[str, object] = {
        "fields": COMPLETE_LOAN,
        "offer": OFFER,
        "documents": VERIFIED,
        "identity": IDENTITY,
        "consents": CONSENTED,
    }
    values.update(changes)
    return missing_for_signing(
        LOAN,
        values["fields"],  # type: ignore[arg-type]
        values["offer"],  # type: ignore[arg-type]
        values["documents"],  # type: ignore[arg-type]
        values["identity"],  # type: ignore[arg-type]
        values["consents"],  # type: ignore[arg-type]
        REQUIRED,
        NOW,
    )


def test_a_complete_draft_is_ready_to_sign() -> None:
    assert _missing() == []
    check_ready_to_sign(A.DRAFT, [])
    assert stage(A.DRAFT, []) is Stage.READY_TO_SIGN


def test_what_is_missing_before_signing_in_order() -> None:
    missing = _missing(
        fields={**COMPLETE_LOAN, "monthly_income": ""},
        offer={"valid_until": "2026-12-01T00:00:00Z"},
        documents={"id_card": "verified", "income_statement": "received"},
        identity=None,
        consents={"credit_check": {"given": False}},
    )
    assert [(m.what, m.name) for m in missing] == [
        ("field", "monthly_income"),
        ("offer_expired", ""),
        ("document", "income_statement"),
        ("identity", ""),
        ("consent", "credit_check"),
        ("consent", "data_processing"),
    ]
    assert stage(A.DRAFT, missing) is Stage.WAITING_DOCUMENTS
    with pytest.raises(RuleViolation) as caught:
        check_ready_to_sign(A.DRAFT, missing)
    assert caught.value.code == "not_ready_to_sign"
    assert "Monthly net income" in caught.value.message


@pytest.mark.parametrize("status", [s for s in A if s is not A.DRAFT])
def test_only_drafts_are_signed(status: ApplicationStatus) -> None:
    with pytest.raises(RuleViolation) as caught:
        check_ready_to_sign(status, [])
    assert caught.value.code in {"application_signed", "application_closed"}


@pytest.mark.parametrize("status", [A.SIGNED, A.SUBMITTED, A.IN_REVIEW, A.APPROVED])
def test_nothing_changes_once_signed(status: ApplicationStatus) -> None:
    check_editable(A.DRAFT)
    with pytest.raises(RuleViolation) as caught:
        check_editable(status)
    assert caught.value.code == "application_signed"


def test_four_eyes() -> None:
    check_four_eyes("b", "a", "a")
    for actor in ("a", "w"):
        with pytest.raises(RuleViolation) as caught:
            check_four_eyes(actor, "a", "w")
        assert caught.value.code == "four_eyes"


def test_digest_changes_with_what_is_signed_only() -> None:
    base = {
        "version": 1,
        "kind": "loan",
        "product": "PL-CASH",
        "fields": COMPLETE_LOAN,
        "offer": OFFER,
        "files": [("id_card", "a" * 64, "verified")],
        "identity": IDENTITY,
        "consents": CONSENTED,
    }
    first = content_digest(**base)  # type: ignore[arg-type]
    checked_later = {**IDENTITY, "checked_at": "2026-12-08T10:00:00Z"}
    e_sign = {**CONSENTED, "e_signature": {"given": True}}
    assert content_digest(**{**base, "identity": checked_later, "consents": e_sign}) == first  # type: ignore[arg-type]
    more_files = [*base["files"], ("income_statement", "b" * 64, "received")]  # type: ignore[misc]
    assert content_digest(**{**base, "files": more_files}) != first  # type: ignore[arg-type]
    assert content_digest(**{**base, "version": 2}) != first  # type: ignore[arg-type]
    with pytest.raises(RuleViolation) as caught:
        check_unchanged_since_signing(first, content_digest(**{**base, "files": more_files}))  # type: ignore[arg-type]
    assert caught.value.code == "signed_content_changed"


def test_checklist_from_files() -> None:
    summary = document_summary(
        ["id_card", "income_statement", "tax_code"],
        [("id_card", "rejected"), ("id_card", "verified"), ("income_statement", "rejected")],
    )
    assert summary == {
        "id_card": "verified",
        "income_statement": "rejected",
        "tax_code": "missing",
    }


def test_identity_numbers_are_masked() -> None:
    assert mask("ABA300000") == "\u2022" * 6 + "000"


def test_stalled_is_open_without_progress() -> None:
    assert is_stalled(A.DRAFT, NOW - timedelta(days=8), NOW, 7)
    assert not is_stalled(A.DRAFT, NOW - timedelta(days=6), NOW, 7)
    assert not is_stalled(A.APPROVED, NOW - timedelta(days=80), NOW, 7)


def test_steps_are_those_of_the_template() -> None:
    check_step(LOAN, "income")
    with pytest.raises(RuleViolation) as caught:
        check_step(ORDER, "income")
    assert caught.value.code == "unknown_step"
