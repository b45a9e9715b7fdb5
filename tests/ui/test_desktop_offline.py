"""The whole desktop with its API stopped: search, 360, a note and a sale all work, the
status bar says offline, and everything reaches the server once it is back."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.app import Desktop
from desktop.services.ops import pending_ops
from sync.client.credentials import MemoryCredentialStore
from sync.client.engine import Backoff
from sync.client.profile import Profile, enrol_profile
from sync.model.types import utcnow
from sync.server import enrolment
from tests.server.world import PIN
from tests.ui.conftest import RestartableApi
from tests.ui.test_customers import search_for, timeline, type_text
from tests.ui.test_sale import BARCODES, key, open_payment, pay_and_wait, rows


@pytest.fixture
def desktop(
    restartable: RestartableApi, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Desktop]:
    monkeypatch.setenv("OMNIDESK_DATA_DIR", str(tmp_path))
    credentials = MemoryCredentialStore()
    with restartable.app.state.db.write() as session:
        code = enrolment.create_code(session, "PL-WAW-01", utcnow())
    enrol_profile("default", restartable.url, code, "till-1", credentials)
    app = Desktop(
        Profile("default", credentials),
        credentials,
        backoff=Backoff(base=0.2, cap=1.0),
        live_wait=2,
    )
    qtbot.addWidget(app.window)
    app.window.show()
    yield app
    qtbot.waitUntil(lambda: pending_ops() == 0)
    app.close()


def _sign_in(app: Desktop, qtbot: QtBot) -> None:
    screen = app.window.sign_in
    qtbot.keyClicks(screen.login, "cashier.waw")
    qtbot.keyClick(screen.login, Qt.Key.Key_Return)
    qtbot.keyClicks(screen.pin, PIN)
    qtbot.keyClick(screen.pin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: app.window.screens.currentIndex() == 1, timeout=15_000)


def test_offline_search_360_note_and_sale_then_all_synced_once_back(
    desktop: Desktop, restartable: RestartableApi, qtbot: QtBot
) -> None:
    window, status = desktop.window, desktop.window.status
    _sign_in(desktop, qtbot)
    qtbot.waitUntil(
        lambda: status.online is True and "all changes sent" in status.pending.text(),
        timeout=20_000,
    )  # the first sync is done

    restartable.stop()
    qtbot.waitUntil(lambda: status.online is False, timeout=20_000)
    assert status.state.text() == "Offline"

    # Search and the customer 360, from the replica alone.
    key(qtbot, Qt.Key.Key_F2)
    customers = window.pages["customers"]
    search_for(qtbot, customers, "Nowa")  # type: ignore[arg-type]
    assert [customers.search.model.row(0).last_name] == ["Nowak"]  # type: ignore[attr-defined]
    qtbot.keyClick(customers.search.field, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    ala = restartable.world.customers["ala"]
    profile = customers.profile  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: profile.profile is not None and profile.profile.id == ala)

    # A note, shown at once.
    qtbot.keyClick(
        customers.search.field,
        Qt.Key.Key_T,  # type: ignore[attr-defined]
        Qt.KeyboardModifier.ControlModifier,
    )
    notes = profile.timeline.notes
    type_text(qtbot, notes.text, "Asked for the TV in black, offline")
    qtbot.keyClick(notes.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(
        lambda: (
            bool(timeline(customers))  # type: ignore[arg-type]
            and timeline(customers)[0][1] == "Asked for the TV in black, offline"
        )
    )

    # A sale, scanned and paid in cash.
    key(qtbot, Qt.Key.Key_F3)
    sale = window.pages["sale"]
    assert QApplication.focusWidget() is sale.scan_field  # type: ignore[attr-defined]
    qtbot.waitUntil(sale.is_ready)  # type: ignore[attr-defined]
    qtbot.keyClicks(sale.scan_field, BARCODES["SKU-KETTLE"])  # type: ignore[attr-defined]
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: (
            [r[0] for r in rows(sale)] == ["SKU-KETTLE"]  # type: ignore
            and sale.is_ready()
        )
    )  # type: ignore[attr-defined]
    dialog = open_payment(qtbot, sale)  # type: ignore[arg-type]
    qtbot.keyClicks(dialog.cash, "200")
    pay_and_wait(qtbot, sale)  # type: ignore[arg-type]
    order_id = str(sale.receipt.order_id)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: "waiting to be sent" in status.pending.text(), timeout=10_000)
    assert status.online is False

    restartable.start()
    qtbot.waitUntil(
        lambda: status.online is True and "all changes sent" in status.pending.text(),
        timeout=30_000,
    )
    with httpx.Client(base_url=restartable.url, timeout=30) as http:
        api = restartable.api(http)
        order = api.web("GET", f"/v1/web/orders/{order_id}").json()
        assert order["order"]["status"] == "completed"
        assert [p["method"] for p in order["payments"]] == ["cash"]
        events = api.web("GET", f"/v1/web/customers/{ala}").json()["timeline"]
    notes_on_server = [e for e in events if e["text"] == "Asked for the TV in black, offline"]
    assert len(notes_on_server) == 1 and notes_on_server[0]["channel"] == "store"
    assert uuid.UUID(order_id)
