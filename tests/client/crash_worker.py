"""A device process for the crash test: makes changes, pushes and pulls, until killed.

Usage: python -m tests.client.crash_worker REPLICA URL TOKEN STAFF_ID STORE_ID CUSTOMER_ID
with the staff member's session id, secret and expiry and the replica's key as JSON on
standard input.
Prints "ready" once started, then the id of every change once `apply_local` returned.
"""

from __future__ import annotations

import json
import sys
import uuid
from datetime import datetime

from sync.client.local import apply_local
from sync.client.pull import pull_changes
from sync.client.push import push_pending
from sync.client.replica import ReplicaKey, open_replica
from sync.client.staff_key import StaffKey
from sync.client.transport import Http, RetryPolicy


def main() -> None:
    path, url, token, staff, store, customer = sys.argv[1:7]
    session = json.loads(sys.stdin.readline())
    key = StaffKey(uuid.UUID(staff), uuid.UUID(session["id"]), session["secret"],
                   datetime.fromisoformat(session["expires_at"]))
    replica = open_replica(path, ReplicaKey.from_hex(session["replica_key"]))
    http = Http(url, token, retry=RetryPolicy(attempts=2, base_delay=0.01, max_delay=0.02))
    print("ready", flush=True)
    number = 0
    while True:
        pull_changes(replica, http, page_size=3)
        for _ in range(3):
            number += 1
            done = apply_local(replica, "interaction.add", {
                "interaction_id": str(uuid.uuid4()), "customer_id": customer, "kind": "note",
                "text": f"crash test {number}"}, key, uuid.UUID(store), "store")
            print(done.mutation_id, flush=True)
        push_pending(replica, http, batch_size=2)


if __name__ == "__main__":
    main()
