"""Fixtures for API tests: a migrated database, a small world, a real server on loopback."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import httpx
import pytest

from sync import proof
from sync.model.types import utcnow
from sync.protocol import PROTOCOL_VERSION, VERSION_HEADER
from sync.server import enrolment
from sync.server.app import build
from sync.server.db import Database
from tests.server.live_server import serve
from tests.server.world import PIN, World, build_world


def headers(token: str | None = None) -> dict[str, str]:
    result = {VERSION_HEADER: str(PROTOCOL_VERSION)}
    if token:
        result["Authorization"] = f"Bearer {token}"
    return result


@dataclass
class Device:
    """A test-side device: just enough protocol to drive the API."""

    http: httpx.Client
    device_id: str
    token: str
    seq: int = 0
    rows: dict[tuple[str, str], dict[str, Any]] = field(default_factory=dict)
    cursor: int = 0
    logins: dict[uuid.UUID, str] = field(default_factory=dict)
    """Staff ids to logins, for signing people in on this device as they act."""
    sessions: dict[uuid.UUID, dict[str, Any] | None] = field(default_factory=dict)
    """The staff session each person got here at sign-in (None: the sign-in was refused)."""

    def sign_in(self, login: str, pin: str = PIN) -> httpx.Response:
        """Sign `login` in on this device; keeps the staff session it gives."""
        response = self.post("/v1/staff/sign-in", {"login": login, "secret": pin})
        if response.status_code == 200:
            body = response.json()
            self.sessions[uuid.UUID(body["id"])] = body["session"]
        return response

    def session_of(self, actor: uuid.UUID) -> dict[str, Any] | None:
        """The actor's staff session here, signing them in the first time (None when the
        server refuses them on this device)."""
        if (
            actor not in self.sessions
            and actor in self.logins
            and self.sign_in(self.logins[actor]).status_code != 200
        ):
            self.sessions[actor] = None
        return self.sessions.get(actor)

    def get(self, path: str, **params: Any) -> httpx.Response:
        return self.http.get(path, params=params, headers=headers(self.token))

    def post(self, path: str, body: Any) -> httpx.Response:
        return self.http.post(path, json=body, headers=headers(self.token))

    def mutation(
        self, name: str, actor: uuid.UUID, args: dict[str, Any], at: datetime | None = None
    ) -> dict[str, Any]:
        """A mutation by `actor`, with the proof of their staff session on this device
        (none if they cannot sign in here: the server then refuses it)."""
        self.seq += 1
        mutation_id, at = uuid.uuid4(), at or utcnow()
        body: dict[str, Any] = {
            "id": str(mutation_id),
            "seq": self.seq,
            "name": name,
            "actor": str(actor),
            "at": at.isoformat(),
            "args": args,
        }
        grant = self.session_of(actor)
        if grant is not None:
            session_id = uuid.UUID(grant["id"])
            body["session"] = str(session_id)
            body["proof"] = proof.sign(
                grant["secret"],
                mutation_id,
                actor,
                name,
                at,
                json.loads(json.dumps(args)),
                session_id,
            )
        return body

    def push(
        self, *mutations: dict[str, Any], sent_at: datetime | None = None
    ) -> list[dict[str, Any]]:
        response = self.post(
            "/v1/sync/push",
            {"sent_at": (sent_at or datetime.now(UTC)).isoformat(), "mutations": list(mutations)},
        )
        assert response.status_code == 200, response.text
        return response.json()["results"]

    def snapshot(self, limit: int = 5000) -> int:
        """Take a full snapshot into `rows`; returns the number of rows received."""
        self.rows.clear()
        token, count = None, 0
        while True:
            params: dict[str, Any] = {"limit": limit}
            if token:
                params["token"] = token
            page = self.get("/v1/sync/snapshot", **params)
            assert page.status_code == 200, page.text
            body = page.json()
            for row in body["rows"]:
                data = dict(zip(body["columns"], row, strict=True))
                self.rows[(body["entity"], data["id"])] = data
                count += 1
            self.cursor = body["cursor"]
            token = body["next"]
            if token is None:
                return count

    def pull(self, limit: int = 1000) -> list[dict[str, Any]]:
        """Pull every change after the cursor into `rows`; returns the changes."""
        seen = []
        while True:
            page = self.get("/v1/sync/changes", cursor=self.cursor, limit=limit)
            assert page.status_code == 200, page.text
            body = page.json()
            for change in body["changes"]:
                key = (change["entity"], change["id"])
                if change["op"] == "delete":
                    self.rows.pop(key, None)
                else:
                    self.rows[key] = change["data"]
                seen.append(change)
            self.cursor = body["cursor"]
            if not body["more"]:
                return seen

    def table(self, entity: str) -> dict[str, dict[str, Any]]:
        return {key[1]: row for key, row in self.rows.items() if key[0] == entity}


@dataclass
class Api:
    url: str
    db: Database
    world: World
    http: httpx.Client

    def enrol(self, code: str, name: str = "till") -> Device:
        with self.db.write() as session:
            one_time = enrolment.create_code(session, code, utcnow())
        response = self.http.post(
            "/v1/devices/enrol", json={"code": one_time, "name": name}, headers=headers()
        )
        assert response.status_code == 200, response.text
        body = response.json()
        return Device(
            self.http,
            body["device_id"],
            body["token"],
            logins={staff_id: login for login, staff_id in self.world.staff.items()},
        )

    def web(self, method: str, path: str, body: Any = None) -> httpx.Response:
        return self.http.request(method, path, json=body, headers=headers(self.world.channel_key))


@pytest.fixture
def api(db_url: str) -> Iterator[Api]:
    app = build(db_url)
    db: Database = app.state.db
    world = build_world(db)
    with serve(app) as url, httpx.Client(base_url=url, timeout=30) as http:
        yield Api(url, db, world, http)
    db.dispose()
