"""A loan started online, completed by phone, approved and signed in the branch."""

from __future__ import annotations

import base64
import uuid
from datetime import timedelta
from decimal import Decimal

import pytest

from sync import model as m
from sync.rules.errors import RuleViolation

from .conftest import T0, World, new_id

PNG = base64.b64encode(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64).decode()
LOAN_FIELDS = {
    "first_name": "Anna",
    "last_name": "Nowak",
    "national_id": "85010112345",
    "monthly_income": "6500.00",
    "employment_type": "permanent",
    "amount": "20000.00",
    "term_months": 36,
}


def _start(world: World, who: str | None = None, **fields: object) -> str:
    application_id = new_id()
    world.do(
        who,
        "application.start",
        {
            "application_id": application_id,
            "customer_id": str(world.customers["anna"]),
            "kind": "loan",
            "branch_store_id": str(world.stores["BRANCH"].id),
            "fields": fields,
        },
    )
    return application_id


def _app(world: World, application_id: str) -> m.Application:
    return world.session.get(m.Application, uuid.UUID(application_id))


def _ref(application_id: str, **extra: object) -> dict[str, object]:
    return {"application_id": application_id, **extra}


def _documents(world: World, application_id: str, status: str, who: str | None = "advisor") -> None:
    for code in ("id_card", "income_statement"):
        world.do(who, "application.set_document", _ref(application_id, code=code, status=status))


def test_loan_journey_across_channels(world: World) -> None:
    app_id = _start(world, first_name="Anna", amount="20000.00")
    app = _app(world, app_id)
    assert (app.status, app.channel, app.current_step, app.currency) == (
        "draft",
        "web",
        "applicant",
        "PLN",
    )
    assert app.documents == {"id_card": "missing", "income_statement": "missing"}
    assert app.number.startswith("A-") and app.amount == Decimal("20000.00")
    phone = world.do(
        "advisor",
        "application.update_fields",
        _ref(app_id, fields=LOAN_FIELDS, step="loan"),
        channel="phone",
        at=T0 + timedelta(hours=1),
    )
    assert phone["missing_fields"] == [] and app.current_step == "loan"
    _documents(world, app_id, "received", who=None)
    world.do(None, "application.submit", _ref(app_id), at=T0 + timedelta(hours=2))
    assert app.status == "submitted" and app.submitted_at == T0 + timedelta(hours=2)
    world.do("advisor", "application.start_review", _ref(app_id), at=T0 + timedelta(hours=3))
    _documents(world, app_id, "verified")
    with pytest.raises(RuleViolation) as refused:
        world.do("advisor", "application.approve", _ref(app_id))
    assert refused.value.code == "forbidden_role"
    world.do(
        "manager.branch",
        "application.approve",
        _ref(app_id, note="Scoring A"),
        at=T0 + timedelta(hours=4),
    )
    assert (app.status, app.decided_by, app.decision_note) == (
        "approved",
        world.staff["manager.branch"].id,
        "Scoring A",
    )
    signed = world.do(
        "advisor",
        "application.sign",
        _ref(app_id, signer="applicant", method="drawn", data=PNG),
        at=T0 + timedelta(hours=5),
    )
    assert signed["status"] == "signed" and app.signed_at == T0 + timedelta(hours=5)
    assert app.signatures["applicant"]["channel"] == "branch"
    assert app.signatures["applicant"]["at"] == (T0 + timedelta(hours=5)).isoformat()
    assert [(e.kind, e.channel) for e in world.timeline("anna")] == [
        ("application_started", "web"),
        ("application_submitted", "web"),
        ("application_in_review", "branch"),
        ("application_approved", "branch"),
        ("application_signed", "branch"),
    ]


def test_cashier_cannot_approve_and_web_cannot_verify(world: World) -> None:
    app_id = _start(world, **LOAN_FIELDS)
    with pytest.raises(RuleViolation) as refused:
        world.do(None, "application.set_document", _ref(app_id, code="id_card", status="verified"))
    assert refused.value.code == "staff_only"
    world.do(None, "application.submit", _ref(app_id))
    world.do("advisor", "application.start_review", _ref(app_id))
    for who, name in [
        ("cashier", "application.approve"),
        ("cashier", "application.reject"),
        (None, "application.approve"),
    ]:
        with pytest.raises(RuleViolation) as refused:
            world.do(who, name, _ref(app_id))
        assert refused.value.code in {"forbidden_role", "forbidden_channel"}
    world.do("manager.branch", "application.reject", _ref(app_id, note="Income too low"))
    assert _app(world, app_id).status == "rejected"
    assert "application_rejected" in {e.kind for e in world.timeline("anna")}


def test_fields_are_validated_and_locked_after_submit(world: World) -> None:
    with pytest.raises(RuleViolation) as refused:
        _start(world, amount="lots")
    assert refused.value.code == "invalid_field"
    app_id = _start(world)
    with pytest.raises(RuleViolation) as refused:
        world.do(None, "application.update_fields", _ref(app_id, fields={"colour": "red"}))
    assert refused.value.code == "unknown_field"
    with pytest.raises(RuleViolation) as refused:
        world.do(None, "application.submit", _ref(app_id))
    assert refused.value.code == "missing_fields"
    world.do(None, "application.update_fields", _ref(app_id, fields=LOAN_FIELDS))
    world.do(None, "application.submit", _ref(app_id))
    with pytest.raises(RuleViolation) as refused:
        world.do(None, "application.update_fields", _ref(app_id, fields={"amount": "1.00"}))
    assert refused.value.code == "application_locked"
    world.do("advisor", "application.update_fields", _ref(app_id, fields={"amount": "1.00"}))
    assert _app(world, app_id).amount == Decimal("1.00")


def test_signing_needs_approval_verified_documents_and_a_real_signature(world: World) -> None:
    app_id = _start(world, **LOAN_FIELDS)
    sign = _ref(app_id, signer="applicant", method="typed", data="Anna Nowak")
    with pytest.raises(RuleViolation) as refused:
        world.do("advisor", "application.sign", sign)
    assert refused.value.code == "not_approved"
    world.do(None, "application.submit", _ref(app_id))
    world.do("advisor", "application.start_review", _ref(app_id))
    world.do("manager.branch", "application.approve", _ref(app_id))
    with pytest.raises(RuleViolation) as refused:
        world.do("advisor", "application.sign", sign)
    assert refused.value.code == "documents_not_verified"
    _documents(world, app_id, "verified")
    with pytest.raises(RuleViolation) as refused:
        world.do(
            "advisor",
            "application.sign",
            _ref(app_id, signer="applicant", method="drawn", data="bm90IGEgcG5n"),
        )
    assert refused.value.code == "invalid_signature"
    world.do("advisor", "application.sign", sign)
    assert _app(world, app_id).signatures["applicant"]["data"] == "Anna Nowak"


def test_withdraw(world: World) -> None:
    app_id = _start(world)
    world.do(None, "application.withdraw", _ref(app_id))
    assert _app(world, app_id).status == "withdrawn"
    with pytest.raises(RuleViolation) as refused:
        world.do(None, "application.submit", _ref(app_id))
    assert refused.value.code == "invalid_transition"
