"""A device process for the crash test: makes changes, pushes and pulls, until killed.

Usage: python -m tests.client.crash_worker REPLICA URL TOKEN STAFF_ID STORE_ID CUSTOMER_ID
with the staff member's session id, secret and expiry and the replica's key as JSON on
the first line of standard input.

The worker says where it is, one line at a time, and after each line waits for the
word "go" on standard input. The test kills it while it waits at the point it chose
(or just after letting it go on), so where the kill lands depends on what the worker
has done, never on how fast the machine is. In a loop, it pulls (pages of 2 changes),
makes 3 changes and pushes them (batches of 2); its lines are:

    ready                    started, nothing done yet
    pull answered            a snapshot or change page arrived, nothing written yet
    pull writing             a page's transaction is written, not committed
    pull committed           ... and committed
    change writing           a change and its outbox row are written, not committed
    change committed         ... and committed
    change made ID           `apply_local` returned: the change ID is confirmed
    push answered            the server answered a batch (it applied it), nothing recorded
    push writing             the answers are written to the outbox, not committed
    push committed           ... and committed
"""

from __future__ import annotations

import json
import sys
import threading
import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, event
from sqlalchemy.orm import Session

from sync.client.local import apply_local
from sync.client.pull import pull_changes
from sync.client.push import push_pending
from sync.client.replica import Replica, ReplicaKey, open_replica
from sync.client.staff_key import StaffKey
from sync.client.transport import Http, RetryPolicy


class Points:
    """Says each point reached and waits there until the test says "go"."""

    def __init__(self) -> None:
        self.phase = ""
        self._one_at_a_time = threading.Lock()  # snapshot pages arrive on another thread

    def reached(self, point: str) -> None:
        with self._one_at_a_time:
            print(f"{self.phase} {point}".strip(), flush=True)
            if sys.stdin.readline().strip() != "go":
                raise SystemExit("the test went away")

    def watch(self, replica: Replica) -> None:
        """Report every write transaction of the replica just before and after its commit."""
        writers = {replica.writer, replica.bulk_writer}
        committing: list[Connection] = []

        def writing(connection: Connection) -> None:
            self.reached("writing")
            committing.append(connection)

        def committed(session: Session) -> None:
            # A savepoint's end is an "after_commit" too: only the commit of a whole
            # transaction (which went through `writing`) is reported.
            if committing and session.get_bind() in writers:
                committing.clear()
                self.reached("committed")

        for engine in writers:
            event.listen(engine, "commit", writing)
        event.listen(Session, "after_commit", committed)


class ReportingHttp(Http):
    """The device's client, saying when each answer has arrived."""

    def __init__(self, points: Points, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._points = points

    def get_json(
        self, path: str, params: dict[str, Any] | None = None, *, timeout: float | None = None
    ) -> dict[str, Any]:
        answer = super().get_json(path, params, timeout=timeout)
        self._points.reached("answered")
        return answer

    def post_json(
        self, path: str, body: Any, *, idempotent: bool = False, timeout: float | None = None
    ) -> dict[str, Any]:
        answer = super().post_json(path, body, idempotent=idempotent, timeout=timeout)
        self._points.reached("answered")
        return answer


def main() -> None:
    path, url, token, staff, store, customer = sys.argv[1:7]
    session = json.loads(sys.stdin.readline())
    key = StaffKey(
        uuid.UUID(staff),
        uuid.UUID(session["id"]),
        session["secret"],
        datetime.fromisoformat(session["expires_at"]),
    )
    replica = open_replica(path, ReplicaKey.from_hex(session["replica_key"]))
    points = Points()
    points.watch(replica)
    http = ReportingHttp(
        points, url, token, retry=RetryPolicy(attempts=2, base_delay=0.01, max_delay=0.02)
    )
    points.reached("ready")
    number = 0
    while True:
        points.phase = "pull"
        pull_changes(replica, http, page_size=2)
        for _ in range(3):
            number += 1
            points.phase = "change"
            done = apply_local(
                replica,
                "interaction.add",
                {
                    "interaction_id": str(uuid.uuid4()),
                    "customer_id": customer,
                    "kind": "note",
                    "text": f"crash test {number}",
                },
                key,
                uuid.UUID(store),
                "store",
            )
            points.reached(f"made {done.mutation_id}")
        points.phase = "push"
        push_pending(replica, http, batch_size=2)


if __name__ == "__main__":
    main()
