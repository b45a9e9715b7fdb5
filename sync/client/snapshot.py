"""The first sync: a paged snapshot of the device's scope, resumable page by page.

Every page is one SQLite transaction holding the page's rows *and* the token of the
next page, so a snapshot that stops anywhere resumes at the next page. Pages are
fetched (and parsed) ahead in a background thread while the current one is written
(`prefetch`), and pages that have arrived are written together, one commit for up to
20,000 rows.
Rows are asked for in the replica's own storage form (`sync.protocol.SQLITE_FORMAT`),
so they go into SQLite as they come, with no per-value conversion on either side; a
server that answers in the wire form (one that predates it) is converted as before.
A new snapshot drops the synced tables' non-unique secondary indexes (their SQL kept in
sync_state) and the last page builds them again; `open_replica` builds any that a
snapshot left missing once none is under way.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Table
from sqlalchemy.orm import Session

from sync.client import rows, state
from sync.client.prefetch import Prefetcher
from sync.client.rebase import redo_pending, undo_pending
from sync.client.replica import Replica
from sync.client.tables import (
    CURSOR,
    LAST_SYNC_AT,
    SNAPSHOT_CURSOR,
    SNAPSHOT_ROWS_DONE,
    SNAPSHOT_ROWS_TOTAL,
    SNAPSHOT_TOKEN,
)
from sync.client.transport import Http, ProtocolError, ServerError
from sync.model.types import utcnow
from sync.protocol import MAX_SNAPSHOT_PAGE, SQLITE_FORMAT, WIRE_FORMAT

SNAPSHOT = "/v1/sync/snapshot"
SNAPSHOT_PAGE = 5000


@dataclass(frozen=True)
class Progress:
    """How far a pull is: rows done of rows total (0 total: not known yet)."""

    rows_done: int
    rows_total: int
    entity: str | None = None


ProgressFn = Callable[[Progress], None]


def _quiet(progress: Progress) -> None:
    return None


def count(body: dict[str, Any], key: str) -> int:
    """A page's non-negative integer field (cursor, head), or a ProtocolError."""
    value = body.get(key)
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise ProtocolError(f"the server's page has no valid {key!r}")
    return value


@dataclass(frozen=True)
class SnapshotPage:
    cursor: int
    entity: str
    columns: list[str]
    params: list[rows.Params]
    next_token: str | None
    total: int | None


def _snapshot_page(body: dict[str, Any]) -> SnapshotPage:
    table = rows.synced_table(body.get("entity"))
    columns, data, token = body.get("columns"), body.get("rows"), body.get("next")
    if not isinstance(columns, list) or not isinstance(data, list):
        raise ProtocolError("the snapshot page has no columns or rows")
    if token is not None and not isinstance(token, str):
        raise ProtocolError("the snapshot page's next token is not a string")
    form = body.get("format", WIRE_FORMAT)
    if form == SQLITE_FORMAT:
        params = rows.stored_rows(table, columns, data)
    elif form == WIRE_FORMAT:
        params = _converted(table, columns, data)
    else:
        raise ProtocolError(f"the snapshot page is in an unknown format {form!r}")
    totals = body.get("totals")
    total = None
    if totals is not None:
        if not isinstance(totals, dict) or not all(isinstance(v, int) for v in totals.values()):
            raise ProtocolError("the snapshot totals are malformed")
        total = sum(totals.values())
    return SnapshotPage(count(body, "cursor"), table.name, columns, params, token, total)


def _converted(table: Table, columns: list[str], data: list[Any]) -> list[rows.Params]:
    convert = rows.converter(table, columns)
    params = []
    for row in data:
        if not isinstance(row, list):
            raise ProtocolError("a snapshot row is not a list of values")
        params.append(convert(row))
    return params


def forget_snapshot(session: Session) -> None:
    for key in (SNAPSHOT_TOKEN, SNAPSHOT_CURSOR, SNAPSHOT_ROWS_DONE, SNAPSHOT_ROWS_TOTAL):
        state.put(session, key, None)


