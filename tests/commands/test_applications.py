"""A loan started online, completed by phone, signed and submitted in the branch, and
decided by a second person."""

from __future__ import annotations

import hashlib
import uuid
from datetime import timedelta
from decimal import Decimal
from typing import Any

import pytest

from sync import model as m
from sync.commands.application_state import digest
from sync.rules.errors import RuleViolation
from sync.rules.offers import quote

from .conftest import T0, World, new_id

LOAN_FIELDS = {
    "first_name": "Anna",
    "last_name": "Nowak",
    "national_id": "85010112345",
    "monthly_income": "6500.00",
    "employment_type": "permanent",
    "amount": "20000.00",
    "term_months": 36,
}
STROKES = [[[100, 500, 0], [300, 300, 40], [500, 600, 90], [800, 350, 150]]]
DOT = [[[500, 500, 0]]]


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
    world.session.expire_all()
    return world.session.get(m.Application, uuid.UUID(application_id))


def _ref(application_id: str, **extra: object) -> dict[str, object]:
    return {"application_id": application_id, **extra}


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def _attach(world: World, app_id: str, document: str, who: str | None, name: str) -> str:
    file_id = new_id()
    world.do(
        who,
        "application.attach_file",
        {
            "file_id": file_id,
            "application_id": app_id,
            "document": document,
            "sha256": _sha(name),
            "size": 1000,
            "media_type": "application/pdf",
            "filename": name,
        },
    )
    return file_id


def _complete(world: World, app_id: str) -> None:
    """Everything a branch needs before signing, documents verified."""
    world.do("advisor", "application.update_fields", _ref(app_id, fields=LOAN_FIELDS))
    for code in ("id_card", "income_statement"):
        file_id = _attach(world, app_id, code, "advisor", f"{code}.pdf")
        world.do("advisor", "application.check_file", {"file_id": file_id, "verdict": "verified"})
    world.do(
        "advisor",
        "application.record_identity",
        _ref(app_id, type="id_card", number="ABA300000", expiry="2031-01-31", country="PL"),
    )
    for code in ("credit_check", "data_processing"):
        world.do("advisor", "application.give_consent", _ref(app_id, code=code, given=True))


def _sign_args(world: World, app_id: str, strokes: Any = STROKES) -> dict[str, Any]:
    return _ref(
        app_id,
        file_id=new_id(),
        document_sha256=_sha("agreement"),
        signed_sha256=_sha("signed agreement"),
        signed_size=5000,
        content_digest=digest(world.session, _app(world, app_id)),
        language="pl",
        strokes=strokes,
        e_sign_consent=True,
        device="Branch desk 1",
    )


def test_offer_is_the_engines_and_follows_amount_and_term(world: World) -> None:
    app_id = _start(world, amount="20000.00", term_months=36)
    app = _app(world, app_id)
    assert app.product == "PL-CASH" and app.currency == "PLN"
    expected = quote("PL-CASH", Decimal("20000.00"), 36, "retail", T0).to_json()
    assert app.offer == expected
    world.do(
        None,
        "application.set_offer",
        _ref(app_id, product="PL-CASH", amount="9000", term_months=24),
    )
    app = _app(world, app_id)
    assert app.offer["amount"] == "9000.00" and app.offer["term_months"] == 24
    with pytest.raises(RuleViolation) as refused:
        world.do(
            None,
            "application.set_offer",
            _ref(app_id, product="PL-CASH", amount="500", term_months=24),
        )
    assert refused.value.code == "offer_out_of_limits"
    assert _app(world, app_id).offer["amount"] == "9000.00"  # nothing saved


def test_loan_journey_signed_submitted_and_decided_by_someone_else(world: World) -> None:
    app_id = _start(world, first_name="Anna", amount="20000.00")
    web_file = _attach(world, app_id, "id_card", None, "id-web.jpg")
    assert _app(world, app_id).documents == {"id_card": "received", "income_statement": "missing"}
    world.do(
        "advisor", "application.update_fields", _ref(app_id, fields=LOAN_FIELDS), channel="phone"
    )
    with pytest.raises(RuleViolation) as refused:
        world.do("advisor", "application.sign", _sign_args(world, app_id))
    assert refused.value.code == "not_ready_to_sign"
    missing = {item.split(":")[0] for item in refused.value.params["missing"].split(", ")}
    assert missing == {"document", "identity", "consent"}
    world.do(
        "advisor",
        "application.check_file",
        {"file_id": web_file, "verdict": "rejected", "reason": "Blurred"},
    )
    assert _app(world, app_id).documents["id_card"] == "rejected"
    _complete(world, app_id)
    with pytest.raises(RuleViolation) as refused:
        world.do("advisor", "application.sign", _sign_args(world, app_id, DOT))
    assert refused.value.code == "invalid_signature"
    world.do("advisor", "application.sign", _sign_args(world, app_id), at=T0 + timedelta(hours=2))
    app = _app(world, app_id)
    assert app.status == "signed" and app.agreement["witness_id"] == str(world.staff["advisor"].id)
    assert (
        app.agreement["identity_masked"].endswith("000")
        and "ABA" not in app.agreement["identity_masked"]
    )
    assert app.consents["e_signature"]["given"] is True
    # Nothing of a signed application changes.
    for name, args in [
        ("application.update_fields", _ref(app_id, fields={"amount": "25000"})),
        ("application.set_offer", _ref(app_id, product="PL-CASH", amount="9000", term_months=24)),
        ("application.give_consent", _ref(app_id, code="marketing", given=True)),
    ]:
        with pytest.raises(RuleViolation) as refused:
            world.do("advisor", name, args)
        assert refused.value.code == "application_signed"
    world.do("advisor", "application.submit", _ref(app_id))
    for who in ("advisor",):
        with pytest.raises(RuleViolation) as refused:
            world.do(who, "application.approve", _ref(app_id))
        assert refused.value.code == "four_eyes"
    with pytest.raises(RuleViolation) as refused:
        world.do("cashier", "application.approve", _ref(app_id))
    assert refused.value.code == "forbidden_role"
    world.do("manager.branch", "application.approve", _ref(app_id, note="Scoring A"))
    app = _app(world, app_id)
    assert (app.status, app.decided_by) == ("approved", world.staff["manager.branch"].id)
    kinds = [(e.kind, e.channel) for e in world.timeline("anna")]
    assert ("application_started", "web") in kinds and ("application_signed", "branch") in kinds
    assert ("application_approved", "branch") in kinds
    agreement = world.session.get(m.ApplicationFile, uuid.UUID(app.agreement["file_id"]))
    assert agreement.sha256 == app.agreement["signed_sha256"]


