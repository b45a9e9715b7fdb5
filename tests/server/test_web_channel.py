"""Journeys that start online: the web channel's carts, orders and applications."""

from __future__ import annotations

import uuid
from datetime import datetime
from decimal import Decimal
from typing import Any

import pytest

from sync import model as m
from sync.model.types import utcnow
from sync.rules import offers
from tests.server.conftest import Api, headers


def command(api: Api, name: str, args: dict[str, Any], key: str | None = None):
    return api.http.post(
        f"/v1/web/commands/{name}",
        json=args,
        headers=headers(api.world.channel_key) | {"Idempotency-Key": key or str(uuid.uuid4())},
    )


def _cart_with_tv(api: Api, customer: str = "ala") -> str:
    cart_id = str(uuid.uuid4())
    opened = command(
        api,
        "cart.open",
        {"cart_id": cart_id, "customer_id": str(api.world.customers[customer]), "currency": "PLN"},
    )
    assert opened.status_code == 200, opened.text
    added = command(
        api,
        "cart.add_item",
        {
            "cart_id": cart_id,
            "line_id": str(uuid.uuid4()),
            "product_id": str(api.world.products["SKU-TV"]),
            "quantity": 1,
        },
    )
    assert added.status_code == 200, added.text
    return cart_id


def test_the_web_channel_needs_its_key(api: Api) -> None:
    response = api.http.post(
        "/v1/web/commands/cart.open",
        json={},
        headers=headers() | {"Idempotency-Key": str(uuid.uuid4())},
    )
    assert response.status_code == 401
    till = api.enrol("PL-WAW-01")
    with_device_token = api.http.get("/v1/web/commands", headers=headers(till.token))
    assert with_device_token.status_code == 401


def test_a_retried_web_request_has_no_second_effect(api: Api) -> None:
    cart_id = _cart_with_tv(api)
    key = str(uuid.uuid4())
    args = {
        "cart_id": cart_id,
        "line_id": str(uuid.uuid4()),
        "product_id": str(api.world.products["SKU-CABLE"]),
        "quantity": 2,
    }
    first = command(api, "cart.add_item", args, key)
    second = command(api, "cart.add_item", args, key)
    assert first.json() == second.json()
    cart = api.web("GET", f"/v1/web/carts/{cart_id}").json()
    assert {line["quantity"] for line in cart["lines"]} == {1, 2}


def test_web_cannot_run_till_only_commands(api: Api) -> None:
    response = command(api, "sale.complete", {})
    assert response.status_code == 403
    assert response.json()["error"]["code"] == "forbidden_channel"
    assert command(api, "nope.nothing", {}).status_code == 404


def test_a_refused_web_command_explains_itself(api: Api) -> None:
    response = command(
        api,
        "cart.add_item",
        {
            "cart_id": str(uuid.uuid4()),
            "line_id": str(uuid.uuid4()),
            "product_id": str(api.world.products["SKU-TV"]),
            "quantity": 1,
        },
    )
    assert response.status_code == 404
    assert "cart" in response.json()["error"]["message"]


def test_web_order_for_pickup_reaches_that_store_only_and_comes_back_picked_up(api: Api) -> None:
    cart_id = _cart_with_tv(api)
    cart = api.web("GET", f"/v1/web/carts/{cart_id}").json()
    total = cart["priced"]["total"]
    order_id = str(uuid.uuid4())
    placed = command(
        api,
        "order.place",
        {
            "order_id": order_id,
            "cart_id": cart_id,
            "fulfilment": "pickup",
            "pickup_store_id": str(api.world.stores["PL-WAW-01"]),
            "payment_mode": "pay_on_pickup",
            "expected_total": total,
        },
    )
    assert placed.status_code == 200, placed.text
    number = placed.json()["result"]["order_number"]

    till = api.enrol("PL-WAW-01")
    till.snapshot()
    assert order_id in till.table("orders")
    elsewhere = api.enrol("PL-KRK-01")
    elsewhere.snapshot()
    assert order_id not in elsewhere.table("orders")  # another store's pickup queue

    cashier = api.world.staff["cashier.waw"]
    results = till.push(
        till.mutation("order.mark_ready", cashier, {"order_id": order_id}),
        till.mutation(
            "order.hand_over",
            cashier,
            {
                "order_id": order_id,
                "payments": [
                    {
                        "payment_id": str(uuid.uuid4()),
                        "method": "card",
                        "amount": total,
                        "reference": "TERMINAL-0001",
                    }
                ],
            },
        ),
    )
    assert [r["status"] for r in results] == ["accepted", "accepted"], results
    order = api.web("GET", f"/v1/web/orders/{order_id}").json()
    assert order["order"]["number"] == number
    assert order["order"]["status"] == "picked_up"
    assert order["order"]["payment_state"] == "paid"
    assert [p["amount"] for p in order["payments"]] == [total]
    timeline = api.web("GET", f"/v1/web/customers/{api.world.customers['ala']}").json()
    kinds = [event["kind"] for event in timeline["timeline"]]
    assert len(kinds) >= 3  # placed, ready for pickup, picked up — one timeline
    assert {event["channel"] for event in timeline["timeline"]} >= {"web", "store"}


