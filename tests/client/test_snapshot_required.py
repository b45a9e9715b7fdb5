"""A device away longer than the server's history rebuilds its replica, outbox intact."""

from __future__ import annotations

import uuid
from datetime import timedelta

from sqlalchemy import select

from sync import model as m
from sync.client import state
from sync.client.tables import CURSOR, PENDING
from sync.model.types import utcnow
from sync.server.feed.compaction import compact
from tests.client.conftest import TillFactory
from tests.client.helpers import assert_same_as_server, note_args, sale_args
from tests.client.test_resume import Recording, _use
from tests.server.conftest import Api


def test_snapshot_required_rebuilds_the_replica_and_keeps_pending_work(
    server: Api, make_till: TillFactory
) -> None:
    api = server
    till = make_till(api)
    till.pull()
    with till.replica.read() as session:
        old_cursor = state.get_int(session, CURSOR)
    # Offline for a long time: staff keep selling and writing notes.
    sale = sale_args(api)
    till.do("sale.complete", sale)
    till.do("interaction.add", note_args(api, "offline note"))
    # Meanwhile the server moves on and drops its old history.
    with api.db.write() as session:
        session.add(
            m.Interaction(
                id=uuid.uuid4(),
                customer_id=api.world.customers["ala"],
                channel="phone",
                kind="call",
                text="while away",
            )
        )
        stock = session.scalars(
            select(m.Stock).where(
                m.Stock.store_id == api.world.stores["PL-WAW-01"],
                m.Stock.product_id == api.world.products["SKU-CABLE"],
            )
        ).one()
        stock.on_hand = 20
    with api.db.write() as session:
        floor = compact(session, utcnow() + timedelta(seconds=1))
    assert floor > (old_cursor or 0)
    before = [(r.seq, r.id, r.args) for r in till.outbox()]

    http = _use(till, Recording(till))
    till.pull()
    assert [path.rsplit("/", 1)[-1] for path, _ in http.calls][:2] == ["changes", "snapshot"]
    # The replica is the server's current state with this device's work on top.
    texts = {row["text"] for row in till.rows("interactions").values()}
    assert {"while away", "offline note"} <= texts
    with till.replica.read() as session:
        assert session.get(m.Order, uuid.UUID(sale["order_id"])) is not None
        on_hand = session.scalar(
            select(m.Stock.on_hand).where(
                m.Stock.store_id == api.world.stores["PL-WAW-01"],
                m.Stock.product_id == api.world.products["SKU-CABLE"],
            )
        )
        assert on_hand == 17  # the server's 20, less the 3 sold offline
        assert state.get_int(session, CURSOR) >= floor
    assert [(r.seq, r.id, r.args) for r in till.outbox()] == before
    assert all(r.state == PENDING and r.undo for r in till.outbox())
    # And they still go to the server, once.
    summary = till.push()
    assert (summary.accepted, summary.rejected) == (2, 0)
    till.pull()
    assert_same_as_server(till)
    with api.db.read() as session:
        assert session.scalar(select(m.Stock.on_hand).where(m.Stock.id == stock.id)) == 17
