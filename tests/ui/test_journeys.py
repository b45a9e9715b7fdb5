"""Journeys across work areas in the whole main window: from the customer 360 to the
pickup desk to hand an order over, and to the returns desk to take goods back."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.app import Desktop
from desktop.customers.page import CustomersPage
from desktop.orders.page import PickupPage
from desktop.prices.page import PricesPage
from desktop.returns.page import ReturnsPage
from desktop.sale.page import SalePage
from desktop.services.ops import pending_ops
from desktop.sync_centre.page import SyncCentrePage
from tests.server.conftest import Api
from tests.ui.conftest import Desk, DeskFactory
from tests.ui.test_pickup import web_order
from tests.ui.test_returns import collected_web_order
from tests.ui.test_shell import _sign_in


@pytest.fixture
def desktop(desk: Desk, qtbot: QtBot) -> Iterator[Desktop]:
    app = Desktop(desk.profile, desk.credentials, start_sync=False)
    qtbot.addWidget(app.window)
    assert desk.workspace.staff is not None
    app.enter(desk.workspace.staff)
    app.window.show()
    yield app
    qtbot.waitUntil(lambda: pending_ops() == 0)
    app.close()


def _orders_of(desktop: Desktop, qtbot: QtBot, customer_id: uuid.UUID, count: int) -> CustomersPage:
    page = desktop.window.show_page("customers")
    assert isinstance(page, CustomersPage)
    page.show_customer(str(customer_id))
    qtbot.waitUntil(
        lambda: page.profile.overview is not None and len(page.profile.overview.orders) == count
    )
    page.profile.tabs.setCurrentIndex(1)
    return page


def test_an_order_waiting_for_pickup_is_handed_over_from_the_customer_360(
    desktop: Desktop, desk: Desk, server: Api, qtbot: QtBot
) -> None:
    placed = web_order(server, {"SKU-KETTLE": 1})
    desk.sync()
    customers = _orders_of(desktop, qtbot, server.world.customers["ala"], 1)
    panel = customers.profile.orders
    panel.table.selectRow(0)
    assert not panel.return_button.isEnabled()  # nothing has reached the customer yet
    qtbot.mouseClick(panel.hand_over_button, Qt.MouseButton.LeftButton)

    pickup = desktop.window.current_page()
    assert isinstance(pickup, PickupPage)
    qtbot.waitUntil(lambda: pickup.order is not None and pickup.is_ready())
    assert pickup.order is not None and pickup.order.number == placed["order_number"]
    assert pickup.detail.ready_button.isVisible()  # to prepare, then hand over
    assert "Ala Nowak" in pickup.detail.identity.text()


def test_a_collected_order_is_taken_back_from_the_customer_360(
    desktop: Desktop, desk: Desk, server: Api, qtbot: QtBot
) -> None:
    _, number = collected_web_order(server, quantity=1)
    desk.sync()
    customers = _orders_of(desktop, qtbot, server.world.customers["ala"], 1)
    panel = customers.profile.orders
    panel.table.selectRow(0)
    assert panel.return_button.isEnabled() and not panel.hand_over_button.isEnabled()
    qtbot.keyClick(panel.table, Qt.Key.Key_Return)  # Enter does what the order allows

    returns = desktop.window.current_page()
    assert isinstance(returns, ReturnsPage)
    qtbot.waitUntil(lambda: returns.order is not None)
    assert returns.order is not None and returns.order.number == number
    assert returns.form.confirm_button.isEnabled()


def test_f7_and_f8_go_to_the_pickup_and_returns_desks_ready_to_scan(
    desktop: Desktop, qtbot: QtBot
) -> None:
    window = desktop.window
    window.activateWindow()
    qtbot.waitActive(window)
    qtbot.keyClick(window, Qt.Key.Key_F7)
    pickup = window.current_page()
    assert isinstance(pickup, PickupPage)
    qtbot.waitUntil(lambda: pickup.find_field.hasFocus())
    qtbot.keyClick(window, Qt.Key.Key_F8)
    returns = window.current_page()
    assert isinstance(returns, ReturnsPage)
    qtbot.waitUntil(lambda: returns.find_panel.field.hasFocus())


def test_a_field_laptop_takes_returns_but_has_no_pickup_desk(
    server: Api, make_desk: DeskFactory, qtbot: QtBot
) -> None:
    laptop = make_desk(server, store="PL-FIELD-N", login="rep.north")
    app = Desktop(laptop.profile, laptop.credentials, start_sync=False)
    qtbot.addWidget(app.window)
    assert laptop.workspace.staff is not None
    app.enter(laptop.workspace.staff)
    # The territory by its code and name, never its id.
    qtbot.waitUntil(lambda: "PL-FIELD-N Pomorze" in app.window.windowTitle())
    assert app.window.place_label.text() == "PL-FIELD-N Pomorze"
    assert app.window.show_page("returns") is not None
    assert app.window.show_page("pickup") is None  # no store to collect orders at
    qtbot.waitUntil(lambda: pending_ops() == 0)
    app.close()


def test_the_next_person_signed_in_after_a_lock_sees_nothing_of_the_one_before(
    desktop: Desktop, server: Api, qtbot: QtBot
) -> None:
    window = desktop.window
    customers = window.show_page("customers")
    assert isinstance(customers, CustomersPage)
    qtbot.keyClicks(customers.search.field, "Nowak")
    customers.search.run_query()
    customers.show_customer(str(server.world.customers["ala"]))
    qtbot.waitUntil(lambda: customers.profile.overview is not None)
    prices = window.pages["prices"]
    assert isinstance(prices, PricesPage)
    prices.search.setText("kettle")
    sync_centre = window.pages["sync"]
    assert isinstance(sync_centre, SyncCentrePage)
    sync_centre.note.setText("checked with the customer")
    sale = window.pages["sale"]
    assert isinstance(sale, SalePage)
    sale.open_for(str(server.world.customers["ala"]), None)
    qtbot.waitUntil(lambda: sale.is_ready() and sale.cart_view is not None)
    assert sale.cart_view is not None and sale.cart_view.customer_id is not None
    pickup = window.pages["pickup"]
    assert isinstance(pickup, PickupPage)
    pickup.find_field.setText("WEB-1")
    returns = window.pages["returns"]
    assert isinstance(returns, ReturnsPage)
    returns.find_panel.field.setText("WEB-2")
    returns.find_panel.search.field.setText("Nowak")

    window.lock()  # Ctrl+L
    _sign_in(window, qtbot, "manager.waw")
    qtbot.waitUntil(lambda: window.screens.currentIndex() == 1, timeout=10_000)
    assert window.show_page("customers") is customers
    qtbot.waitUntil(lambda: pending_ops() == 0)
    assert customers.search.field.text() == "" and customers.search.model.text == ""
    assert customers.profile.overview is None
    assert customers.profile.pages.currentWidget() is customers.profile.placeholder
    assert prices.search.text() == "" and sync_centre.note.text() == ""
    qtbot.waitUntil(sale.is_ready)
    assert sale.cart_view is not None and sale.cart_view.customer_id is None  # a walk-in
    assert pickup.find_field.text() == "" and not pickup.showing_order()
    assert returns.on_find() and returns.find_panel.field.text() == ""
    assert returns.find_panel.search.field.text() == ""