def _start_loan(api: Api, customer: str = "ala", **extra: Any) -> str:
    application_id = str(uuid.uuid4())
    started = command(
        api,
        "application.start",
        {
            "application_id": application_id,
            "customer_id": str(api.world.customers[customer]),
            "kind": "loan",
            "branch_store_id": str(api.world.stores["PL-WAW-B1"]),
            **extra,
        },
    )
    assert started.status_code == 200, started.text
    return application_id


def test_an_application_started_online_is_visible_in_the_branch(api: Api) -> None:
    application_id = _start_loan(api, product="PL-CASH")
    filled = command(
        api,
        "application.update_fields",
        {"application_id": application_id, "fields": {"amount": "5000", "term_months": 24}},
    )
    assert filled.status_code == 200, filled.text
    branch = api.enrol("PL-WAW-B1")
    branch.snapshot()
    row = branch.table("applications")[application_id]
    assert row["channel"] == "web"
    assert row["fields"]["amount"] == "5000"
    fetched = api.web("GET", f"/v1/web/applications/{application_id}").json()
    assert fetched["status"] == "draft"
    assert fetched["stage"] == "waiting_documents"
    assert fetched["version"] == 1
    assert fetched["offer"] == row["offer"]  # the stored offer, figure for figure
    assert fetched["offer"]["amount"] == "5000.00"
    assert fetched["branch"]["name"]


def test_the_web_completes_an_application_but_cannot_submit_it(api: Api) -> None:
    application_id = _start_loan(api)
    offer = command(
        api,
        "application.set_offer",
        {
            "application_id": application_id,
            "product": "PL-CASH",
            "amount": "12000.00",
            "term_months": 36,
        },
    )
    assert offer.status_code == 200, offer.text
    consent = command(
        api,
        "application.give_consent",
        {"application_id": application_id, "code": "credit_check", "given": True},
    )
    assert consent.status_code == 200, consent.text

    submitted = api.http.post(
        "/v1/web/commands/application.submit",
        json={"application_id": application_id},
        headers=headers(api.world.channel_key)
        | {"Idempotency-Key": str(uuid.uuid4()), "Accept-Language": "pl"},
    )
    assert submitted.status_code == 403
    error = submitted.json()["error"]
    assert error["code"] == "forbidden_channel"
    assert error["params"] == {"command": "application.submit"}
    assert error["message"] == "Operacji application.submit nie można wykonać przez internet."

    fetched = api.web("GET", f"/v1/web/applications/{application_id}").json()
    assert fetched["status"] == "draft"
    assert fetched["consents"]["credit_check"]["given"] is True
    assert fetched["consents"]["credit_check"]["channel"] == "web"
    assert "staff_id" not in fetched["consents"]["credit_check"]
    assert {"what": "identity", "name": "", "detail": ""} in fetched["missing"]

    withdrawn = command(api, "application.withdraw", {"application_id": application_id})
    assert withdrawn.status_code == 200, withdrawn.text
    assert api.web("GET", f"/v1/web/applications/{application_id}").json()["stage"] == ("withdrawn")


