"""A new snapshot drops the synced tables' secondary indexes and builds them at its end;
one cut short gets them back when resumed, or when the replica is opened without it."""

from __future__ import annotations

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from sync.client import cipher, state
from sync.client.search import search_customers, search_products
from sync.client.tables import SNAPSHOT_CURSOR, SNAPSHOT_TOKEN, ClientBase
from sync.client.transport import ServerUnreachable
from sync.model import Base
from tests.client.conftest import TillFactory
from tests.client.helpers import Till, assert_same_as_server
from tests.client.test_resume import Recording, _use
from tests.server.conftest import Api

pytestmark = pytest.mark.filterwarnings("ignore:Skipped unsupported reflection")

DROPPED = {
    "ix_customers_email",
    "ix_customers_search_first",
    "ix_products_name",
    "ix_stock_product_id",
    "ix_prices_product_id",
}
KEPT = {"ix_customers_search_name", "ix_products_search_name"}  # named by INDEXED BY


def _indexes(till: Till) -> dict[str, str]:
    with till.replica.read() as session:
        return dict(
            session.connection()
            .exec_driver_sql(
                "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
            )
            .all()
        )


def _remembered(till: Till) -> dict[str, str]:
    with till.replica.read() as session:
        return state.dropped_indexes(session)


def _assert_schema_is_head(till: Till) -> None:
    with till.replica.writer.connect() as connection:
        assert (
            compare_metadata(
                MigrationContext.configure(connection), [Base.metadata, ClientBase.metadata]
            )
            == []
        )


def _assert_search_works(till: Till) -> None:
    customer = next(iter(till.rows("customers").values()))
    product = next(iter(till.rows("products").values()))
    with till.replica.read() as session:
        hits = search_customers(session, customer["last_name"][:3], limit=1000)
        assert customer["id"] in {str(hit.id) for hit in hits}
        assert product["sku"] in {hit.sku for hit in search_products(session, product["sku"])}


def _interrupted_snapshot(server: Api, make_till: TillFactory) -> tuple[Till, dict[str, str]]:
    till = make_till(server)
    before = _indexes(till)
    assert set(before) >= DROPPED | KEPT
    _use(till, Recording(till, fail_after=2))
    with pytest.raises(ServerUnreachable):
        till.snapshot(page_size=4)
    return till, before


def test_indexes_are_dropped_while_a_snapshot_is_written_and_built_after(
    server: Api, make_till: TillFactory
) -> None:
    till, before = _interrupted_snapshot(server, make_till)
    during = _indexes(till)
    assert not DROPPED & set(during)
    assert set(during) >= KEPT  # search keeps working on what is in so far
    assert {name for name in during if name.startswith("sqlite_autoindex")} == {
        name for name in before if name.startswith("sqlite_autoindex")
    }
    remembered = _remembered(till)
    assert set(remembered) >= DROPPED
    assert {name: before[name] for name in remembered} == remembered
    assert not KEPT & set(remembered)
    with till.replica.read() as session:
        search_customers(session, "a")  # does not fail on a missing index
    _use(till, Recording(till))
    till.snapshot(page_size=4)
    assert _indexes(till) == before
    assert _remembered(till) == {}
    _assert_schema_is_head(till)
    till.pull()
    assert_same_as_server(till)
    _assert_search_works(till)


def test_a_snapshot_cut_short_gets_its_indexes_back_when_resumed_after_reopening(
    server: Api, make_till: TillFactory
) -> None:
    till, before = _interrupted_snapshot(server, make_till)
    till.reopen()  # still under way: the indexes stay away until the last page
    assert not DROPPED & set(_indexes(till))
    _use(till, Recording(till))
    till.snapshot(page_size=4)
    assert _indexes(till) == before
    _assert_schema_is_head(till)
    _assert_search_works(till)


def test_a_restarted_snapshot_still_remembers_the_indexes_the_first_one_dropped(
    server: Api, make_till: TillFactory
) -> None:
    till, before = _interrupted_snapshot(server, make_till)
    first = _remembered(till)
    _use(till, Recording(till, fail_after=2))
    with pytest.raises(ServerUnreachable):
        till.snapshot(page_size=4)
    with till.replica.write() as session:  # start from scratch again
        state.put(session, SNAPSHOT_TOKEN, None)
    _use(till, Recording(till, fail_after=1))
    with pytest.raises(ServerUnreachable):
        till.snapshot(page_size=4)
    assert _remembered(till) == first
    _use(till, Recording(till))
    till.snapshot(page_size=3)
    assert _indexes(till) == before
    _assert_schema_is_head(till)


def test_opening_a_replica_with_no_snapshot_under_way_builds_missing_indexes(
    server: Api, make_till: TillFactory
) -> None:
    till, before = _interrupted_snapshot(server, make_till)
    till.replica.close()
    # The snapshot's state is gone (as if given up) but its indexes were never built.
    with cipher.connect(till.path, till.replica_key) as connection:
        connection.execute(
            "DELETE FROM sync_state WHERE key IN (?, ?)", (SNAPSHOT_CURSOR, SNAPSHOT_TOKEN)
        )
    connection.close()
    till.reopen()
    assert _indexes(till) == before
    assert _remembered(till) == {}
    _assert_schema_is_head(till)
    till.reopen()  # nothing more to do
    assert _indexes(till) == before


def test_a_replica_killed_mid_snapshot_is_whole_again_after_the_next_sync(
    server: Api, make_till: TillFactory
) -> None:
    till, before = _interrupted_snapshot(server, make_till)
    # A crash: the process goes without closing anything; a new one opens the file.
    till.http.close()
    till.reopen()
    _use(till, Recording(till))
    till.pull()  # finishes the snapshot, then pulls changes
    assert _indexes(till) == before
    _assert_schema_is_head(till)
    assert_same_as_server(till)
    _assert_search_works(till)
