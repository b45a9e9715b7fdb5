"""A till finds an order placed anywhere, takes the goods back, and keeps the customer."""

from __future__ import annotations

import uuid
from typing import Any

import pytest

from sync.client import state
from sync.client.lookup import OrderNotFound, fetch_order, find_local_order
from sync.client.transport import Http, ServerUnreachable
from sync.order_codes import order_qr_text
from tests.client.conftest import TillFactory
from tests.client.helpers import FAST_RETRY, Till, assert_same_as_server, new_id, note_args, web
from tests.server.conftest import Api
from tests.server.live_server import free_port
from tests.server.test_order_lookup import WebOrder, _picked_up


def _krakow(api: Api, make_till: TillFactory) -> Till:
    till = make_till(api, "PL-KRK-01", "cashier.krk", name="krk")
    till.pull()
    return till


def _local(till: Till, query: str) -> uuid.UUID | None:
    with till.replica.read() as session:
        return find_local_order(session, query)


def _return_args(order: WebOrder) -> dict:
    return {
        "return_id": new_id(),
        "order_id": order.id,
        "reason": "Changed my mind",
        "lines": [
            {
                "return_line_id": new_id(),
                "order_line_id": order.line_id,
                "quantity": 1,
                "condition": "sellable",
            }
        ],
    }


def test_an_order_from_elsewhere_is_fetched_under_pending_changes(
    any_server: Api, make_till: TillFactory
) -> None:
    api = any_server
    order = _picked_up(api)
    till = _krakow(api, make_till)
    assert _local(till, order.number) is None
    pending = till.do("interaction.add", note_args(api, "Waiting to be sent", "ola"))
    with till.replica.read() as session:
        cursor = state.cursor(session)
    found = fetch_order(till.replica, till.http, order_qr_text(order.number))
    assert found == uuid.UUID(order.id)
    assert _local(till, order.number) == found
    assert _local(till, f" {order.number.lower()} ") == found
    with till.replica.read() as session:
        assert state.cursor(session) == cursor  # the pull cursor did not move
    assert str(api.world.customers["ala"]) in till.rows("customers")
    assert [p["method"] for p in till.rows("payments").values()] == ["card"]
    [row] = till.outbox()
    assert row.id == pending.mutation_id and row.undo is not None  # still on top
    assert any(i["text"] == "Waiting to be sent" for i in till.rows("interactions").values())
    till.sync()
    assert_same_as_server(till)


def test_the_goods_come_back_and_the_customer_stays(
    any_server: Api, make_till: TillFactory
) -> None:
    api = any_server
    order = _picked_up(api)
    till = _krakow(api, make_till)
    fetch_order(till.replica, till.http, order.number)
    till.do("return.submit", _return_args(order))
    summary = till.push()
    assert summary.rejected == 0, till.needs_attention()
    till.pull()
    refunds = [p for p in till.rows("payments").values() if p["kind"] == "refund"]
    assert [(p["method"], p["amount"]) for p in refunds] == [("card", order.total)]
    note = new_id()
    web(
        api,
        "interaction.add",
        {
            "interaction_id": note,
            "customer_id": str(api.world.customers["ala"]),
            "kind": "note",
            "text": "Thanks for the refund",
        },
    )
    till.pull()
    assert till.rows("interactions")[note]["text"] == "Thanks for the refund"
    assert_same_as_server(till)


def test_a_pull_that_overtook_the_lookup_is_not_undone(
    server: Api, make_till: TillFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    api = server
    order = _picked_up(api)
    till = _krakow(api, make_till)
    ask = till.http.get_json

    def answer_then_pull(path: str, params: Any = None, **kwargs: Any) -> dict[str, Any]:
        body = ask(path, params, **kwargs)
        monkeypatch.setattr(till.http, "get_json", ask)
        posted = _return_args(order) | {"refund_method": "store_credit"}
        web(api, "return.submit", posted)  # a postal return, after the answer was read
        till.pull()  # the customer is linked: the feed brings it before the answer lands
        return body

    monkeypatch.setattr(till.http, "get_json", answer_then_pull)
    fetch_order(till.replica, till.http, order.number)
    line = till.rows("order_lines")[order.line_id]
    assert line["returned_quantity"] == 1  # the older answer did not overwrite it
    assert_same_as_server(till)


def test_an_unknown_or_unreadable_number_is_not_found(server: Api, make_till: TillFactory) -> None:
    till = _krakow(server, make_till)
    with pytest.raises(OrderNotFound, match="O-0000000000"):
        fetch_order(till.replica, till.http, "O-0000000000")
    with pytest.raises(OrderNotFound, match="not an order number"):
        fetch_order(till.replica, till.http, "a banana")
    assert _local(till, "a banana") is None


def test_a_lookup_needs_a_connection(server: Api, make_till: TillFactory) -> None:
    till = _krakow(server, make_till)
    offline = Http(f"http://127.0.0.1:{free_port()}", till.token, retry=FAST_RETRY)
    with offline, pytest.raises(ServerUnreachable):
        fetch_order(till.replica, offline, "O-0000000000")