def test_the_application_answer_holds_what_the_customer_needs_and_no_staff_ids(
    api: Api,
) -> None:
    application_id = _start_loan(api, "ewa", fields={"amount": "8000", "term_months": 24})
    branch = api.enrol("PL-WAW-B1")
    branch.snapshot()
    advisor = api.world.staff["advisor.waw"]
    file_id = str(uuid.uuid4())
    results = branch.push(
        branch.mutation(
            "application.attach_file",
            advisor,
            {
                "file_id": file_id,
                "application_id": application_id,
                "document": "id_card",
                "sha256": "ab" * 32,
                "size": 1000,
                "media_type": "application/pdf",
                "filename": "id.pdf",
            },
        ),
        branch.mutation(
            "application.check_file",
            advisor,
            {"file_id": file_id, "verdict": "rejected", "reason": "The photo is blurred."},
        ),
        branch.mutation(
            "application.record_identity",
            advisor,
            {
                "application_id": application_id,
                "type": "id_card",
                "number": "ABA300000",
                "expiry": "2035-01-31",
                "country": "PL",
            },
        ),
    )
    assert [r["status"] for r in results] == ["accepted"] * 3, results

    response = api.web("GET", f"/v1/web/applications/{application_id}")
    assert response.status_code == 200
    fetched = response.json()
    id_card = next(item for item in fetched["checklist"] if item["document"] == "id_card")
    assert id_card["status"] == "rejected"
    assert [(f["status"], f["reason"]) for f in id_card["files"]] == [
        ("rejected", "The photo is blurred.")
    ]
    assert fetched["documents"]["id_card"] == "rejected"
    assert fetched["identity"]["number"] == "\u2022" * 6 + "000"
    assert fetched["agreement"] is None
    text = response.text
    assert "ABA300000" not in text
    for staff_id in api.world.staff.values():
        assert str(staff_id) not in text
    for key, customer_id in api.world.customers.items():
        assert key == "ewa" or str(customer_id) not in text


def test_the_products_of_a_country_with_their_limits_and_documents(api: Api) -> None:
    answer = api.web("GET", "/v1/web/credit-products?country=PL&kind=loan")
    assert answer.status_code == 200
    products = answer.json()["products"]
    assert [p["code"] for p in products] == ["PL-CASH"]
    cash = products[0]
    assert (cash["min_amount"], cash["max_amount"]) == ("1000.00", "150000.00")
    assert (cash["min_term"], cash["max_term"]) == (6, 120)
    assert [d["code"] for d in cash["documents"]] == ["id_card", "income_statement"]
    both = api.web("GET", "/v1/web/credit-products?country=IT").json()["products"]
    assert {p["code"] for p in both} == {"IT-PREST", "IT-RATE"}
    assert api.web("GET", "/v1/web/credit-products?country=XX").json() == {"products": []}


def test_the_quote_is_the_engine_s_offer_for_the_customer_s_segment(api: Api) -> None:
    for customer, segment in (("ala", "retail"), ("jan", "vip")):
        before = utcnow()
        answer = api.web(
            "GET",
            "/v1/web/offers/quote?product=PL-CASH&amount=12000.00&term_months=36"
            f"&customer_id={api.world.customers[customer]}",
        )
        assert answer.status_code == 200, answer.text
        body = answer.json()
        at = datetime.fromisoformat(body["quoted_at"])
        assert before <= at <= utcnow()
        expected = offers.quote("PL-CASH", Decimal("12000.00"), 36, segment, at)
        assert {k: v for k, v in body.items() if k != "schedule"} == expected.to_json()
        assert len(body["schedule"]) == 36
        assert body["schedule"][-1]["balance"] == "0.00"
        assert body["schedule"][0]["payment"] == expected.to_json()["instalment"]


def test_a_quote_then_the_application_carries_the_same_offer(api: Api) -> None:
    quoted = api.web(
        "GET",
        "/v1/web/offers/quote?product=PL-CASH&amount=7000&term_months=24"
        f"&customer_id={api.world.customers['jan']}",
    ).json()
    application_id = _start_loan(api, customer="jan")
    chosen = command(
        api,
        "application.set_offer",
        {
            "application_id": application_id,
            "product": "PL-CASH",
            "amount": "7000",
            "term_months": 24,
        },
    )
    assert chosen.status_code == 200, chosen.text
    fetched = api.web("GET", f"/v1/web/applications/{application_id}").json()
    stored = chosen.json()["result"]["offer"]
    assert fetched["offer"] == stored
    figures = ("amount", "instalment", "apr", "total_cost", "total_to_repay", "segment")
    assert {k: stored[k] for k in figures} == {k: quoted[k] for k in figures}


