"""A benchmark device: one httpx client taking a snapshot and pulling the change feed.

It speaks the protocol like tests/server/conftest.py's Device but keeps no rows: it
parses each page with orjson and counts what it got, so the figures are the server's.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any

import httpx
import orjson

from bench.common import headers

MAX_PAGES = 100_000  # a server that never says "done" must not keep a benchmark running


class ProtocolError(RuntimeError):
    """The server answered something a device cannot go on with."""


@dataclass
class PullStats:
    rows: dict[str, int] = field(default_factory=dict)
    changes: int = 0
    pages: int = 0
    bytes: int = 0
    totals: dict[str, int] = field(default_factory=dict)
    request_seconds: list[float] = field(default_factory=list)  # request sent -> last byte
    parse_seconds: float = 0.0
    cursor: int = 0

    @property
    def snapshot_rows(self) -> int:
        return sum(self.rows.values())


class PullingDevice:
    def __init__(self, http: httpx.Client, token: str) -> None:
        self.http = http
        self.headers = headers(token)

    def _get(self, path: str, params: dict[str, Any], stats: PullStats) -> Any:
        if stats.pages >= MAX_PAGES:
            raise ProtocolError(f"more than {MAX_PAGES} pages: the server keeps answering")
        started = time.perf_counter()
        response = self.http.get(path, params=params, headers=self.headers)
        body = response.content
        stats.request_seconds.append(time.perf_counter() - started)
        if response.status_code != 200:
            raise ProtocolError(f"GET {path} answered {response.status_code}: {body[:300]!r}")
        stats.pages += 1
        stats.bytes += len(body)
        started = time.perf_counter()
        data = orjson.loads(body)
        stats.parse_seconds += time.perf_counter() - started
        return data

    def snapshot(self, limit: int, stats: PullStats, form: str = "sqlite") -> None:
        """Every snapshot page, following `next`, then the cursor to pull from.

        `form` is the row format asked for: "sqlite" (what a device's replica stores,
        as `sync.client` asks) or "wire".
        """
        token: str | None = None
        while True:
            params: dict[str, Any] = {"limit": limit}
            if form != "wire":
                params["format"] = form
            if token:
                params["token"] = token
            page = self._get("/v1/sync/snapshot", params, stats)
            if page["totals"]:
                stats.totals = page["totals"]
            entity = page["entity"]
            stats.rows[entity] = stats.rows.get(entity, 0) + len(page["rows"])
            stats.cursor = page["cursor"]
            token = page["next"]
            if token is None:
                return

    def pull(self, limit: int, stats: PullStats) -> None:
        """Every change after the cursor, page by page, until `more` is false."""
        while True:
            page = self._get("/v1/sync/changes", {"cursor": stats.cursor, "limit": limit}, stats)
            stats.changes += len(page["changes"])
            stats.cursor = page["cursor"]
            if not page["more"]:
                return
