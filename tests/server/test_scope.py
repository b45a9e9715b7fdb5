"""A device sees and changes only what its store, territory and staff roles allow."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any

import pytest

from sync import model as m
from sync.commands.application_state import digest
from tests.server.conftest import Api, Device
from tests.server.test_web_channel import command


@pytest.fixture
def krakow(api: Api) -> dict[str, str]:
    """A Kraków customer's cart, pickup order and application, made through the web."""
    ola = str(api.world.customers["ola"])
    krk = str(api.world.stores["PL-KRK-01"])
    ids = {
        "customer": ola,
        "cart": str(uuid.uuid4()),
        "order": str(uuid.uuid4()),
        "application": str(uuid.uuid4()),
        "order_cart": str(uuid.uuid4()),
    }
    tv = str(api.world.products["SKU-TV"])
    for name, args in [
        ("cart.open", {"cart_id": ids["cart"], "customer_id": ola, "currency": "PLN"}),
        (
            "cart.add_item",
            {"cart_id": ids["cart"], "line_id": str(uuid.uuid4()), "product_id": tv, "quantity": 1},
        ),
        (
            "order.place",
            {
                "order_id": ids["order"],
                "customer_id": ola,
                "lines": [{"line_id": str(uuid.uuid4()), "product_id": tv, "quantity": 1}],
                "fulfilment": "pickup",
                "pickup_store_id": krk,
                "payment_mode": "pay_on_pickup",
            },
        ),
        (
            "application.start",
            {
                "application_id": ids["application"],
                "customer_id": ola,
                "kind": "order",
                "branch_store_id": krk,
            },
        ),
        (
            "interaction.add",
            {
                "interaction_id": str(uuid.uuid4()),
                "customer_id": ola,
                "kind": "note",
                "text": "Kraków note",
            },
        ),
    ]:
        response = command(api, name, args)
        assert response.status_code == 200, (name, response.text)
    return ids


def _entities(device: Device) -> dict[str, set[str]]:
    device.snapshot()
    result: dict[str, set[str]] = {}
    for entity, row_id in device.rows:
        result.setdefault(entity, set()).add(row_id)
    return result


def test_a_till_sees_nothing_of_another_stores_customers(api: Api, krakow: dict) -> None:
    warsaw = _entities(api.enrol("PL-WAW-01"))
    krakow_till = _entities(api.enrol("PL-KRK-01"))
    for entity, key in [
        ("customers", "customer"),
        ("carts", "cart"),
        ("orders", "order"),
        ("applications", "application"),
    ]:
        assert krakow[key] not in warsaw.get(entity, set()), entity
        assert krakow[key] in krakow_till[entity], entity
    assert not any(
        row_id in warsaw.get("interactions", set()) for row_id in krakow_till["interactions"]
    )


def test_changes_outside_the_scope_never_reach_the_device(api: Api) -> None:
    till = api.enrol("PL-WAW-01")
    till.snapshot()
    ola = str(api.world.customers["ola"])
    command(
        api,
        "interaction.add",
        {
            "interaction_id": str(uuid.uuid4()),
            "customer_id": ola,
            "kind": "note",
            "text": "not for Warsaw",
        },
    )
    assert till.pull() == []


def test_stock_of_own_store_and_neighbours_only(api: Api) -> None:
    till = api.enrol("PL-WAW-01")
    till.snapshot()
    stores = {row["store_id"] for row in till.table("stock").values()}
    assert stores == {str(api.world.stores["PL-WAW-01"]), str(api.world.stores["PL-WAW-02"])}


def test_a_field_laptop_sees_its_territory(api: Api) -> None:
    laptop = _entities(api.enrol("PL-FIELD-N"))
    assert laptop["customers"] == {str(api.world.customers["piotr"])}
    assert "products" in laptop and "prices" in laptop


def _push_one(api: Api, device: Device, actor: str, name: str, args: dict[str, Any]) -> dict:
    return device.push(device.mutation(name, api.world.staff[actor], args))[0]


@pytest.mark.parametrize(
    ("name", "args"),
    [
        (
            "interaction.add",
            lambda k, w: {
                "interaction_id": str(uuid.uuid4()),
                "customer_id": k["customer"],
                "kind": "note",
                "text": "x",
            },
        ),
        ("customer.update", lambda k, w: {"customer_id": k["customer"], "city": "Gdańsk"}),
        (
            "cart.add_item",
            lambda k, w: {
                "cart_id": k["cart"],
                "line_id": str(uuid.uuid4()),
                "product_id": str(w.products["SKU-CABLE"]),
                "quantity": 1,
            },
        ),
        ("order.cancel", lambda k, w: {"order_id": k["order"], "reason": "x"}),
        ("order.mark_ready", lambda k, w: {"order_id": k["order"]}),
        (
            "application.update_fields",
            lambda k, w: {"application_id": k["application"], "fields": {"amount": "100"}},
        ),
        (
            "stock.adjust",
            lambda k, w: {
                "store_id": str(w.stores["PL-KRK-01"]),
                "product_id": str(w.products["SKU-TV"]),
                "delta": -5,
                "reason": "x",
            },
        ),
    ],
)
def test_a_till_cannot_change_another_stores_data(
    api: Api, krakow: dict, name: str, args: Any
) -> None:
    till = api.enrol("PL-WAW-01")
    observer = api.enrol("PL-KRK-01")
    observer.snapshot()
    result = _push_one(api, till, "manager.waw", name, args(krakow, api.world))
    assert result["status"] == "rejected"
    assert result["code"] in ("out_of_scope", "wrong_store"), result
    assert observer.pull() == []  # nothing changed


