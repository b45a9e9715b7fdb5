"""The device sync protocol: snapshot, change feed, push and live notification."""

from __future__ import annotations

import asyncio
import time
from typing import Annotated

import orjson
from fastapi import APIRouter, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import Response

from sync.model.types import utcnow
from sync.protocol import (
    MAX_BATCH,
    MAX_PAGE,
    MAX_SNAPSHOT_PAGE,
    LiveResponse,
    PushRequest,
    PushResponse,
)
from sync.server.contract import device_route
from sync.server.db import Database
from sync.server.deps import DbDep, DeviceDep, NotifierDep, device_token
from sync.server.errors import ApiError
from sync.server.feed import reader, snapshot
from sync.server.push import Push, apply_pushes
from sync.server.push_queue import PushQueue

LIVE_RECHECK = 0.5
"""Seconds between a long-poll's own re-checks, should a wake-up be missed."""

router = APIRouter(prefix="/v1/sync", tags=["sync"])

JSON = "application/json"


@router.get("/snapshot", **device_route())
def get_snapshot(
    device: DeviceDep,
    db: DbDep,
    token: Annotated[str | None, Query(max_length=400)] = None,
    limit: Annotated[int, Query(ge=1, le=MAX_SNAPSHOT_PAGE)] = 5000,
    format: Annotated[
        str,
        Query(
            pattern="^(wire|sqlite)$",
            description=(
                "How row values are written: `wire` (default: UUIDs dashed, ISO 8601 UTC times "
                "ending in Z, money as decimal text, JSON values) or `sqlite`, the form an SQLite "
                "replica stores (UUIDs as 32 lower-case hex digits, times as "
                "`YYYY-MM-DD HH:MM:SS.ffffff` UTC, money and percentages as integer hundredths, "
                "flags as 0/1, JSON columns as their JSON text), so a device writes rows as "
                "they come. A `sqlite` answer says so in its `format` field."
            ),
        ),
    ] = "wire",
) -> Response:
    """One page of the device's first sync; start without a token, follow `next`.

    Answer: {"cursor", "entity", "columns", "rows", "next", "totals"} (plus
    "format": "sqlite" when asked for); after the last page, pull changes from `cursor`.
    """
    with db.read() as session:
        try:
            page = snapshot.read_page(
                session, device.scope, token, limit, format, device_id=device.device_id
            )
        except snapshot.BadSnapshotToken as error:
            raise ApiError(400, "bad_snapshot_token", str(error).capitalize() + ".") from None
    return Response(snapshot.encode_page(page), media_type=JSON)


@router.get("/changes", **device_route(409, 410))
def get_changes(
    device: DeviceDep,
    db: DbDep,
    cursor: Annotated[int, Query(ge=0, le=2**62)],
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 1000,
) -> Response:
    """Changes in the device's scope after `cursor`, oldest first.

    Answer: {"cursor", "head", "more", "changes": [{"seq", "entity", "id", "op", "data"}]}.
    A cursor older than the kept history answers 410 "snapshot_required".
    """
    with db.read() as session:
        try:
            page = reader.read_changes(session, device.scope, cursor, limit)
        except reader.SnapshotRequired as error:
            raise ApiError(
                410,
                "snapshot_required",
                "This device has been away longer than the history kept; "
                "it must take a new snapshot (unsent changes are kept).",
                {"floor": error.floor},
            ) from None
        except reader.CursorAhead:
            raise ApiError(
                409,
                "cursor_ahead",
                "This cursor was not issued by this server; take a new snapshot.",
            ) from None
    # The payloads are stored as JSON already: splice them in instead of re-encoding.
    parts = [
        b'{"seq":%d,"entity":"%s","id":"%s","op":"%s","data":%s}'
        % (seq, entity.encode(), entity_id.encode(), op.encode(), payload.encode())
        for seq, entity, entity_id, op, payload in page.changes
    ]
    body = b'{"cursor":%d,"head":%d,"more":%s,"changes":[%s]}' % (
        page.cursor,
        page.head,
        b"true" if page.more else b"false",
        b",".join(parts),
    )
    return Response(body, media_type=JSON)


# Transactions applying pushes at once in this process. Pushes arriving meanwhile wait
# without a thread and are then applied together (`sync.server.push_queue`): one at a
# time lets more of them share a commit, and the interpreter lock would make a second
# one take turns with the first anyway (measured: bench/README.md).
PUSH_SLOTS = 1
PUSH_GROUP_MUTATIONS = MAX_BATCH
"""At most this many mutations in one transaction (a single larger batch goes alone)."""


def _queue(request: Request, db: Database) -> PushQueue:
    state = request.app.state
    if not hasattr(state, "push_queue"):
        state.push_queue = PushQueue(
            lambda pushes: apply_pushes(db, pushes, utcnow()),
            slots=PUSH_SLOTS,
            max_mutations=PUSH_GROUP_MUTATIONS,
        )
    return state.push_queue


def _current_head(db: Database) -> int:
    with db.read() as session:
        return reader.head_and_floor(session)[0]


@router.post("/push", response_model=PushResponse, **device_route(body=True))
async def push(request: Request, body: PushRequest, db: DbDep) -> Response:
    """Apply a batch of mutations in order; each is answered accepted or rejected.

    The device's token is checked in the batch's own transaction."""
    token = device_token(request)
    seqs = [m.seq for m in body.mutations]
    if seqs != sorted(set(seqs)):
        raise ApiError(
            400,
            "bad_batch_order",
            "Mutations in a batch must have strictly increasing sequence numbers.",
        )
    outcome = await _queue(request, db).submit(Push(token, body.mutations, body.sent_at))
    if isinstance(outcome, Exception):  # a bad token, or this push alone failed
        raise outcome
    head = outcome.head
    if head is None:  # nothing new was recorded (replays, refusals): the head as it is
        head = await run_in_threadpool(_current_head, db)
    answer = PushResponse(results=outcome.results, head=head)
    return Response(orjson.dumps(answer.model_dump(mode="json")), media_type=JSON)


@router.get("/live", response_model=LiveResponse, **device_route())
async def live(
    request: Request,
    device: DeviceDep,
    db: DbDep,
    notifier: NotifierDep,
    cursor: Annotated[int, Query(ge=0, le=2**62)],
    wait: Annotated[float, Query(ge=0, le=60)] = 25,
) -> LiveResponse:
    """Long-poll: answers as soon as something in the device's scope changed after
    `cursor`, or after `wait` seconds with changed=false."""

    def check() -> tuple[bool, int]:
        with db.read() as session:
            return reader.has_changes(session, device.scope, cursor)

    def read_head() -> int:
        with db.read() as session:
            return reader.head_and_floor(session)[0]

    notifier.watch(read_head)
    deadline = time.monotonic() + wait
    while True:
        changed, head = await run_in_threadpool(check)
        remaining = deadline - time.monotonic()
        closing = getattr(request.app.state, "closing", False)
        if changed or remaining <= 0 or closing or await request.is_disconnected():
            return LiveResponse(changed=changed, head=head)
        await notifier.wait(min(remaining, LIVE_RECHECK))
        await asyncio.sleep(0)
