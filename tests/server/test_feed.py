"""The change feed misses nothing and repeats nothing, and resumes from any cursor."""

from __future__ import annotations

import random
import threading
import time
import uuid
from collections.abc import Callable
from datetime import timedelta

import pytest
from sqlalchemy import event

from sync import model as m
from sync.model.types import utcnow
from sync.server.db import open_database
from sync.server.feed.compaction import compact
from sync.server.routes import sync as sync_routes
from tests.server.conftest import Api
from tests.server.live_server import long_polling


def _note(api: Api, customer: str, text: str) -> uuid.UUID:
    """A change made straight on the server (as the web channel or a job would)."""
    interaction_id = uuid.uuid4()
    with api.db.write() as session:
        session.add(
            m.Interaction(
                id=interaction_id,
                customer_id=api.world.customers[customer],
                channel="phone",
                kind="note",
                text=text,
            )
        )
    return interaction_id


def test_first_sync_is_a_snapshot_then_changes_follow(api: Api) -> None:
    till = api.enrol("PL-WAW-01")
    received = till.snapshot(limit=2)
    assert received == len(till.rows)
    assert len(till.table("products")) == 3
    assert str(api.world.customers["ala"]) in till.table("customers")
    note = _note(api, "ala", "called about her order")
    changes = till.pull()
    assert [c["id"] for c in changes] == [str(note)]
    assert till.table("interactions")[str(note)]["text"] == "called about her order"
    assert till.pull() == []  # nothing twice


def test_a_pull_resumes_from_its_cursor_after_any_interruption(api: Api) -> None:
    till = api.enrol("PL-WAW-01")
    till.snapshot()
    made = [_note(api, "ala", f"note {i}") for i in range(25)]
    seen: list[str] = []
    # Read one page at a time, "crashing" after each page: only the cursor survives.
    while True:
        page = till.get("/v1/sync/changes", cursor=till.cursor, limit=4).json()
        seen += [c["id"] for c in page["changes"]]
        till.cursor = page["cursor"]
        if not page["more"]:
            break
    assert seen == [str(i) for i in made]


def test_deletes_reach_devices(api: Api) -> None:
    till = api.enrol("PL-WAW-01")
    till.snapshot()
    note = _note(api, "ala", "to be removed")
    till.pull()
    with api.db.write() as session:
        session.delete(session.get(m.Interaction, note))
    till.pull()
    assert str(note) not in till.table("interactions")


def test_concurrent_writers_committing_out_of_order_lose_nothing(api: Api) -> None:
    """Writers hold their transaction open for a random time after taking their sequence
    numbers, so transactions commit in a different order than they started; a reader
    pulling all the while must still see every change exactly once."""
    delays = random.Random(7)
    lock = threading.Lock()

    def dawdle(session) -> None:
        with lock:
            pause = delays.uniform(0, 0.02)
        time.sleep(pause)

    event.listen(api.db.writer, "before_commit", dawdle)
    till = api.enrol("PL-WAW-01")
    till.snapshot()
    written: list[str] = []
    written_lock = threading.Lock()

    def writer(n: int) -> None:
        for i in range(15):
            interaction_id = _note(api, "ala", f"writer {n} note {i}")
            with written_lock:
                written.append(str(interaction_id))

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(6)]
    for thread in threads:
        thread.start()
    seen: list[str] = []
    while any(t.is_alive() for t in threads):
        seen += [c["id"] for c in till.pull(limit=7) if c["entity"] == "interactions"]
    for thread in threads:
        thread.join()
    seen += [c["id"] for c in till.pull() if c["entity"] == "interactions"]
    event.remove(api.db.writer, "before_commit", dawdle)
    assert len(seen) == len(set(seen)), "a change was delivered twice"
    assert sorted(seen) == sorted(written), "a change was skipped"


def test_old_cursors_are_told_to_take_a_new_snapshot(api: Api) -> None:
    till = api.enrol("PL-WAW-01")
    till.snapshot()
    start = till.cursor
    for i in range(3):
        _note(api, "ala", f"old {i}")
    with api.db.write() as session:
        floor = compact(session, utcnow() + timedelta(seconds=1))
    assert floor > start
    response = till.get("/v1/sync/changes", cursor=start)
    assert response.status_code == 410
    assert response.json()["error"]["code"] == "snapshot_required"
    till.snapshot()  # a new snapshot brings the device back, with the compacted changes in
    assert sum(1 for r in till.table("interactions").values() if r["text"].startswith("old")) == 3
    assert till.pull() == []


def _once_waiting(waiting: threading.Event, change: Callable[[], object]) -> threading.Thread:
    """Makes `change` on a thread of its own once the device waits in its long-poll."""

    def run() -> None:
        if waiting.wait(60):
            change()

    thread = threading.Thread(target=run)
    thread.start()
    return thread


def test_live_wakes_a_device_long_before_the_wait_ends(
    api: Api, monkeypatch: pytest.MonkeyPatch
) -> None:
    till = api.enrol("PL-WAW-01")
    till.snapshot()
    started = time.monotonic()
    change = _once_waiting(long_polling(monkeypatch), lambda: _note(api, "ala", "live"))
    response = till.get("/v1/sync/live", cursor=till.cursor, wait=60)
    elapsed = time.monotonic() - started
    change.join()
    assert response.status_code == 200
    assert response.json()["changed"] is True
    assert elapsed < 20  # woken by the change, not by the 60 s wait running out


def test_live_ignores_changes_outside_the_device_scope(api: Api) -> None:
    till = api.enrol("PL-WAW-01")
    till.snapshot()
    _note(api, "marco", "a Milan customer")  # another store's customer
    started = time.monotonic()
    response = till.get("/v1/sync/live", cursor=till.cursor, wait=1)
    assert response.json()["changed"] is False
    assert time.monotonic() - started >= 0.9


def test_a_customer_moving_store_leaves_the_old_stores_devices(api: Api) -> None:
    warsaw = api.enrol("PL-WAW-01")
    krakow = api.enrol("PL-KRK-01")
    warsaw.snapshot()
    krakow.snapshot()
    ala = str(api.world.customers["ala"])
    assert ala in warsaw.table("customers") and ala not in krakow.table("customers")
    with api.db.write() as session:
        session.get(m.Customer, api.world.customers["ala"]).home_store_id = api.world.stores[
            "PL-KRK-01"
        ]
    warsaw.pull()
    krakow.pull()
    assert ala not in warsaw.table("customers")
    assert krakow.table("customers")[ala]["home_store_id"] == str(api.world.stores["PL-KRK-01"])


def test_live_notices_a_change_committed_by_another_process_quickly(
    api: Api, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sync_routes, "LIVE_RECHECK", 120.0)  # only the head watcher can answer
    till = api.enrol("PL-WAW-01")
    till.snapshot()
    elsewhere = open_database(api.db.url)  # another server process: no in-process wake-up
    committed: list[float] = []

    def write() -> None:
        with elsewhere.write() as session:
            session.add(
                m.Interaction(
                    id=uuid.uuid4(),
                    customer_id=api.world.customers["ala"],
                    channel="phone",
                    kind="note",
                    text="from elsewhere",
                )
            )
        committed.append(time.monotonic())

    change = _once_waiting(long_polling(monkeypatch), write)
    response = till.get("/v1/sync/live", cursor=till.cursor, wait=60)
    answered = time.monotonic()
    change.join()
    elsewhere.dispose()
    assert response.json()["changed"] is True
    assert answered - committed[0] < 20  # the watcher woke it, not the 60 s wait running out