@pytest.mark.parametrize("name", ["customer.create", "customer.update"])
def test_a_till_cannot_place_a_customer_in_another_store(api: Api, name: str) -> None:
    """Rows a command writes are checked too, not only the rows it reads: a Warsaw till
    may not create a customer homed in Kraków, nor move its own customer there."""
    till = api.enrol("PL-WAW-01")
    observer = api.enrol("PL-KRK-01")
    observer.snapshot()
    krk = str(api.world.stores["PL-KRK-01"])
    if name == "customer.create":
        args = {
            "customer_id": str(uuid.uuid4()),
            "first_name": "Jan",
            "last_name": "Nowak",
            "country": "PL",
            "home_store_id": krk,
        }
    else:
        args = {"customer_id": str(api.world.customers["ala"]), "home_store_id": krk}
    result = _push_one(api, till, "manager.waw", name, args)
    assert (result["status"], result["code"]) == ("rejected", "out_of_scope"), result
    assert observer.pull() == []  # nothing reached Kraków
    if name == "customer.update":
        assert (
            _push_one(
                api,
                till,
                "manager.waw",
                name,
                {"customer_id": args["customer_id"], "city": "Radom"},
            )["status"]
            == "accepted"
        )


@pytest.mark.parametrize(
    ("actor", "name"),
    [
        ("cashier.waw", "price.set"),
        ("cashier.waw", "stock.adjust"),
    ],
)
def test_a_cashier_cannot_change_prices_or_stock(api: Api, actor: str, name: str) -> None:
    # Prices: see test_price_authority (no store role changes them, a manager neither).
    till = api.enrol("PL-WAW-01")
    args = {
        "price.set": {
            "price_id": str(uuid.uuid4()),
            "price_list_id": str(api.world.price_lists["BASE-PLN"]),
            "product_id": str(api.world.products["SKU-TV"]),
            "amount": "1.00",
            "valid_from": datetime(2026, 1, 1, tzinfo=UTC).isoformat(),
        },
        "stock.adjust": {
            "store_id": str(api.world.stores["PL-WAW-01"]),
            "product_id": str(api.world.products["SKU-TV"]),
            "delta": 5,
            "reason": "found some",
        },
    }[name]
    result = _push_one(api, till, actor, name, args)
    if name == "price.set":
        assert result["code"] == "not_pricing_authority"
        assert _push_one(api, till, "manager.waw", name, args)["code"] == "not_pricing_authority"
    else:
        assert result["code"] == "forbidden_role"
        assert _push_one(api, till, "manager.waw", name, args)["status"] == "accepted"


def test_someone_else_than_the_advisor_who_signed_approves_an_application(api: Api) -> None:
    branch = api.enrol("PL-WAW-B1")
    application_id = str(uuid.uuid4())
    ewa = str(api.world.customers["ewa"])
    fields = {
        "first_name": "Ala",
        "last_name": "Nowak",
        "national_id": "85010112345",
        "monthly_income": "8000",
        "employment_type": "permanent",
        "amount": "5000",
        "term_months": 24,
    }
    app = {"application_id": application_id}
    steps: list[tuple[str, dict[str, Any]]] = [
        ("application.start", {**app, "customer_id": ewa, "kind": "loan", "fields": fields}),
        (
            "application.record_identity",
            {**app, "type": "id_card", "number": "ABA300000", "expiry": "2031-01-31"}
            | {"country": "PL"},
        ),
        ("application.give_consent", {**app, "code": "credit_check", "given": True}),
        ("application.give_consent", {**app, "code": "data_processing", "given": True}),
    ]
    for n, code in enumerate(("id_card", "income_statement")):
        file_id = str(uuid.uuid4())
        attach = {"file_id": file_id, "document": code, "sha256": f"{n}" * 64, "size": 10}
        attach |= {"media_type": "image/png", "filename": f"{code}.png"}
        steps.append(("application.attach_file", {**app, **attach}))
        steps.append(("application.check_file", {"file_id": file_id, "verdict": "verified"}))
    for name, args in steps:
        assert _push_one(api, branch, "advisor.waw", name, args)["status"] == "accepted", name
    with api.db.read() as session:
        content = digest(session, session.get(m.Application, uuid.UUID(application_id)))
    sign = {"file_id": str(uuid.uuid4()), "document_sha256": "a" * 64, "signed_sha256": "b" * 64}
    sign |= {"signed_size": 10, "content_digest": content, "language": "pl", "device": "b1"}
    sign |= {"strokes": [[[100, 500, 0], [400, 200, 50], [800, 600, 120]]]}
    sign |= {"e_sign_consent": True}
    for name, args in [("application.sign", {**app, **sign}), ("application.submit", app)]:
        assert _push_one(api, branch, "advisor.waw", name, args)["status"] == "accepted", name
    refused = _push_one(api, branch, "advisor.waw", "application.approve", app)
    assert refused["code"] == "four_eyes"
    shop = api.enrol("PL-WAW-01")
    refused = _push_one(api, shop, "cashier.waw", "application.approve", app)
    assert refused["code"] in {"forbidden_role", "out_of_scope"}
    approved = _push_one(api, branch, "manager.branch", "application.approve", app)
    assert approved["status"] == "accepted"
