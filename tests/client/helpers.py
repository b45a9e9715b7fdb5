"""Test helpers: a running API, an enrolled device with its replica, comparisons."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from sync import wire
from sync.client import outbox
from sync.client.device import enrol, workplace
from sync.client.local import LocalResult, apply_local
from sync.client.pull import ProgressFn, pull_changes, pull_snapshot
from sync.client.push import PushSummary, push_pending
from sync.client.replica import Replica, ReplicaKey, open_replica
from sync.client.staff_key import StaffKey
from sync.client.staff_sign_in import sign_in_online
from sync.client.tables import OutboxRow
from sync.client.transport import Http, RetryPolicy
from sync.model import Base
from sync.model.types import utcnow
from sync.server import enrolment
from sync.server.app import build
from sync.server.scopes import ENTITIES, scope_for
from tests.server.conftest import Api, headers
from tests.server.live_server import serve
from tests.server.world import PIN, build_world

FAST_RETRY = RetryPolicy(attempts=3, base_delay=0.01, max_delay=0.05)


@contextmanager
def running_api(url: str) -> Iterator[Api]:
    app = build(url)
    db = app.state.db
    world = build_world(db)
    try:
        with serve(app) as base, httpx.Client(base_url=base, timeout=30) as http:
            yield Api(base, db, world, http)
    finally:
        db.dispose()


def new_id() -> str:
    return str(uuid.uuid4())


@dataclass
class Till:
    """An enrolled device: its replica file, its HTTP client and the staff signed in."""

    api: Api
    path: Path
    token: str
    store_id: uuid.UUID | None
    territory_id: uuid.UUID | None
    replica: Replica
    http: Http
    key: StaffKey
    """The signed-in person's staff session on this device: their changes are signed."""
    replica_key: ReplicaKey = field(default_factory=ReplicaKey.new)
    """The key the replica file is encrypted with."""

    @property
    def staff(self) -> uuid.UUID:
        return self.key.staff_id

    def sign_in(self, login: str) -> StaffKey:
        """Sign `login` in on this device (online), as the person making changes now."""
        self.key = sign_in_online(self.http, login, PIN).key
        return self.key

    def do(self, name: str, args: dict[str, Any], at: datetime | None = None) -> LocalResult:
        with self.replica.read() as session:
            place = workplace(session)
        return apply_local(self.replica, name, args, self.key, place.store_id, place.channel, at)

    def pull(self, progress: ProgressFn | None = None, page_size: int = 1000) -> int:
        return pull_changes(self.replica, self.http, progress, page_size=page_size)

    def snapshot(self, progress: ProgressFn | None = None, page_size: int = 5000) -> int:
        return pull_snapshot(self.replica, self.http, progress, page_size=page_size)

    def push(self, batch_size: int = 500) -> PushSummary:
        return push_pending(self.replica, self.http, batch_size)

    def sync(self) -> None:
        self.push()
        self.pull()

    def reopen(self) -> None:
        self.replica.close()
        self.replica = open_replica(self.path, self.replica_key)

    def close(self) -> None:
        self.replica.close()
        self.http.close()

    def outbox(self) -> list[OutboxRow]:
        with self.replica.read() as session:
            return list(session.scalars(select(OutboxRow).order_by(OutboxRow.seq)))

    def needs_attention(self) -> list[OutboxRow]:
        with self.replica.read() as session:
            return outbox.rejected(session)

    def rows(self, table: str) -> dict[str, dict[str, Any]]:
        with self.replica.read() as session:
            return table_rows(session, table)

    def count(self, model: type, *where: Any) -> int:
        with self.replica.read() as session:
            return session.scalar(select(func.count()).select_from(model).where(*where))


def enrol_till(api: Api, path: Path, store: str, login: str, name: str) -> Till:
    with api.db.write() as session:
        code = enrolment.create_code(session, store, utcnow())
    http = Http(api.url, retry=FAST_RETRY)
    replica_key = ReplicaKey.new()
    replica = open_replica(path, replica_key)
    answer = enrol(replica, http, code, name)
    http.token = answer.token
    key = sign_in_online(http, login, PIN).key
    return Till(
        api,
        path,
        answer.token,
        answer.store_id,
        answer.territory_id,
        replica,
        http,
        key,
        replica_key,
    )


def table_rows(session: Session, name: str, where: Any = None) -> dict[str, dict[str, Any]]:
    table = Base.metadata.tables[name]
    query = select(table) if where is None else select(table).where(where)
    return {str(row["id"]): wire.to_wire(table, row) for row in session.execute(query).mappings()}


def server_scope_rows(till: Till) -> dict[str, dict[str, dict[str, Any]]]:
    """Every synced row the server has in the device's scope, per table."""
    with till.api.db.read() as session:
        scope = scope_for(session, till.store_id, till.territory_id)
        return {
            spec.name: table_rows(session, spec.name, spec.snapshot_filter(scope))
            for spec in ENTITIES
        }


def replica_rows(till: Till) -> dict[str, dict[str, dict[str, Any]]]:
    with till.replica.read() as session:
        return {spec.name: table_rows(session, spec.name) for spec in ENTITIES}


def assert_same_as_server(till: Till) -> None:
    expected, actual = server_scope_rows(till), replica_rows(till)
    for name in expected:
        missing = expected[name].keys() - actual[name].keys()
        extra = actual[name].keys() - expected[name].keys()
        assert not missing and not extra, f"{name}: missing {missing}, extra {extra}"
        for row_id, row in expected[name].items():
            assert actual[name][row_id] == row, f"{name} {row_id} differs"


def web(api: Api, name: str, args: dict[str, Any]) -> dict[str, Any]:
    """A command from the web channel (the online shop), straight to the server."""
    response = api.http.post(
        f"/v1/web/commands/{name}",
        json=args,
        headers=headers(api.world.channel_key) | {"Idempotency-Key": new_id()},
    )
    assert response.status_code == 200, response.text
    return response.json()


def sale_args(
    api: Api,
    product: str = "SKU-CABLE",
    quantity: int = 3,
    expected_total: str = "39.98",
    paid: str = "50.00",
    customer: str | None = "ala",
) -> dict[str, Any]:
    """A take-away sale at the till, paid in cash."""
    args: dict[str, Any] = {
        "order_id": new_id(),
        "lines": [
            {
                "line_id": new_id(),
                "product_id": str(api.world.products[product]),
                "quantity": quantity,
            }
        ],
        "payments": [{"payment_id": new_id(), "method": "cash", "amount": paid}],
        "expected_total": expected_total,
    }
    if customer is not None:
        args["customer_id"] = str(api.world.customers[customer])
    return args


def note_args(api: Api, text: str, customer: str = "ala") -> dict[str, Any]:
    return {
        "interaction_id": new_id(),
        "customer_id": str(api.world.customers[customer]),
        "kind": "note",
        "text": text,
    }
