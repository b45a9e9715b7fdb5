"""Pull: a paged snapshot and then the change feed leave exactly the server's rows."""

from __future__ import annotations

import uuid

from sqlalchemy import select

from sync import model as m
from sync.client import state
from sync.client.pull import Progress
from sync.client.tables import CURSOR
from sync.server.feed.reader import head_and_floor
from tests.client.conftest import TillFactory
from tests.client.helpers import assert_same_as_server, replica_rows, server_scope_rows
from tests.server.conftest import Api


def _server_note(api: Api, customer: str, text: str) -> uuid.UUID:
    note_id = uuid.uuid4()
    with api.db.write() as session:
        session.add(
            m.Interaction(
                id=note_id,
                customer_id=api.world.customers[customer],
                channel="phone",
                kind="note",
                text=text,
            )
        )
    return note_id


def test_snapshot_then_changes_give_exactly_the_servers_rows(
    any_server: Api, make_till: TillFactory
) -> None:
    api = any_server
    till = make_till(api)
    seen: list[Progress] = []
    received = till.snapshot(seen.append, page_size=3)
    expected = server_scope_rows(till)
    assert received == sum(len(rows) for rows in expected.values())
    assert_same_as_server(till)
    # Progress: rows done of rows total, growing to the total, one report per page.
    assert seen[-1].rows_done == seen[-1].rows_total == received
    assert [p.rows_done for p in seen] == sorted(p.rows_done for p in seen)
    assert len(seen) > received // 3
    # Other stores' customers are not in this device's replica.
    customers = replica_rows(till)["customers"]
    assert str(api.world.customers["ala"]) in customers
    assert str(api.world.customers["marco"]) not in customers

    # Changes on the server: a new note, a changed stock level, a deleted note.
    kept = _server_note(api, "ala", "called about her order")
    gone = _server_note(api, "ala", "to be removed")
    with api.db.write() as session:
        stock = session.scalars(
            select(m.Stock).where(
                m.Stock.store_id == api.world.stores["PL-WAW-01"],
                m.Stock.product_id == api.world.products["SKU-TV"],
            )
        ).one()
        stock.on_hand = 3
    _server_note(api, "marco", "not for this device")
    with api.db.write() as session:
        session.delete(session.get(m.Interaction, gone))
    assert till.pull(page_size=2) >= 3
    assert_same_as_server(till)
    notes = replica_rows(till)["interactions"]
    assert str(kept) in notes and str(gone) not in notes
    with till.replica.read() as session, api.db.read() as server:
        assert state.get_int(session, CURSOR) == head_and_floor(server)[0]
    assert till.pull() == 0  # nothing twice
