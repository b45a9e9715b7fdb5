"""Conflicts only the server can see, settled by the rules and shown to staff: a till
hands over an order that was cancelled online meanwhile, or two tills hand over the same
order while offline. The refused change lands in the sync centre with the server's
reason and what to do, and its local effect is undone."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.services.ops import pending_ops
from desktop.shared.page import Shell
from desktop.sync_centre.models import MutationTableModel
from desktop.sync_centre.page import SyncCentrePage
from sync import model as m
from tests.server.conftest import Api
from tests.ui.conftest import Desk, DeskFactory, web_command
from tests.ui.test_pickup import (
    find,
    mark_ready,
    open_hand_over,
    open_payment,
    show_page,
    web_order,
    web_view,
)
from tests.ui.test_sale import key


def _sync_centre(desk: Desk, qtbot: QtBot) -> SyncCentrePage:
    page = SyncCentrePage(desk.workspace)
    qtbot.addWidget(page)
    page.attach(Shell(sync_now=desk.sync, sign_in=desk.sign_in))
    page.resize(1000, 800)
    page.show()
    page.activated()
    qtbot.waitUntil(lambda: not page.busy)
    return page


def _refused(page: SyncCentrePage, qtbot: QtBot) -> tuple[str, str, str]:
    """(what, the server's reason, the advice) of the one refused change."""
    qtbot.waitUntil(lambda: page.attention_model.rowCount() == 1)
    page.attention_view.selectRow(0)
    model = page.attention_model
    return (
        model.text(0, MutationTableModel.WHAT),
        model.text(0, MutationTableModel.REASON),
        page.advice.text(),
    )


def _local_status(desk: Desk, order_id: str) -> str:
    with desk.workspace.read() as session:
        return session.get(m.Order, uuid.UUID(order_id)).status


def test_a_hand_over_of_an_order_cancelled_online_meanwhile_is_refused_and_explained(
    server: Api, desk: Desk, qtbot: QtBot
) -> None:
    placed = web_order(server, {"SKU-KETTLE": 1})
    desk.sync()
    pickup = show_page(desk, qtbot)
    find(qtbot, pickup, placed["order_number"])
    mark_ready(qtbot, pickup)
    desk.sync()  # ready, and the customer told

    # The till goes on without syncing (offline); the customer cancels online meanwhile.
    open_hand_over(qtbot, pickup)
    key(qtbot, Qt.Key.Key_Return)
    payment = open_payment(qtbot, pickup)
    qtbot.keyClicks(payment.cash, "129.99")
    with qtbot.waitSignal(pickup.handed_over, timeout=10_000):
        key(qtbot, Qt.Key.Key_Return)
    assert _local_status(desk, placed["order_id"]) == "picked_up"
    web_command(
        server, "order.cancel", {"order_id": placed["order_id"], "reason": "Changed my mind"}
    )

    centre = _sync_centre(desk, qtbot)
    qtbot.mouseClick(centre.sync_button, Qt.MouseButton.LeftButton)
    what, reason, advice = _refused(centre, qtbot)
    assert what.startswith("#") and "Order handed over — Ala Nowak" in what
    assert reason == "This order was cancelled, so it cannot be handed over."
    assert "cancelled online" in advice and "new sale" in advice
    # Undone here, and nothing of it on the server: one story everywhere.
    assert _local_status(desk, placed["order_id"]) == "cancelled"
    seen: dict[str, Any] = web_view(server, placed["order_id"])
    assert seen["order"]["status"] == "cancelled"
    assert seen["payments"] == []
    qtbot.waitUntil(lambda: pending_ops() == 0 and not centre.busy)


def test_the_same_order_handed_over_at_two_offline_tills_counts_once(
    server: Api, make_desk: DeskFactory, qtbot: QtBot
) -> None:
    first = make_desk(server)
    second = make_desk(server, profile_name="second-till")
    placed = web_order(server, {"SKU-KETTLE": 1}, prepaid=True)
    first.sync()
    first.workspace.apply("order.mark_ready", {"order_id": placed["order_id"]})
    first.sync()
    second.sync()
    # Both tills offline: each hands the order over.
    for desk in (first, second):
        desk.workspace.apply("order.hand_over", {"order_id": placed["order_id"]})
    first.sync()
    centre = _sync_centre(second, qtbot)
    qtbot.mouseClick(centre.sync_button, Qt.MouseButton.LeftButton)
    _, reason, advice = _refused(centre, qtbot)
    assert reason == "This order was already picked up, so it cannot be handed over."
    assert "already been handed over" in advice
    assert _local_status(second, placed["order_id"]) == "picked_up"  # by the first till
    with server.db.read() as session:
        stock = (
            session.query(m.Stock)
            .filter_by(
                store_id=server.world.stores["PL-WAW-01"],
                product_id=server.world.products["SKU-KETTLE"],
            )
            .one()
        )
        assert stock.on_hand == 9  # one kettle left the shelf, not two
    qtbot.waitUntil(lambda: pending_ops() == 0 and not centre.busy)
