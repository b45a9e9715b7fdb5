"""Pending mutations stay on top of whatever the server sends."""

from __future__ import annotations

import uuid

from sync import model as m
from sync.client import outbox
from sync.client.tables import PENDING, REJECTED
from tests.client.conftest import TillFactory
from tests.client.helpers import Till, assert_same_as_server, new_id, web
from tests.server.conftest import Api


def _web_cart(api: Api, customer: str = "ala") -> str:
    cart_id = new_id()
    web(
        api,
        "cart.open",
        {"cart_id": cart_id, "customer_id": str(api.world.customers[customer]), "currency": "PLN"},
    )
    return cart_id


def _add(api: Api, cart_id: str, quantity: int, product: str = "SKU-KETTLE") -> dict:
    return {
        "cart_id": cart_id,
        "line_id": new_id(),
        "quantity": quantity,
        "product_id": str(api.world.products[product]),
    }


def _quantities(till: Till, cart_id: str) -> dict[str, int]:
    return {
        row["product_id"]: row["quantity"]
        for row in till.rows("cart_lines").values()
        if row["cart_id"] == cart_id
    }


def test_the_same_cart_changed_online_and_at_the_till_keeps_both(
    any_server: Api, make_till: TillFactory
) -> None:
    api = any_server
    kettle = str(api.world.products["SKU-KETTLE"])
    cable = str(api.world.products["SKU-CABLE"])
    cart_id = _web_cart(api)
    web(api, "cart.add_item", _add(api, cart_id, 1))
    till = make_till(api)
    till.pull()
    assert _quantities(till, cart_id) == {kettle: 1}
    # Offline, the till adds two kettles and a cable to the customer's cart...
    till.do("cart.add_item", _add(api, cart_id, 2))
    till.do("cart.add_item", _add(api, cart_id, 1, "SKU-CABLE"))
    assert _quantities(till, cart_id) == {kettle: 3, cable: 1}
    # ...while the customer adds another kettle on the phone.
    web(api, "cart.add_item", _add(api, cart_id, 1))
    till.pull()
    assert _quantities(till, cart_id) == {kettle: 4, cable: 1}  # both changes
    with till.replica.read() as session:
        assert [r.state for r in outbox.pending(session)] == [PENDING, PENDING]
    till.push()
    till.pull()
    assert _quantities(till, cart_id) == {kettle: 4, cable: 1}
    assert_same_as_server(till)


def test_a_pending_change_the_server_made_impossible_shows_why(
    server: Api, make_till: TillFactory
) -> None:
    api = server
    cart_id = _web_cart(api)
    till = make_till(api)
    till.pull()
    till.do("cart.add_item", _add(api, cart_id, 2))
    note = till.do(
        "interaction.add",
        {
            "interaction_id": new_id(),
            "kind": "note",
            "customer_id": str(api.world.customers["ala"]),
            "text": "wants a kettle",
        },
    )
    web(api, "cart.abandon", {"cart_id": cart_id})
    till.pull()
    rows = till.outbox()
    # The add no longer applies locally: no effect, still pending, the reason recorded.
    assert (rows[0].state, rows[0].local_code, rows[0].undo) == (PENDING, "cart_closed", None)
    assert _quantities(till, cart_id) == {}
    assert rows[1].local_code is None and rows[1].undo is not None
    assert till.rows("carts")[cart_id]["status"] == "abandoned"
    assert note.seq == 2
    till.push()  # the server decides: refused for the same reason
    assert [(r.state, r.code) for r in till.outbox()] == [
        (REJECTED, "cart_closed"),
        ("accepted", None),
    ]
    till.pull()
    assert_same_as_server(till)


def test_pending_mutations_survive_many_pulls_in_order(server: Api, make_till: TillFactory) -> None:
    """Server changes arriving page by page, each page a rebase under the pending stack."""
    api = server
    cart_id = _web_cart(api)
    till = make_till(api)
    till.pull()
    for _ in range(5):
        till.do("cart.add_item", _add(api, cart_id, 1))
    for _ in range(4):
        web(api, "cart.add_item", _add(api, cart_id, 2))
        with api.db.write() as session:
            session.add(
                m.Interaction(
                    id=uuid.uuid4(),
                    customer_id=api.world.customers["ala"],
                    channel="phone",
                    kind="call",
                    text="called",
                )
            )
    till.pull(page_size=1)
    kettle = str(api.world.products["SKU-KETTLE"])
    assert _quantities(till, cart_id) == {kettle: 13}
    till.push()
    till.pull()
    assert _quantities(till, cart_id) == {kettle: 13}
    assert_same_as_server(till)
