"""Pull: the change feed after the snapshot, page by page, resumable.

Every page is one SQLite transaction holding the page's rows *and* the cursor to
resume from, so a pull that stops anywhere resumes at the next page: it never applies
half a page and never starts over. Each page goes in under the device's pending
mutations (a rebase), so they stay on top of the server's newer state.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from sync.client import outbox, rows, state
from sync.client.rebase import rebase
from sync.client.replica import Replica
from sync.client.snapshot import (
    Progress,
    ProgressFn,
    count,
    forget_snapshot,
    pull_snapshot,
)
from sync.client.tables import CURSOR, LAST_SYNC_AT
from sync.client.touched import Touched
from sync.client.transport import Http, ProtocolError, ServerError
from sync.model.types import utcnow
from sync.protocol import MAX_PAGE

__all__ = ["Progress", "ProgressFn", "apply_changes", "pull_changes", "pull_snapshot"]

CHANGES = "/v1/sync/changes"
CHANGES_PAGE = 1000
MAX_SNAPSHOTS = 3  # per pull: a server that keeps asking for one is broken


@dataclass(frozen=True)
class Change:
    entity: str
    op: str
    row_id: Any
    params: rows.Params | None


@dataclass(frozen=True)
class ChangePage:
    cursor: int
    head: int
    more: bool
    changes: list[Change]


def _change_page(body: dict[str, Any]) -> ChangePage:
    raw, more = body.get("changes"), body.get("more")
    if not isinstance(raw, list) or not isinstance(more, bool):
        raise ProtocolError("the change page has no changes list")
    changes = []
    for item in raw:
        if not isinstance(item, dict) or item.get("op") not in ("upsert", "delete"):
            raise ProtocolError("a change is malformed")
        table = rows.synced_table(item.get("entity"))
        if item["op"] == "delete":
            changes.append(Change(table.name, "delete", rows.id_param(table, item.get("id")), None))
        else:
            params = rows.record_params(table, item.get("data"))
            changes.append(Change(table.name, "upsert", None, params))
    return ChangePage(count(body, "cursor"), count(body, "head"), more, changes)


def apply_changes(session: Session, changes: list[Change]) -> None:
    """Write changes in feed order, in runs of the same table and operation."""
    run: list[Change] = []

    def flush() -> None:
        if not run:
            return
        table = rows.synced_table(run[0].entity)
        if run[0].op == "delete":
            rows.delete_rows(session, table, [c.row_id for c in run])
        else:
            rows.upsert_rows(session, table, [c.params for c in run if c.params])
        run.clear()

    for change in changes:
        if run and (run[0].entity, run[0].op) != (change.entity, change.op):
            flush()
        run.append(change)
    flush()


def _settles(session: Session, cursor: int) -> bool:
    """Whether moving to `cursor` ends a mutation's time on the stack."""
    on_stack = {row.seq for row in outbox.applied(session)}
    return not on_stack <= {row.seq for row in outbox.to_replay(session, cursor)}


def _stack_tables(session: Session) -> set[str]:
    """The tables this device's own changes on the stack touched (unwound and put back
    by a rebase)."""
    return {str(entry["table"]) for row in outbox.applied(session) for entry in row.undo or []}


def pull_changes(
    replica: Replica,
    http: Http,
    progress: ProgressFn | None = None,
    *,
    page_size: int = CHANGES_PAGE,
    touched: Callable[[Touched], None] | None = None,
) -> int:
    """Bring the replica up to the server's head; returns the changes applied.

    Starts (or finishes) a snapshot first if the replica has none. A server that no
    longer keeps the history from our cursor (410 snapshot_required) gets a new
    snapshot; the outbox is untouched and its pending mutations stay on top.
    `touched(what)` hears, after each page is committed, the tables it changed.
    """
    limit = max(1, min(page_size, MAX_PAGE))
    applied = snapshots = 0
    while True:
        with replica.read() as session:
            cursor = state.cursor(session)
            unfinished = state.snapshot_in_progress(session)
        if cursor is None or unfinished:
            snapshots += 1
            if snapshots > MAX_SNAPSHOTS:
                raise ProtocolError("the server keeps asking for a new snapshot")
            pull_snapshot(replica, http, progress)
            if touched is not None:
                touched(Touched.everything())
            continue
        try:
            body = http.get_json(CHANGES, {"cursor": cursor, "limit": limit})
        except ServerError as error:
            if error.code not in ("snapshot_required", "cursor_ahead"):
                raise
            with replica.write(durable=False) as session:
                forget_snapshot(session)
                state.put(session, CURSOR, None)
            continue
        page = _change_page(body)
        if page.cursor < cursor or page.head < page.cursor:
            raise ProtocolError("the server's change cursor went backwards")

        def take(session: Session, page: ChangePage = page) -> None:
            apply_changes(session, page.changes)
            state.put(session, CURSOR, page.cursor)
            state.put(session, LAST_SYNC_AT, utcnow().isoformat())

        tables = {change.entity for change in page.changes}
        with replica.write(durable=False) as session:
            if state.cursor(session) != cursor:
                continue  # another sync of this replica moved on meanwhile
            if page.changes or _settles(session, page.cursor):
                tables |= _stack_tables(session)
                rebase(session, take)
            else:
                take(session)  # nothing to show differently: no need to unwind
        if touched is not None and tables:
            touched(Touched.of_tables(tables))
        applied += len(page.changes)
        if progress is not None:
            progress(Progress(applied, applied + (page.head - page.cursor), None))
        if not page.more:
            return applied
