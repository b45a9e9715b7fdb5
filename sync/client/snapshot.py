"""The first sync: a paged snapshot of the device's scope, resumable page by page.

Every page is one SQLite transaction holding the page's rows *and* the token of the
next page, so a snapshot that stops anywhere resumes at the next page. The next page
is fetched (and converted) in a background thread while the current one is written.
A new snapshot drops the synced tables' non-unique secondary indexes (their SQL kept in
sync_state) and the last page builds them again; `open_replica` builds any that a
snapshot left missing once none is under way.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from sync.client import rows, state
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
from sync.protocol import MAX_SNAPSHOT_PAGE

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
    convert = rows.converter(table, columns)
    params = []
    for row in data:
        if not isinstance(row, list):
            raise ProtocolError("a snapshot row is not a list of values")
        params.append(convert(row))
    totals = body.get("totals")
    total = None
    if totals is not None:
        if not isinstance(totals, dict) or not all(isinstance(v, int)
                                                   for v in totals.values()):
            raise ProtocolError("the snapshot totals are malformed")
        total = sum(totals.values())
    return SnapshotPage(count(body, "cursor"), table.name, columns, params, token, total)


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
    params: dict[str, Any] = {"limit": limit}
    if token is not None:
        params["token"] = token
    return _snapshot_page(http.get_json(SNAPSHOT, params))


def pull_snapshot(replica: Replica, http: Http, progress: ProgressFn | None = None, *,
                  page_size: int = SNAPSHOT_PAGE, restart: bool = False) -> int:
    """Take (or resume) a snapshot of the device's scope; returns the rows received.

    A snapshot under way is resumed from its stored token unless `restart`. Pending
    mutations are kept and end up on top of the new state.
    """
    report = progress or _quiet
    limit = max(1, min(page_size, MAX_SNAPSHOT_PAGE))
    if restart:
        with replica.write(durable=False) as session:
            state.put(session, SNAPSHOT_TOKEN, None)
    received = 0
    ahead: tuple[str | None, Future[SnapshotPage]] | None = None
    pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="snapshot-fetch")
    try:
        while True:
            with replica.read() as session:
                token = state.get(session, SNAPSHOT_TOKEN)
            if ahead is None or ahead[0] != token:
                ahead = token, pool.submit(_fetch, http, token, limit)
            try:
                page = ahead[1].result()
            except ServerError as error:
                ahead = None
                if error.code == "bad_snapshot_token" and token is not None:
                    with replica.write(durable=False) as session:  # the server forgot it
                        state.put(session, SNAPSHOT_TOKEN, None)
                    continue
                raise
            ahead = None
            if page.next_token is not None:  # fetched while this page is written
                ahead = page.next_token, pool.submit(_fetch, http, page.next_token, limit)
            with replica.write(durable=False) as session:
                if state.get(session, SNAPSHOT_TOKEN) != token:
                    continue  # another sync of this replica moved on meanwhile
                done = _write_snapshot_page(session, token, page)
            received += len(page.params)
            report(done)
            if page.next_token is None:
                return received
    finally:
        pool.shutdown(wait=False, cancel_futures=True)
