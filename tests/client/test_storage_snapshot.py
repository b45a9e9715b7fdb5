"""A snapshot taken in SQLite's storage form leaves the same replica as the wire form.

Also: malformed storage pages are refused as protocol errors, pages written together
in one commit still report progress page by page, and the prefetcher follows the
chain of tokens and hands on failures.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable
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
                tuple(
                    json.loads(v) if j and isinstance(v, str) else v
                    for v, j in zip(row, is_json, strict=True)
                )
                for row in found
            ]
        return out
    finally:
        connection.close()


def test_storage_and_wire_snapshots_give_the_same_replica(
    any_server: Api, make_till: TillFactory
) -> None:
    stored = make_till(any_server, name="stored")
    plain = make_till(any_server, name="plain")
    seen: list[Progress] = []
    received = pull_snapshot(stored.replica, stored.http, seen.append, page_size=3)
    assert pull_snapshot(plain.replica, plain.http, page_size=3, storage_form=False) == received
    assert_same_as_server(stored)
    assert_same_as_server(plain)
    assert _stored_rows(stored.replica.path, stored.replica_key) == _stored_rows(
        plain.replica.path, plain.replica_key
    )
    # Pages written in one commit still report one progress step each, in order.
    assert len(seen) > received // 3
    assert [p.rows_done for p in seen] == sorted(p.rows_done for p in seen)
    assert seen[-1].rows_done == seen[-1].rows_total == received


def _storage_body(data: list[Any]) -> dict[str, Any]:
    return {
        "cursor": 1,
        "entity": "tax_rates",
        "format": "sqlite",
        "columns": ["country", "tax_class", "rate", "id", "updated_at"],
        "rows": data,
        "next": None,
        "totals": None,
    }


def test_malformed_storage_pages_are_protocol_errors(server: Api, make_till: TillFactory) -> None:
    with pytest.raises(ProtocolError):
        snapshot._snapshot_page(_storage_body([["PL", "standard", 2300]]))  # too short
    with pytest.raises(ProtocolError):
        snapshot._snapshot_page(_storage_body(["not a row"]))
    with pytest.raises(ProtocolError):
        snapshot._snapshot_page(_storage_body([]) | {"format": "csv"})
    with pytest.raises(ProtocolError):
        snapshot._snapshot_page(_storage_body([]) | {"columns": ["country", "nope", "id"]})
    page = snapshot._snapshot_page(
        _storage_body(
            [["PL", "standard", {"not": "storable"}, "0" * 32, "2026-01-01 00:00:00.000000"]]
        )
    )
    till = make_till(server)
    table = Base.metadata.tables["tax_rates"]
    with pytest.raises(ProtocolError), till.replica.write() as session:
        rows.replace_rows(session, table, page.columns, page.params)


WAIT = 10.0  # seconds: only a bound for a prefetcher that never gets there


class _Page:
    def __init__(self, token: str | None, next_token: str | None, size: int) -> None:
        self.token, self.next_token, self.params = token, next_token, [[0]] * size


class _Server:
    """A fake server's chain of snapshot pages, keeping the tokens asked for and the
    thread that asked, so a test waits for what it expects instead of pausing."""

    def __init__(self, page: Callable[[str | None], _Page]) -> None:
        self._page = page
        self._changed = threading.Condition()
        self._asking: threading.Thread | None = None
        self.asked: list[str | None] = []

    def __call__(self, token: str | None) -> _Page:
        with self._changed:
            self.asked.append(token)
            self._asking = threading.current_thread()
            self._changed.notify_all()
        return self._page(token)

    def wait_for_asks(self, count: int) -> None:
        with self._changed:
            assert self._changed.wait_for(lambda: len(self.asked) >= count, WAIT), self.asked

    def wait_for_the_chain_to_end(self) -> None:
        """Until the prefetcher's thread has handed on its last page (or failure) and ended."""
        assert self._asking is not None
        self._asking.join(WAIT)
        assert not self._asking.is_alive()


def _until(condition: Callable[[], bool]) -> None:
    """Wait for `condition`, looked at every few milliseconds (WAIT only bounds a failure)."""
    deadline = time.monotonic() + WAIT
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.005)


def test_the_prefetcher_follows_the_chain_ahead_of_the_writer() -> None:
    chain = {None: "a", "a": "b", "b": "c", "c": None}
    server = _Server(lambda token: _Page(token, chain[token], 1))
    pages: Prefetcher[_Page] = Prefetcher(server, 100)
    try:
        assert pages.page(None).token is None
        # Small pages: it asks for every page without waiting for the writer. Asked for
        # "c", it has "a" and "b" in hand already (one page after the other).
        server.wait_for_asks(4)
        assert server.asked == [None, "a", "b", "c"]
        assert pages.ready("a") and not pages.ready("b")
        assert [pages.page(t).token for t in ("a", "b", "c")] == ["a", "b", "c"]
        # Asked for a page off the chain (a resumed snapshot): it starts again there.
        assert pages.page("b").token == "b" and server.asked[4] == "b"
    finally:
        pages.close()


def test_the_prefetcher_waits_for_the_writer_on_full_pages() -> None:
    server = _Server(lambda token: _Page(token, f"{token or ''}x", 10))
    pages: Prefetcher[_Page] = Prefetcher(server, 10)
    try:
        pages.page(None)
        # A page seen ready was handed on under the prefetcher's lock, which its thread
        # then lets go of only to wait for the writer (a full page is waiting).
        _until(lambda: pages.ready("x"))
        assert server.asked == [None, "x"]  # one page fetched ahead, then it waits
        pages.page("x")
        _until(lambda: pages.ready("xx"))
        assert server.asked == [None, "x", "xx"]
    finally:
        pages.close()


def test_the_prefetcher_hands_on_failures() -> None:
    def page(token: str | None) -> _Page:
        if token == "a":
            raise ProtocolError("broken page")
        return _Page(token, "a", 1)

    server = _Server(page)
    pages: Prefetcher[_Page] = Prefetcher(server, 10)
    try:
        pages.page(None)
        server.wait_for_asks(2)
        server.wait_for_the_chain_to_end()  # the failure is waiting for the writer
        assert not pages.ready("a")  # a failure is not "ready" to be grouped
        with pytest.raises(ProtocolError):
            pages.page("a")
    finally:
        pages.close()