@pytest.mark.parametrize(
    ("query", "status", "code"),
    [
        ("product=PL-CASH&amount=999.99&term_months=12", 422, "offer_out_of_limits"),
        ("product=PL-CASH&amount=5000&term_months=121", 422, "offer_out_of_limits"),
        ("product=PL-CASH&amount=5000&term_months=0", 422, "offer_out_of_limits"),
        ("product=PL-CASH&amount=5000&term_months=-3", 422, "offer_out_of_limits"),
        ("product=NOPE&amount=5000&term_months=12", 404, "unknown_product"),
        ("product=PL-CASH&amount=abc&term_months=12", 422, "invalid_field"),
        ("product=PL-CASH&amount=-5&term_months=12", 422, "invalid_field"),
        ("product=PL-CASH&amount=NaN&term_months=12", 422, "invalid_field"),
        ("product=PL-CASH&amount=1e999999&term_months=12", 422, "invalid_field"),
        ("product=PL-CASH&amount=5000.001&term_months=12", 422, "invalid_field"),
        ("product=PL-CASH&amount=5000&term_months=12.5", 422, "invalid_request"),
        ("product=PL-CASH&amount=5000&term_months=99999999999999999999", 422, "invalid_request"),
    ],
)
def test_a_bad_quote_is_refused_clearly(api: Api, query: str, status: int, code: str) -> None:
    answer = api.http.get(
        f"/v1/web/offers/quote?{query}",
        headers=headers(api.world.channel_key) | {"Accept-Language": "pl"},
    )
    assert answer.status_code == status, answer.text
    error = answer.json()["error"]
    assert error["code"] == code
    assert error["message"]


def test_a_refused_quote_is_said_in_the_caller_s_language(api: Api) -> None:
    said = {}
    for language in ("en", "pl", "it"):
        answer = api.http.get(
            "/v1/web/offers/quote?product=PL-CASH&amount=200000&term_months=12",
            headers=headers(api.world.channel_key) | {"Accept-Language": language},
        )
        assert answer.status_code == 422
        error = answer.json()["error"]
        assert error["params"] == {
            "case": "amount",
            "currency": "PLN",
            "field": "amount",
            "value": "200000.00",
            "min": "1000.00",
            "max": "150000.00",
        }
        said[language] = error["message"]
    assert "200000.00" in said["en"] and "150000.00" in said["en"]
    assert said["pl"].startswith("Kwota") and "150" in said["pl"]
    assert said["it"].startswith("L'importo") and "150" in said["it"]
    unknown = api.http.get(
        f"/v1/web/offers/quote?product=PL-CASH&amount=5000&term_months=12"
        f"&customer_id={uuid.uuid4()}",
        headers=headers(api.world.channel_key),
    )
    assert unknown.status_code == 404
    assert unknown.json()["error"]["code"] == "not_found"


def test_the_shop_finds_a_customer_by_email(api: Api) -> None:
    found = api.web("GET", "/v1/web/customers?email=ala@example.com")
    assert found.status_code == 200
    assert found.json()["id"] == str(api.world.customers["ala"])
    assert api.web("GET", "/v1/web/customers?email=nobody@example.com").status_code == 404


def test_the_signing_record_is_shown_without_internal_ids(api: Api) -> None:
    application_id = _start_loan(api, "ewa")
    witness = api.world.staff["advisor.waw"]
    branch = api.world.stores["PL-WAW-B1"]
    device_id = str(uuid.uuid4())
    with api.db.write() as session:  # as application.sign records it (tested with it)
        app = session.get(m.Application, uuid.UUID(application_id))
        assert app is not None
        app.status = "signed"
        app.agreement = {
            "version": 1,
            "document_sha256": "d" * 64,
            "signed_sha256": "e" * 64,
            "file_id": str(uuid.uuid4()),
            "content_digest": "c" * 64,
            "digest_at_signing": "c" * 64,
            "signed_at": "2026-12-07T10:00:00+00:00",
            "witness_id": str(witness),
            "device": {"id": device_id, "name": "Branch desk 1"},
            "store_id": str(branch),
            "channel": "branch",
            "language": "pl",
            "identity_masked": "\u2022" * 6 + "000",
            "history": [],
        }
    response = api.web("GET", f"/v1/web/applications/{application_id}")
    assert response.status_code == 200
    signed = response.json()["agreement"]
    assert signed["signed_at"] == "2026-12-07T10:00:00+00:00"
    assert signed["document_sha256"] == "d" * 64
    assert signed["signed_sha256"] == "e" * 64
    assert signed["where"]["name"]
    assert response.json()["stage"] == "waiting_approval"
    for internal in (str(witness), device_id, str(branch), "c" * 64):
        assert internal not in response.text