def test_a_document_added_online_before_the_signature_arrived_stops_the_approval(
    world: World,
) -> None:
    app_id = _start(world, amount="20000.00")
    _complete(world, app_id)
    args = _sign_args(world, app_id)  # what the branch saw when it signed, offline
    _attach(world, app_id, "income_statement", None, "payslip-2.pdf")  # the web, meanwhile
    world.do("advisor", "application.sign", args)
    world.do("advisor", "application.submit", _ref(app_id))
    with pytest.raises(RuleViolation) as refused:
        world.do("manager.branch", "application.approve", _ref(app_id))
    assert refused.value.code == "signed_content_changed"
    world.do("advisor", "application.new_version", _ref(app_id))
    app = _app(world, app_id)
    assert (app.status, app.version) == ("draft", 2)
    assert app.agreement["history"][0]["version"] == 1


def test_reject_needs_a_reason_and_web_cannot_sign_or_check(world: World) -> None:
    app_id = _start(world, **LOAN_FIELDS)
    file_id = _attach(world, app_id, "id_card", None, "id.png")
    with pytest.raises(RuleViolation) as refused:
        world.do(None, "application.check_file", {"file_id": file_id, "verdict": "verified"})
    assert refused.value.code == "forbidden_channel"
    with pytest.raises(RuleViolation) as refused:
        world.do(None, "application.sign", _sign_args(world, app_id))
    assert refused.value.code == "forbidden_channel"
    _complete(world, app_id)
    world.do("advisor", "application.sign", _sign_args(world, app_id))
    world.do("advisor", "application.submit", _ref(app_id))
    with pytest.raises(RuleViolation) as refused:
        world.do("manager.branch", "application.reject", _ref(app_id))
    assert refused.value.code == "reason_required"
    world.do("manager.branch", "application.reject", _ref(app_id, note="Income too low"))
    assert _app(world, app_id).status == "rejected"


def test_identity_is_checked(world: World) -> None:
    app_id = _start(world)
    for number, expiry, case in [
        ("ABA300001", "2031-01-01", "pl_id_card"),
        ("ABA300000", "2020-01-01", "expired"),
        ("A!", "2031-01-01", "number"),
    ]:
        with pytest.raises(RuleViolation) as refused:
            world.do(
                "advisor",
                "application.record_identity",
                _ref(app_id, type="id_card", number=number, expiry=expiry, country="PL"),
            )
        assert refused.value.params["case"] == case
    assert _app(world, app_id).identity is None


def test_withdraw(world: World) -> None:
    app_id = _start(world)
    world.do(None, "application.withdraw", _ref(app_id))
    assert _app(world, app_id).status == "withdrawn"
    with pytest.raises(RuleViolation) as refused:
        world.do(None, "application.withdraw", _ref(app_id))
    assert refused.value.code == "invalid_transition"


def test_an_application_is_handled_at_a_branch_of_the_customers_country(world: World) -> None:
    for store in ("WAW", "MIL"):
        with pytest.raises(RuleViolation) as refused:
            world.do(
                None,
                "application.start",
                {
                    "application_id": new_id(),
                    "customer_id": str(world.customers["anna"]),
                    "kind": "loan",
                    "branch_store_id": str(world.stores[store].id),
                },
            )
        assert refused.value.code == "invalid_branch"
    app_id = _start(world)
    assert _app(world, app_id).branch_store_id == world.stores["BRANCH"].id


@pytest.mark.parametrize(
    ("fields", "case"),
    [({"amount": "1E+100"}, "too_large"), ({"term_months": "99999999"}, "too_large")],
)
def test_absurd_numbers_are_refused_clearly(
    world: World, fields: dict[str, object], case: str
) -> None:
    app_id = _start(world)
    with pytest.raises(RuleViolation) as refused:
        world.do(None, "application.update_fields", _ref(app_id, fields=fields))
    assert (refused.value.code, refused.value.params["case"]) == ("invalid_field", case)


def test_a_whole_number_written_with_decimals_is_kept_whole(world: World) -> None:
    app_id = _start(world, amount="20000.00")
    world.do(None, "application.update_fields", _ref(app_id, fields={"term_months": "36.0"}))
    app = _app(world, app_id)
    assert app.fields["term_months"] == 36 and app.offer["term_months"] == 36
