"""Background operations: answers on the GUI thread, only the latest where asked, changes
in order, failures never silent, and the network never holding up the replica."""

from __future__ import annotations

import logging
import socket
import threading
from collections.abc import Iterator

import httpx
import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from desktop.services.ops import ChangeOp, NetworkOp, QueryOp, drop_answers, op_events, pending_ops
from desktop.shared.change_queue import ChangeQueue
from sync.model import Customer
from tests.ui.conftest import Desk


def settled(qtbot: QtBot) -> None:
    qtbot.waitUntil(lambda: pending_ops() == 0)


def test_an_answer_comes_back_on_the_gui_thread(qtbot: QtBot) -> None:
    owner = QWidget()
    seen: list[tuple[int, bool]] = []
    QueryOp(
        parent=owner,
        op=lambda: 41 + 1,
        success=lambda value: seen.append(
            (value, threading.current_thread() is threading.main_thread())
        ),
    ).start()
    qtbot.waitUntil(lambda: bool(seen))
    assert seen == [(42, True)]


def test_only_the_latest_answer_is_shown_whatever_order_they_arrive_in(qtbot: QtBot) -> None:
    owner = QWidget()
    shown: list[str] = []
    first_may_answer = threading.Event()

    def slow() -> str:
        first_may_answer.wait(10)
        return "first question"

    QueryOp(parent=owner, op=slow, success=shown.append).latest_only("search").start()
    QueryOp(parent=owner, op=lambda: "second question", success=shown.append).latest_only(
        "search"
    ).start()
    qtbot.waitUntil(lambda: shown == ["second question"])
    first_may_answer.set()  # the older answer now arrives last: dropped
    settled(qtbot)
    assert shown == ["second question"]

    # Another slot of the same page is not affected; drop_answers drops what is in flight.
    released = threading.Event()
    QueryOp(
        parent=owner, op=lambda: released.wait(10) and "stale", success=shown.append
    ).latest_only("search").start()
    QueryOp(parent=owner, op=lambda: "other slot", success=shown.append).latest_only(
        "detail"
    ).start()
    drop_answers(owner, "search")
    released.set()
    settled(qtbot)
    assert shown == ["second question", "other slot"]


def test_changes_run_one_at_a_time_in_the_order_asked(qtbot: QtBot) -> None:
    owner = QWidget()
    ran: list[int] = []
    running = threading.Semaphore(1)
    overlapped: list[int] = []

    def change(number: int) -> int:
        if not running.acquire(blocking=False):
            overlapped.append(number)
        else:
            running.release()
        with running:
            ran.append(number)
            sum(range(20_000 * (10 - number)))  # earlier changes take longer
        return number

    answered: list[int] = []
    for number in range(10):
        ChangeOp(parent=owner, op=lambda n=number: change(n), success=answered.append).start()
    settled(qtbot)
    assert ran == list(range(10)) and answered == list(range(10))
    assert overlapped == []


def test_an_answer_for_a_screen_already_closed_is_dropped(qtbot: QtBot) -> None:
    owner = QWidget()
    shown: list[int] = []
    go = threading.Event()
    QueryOp(parent=owner, op=lambda: go.wait(10) and 1, success=shown.append).start()
    owner.deleteLater()
    qtbot.waitUntil(lambda: not _alive(owner))
    go.set()
    settled(qtbot)
    assert shown == []


def _alive(widget: QWidget) -> bool:
    import shiboken6

    return shiboken6.isValid(widget)


def test_a_failure_nobody_handles_is_logged_with_its_traceback_and_announced(
    qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    owner = QWidget()

    def broken() -> None:
        raise LookupError("the shelf is empty")

    with (
        caplog.at_level(logging.ERROR, logger="omnidesk.desktop"),
        qtbot.waitSignal(op_events().unhandled) as announced,
    ):
        QueryOp(parent=owner, op=broken).start()
    assert isinstance(announced.args[0], LookupError)
    record = next(r for r in caplog.records if r.exc_info)
    assert "the shelf is empty" in caplog.text and record.exc_info is not None
    assert record.exc_info[1] is announced.args[0]

    handled: list[BaseException] = []
    with qtbot.assertNotEmitted(op_events().unhandled):
        QueryOp(parent=owner, op=broken).failure(handled.append).start()
        qtbot.waitUntil(lambda: bool(handled))
    assert isinstance(handled[0], LookupError)


@pytest.fixture
def silent_server() -> Iterator[str]:
    """A fake server: accepts connections and never answers (a hung network)."""
    listener = socket.create_server(("127.0.0.1", 0))
    accepted: list[socket.socket] = []
    stop = threading.Event()

    def accept() -> None:
        listener.settimeout(0.2)
        while not stop.is_set():
            try:
                accepted.append(listener.accept()[0])
            except TimeoutError:
                continue

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{listener.getsockname()[1]}/"
    stop.set()
    thread.join()
    for connection in accepted:
        connection.close()
    listener.close()


def test_replica_queries_answer_while_network_calls_hang(
    qtbot: QtBot, desk: Desk, silent_server: str
) -> None:
    owner = QWidget()
    hung: list[object] = []
    for _ in range(4):  # more than the network lane's workers
        NetworkOp(
            parent=owner, op=lambda: httpx.get(silent_server, timeout=60), success=hung.append
        ).failure(hung.append).start()
    counted: list[int] = []

    def count() -> int:
        with desk.workspace.read() as session:
            return int(session.scalar(select(func.count()).select_from(Customer)) or 0)

    QueryOp(parent=owner, op=count, success=counted.append).start()
    ChangeOp(parent=owner, op=count, success=counted.append).start()
    qtbot.waitUntil(lambda: len(counted) == 2)
    assert counted[0] > 0 and counted[0] == counted[1]
    assert hung == []  # the requests are still waiting on the silent server


def test_a_fault_while_showing_an_answer_is_reported_and_the_next_change_still_runs(
    qtbot: QtBot,
) -> None:
    owner = QWidget()
    queue = ChangeQueue(owner)
    ran: list[str] = []

    def show_badly(_: object) -> None:
        raise ValueError("the label is gone")

    with qtbot.waitSignal(op_events().unhandled) as announced:
        queue.submit(lambda: ran.append("first"), show_badly)
        queue.submit(lambda: ran.append("second"), lambda _: ran.append("shown"))
        qtbot.waitUntil(lambda: not queue.busy())
    assert ran == ["first", "second", "shown"]
    assert isinstance(announced.args[0], ValueError)

    with qtbot.waitSignal(op_events().unhandled) as again:
        QueryOp(parent=owner, op=lambda: 1, success=show_badly).start()
    assert isinstance(again.args[0], ValueError)
