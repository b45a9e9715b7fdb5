"""What a change says it touched: a local change its rows and the outbox, a pull the
tables of its pages, a push's answers the outbox (and everything when one is refused)."""

from __future__ import annotations

import uuid

from sync.client.engine import SyncEngine
from sync.client.tables import OutboxRow
from sync.client.touched import EVERYTHING, Touched
from sync.client.transport import Http
from tests.client.conftest import TillFactory
from tests.client.helpers import FAST_RETRY, note_args
from tests.server.conftest import Api


def test_a_local_change_names_the_rows_it_touched_and_the_outbox(
    server: Api, make_till: TillFactory
) -> None:
    till = make_till(server)
    till.pull()
    args = note_args(server, "called about the kettle")
    touched = till.do("interaction.add", args).touched
    assert touched.local
    assert touched.concerns("interactions", "outbox")
    assert touched.concerns_row("interactions", uuid.UUID(args["interaction_id"]))
    assert not touched.concerns_row("interactions", uuid.uuid4())
    assert not touched.concerns("prices", "stock")


def test_the_engine_tells_what_each_push_and_pull_changed(
    server: Api, make_till: TillFactory
) -> None:
    till, other = make_till(server, name="till"), make_till(server, name="other")
    heard: list[Touched] = []
    engine = SyncEngine(
        till.replica, lambda: Http(server.url, till.token, retry=FAST_RETRY), touched=heard.append
    )
    engine.sync_once()  # the first sync: a snapshot, everything
    assert heard and heard[0].tables == frozenset({EVERYTHING})

    other.pull()
    other.do("interaction.add", note_args(server, "from the other till"))
    other.push()
    heard.clear()
    engine.sync_once()
    assert [t.tables for t in heard] == [frozenset({"interactions"})]
    assert not heard[0].local

    till.do("interaction.add", note_args(server, "from this till"))
    heard.clear()
    engine.sync_once()  # its answer changes the outbox; the pull brings the note back
    assert heard[0].tables == frozenset({OutboxRow.__tablename__})
    assert all(not t.concerns("prices") for t in heard)

    heard.clear()
    engine.sync_once()  # nothing new anywhere: nothing to tell
    assert heard == []


def test_touched_merges_and_keeps_rows_only_where_both_knew_them() -> None:
    a, b = uuid.uuid4(), uuid.uuid4()
    rows = Touched.of_rows([("customers", a)])
    merged = rows.merged(Touched.of_rows([("customers", b)]))
    assert merged.concerns_row("customers", a) and merged.concerns_row("customers", b)
    assert not merged.concerns_row("customers", uuid.uuid4())
    anything = rows.merged(Touched.of_tables({"customers"}))
    assert anything.concerns_row("customers", uuid.uuid4())
    assert not Touched() and Touched.everything().concerns("whatever")
    everything = Touched.everything().merged(rows)
    assert everything.concerns_row("customers", uuid.uuid4()) and everything.concerns("stock")
    assert rows.merged(Touched.everything()).concerns_row("customers", uuid.uuid4())
