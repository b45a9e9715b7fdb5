"""Any store finds any order by number or QR code, and keeps seeing that customer."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import event, select

from sync import model as m
from sync.order_codes import order_qr_text
from sync.protocol import VERSION_HEADER
from sync.server import scopes
from sync.server.tables import CustomerLink, OrderLink, ServerBase
from tests.server.conftest import Api, Device, headers
from tests.server.test_web_channel import command

LOOKUP = "/v1/orders/lookup"


@dataclass
class WebOrder:
    id: str
    number: str
    total: str
    line_id: str


def _web_order(api: Api, customer: str = "ala", store: str = "PL-WAW-01") -> WebOrder:
    """A web order picked up and paid by card at `store`."""
    order_id, line_id = str(uuid.uuid4()), str(uuid.uuid4())
    placed = command(
        api,
        "order.place",
        {
            "order_id": order_id,
            "customer_id": str(api.world.customers[customer]),
            "lines": [
                {"line_id": line_id, "product_id": str(api.world.products["SKU-TV"]), "quantity": 1}
            ],
            "fulfilment": "pickup",
            "pickup_store_id": str(api.world.stores[store]),
            "payment_mode": "pay_on_pickup",
        },
    )
    assert placed.status_code == 200, placed.text
    result = placed.json()["result"]
    return WebOrder(order_id, result["order_number"], result["total"], line_id)


def _picked_up(api: Api, customer: str = "ala") -> WebOrder:
    order = _web_order(api, customer)
    till = api.enrol("PL-WAW-01", name="waw")
    cashier = api.world.staff["cashier.waw"]
    results = till.push(
        till.mutation("order.mark_ready", cashier, {"order_id": order.id}),
        till.mutation(
            "order.hand_over",
            cashier,
            {
                "order_id": order.id,
                "payments": [
                    {
                        "payment_id": str(uuid.uuid4()),
                        "method": "card",
                        "amount": order.total,
                        "reference": "TERMINAL-0001",
                    }
                ],
            },
        ),
    )
    assert [r["status"] for r in results] == ["accepted", "accepted"], results
    return order


def _lookup(device: Device, query: str) -> dict[str, Any]:
    response = device.get(LOOKUP, q=query)
    assert response.status_code == 200, response.text
    return response.json()


def _return(
    device: Device, api: Api, order: WebOrder, actor: str = "cashier.krk"
) -> dict[str, Any]:
    return device.mutation(
        "return.submit",
        api.world.staff[actor],
        {
            "return_id": str(uuid.uuid4()),
            "order_id": order.id,
            "reason": "Does not fit",
            "lines": [
                {
                    "return_line_id": str(uuid.uuid4()),
                    "order_line_id": order.line_id,
                    "quantity": 1,
                    "condition": "sellable",
                }
            ],
        },
    )


def _entities(changes: list[dict[str, Any]]) -> list[str]:
    return list(dict.fromkeys(change["entity"] for change in changes))


def test_another_stores_web_order_is_found_by_number_and_by_qr_text(api: Api) -> None:
    order = _picked_up(api)
    krakow = api.enrol("PL-KRK-01")
    by_number = _lookup(krakow, order.number)
    assert by_number["order_id"] == order.id
    assert by_number["customer_id"] == str(api.world.customers["ala"])
    assert _entities(by_number["changes"]) == [
        "customers",
        "interactions",
        "orders",
        "order_lines",
        "payments",
    ]
    assert all(
        change["op"] == "upsert" and change["id"] == change["data"]["id"]
        for change in by_number["changes"]
    )
    paid = [c["data"] for c in by_number["changes"] if c["entity"] == "payments"]
    assert [(p["method"], p["amount"]) for p in paid] == [("card", order.total)]
    by_scan = _lookup(krakow, order_qr_text(order.number))
    typed = _lookup(krakow, f"  {order.number.lower()} ")
    assert by_scan["order_id"] == typed["order_id"] == order.id
    with api.db.read() as session:
        links = session.scalars(select(CustomerLink)).all()
    assert [(link.customer_id, link.store_id) for link in links] == [
        (api.world.customers["ala"], api.world.stores["PL-KRK-01"])
    ]  # linked once


def test_the_answer_has_the_change_feeds_shape(api: Api) -> None:
    order = _picked_up(api)
    warsaw = api.enrol("PL-WAW-01", name="observer")
    feed = {(c["entity"], c["id"]): c for c in warsaw.pull()}
    found = _lookup(warsaw, order.number)  # in scope already: nothing is linked
    for change in found["changes"]:
        fed = feed[(change["entity"], change["id"])]
        assert change.keys() == fed.keys()
        assert change["data"] == fed["data"]
    with api.db.read() as session:
        assert session.scalars(select(CustomerLink)).first() is None


def test_an_unknown_number_is_not_found(api: Api) -> None:
    till = api.enrol("PL-KRK-01")
    response = till.get(LOOKUP, q="O-0000000000")
    assert response.status_code == 404
    error = response.json()["error"]
    assert error["code"] == "not_found"
    assert "O-0000000000" in error["message"]


@pytest.mark.parametrize(
    "query",
    [
        "hello",
        "R-0123456789",
        "O-12",
        "O-!!!!!!!!!!",
        "OMNIDESK:RETURN:R-0123456789",
        "O-" + "9" * 300,
        "",
        " ",
        "\x00",
        "zażółć",
        "' OR 1=1 --",
    ],
)
def test_text_that_is_not_an_order_number_is_refused_clearly(api: Api, query: str) -> None:
    till = api.enrol("PL-KRK-01")
    response = till.get(LOOKUP, q=query)
    assert response.status_code in (400, 422), response.text
    assert response.json()["error"]["message"]


def test_no_text_makes_the_lookup_fail(api: Api) -> None:
    device = api.enrol("PL-KRK-01")

    @settings(max_examples=60, deadline=None)
    @given(query=st.text(max_size=40) | st.text(alphabet="Oo-0123456789ABILZ:", max_size=30))
    def answered(query: str) -> None:
        response = device.get(LOOKUP, q=query)
        assert response.status_code in (400, 404, 422), response.text
        assert response.json()["error"]["message"]

    answered()


def test_a_lookup_needs_the_query_a_device_and_the_protocol(api: Api) -> None:
    till = api.enrol("PL-KRK-01")
    assert till.get(LOOKUP).status_code == 422
    assert api.http.get(LOOKUP, params={"q": "O-0000000000"}, headers=headers()).status_code == 401
    web_key = api.http.get(
        LOOKUP, params={"q": "O-0000000000"}, headers=headers(api.world.channel_key)
    )
    assert web_key.status_code == 401
    other = headers(till.token) | {VERSION_HEADER: "99"}
    refused = api.http.get(LOOKUP, params={"q": "O-0000000000"}, headers=other)
    assert refused.status_code == 426
    assert refused.json()["error"]["code"] == "protocol_version_unsupported"
    missing = api.http.get(
        LOOKUP, params={"q": "O-0000000000"}, headers={"Authorization": f"Bearer {till.token}"}
    )
    assert missing.status_code == 400


def test_after_a_lookup_the_store_keeps_receiving_the_customer(api: Api) -> None:
    order = _picked_up(api)
    ala = str(api.world.customers["ala"])
    krakow = api.enrol("PL-KRK-01")
    krakow.snapshot()
    assert ala not in krakow.table("customers")
    _lookup(krakow, order.number)
    note = str(uuid.uuid4())
    added = command(
        api,
        "interaction.add",
        {"interaction_id": note, "customer_id": ala, "kind": "note", "text": "Asked online"},
    )
    assert added.status_code == 200, added.text
    krakow.pull()
    assert krakow.table("interactions")[note]["text"] == "Asked online"
    fresh = api.enrol("PL-KRK-01", name="fresh")
    fresh.snapshot()
    assert ala in fresh.table("customers")
    assert order.id in fresh.table("orders")
    assert note in fresh.table("interactions")
    assert {p["order_id"] for p in fresh.table("payments").values()} == {order.id}
    # Warsaw's pickup queue stays Warsaw's: another customer's order is not seen.
    other = _web_order(api, "jan")
    assert other.id not in fresh.table("orders")
    krakow.pull()
    assert other.id not in krakow.table("orders")
    fresh.snapshot()
    assert other.id not in fresh.table("orders")
    assert str(api.world.customers["jan"]) not in fresh.table("customers")


def test_a_return_at_another_store_is_accepted_after_the_lookup(api: Api) -> None:
    order = _picked_up(api)
    krakow = api.enrol("PL-KRK-01")
    refused = krakow.push(_return(krakow, api, order))
    assert refused[0]["status"] == "rejected"
    assert refused[0]["code"] == "out_of_scope"
    _lookup(krakow, order.number)
    accepted = krakow.push(_return(krakow, api, order))
    assert accepted[0]["status"] == "accepted", accepted
    assert accepted[0]["result"]["refunds"] == [{"method": "card", "amount": order.total}]
    answer = api.web("GET", f"/v1/web/orders/{order.id}").json()
    refunds = [p for p in answer["payments"] if p["kind"] == "refund"]
    assert [(p["method"], p["amount"], p["store_id"]) for p in refunds] == [
        ("card", order.total, str(api.world.stores["PL-KRK-01"]))
    ]
    with api.db.read() as session:
        stock = {
            row.store_id: row.on_hand
            for row in session.scalars(
                select(m.Stock).where(m.Stock.product_id == api.world.products["SKU-TV"])
            )
        }
    assert stock[api.world.stores["PL-KRK-01"]] == 11  # back on the returning store's shelf
    assert stock[api.world.stores["PL-WAW-01"]] == 9  # left where it was picked up


def test_a_walk_in_order_brings_only_itself(api: Api) -> None:
    warsaw = api.enrol("PL-WAW-01", name="waw")
    order_id = str(uuid.uuid4())
    sold = warsaw.push(
        warsaw.mutation(
            "sale.complete",
            api.world.staff["cashier.waw"],
            {
                "order_id": order_id,
                "lines": [
                    {
                        "line_id": str(uuid.uuid4()),
                        "product_id": str(api.world.products["SKU-CABLE"]),
                        "quantity": 1,
                    }
                ],
                "payments": [
                    {"payment_id": str(uuid.uuid4()), "method": "cash", "amount": "19.99"}
                ],
                "expected_total": "19.99",
            },
        )
    )
    assert sold[0]["status"] == "accepted", sold
    number = sold[0]["result"]["order_number"]
    krakow = api.enrol("PL-KRK-01")
    found = _lookup(krakow, number)
    assert found["customer_id"] is None
    assert _entities(found["changes"]) == ["orders", "order_lines", "payments"]
    assert {c["id"] for c in found["changes"] if c["entity"] == "orders"} == {order_id}
    # A receipt from another store's till comes back here: the order is linked to this
    # store on its own, so the return is accepted and the store keeps the order.
    line_id = next(c["id"] for c in found["changes"] if c["entity"] == "order_lines")
    returned = krakow.push(
        krakow.mutation(
            "return.submit",
            api.world.staff["cashier.krk"],
            {
                "return_id": str(uuid.uuid4()),
                "order_id": order_id,
                "reason": "Wrong length",
                "refund_method": "cash",
                "lines": [
                    {
                        "return_line_id": str(uuid.uuid4()),
                        "order_line_id": line_id,
                        "quantity": 1,
                        "condition": "sellable",
                    }
                ],
            },
        )
    )
    assert returned[0]["status"] == "accepted", returned
    with api.db.read() as session:
        link = session.scalars(select(OrderLink)).one()
    assert (link.order_id, link.store_id) == (uuid.UUID(order_id), api.world.stores["PL-KRK-01"])
    krakow.snapshot()
    assert order_id in krakow.table("orders")


def test_a_field_laptop_links_its_territory(api: Api) -> None:
    order = _picked_up(api)
    laptop = api.enrol("PL-FIELD-N")
    _lookup(laptop, order.number)
    with api.db.read() as session:
        link = session.scalars(select(CustomerLink)).one()
    assert (link.store_id, link.territory_id) == (None, api.world.territories["PL-FIELD-N"])
    laptop.snapshot()
    assert str(api.world.customers["ala"]) in laptop.table("customers")


def test_the_web_order_carries_its_qr_code(api: Api) -> None:
    order = _web_order(api)
    answer = api.web("GET", f"/v1/web/orders/{order.id}")
    assert answer.json()["qr_text"] == f"OMNIDESK:ORDER:{order.number}"
    image = api.web("GET", f"/v1/web/orders/{order.id}/qr.svg")
    assert image.status_code == 200
    assert image.headers["content-type"].startswith("image/svg+xml")
    assert image.text.lstrip().startswith("<svg") and "<path" in image.text
    missing = api.web("GET", f"/v1/web/orders/{uuid.uuid4()}/qr.svg")
    assert missing.status_code == 404
    assert missing.json()["error"]["code"] == "not_found"
    unsigned = api.http.get(f"/v1/web/orders/{order.id}/qr.svg", headers=headers())
    assert unsigned.status_code == 401
    assert api.web("GET", "/v1/web/orders/nonsense/qr.svg").status_code == 422


def test_a_customer_costs_one_link_query_per_transaction(api: Api) -> None:
    order = _picked_up(api)
    ala = api.world.customers["ala"]
    statements: list[str] = []

    def count(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        if statement.startswith("SELECT") and "FROM customer_links" in statement:
            statements.append(statement)

    engine = api.db.write_engine
    event.listen(engine, "before_cursor_execute", count)
    try:
        with api.db.write() as session:
            rows = [
                session.get(m.Customer, ala),
                session.get(m.Order, uuid.UUID(order.id)),
                *session.scalars(select(m.Payment)),
                *session.scalars(select(m.Interaction)),
            ]
            before = [scopes.tags_of(session, row) for row in rows]
            assert len(statements) == 1
            scopes.link_customer(session, ala, api.world.stores["PL-KRK-01"], None)
            after = [scopes.tags_of(session, row) for row in rows]
            assert len(statements) == 2  # the new link is seen at once
        with api.db.write() as session:
            scopes.tags_of(session, session.get(m.Customer, ala))
            assert len(statements) == 3  # a new transaction asks again
    finally:
        event.remove(engine, "before_cursor_execute", count)
    krakow = f"store:{api.world.stores['PL-KRK-01']}"
    assert not any(krakow in tags for tags in before)
    assert all(krakow in tags for tags in after)


def test_a_commit_reads_the_links_of_all_its_customers_at_once(api: Api) -> None:
    customers = list(api.world.customers.values())[:3]
    statements: list[str] = []

    def count(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        if statement.startswith("SELECT") and "FROM customer_links" in statement:
            statements.append(statement)

    engine = api.db.write_engine
    event.listen(engine, "before_cursor_execute", count)
    try:
        with api.db.write() as session:
            for customer_id in customers:
                session.add(
                    m.Interaction(
                        customer_id=customer_id,
                        channel="web",
                        kind="note",
                        text="Asked about delivery",
                    )
                )
    finally:
        event.remove(engine, "before_cursor_execute", count)
    assert len(customers) == 3 and len(statements) == 1


def test_the_migration_matches_the_table(api: Api) -> None:
    with api.db.write_engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), ServerBase.metadata)
    assert not [d for d in differences if "_links" in repr(d)]
