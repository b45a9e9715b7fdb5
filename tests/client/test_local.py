"""Local changes: visible at once, durable before the call returns, confirmed by push."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import func, select

from sync import model as m
from sync.client import outbox
from sync.client.local import preview_local
from sync.client.rebase import redo_pending, undo_pending
from sync.client.tables import ACCEPTED, PENDING, OutboxRow
from sync.rules.errors import RuleViolation
from tests.client.conftest import TillFactory
from tests.client.helpers import (
    assert_same_as_server,
    note_args,
    replica_rows,
    sale_args,
)
from tests.server.conftest import Api


def _stock(till_or_session, api: Api, product: str = "SKU-CABLE") -> int:
    query = select(m.Stock.on_hand).where(
        m.Stock.store_id == api.world.stores["PL-WAW-01"],
        m.Stock.product_id == api.world.products[product],
    )
    return till_or_session.scalar(query)


def test_a_sale_is_visible_at_once_durable_and_confirmed(
    any_server: Api, make_till: TillFactory
) -> None:
    api = any_server
    till = make_till(api)
    till.pull()
    sale = sale_args(api)
    done = till.do("sale.complete", sale)
    assert done.result["total"] == "39.98" and done.result["change_due"] == "10.02"
    note = till.do("interaction.add", note_args(api, "asked about a TV"))
    assert (done.seq, note.seq) == (1, 2)
    # Visible at once: the order, its payment, the stock that left, the timeline.
    with till.replica.read() as session:
        order = session.get(m.Order, uuid.UUID(sale["order_id"]))
        assert order is not None and order.status == "completed"
        assert (
            session.scalar(select(func.sum(m.Payment.amount)).where(m.Payment.order_id == order.id))
            == order.total
        )
        assert _stock(session, api) == 7
    # Durable: a new process opening the file finds both mutations, still pending.
    till.reopen()
    rows = till.outbox()
    assert [(r.seq, r.name, r.state) for r in rows] == [
        (1, "sale.complete", PENDING),
        (2, "interaction.add", PENDING),
    ]
    assert rows[0].undo and rows[0].args == sale
    # Push: both accepted; the local effect stays until the server's version is pulled.
    summary = till.push()
    assert (summary.accepted, summary.rejected) == (2, 0)
    assert [r.state for r in till.outbox()] == [ACCEPTED, ACCEPTED]
    assert till.outbox()[0].result["order_number"] == done.result["order_number"]
    with till.replica.read() as session:
        assert _stock(session, api) == 7
    till.pull()
    assert_same_as_server(till)
    with api.db.read() as server:
        assert _stock(server, api) == 7
    # Settled: nothing is re-applied on top of the server's rows any more.
    assert all(r.undo is None for r in till.outbox())
    till.pull()
    assert_same_as_server(till)


def test_a_refused_change_writes_nothing(server: Api, make_till: TillFactory) -> None:
    till = make_till(server)
    till.pull()
    before = replica_rows(till)
    with pytest.raises(RuleViolation) as refused:
        till.do("sale.complete", sale_args(server, expected_total="10.00"))
    assert refused.value.code == "price_mismatch"
    with pytest.raises(RuleViolation) as unknown:
        till.do("interaction.add", note_args(server, "x", customer="marco"))
    assert unknown.value.code == "not_found"
    assert till.outbox() == []
    assert replica_rows(till) == before


def test_undo_then_redo_restores_exactly(server: Api, make_till: TillFactory) -> None:
    """Unwinding the stack gives back the server state; re-running gives the same view."""
    api = server
    till = make_till(api)
    till.pull()
    base = replica_rows(till)
    cart_id = str(uuid.uuid4())
    till.do("cart.open", {"cart_id": cart_id, "customer_id": str(api.world.customers["ala"])})
    line_id = str(uuid.uuid4())
    till.do(
        "cart.add_item",
        {
            "cart_id": cart_id,
            "line_id": line_id,
            "quantity": 2,
            "product_id": str(api.world.products["SKU-KETTLE"]),
        },
    )
    till.do(
        "cart.add_item",
        {
            "cart_id": cart_id,
            "line_id": str(uuid.uuid4()),
            "quantity": 1,
            "product_id": str(api.world.products["SKU-KETTLE"]),
        },
    )
    till.do(
        "sale.complete",
        {
            **sale_args(api, customer="ala"),
            "lines": None,
            "cart_id": cart_id,
            "expected_total": "389.97",
            "payments": [{"payment_id": str(uuid.uuid4()), "method": "card", "amount": "389.97"}],
        },
    )
    till.do("interaction.add", note_args(api, "bought kettles"))
    on_top = replica_rows(till)
    assert on_top["cart_lines"][line_id]["quantity"] == 3
    with till.replica.write() as session:
        assert undo_pending(session) == 5
        assert outbox.applied(session) == []
    assert replica_rows(till) == base
    with till.replica.write() as session:
        assert redo_pending(session) == []
    again = replica_rows(till)
    for table, rows in on_top.items():
        assert again[table].keys() == rows.keys(), table
        for row_id, row in rows.items():
            # updated_at is the wall clock of the run; everything else is the same.
            assert {**again[table][row_id], "updated_at": None} == {**row, "updated_at": None}
    with till.replica.read() as session:
        assert (
            session.scalar(
                select(func.count()).select_from(OutboxRow).where(OutboxRow.undo.is_not(None))
            )
            == 5
        )


def test_a_field_rep_works_for_the_territory_from_its_home_store(
    server: Api, make_till: TillFactory
) -> None:
    api = server
    laptop = make_till(api, store="PL-FIELD-N", login="rep.north", name="laptop")
    laptop.pull()
    assert str(api.world.customers["piotr"]) in laptop.rows("customers")
    assert str(api.world.customers["ala"]) not in laptop.rows("customers")
    visit = note_args(api, "visited the warehouse", customer="piotr")
    laptop.do("interaction.add", {**visit, "kind": "visit"})
    row = laptop.rows("interactions")[visit["interaction_id"]]
    assert row["channel"] == "field"
    assert row["store_id"] == str(api.world.stores["PL-KRK-01"])
    assert laptop.push().accepted == 1
    laptop.pull()
    assert_same_as_server(laptop)


def test_a_preview_answers_like_the_change_and_changes_nothing(
    server: Api, make_till: TillFactory
) -> None:
    till = make_till(server)
    till.pull()
    before = replica_rows(till)
    sale = sale_args(server)
    answer = preview_local(till.replica, "sale.complete", sale, till.staff, till.store_id, "store")
    assert (answer["total"], answer["change_due"]) == ("39.98", "10.02")
    assert replica_rows(till) == before and till.outbox() == []
    with pytest.raises(RuleViolation) as refused:
        preview_local(
            till.replica,
            "sale.complete",
            sale_args(server, expected_total="1.00"),
            till.staff,
            till.store_id,
            "store",
        )
    assert refused.value.code == "price_mismatch"
    assert till.do("sale.complete", sale).result["total"] == answer["total"]
