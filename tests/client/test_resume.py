"""A pull that stops anywhere resumes where it stopped: never from zero, never half a page."""

from __future__ import annotations

import uuid
from typing import Any

import pytest

from sync import model as m
from sync.client import state
from sync.client.tables import CURSOR, SNAPSHOT_ROWS_DONE, SNAPSHOT_TOKEN
from sync.client.transport import Http, ProtocolError, ServerUnreachable
from tests.client.conftest import TillFactory
from tests.client.helpers import (
    FAST_RETRY,
    Till,
    assert_same_as_server,
    server_scope_rows,
)
from tests.client.helpers import replica_rows as till_rows
from tests.server.conftest import Api


class Recording(Http):
    """The real client, recording each GET; the connection drops after `fail_after` GETs,
    and `spoil` may damage a page on the way."""

    def __init__(self, till: Till, fail_after: int | None = None, spoil: Any = None) -> None:
        super().__init__(till.api.url, till.token, retry=FAST_RETRY)
        self.calls: list[tuple[str, dict[str, Any]]] = []
        self.fail_after = fail_after
        self.spoil = spoil

    def get_json(
        self, path: str, params: dict[str, Any] | None = None, *, timeout: float | None = None
    ) -> dict[str, Any]:
        if self.fail_after is not None and len(self.calls) >= self.fail_after:
            raise ServerUnreachable("the network went down")
        self.calls.append((path, dict(params or {})))
        body = super().get_json(path, params, timeout=timeout)
        return self.spoil(len(self.calls), body) if self.spoil else body


def _use(till: Till, http: Http) -> Http:
    till.http.close()
    till.http = http
    return http


def _state(till: Till, key: str) -> str | None:
    with till.replica.read() as session:
        return state.get(session, key)


def test_an_interrupted_snapshot_resumes_from_its_token(
    server: Api, make_till: TillFactory
) -> None:
    till = make_till(server)
    total = sum(len(rows) for rows in server_scope_rows(till).values())
    http = _use(till, Recording(till, fail_after=3))
    with pytest.raises(ServerUnreachable):
        till.snapshot(page_size=4)
    # Three pages are in, each committed with the token of the page after it.
    assert len(http.calls) == 3
    till.reopen()  # the app was closed in between
    token = _state(till, SNAPSHOT_TOKEN)
    done = int(_state(till, SNAPSHOT_ROWS_DONE) or 0)
    assert token is not None and done == sum(len(rows) for rows in till_rows(till).values())
    assert 0 < done < total
    assert _state(till, CURSOR) is None  # not usable until the snapshot is complete
    http = _use(till, Recording(till))
    assert till.snapshot(page_size=4) == total - done  # only what was missing
    first_path, first_params = http.calls[0]
    assert first_path.endswith("/snapshot") and first_params["token"] == token
    till.pull()
    assert_same_as_server(till)


def _notes(api: Api, count: int) -> list[uuid.UUID]:
    made = []
    for i in range(count):
        with api.db.write() as session:
            note = m.Interaction(
                id=uuid.uuid4(),
                customer_id=api.world.customers["ala"],
                channel="phone",
                kind="note",
                text=f"note {i}",
            )
            session.add(note)
            made.append(note.id)
    return made


def test_an_interrupted_pull_of_changes_resumes_from_its_cursor(
    server: Api, make_till: TillFactory
) -> None:
    api = server
    till = make_till(api)
    till.pull()
    start = int(_state(till, CURSOR) or 0)
    _notes(api, 10)
    http = _use(till, Recording(till, fail_after=2))
    with pytest.raises(ServerUnreachable):
        till.pull(page_size=3)
    till.reopen()
    stored = int(_state(till, CURSOR) or 0)
    assert stored > start  # two pages of three are in, with their cursor
    assert len([r for r in till.rows("interactions").values() if r["kind"] == "note"]) == 6
    http = _use(till, Recording(till))
    assert till.pull(page_size=3) == 4
    assert http.calls[0][1]["cursor"] == stored
    assert_same_as_server(till)


def test_a_damaged_page_applies_nothing_of_itself(server: Api, make_till: TillFactory) -> None:
    api = server
    till = make_till(api)
    till.pull()
    _notes(api, 6)

    def spoil(call: int, body: dict[str, Any]) -> dict[str, Any]:
        if call == 2:  # the second page: good changes, then garbage
            body["changes"].append(
                {
                    "seq": 10**6,
                    "entity": "interactions",
                    "id": "x",
                    "op": "upsert",
                    "data": {"id": "not a uuid"},
                }
            )
        return body

    _use(till, Recording(till, spoil=spoil))
    with pytest.raises(ProtocolError):
        till.pull(page_size=3)
    notes = [r for r in till.rows("interactions").values() if r["kind"] == "note"]
    assert len(notes) == 3  # the first page only: not half of the second
    _use(till, Recording(till))
    till.pull(page_size=3)
    assert_same_as_server(till)
