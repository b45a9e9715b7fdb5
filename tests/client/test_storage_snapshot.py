"""A snapshot taken in SQLite's storage form leaves the same replica as the wire form.

Also: malformed storage pages are refused as protocol errors, pages written together
in one commit still report progress page by page, and the prefetcher follows the
chain of tokens and hands on failures.
"""

from __future__ import annotations

import json
import threading
import time
from pathlib import Path
from typing import Any

import pytest

from sync.client import cipher, rows, snapshot
from sync.client.prefetch import Prefetcher
from sync.client.pull import Progress, pull_snapshot
from sync.client.replica import ReplicaKey
from sync.client.transport import ProtocolError
from sync.model import Base
from sync.server.scopes import ENTITIES
from tests.client.conftest import TillFactory
from tests.client.helpers import assert_same_as_server
from tests.server.conftest import Api


def _stored_rows(path: Path, key: ReplicaKey) -> dict[str, list[tuple[Any, ...]]]:
    """Every synced table's stored values, JSON columns parsed (their text may differ in
    spacing: a value written by the wire path is compact JSON)."""
    connection = cipher.connect(path, key)
    try:
        out = {}
        for spec in ENTITIES:
            table = Base.metadata.tables[spec.name]
            is_json = [column.type.__class__.__name__ == "JSON" for column in table.columns]
            names = ", ".join(f'"{column.name}"' for column in table.columns)
            found = connection.execute(f'SELECT {names} FROM "{spec.name}" ORDER BY id')
            out[spec.name] = [
                tuple(json.loads(v) if j and isinstance(v, str) else v
                      for v, j in zip(row, is_json, strict=True))
                for row in found]
        return out
    finally:
        connection.close()


def test_storage_and_wire_snapshots_give_the_same_replica(any_server: Api,
                                                          make_till: TillFactory) -> None:
    stored = make_till(any_server, name="stored")
    plain = make_till(any_server, name="plain")
    seen: list[Progress] = []
    received = pull_snapshot(stored.replica, stored.http, seen.append, page_size=3)
    assert pull_snapshot(plain.replica, plain.http, page_size=3,
                         storage_form=False) == received
    assert_same_as_server(stored)
    assert_same_as_server(plain)
    assert (_stored_rows(stored.replica.path, stored.replica_key)
            == _stored_rows(plain.replica.path, plain.replica_key))
    # Pages written in one commit still report one progress step each, in order.
    assert len(seen) > received // 3
    assert [p.rows_done for p in seen] == sorted(p.rows_done for p in seen)
    assert seen[-1].rows_done == seen[-1].rows_total == received


def _storage_body(data: list[Any]) -> dict[str, Any]:
    return {"cursor": 1, "entity": "tax_rates", "format": "sqlite",
            "columns": ["country", "tax_class", "rate", "id", "updated_at"],
            "rows": data, "next": None, "totals": None}


def test_malformed_storage_pages_are_protocol_errors(server: Api,
                                                     make_till: TillFactory) -> None:
    with pytest.raises(ProtocolError):
        snapshot._snapshot_page(_storage_body([["PL", "standard", 2300]]))  # too short
    with pytest.raises(ProtocolError):
        snapshot._snapshot_page(_storage_body(["not a row"]))
    with pytest.raises(ProtocolError):
        snapshot._snapshot_page(_storage_body([]) | {"format": "csv"})
    with pytest.raises(ProtocolError):
        snapshot._snapshot_page(_storage_body([]) | {"columns": ["country", "nope", "id"]})
    page = snapshot._snapshot_page(_storage_body(
        [["PL", "standard", {"not": "storable"}, "0" * 32, "2026-01-01 00:00:00.000000"]]))
    till = make_till(server)
    table = Base.metadata.tables["tax_rates"]
    with pytest.raises(ProtocolError), till.replica.write() as session:
        rows.replace_rows(session, table, page.columns, page.params)


class _Page:
    def __init__(self, token: str | None, next_token: str | None, size: int) -> None:
        self.token, self.next_token, self.params = token, next_token, [[0]] * size


def test_the_prefetcher_follows_the_chain_ahead_of_the_writer() -> None:
    chain = {None: "a", "a": "b", "b": "c", "c": None}
    asked: list[str | None] = []

    def fetch(token: str | None) -> _Page:
        asked.append(token)
        return _Page(token, chain[token], 1)

    pages: Prefetcher[_Page] = Prefetcher(fetch, 100)
    try:
        assert pages.page(None).token is None
        deadline = time.monotonic() + 5
        while len(asked) < 4 and time.monotonic() < deadline:  # small pages: no waiting
            time.sleep(0.01)
        assert asked == [None, "a", "b", "c"]
        assert pages.ready("a") and not pages.ready("b")
        assert [pages.page(t).token for t in ("a", "b", "c")] == ["a", "b", "c"]
        # Asked for a page off the chain (a resumed snapshot): it starts again there.
        assert pages.page("b").token == "b" and asked[4] == "b"
    finally:
        pages.close()


def test_the_prefetcher_waits_for_the_writer_on_full_pages() -> None:
    fetched = threading.Event()
    asked: list[str | None] = []

    def fetch(token: str | None) -> _Page:
        asked.append(token)
        fetched.set()
        return _Page(token, f"{token or ''}x", 10)

    pages: Prefetcher[_Page] = Prefetcher(fetch, 10)
    try:
        pages.page(None)
        time.sleep(0.2)
        assert asked == [None, "x"]  # one page fetched ahead, then it waits
        pages.page("x")
        time.sleep(0.2)
        assert asked == [None, "x", "xx"]
    finally:
        pages.close()


def test_the_prefetcher_hands_on_failures() -> None:
    def fetch(token: str | None) -> _Page:
        if token == "a":
            raise ProtocolError("broken page")
        return _Page(token, "a", 1)

    pages: Prefetcher[_Page] = Prefetcher(fetch, 10)
    try:
        pages.page(None)
        time.sleep(0.1)
        assert not pages.ready("a")  # a failure is not "ready" to be grouped
        with pytest.raises(ProtocolError):
            pages.page("a")
    finally:
        pages.close()
