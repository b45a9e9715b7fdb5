"""Journeys that start online: the web channel's carts, orders and applications."""

from __future__ import annotations

import uuid
from typing import Any

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


def test_an_application_started_online_is_visible_in_the_branch(api: Api) -> None:
    application_id = str(uuid.uuid4())
    started = command(
        api,
        "application.start",
        {
            "application_id": application_id,
            "customer_id": str(api.world.customers["ala"]),
            "kind": "loan",
            "branch_store_id": str(api.world.stores["PL-WAW-B1"]),
        },
    )
    assert started.status_code == 200, started.text
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


def test_the_shop_finds_a_customer_by_email(api: Api) -> None:
    found = api.web("GET", "/v1/web/customers?email=ala@example.com")
    assert found.status_code == 200
    assert found.json()["id"] == str(api.world.customers["ala"])
    assert api.web("GET", "/v1/web/customers?email=nobody@example.com").status_code == 404