def _write_snapshot_page(session: Session, token: str | None, page: SnapshotPage) -> Progress:
    if token is None:
        # A new snapshot: the old server state goes, this device's own mutations are
        # unwound now and put back on top when the last page is in.
        undo_pending(session)
        rows.clear_synced(session)
        # Filling B-trees in random order page after page is most of a large sync's
        # cost: the secondary indexes go now and are built once, with the last page.
        state.drop_secondary_indexes(session)
        forget_snapshot(session)
        state.put(session, CURSOR, None)
        state.put(session, SNAPSHOT_CURSOR, page.cursor)
        state.put(session, SNAPSHOT_ROWS_TOTAL, page.total or 0)
    else:
        undo_pending(session)  # changes staff made while the snapshot was under way
    table = rows.synced_table(page.entity)
    rows.replace_rows(session, table, page.columns, page.params)
    done = (state.get_int(session, SNAPSHOT_ROWS_DONE) or 0) + len(page.params)
    total = state.get_int(session, SNAPSHOT_ROWS_TOTAL) or 0
    if page.next_token is not None:
        state.put(session, SNAPSHOT_TOKEN, page.next_token)
        state.put(session, SNAPSHOT_ROWS_DONE, done)
    else:
        state.restore_secondary_indexes(session)
        state.put(session, CURSOR, state.get(session, SNAPSHOT_CURSOR))
        forget_snapshot(session)
        state.put(session, LAST_SYNC_AT, utcnow().isoformat())
        session.expire_all()
        redo_pending(session)
    return Progress(done, max(total, done), page.entity)


def _fetch(http: Http, token: str | None, limit: int) -> SnapshotPage:
    """A page in the replica's storage form."""
    return _fetch_as(http, token, limit, SQLITE_FORMAT)


def _fetch_wire(http: Http, token: str | None, limit: int) -> SnapshotPage:
    """A page in the wire form (what a server without the storage form sends)."""
    return _fetch_as(http, token, limit, WIRE_FORMAT)


def _fetch_as(http: Http, token: str | None, limit: int, form: str) -> SnapshotPage:
    params: dict[str, Any] = {"limit": limit}
    if form != WIRE_FORMAT:
        params["format"] = form
    if token is not None:
        params["token"] = token
    return _snapshot_page(http.get_json(SNAPSHOT, params))


GROUP_ROWS = 20_000
GROUP_SECONDS = 0.5


@dataclass(frozen=True)
class _Written:
    rows: int
    next_token: str | None
    progress: list[Progress]


def _write_group(
    session: Session, token: str | None, page: SnapshotPage, pages: Prefetcher[SnapshotPage]
) -> _Written:
    """Write `page` and, in the same transaction, the pages after it that have arrived
    already, up to GROUP_ROWS rows or GROUP_SECONDS.

    A commit writes every database page the transaction dirtied to the WAL; rows land
    at random places of the unique indexes, so consecutive snapshot pages dirty many of
    the same index pages, and each commit wrote them again (groups of four pages: 15 %
    less writer CPU for a million rows). Memory does not grow (snapshot pages stay
    small), a page not fetched yet is never waited for with the write lock held, and
    GROUP_SECONDS bounds how long a staff change waits for the lock. Each page still
    stores the next token, so a sync cut short resumes after the last commit.
    """
    started, rows, progress = time.monotonic(), 0, []
    while True:
        progress.append(_write_snapshot_page(session, token, page))
        rows += len(page.params)
        token = page.next_token
        if (
            token is None
            or rows >= GROUP_ROWS
            or time.monotonic() - started >= GROUP_SECONDS
            or not pages.ready(token)
        ):
            return _Written(rows, token, progress)
        page = pages.page(token)


def pull_snapshot(
    replica: Replica,
    http: Http,
    progress: ProgressFn | None = None,
    *,
    page_size: int = SNAPSHOT_PAGE,
    restart: bool = False,
    storage_form: bool = True,
) -> int:
    """Take (or resume) a snapshot of the device's scope; returns the rows received.

    A snapshot under way is resumed from its stored token unless `restart`. Pending
    mutations are kept and end up on top of the new state. `storage_form=False` asks
    for the wire form instead (the rows end up the same; it is slower).
    """
    fetch = _fetch if storage_form else _fetch_wire
    report = progress or _quiet
    limit = max(1, min(page_size, MAX_SNAPSHOT_PAGE))
    if restart:
        with replica.write(durable=False) as session:
            state.put(session, SNAPSHOT_TOKEN, None)
    received = 0
    pages: Prefetcher[SnapshotPage] = Prefetcher(lambda token: fetch(http, token, limit), limit)
    try:
        while True:
            with replica.read() as session:
                token = state.get(session, SNAPSHOT_TOKEN)
            try:
                page = pages.page(token)
            except ServerError as error:
                if error.code == "bad_snapshot_token" and token is not None:
                    with replica.write(durable=False) as session:  # the server forgot it
                        state.put(session, SNAPSHOT_TOKEN, None)
                    continue
                raise
            with replica.write(durable=False) as session:
                if state.get(session, SNAPSHOT_TOKEN) != token:
                    continue  # another sync of this replica moved on meanwhile
                written = _write_group(session, token, page, pages)
            received += written.rows
            for done in written.progress:  # once committed, as a page at a time did
                report(done)
            if written.next_token is None:
                return received
    finally:
        pages.close()
