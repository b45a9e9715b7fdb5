"""The customers work area: type-ahead search, the customer 360 with its one timeline,
notes every channel sees, open web carts, and creating customers with checked data."""

from __future__ import annotations

import uuid
from datetime import timedelta
from typing import Any

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from desktop.customers.customer_form import CustomerForm
from desktop.customers.page import CustomersPage
from desktop.services.ops import pending_ops
from desktop.shared.page import OpenOrder, StartSale
from sync import model as m
from sync.client.tables import OutboxRow
from sync.client.touched import Touched
from sync.model.types import utcnow
from tests.server.conftest import Api
from tests.ui.conftest import Desk, web_command
from tests.ui.test_pickup import web_order

# -- helpers ------------------------------------------------------------------------------


def make_page(desk: Desk, qtbot: QtBot, page_size: int | None = None) -> CustomersPage:
    page = CustomersPage(desk.workspace, page_size=page_size)
    qtbot.addWidget(page)
    page.resize(1200, 600)
    with qtbot.waitExposed(page):
        page.show()
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    page.activated()
    qtbot.waitUntil(lambda: pending_ops() == 0)
    return page


@pytest.fixture
def page(desk: Desk, qtbot: QtBot) -> Any:
    customers = make_page(desk, qtbot)
    yield customers
    qtbot.waitUntil(lambda: pending_ops() == 0)


def web_customer(api: Api, first: str, last: str, **fields: Any) -> uuid.UUID:
    """A customer registered online, served by PL-WAW-01 (so the till's replica has them)."""
    customer_id = uuid.uuid4()
    web_command(
        api,
        "customer.create",
        {
            "customer_id": str(customer_id),
            "first_name": first,
            "last_name": last,
            "country": "PL",
            "home_store_id": str(api.world.stores["PL-WAW-01"]),
            **fields,
        },
    )
    return customer_id


def type_text(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Type like a keyboard would, letters with diacritics included."""
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def results(page: CustomersPage) -> list[str]:
    model = page.search.model
    return [model.row(n).last_name for n in range(model.rowCount())]


def search_for(qtbot: QtBot, page: CustomersPage, text: str) -> None:
    field = page.search.field
    field.setFocus()
    field.selectAll()
    qtbot.keyClick(field, Qt.Key.Key_Backspace)
    type_text(qtbot, field, text)
    qtbot.waitUntil(
        lambda: (
            page.search.model.text == text
            and not page.search.model.loading
            and not page.search.timer.isActive()
        )
    )


def timeline(page: CustomersPage) -> list[tuple[str, str]]:
    """(channel, text) of each timeline row, top to bottom."""
    model = page.profile.timeline.model
    return [(model.row(n).channel, model.row(n).text) for n in range(model.rowCount())]


def open_360(qtbot: QtBot, page: CustomersPage, customer_id: uuid.UUID) -> None:
    page.show_customer(str(customer_id))
    qtbot.waitUntil(
        lambda: (
            page.profile.profile is not None
            and page.profile.profile.id == customer_id
            and not page.profile.timeline.model.loading
        )
    )


def replica_counts(desk: Desk) -> tuple[int, int]:
    with desk.workspace.read() as session:
        customers = session.scalar(select(func.count()).select_from(m.Customer))
        mutations = session.scalar(select(func.count()).select_from(OutboxRow))
    return int(customers or 0), int(mutations or 0)


def open_form(qtbot: QtBot, page: CustomersPage) -> CustomerForm:
    page.search.field.setFocus()
    qtbot.keyClick(page.search.field, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    return shown_form(qtbot, page)


def shown_form(qtbot: QtBot, page: CustomersPage) -> CustomerForm:
    qtbot.waitUntil(lambda: page.form is not None and page.form.isVisible())
    assert page.form is not None
    form = page.form
    form.activateWindow()
    qtbot.waitUntil(form.isActiveWindow)
    return form


def fill(qtbot: QtBot, form: CustomerForm, **values: str) -> None:
    for name, value in values.items():
        field = form.inputs[name]
        field.setFocus()
        field.selectAll()
        qtbot.keyClick(field, Qt.Key.Key_Backspace)
        type_text(qtbot, field, value)


# -- search -------------------------------------------------------------------------------


def test_type_ahead_finds_a_customer_by_last_name_phone_and_loyalty_card(
    server: Api, desk: Desk, qtbot: QtBot
) -> None:
    web_customer(
        server,
        "Zofia",
        "Kamińska",
        phone="+48 512 345 678",
        loyalty_card="LC-770001",
        email="zofia@example.com",
    )
    web_customer(server, "Adam", "Kamiński", phone="+48 699 000 111", loyalty_card="LC-880002")
    desk.sync()
    page = make_page(desk, qtbot)
    assert set(results(page)) >= {"Nowak", "Kamińska", "Kamiński"}  # browsing lists everyone

    search_for(qtbot, page, "Kami")
    assert sorted(results(page)) == ["Kamińska", "Kamiński"]
    search_for(qtbot, page, "Nowa")
    assert results(page) == ["Nowak"]
    search_for(qtbot, page, "512 345")
    assert results(page) == ["Kamińska"]
    search_for(qtbot, page, "LC-8800")
    assert results(page) == ["Kamiński"]
    search_for(qtbot, page, "nobody-like-this")
    assert results(page) == []
    assert "No customer matches" in page.search.status.text()


def test_typing_fast_runs_one_query_and_enter_opens_the_customer(
    page: CustomersPage, qtbot: QtBot, server: Api, desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    desk.workspace.apply(
        "customer.create",
        {
            "customer_id": str(uuid.uuid4()),
            "first_name": "Ewa",
            "last_name": "Kowalska",
            "country": "PL",
        },
    )
    asked: list[str] = []
    reader = page.search.model.page_reader

    def counting(after: Any, limit: int) -> Any:
        asked.append(page.search.model.text)
        return reader(after, limit)

    monkeypatch.setattr(page.search.model, "page_reader", counting)
    page.focus_search()
    qtbot.keyClicks(page.search.field, "Nowak")
    qtbot.keyClick(page.search.field, Qt.Key.Key_Return)
    ala = server.world.customers["ala"]
    qtbot.waitUntil(lambda: page.profile.profile is not None and page.profile.profile.id == ala)
    assert asked == ["Nowak"]  # not one query per keystroke
    assert page.profile.card.name.text() == "Ala Nowak"

    page.search.model.search("Kow")  # an answer still on its way when the text changes
    page.search.model.search("Nowa")  # is dropped: only the latest query is shown
    qtbot.waitUntil(lambda: pending_ops() == 0)
    assert results(page) == ["Nowak"]


def test_the_search_list_fetches_lazily_page_by_page_as_it_scrolls(
    desk: Desk, qtbot: QtBot
) -> None:
    for n in range(70):
        desk.workspace.apply(
            "customer.create",
            {
                "customer_id": str(uuid.uuid4()),
                "first_name": f"Test{n:02d}",
                "last_name": f"Many{n:02d}",
                "country": "PL",
            },
        )
    page = make_page(desk, qtbot, page_size=30)
    model = page.search.model
    qtbot.waitUntil(lambda: pending_ops() == 0)
    assert model.rowCount() == 30  # one page, not the 71 customers on the device
    assert model.canFetchMore()
    assert "30 customers shown of 71" in page.search.status.text()
    bar = page.search.results.verticalScrollBar()
    for expected in (60, 71):
        bar.setValue(bar.maximum())
        qtbot.waitUntil(lambda expected=expected: model.rowCount() == expected)
        qtbot.waitUntil(lambda: pending_ops() == 0)
    assert not model.canFetchMore()
    assert len({model.row(n).id for n in range(71)}) == 71  # no customer twice


# -- the 360 ------------------------------------------------------------------------------


def test_the_360_shows_one_timeline_newest_first_and_filters_by_channel(
    page: CustomersPage, server: Api, desk: Desk, qtbot: QtBot
) -> None:
    ala = server.world.customers["ala"]
    now = utcnow()
    with server.db.write() as session:
        for hours, channel, kind, text in [
            (5, "web", "note", "Saved a TV in her web cart"),
            (3, "phone", "call", "Asked about delivery"),
            (2, "field", "visit", "Rep showed the catalogue"),
            (1, "store", "complaint", "Kettle leaks"),
        ]:
            session.add(
                m.Interaction(
                    customer_id=ala,
                    channel=channel,
                    kind=kind,
                    text=text,
                    occurred_at=now - timedelta(hours=hours),
                )
            )
    desk.sync()
    open_360(qtbot, page, ala)
    assert page.profile.card.name.text() == "Ala Nowak"
    assert page.profile.card.email.value() == "ala@example.com"
    assert "Marketing by e-mail: yes" in page.profile.card.consents.text()
    assert timeline(page)[:4] == [
        ("store", "Kettle leaks"),
        ("field", "Rep showed the catalogue"),
        ("phone", "Asked about delivery"),
        ("web", "Saved a TV in her web cart"),
    ]

    combo = page.profile.timeline.channel
    combo.setFocus()
    combo.setCurrentIndex(combo.findData("phone"))
    qtbot.waitUntil(lambda: timeline(page) == [("phone", "Asked about delivery")])
    combo.setCurrentIndex(combo.findData(""))
    qtbot.waitUntil(lambda: len(timeline(page)) >= 4)


def test_a_note_added_at_the_till_is_on_top_at_once_and_reaches_every_channel(
    page: CustomersPage, server: Api, desk: Desk, qtbot: QtBot
) -> None:
    ala = server.world.customers["ala"]
    open_360(qtbot, page, ala)
    page.focus_search()
    qtbot.keyClick(page.search.field, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    notes = page.profile.timeline.notes
    assert notes.text.hasFocus()
    qtbot.keyClicks(notes.text, "Wants a call when the 55in TV is back")
    qtbot.keyClick(notes.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(
        lambda: (
            bool(timeline(page))
            and timeline(page)[0] == ("store", "Wants a call when the 55in TV is back")
        )
    )
    assert notes.text.toPlainText() == ""

    desk.sync()
    response = server.web("GET", f"/v1/web/customers/{ala}")
    assert response.status_code == 200, response.text
    events = response.json()["timeline"]
    assert events[0]["text"] == "Wants a call when the 55in TV is back"
    assert (events[0]["channel"], events[0]["kind"]) == ("store", "note")
    assert events[0]["staff_id"] == str(server.world.staff["cashier.waw"])


def test_an_open_web_cart_shows_its_lines_and_total_and_opens_at_the_till(
    page: CustomersPage, server: Api, desk: Desk, qtbot: QtBot
) -> None:
    ala = server.world.customers["ala"]
    cart_id = uuid.uuid4()
    web_command(
        server, "cart.open", {"cart_id": str(cart_id), "customer_id": str(ala), "currency": "PLN"}
    )
    for sku, quantity in (("SKU-KETTLE", 1), ("SKU-CABLE", 3)):
        web_command(
            server,
            "cart.add_item",
            {
                "cart_id": str(cart_id),
                "line_id": str(uuid.uuid4()),
                "product_id": str(server.world.products[sku]),
                "quantity": quantity,
            },
        )
    desk.sync()
    open_360(qtbot, page, ala)
    carts = page.profile.carts
    assert carts.model.rowCount() == 1
    cells = [carts.model.index(0, c).data() for c in range(carts.model.columnCount())]
    assert cells[:2] == ["Web", "2"]
    assert cells[2] == "PLN\u00a0169.97"  # 129.99 + three cables for the price of two
    assert "4 units" in carts.model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    with qtbot.waitSignal(page.navigate) as opened:
        qtbot.mouseClick(carts.open_button, Qt.MouseButton.LeftButton)
    assert opened.args == [StartSale(uuid.UUID(str(ala)), uuid.UUID(str(cart_id)))]
    with qtbot.waitSignal(page.navigate) as new_sale:
        qtbot.mouseClick(page.profile.new_sale_button, Qt.MouseButton.LeftButton)
    assert new_sale.args == [StartSale(uuid.UUID(str(ala)), None)]


def test_an_order_and_an_application_started_online_are_in_the_360(
    page: CustomersPage, server: Api, desk: Desk, qtbot: QtBot
) -> None:
    ala = server.world.customers["ala"]
    placed = web_command(
        server,
        "order.place",
        {
            "order_id": str(uuid.uuid4()),
            "customer_id": str(ala),
            "fulfilment": "pickup",
            "pickup_store_id": str(server.world.stores["PL-WAW-01"]),
            "payment_mode": "pay_on_pickup",
            "expected_total": "129.99",
            "lines": [
                {
                    "line_id": str(uuid.uuid4()),
                    "quantity": 1,
                    "product_id": str(server.world.products["SKU-KETTLE"]),
                }
            ],
        },
    )["result"]
    web_command(
        server,
        "application.start",
        {"application_id": str(uuid.uuid4()), "customer_id": str(ala), "kind": "loan"},
    )
    desk.sync()
    open_360(qtbot, page, ala)
    tabs = page.profile.tabs
    assert [tabs.tabText(n) for n in range(4)] == [
        "Timeline",
        "Orders (1)",
        "Returns (0)",
        "Applications (1)",
    ]
    orders = page.profile.orders_model
    row = [orders.index(0, c).data() for c in range(orders.columnCount())]
    assert row[0] == placed["order_number"]
    assert row[2:] == ["Web", "Pickup", "Placed", "Unpaid", "PLN\u00a0129.99"]
    applications = page.profile.applications_model
    assert [applications.index(0, c).data() for c in (1, 2, 4)] == ["Loan", "Draft", "Web"]
    assert {channel for channel, _ in timeline(page)} == {"web"}
    qtbot.keyClick(page.search.field, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert tabs.currentIndex() == 3

    # The order waits for pickup here: the 360 offers to hand it over, not to return it.
    panel = page.profile.orders
    assert not panel.hand_over_button.isEnabled()  # nothing selected yet
    panel.table.selectRow(0)
    assert panel.hand_over_button.isEnabled() and not panel.return_button.isEnabled()
    with qtbot.waitSignal(page.navigate) as opened:
        qtbot.mouseClick(panel.hand_over_button, Qt.MouseButton.LeftButton)
    assert opened.args == [OpenOrder("pickup", uuid.UUID(placed["order_id"]))]


# -- creating and editing -----------------------------------------------------------------


def test_a_bad_e_mail_or_nip_shows_the_reason_and_saves_nothing(
    page: CustomersPage, desk: Desk, qtbot: QtBot
) -> None:
    before = replica_counts(desk)
    form = open_form(qtbot, page)
    fill(qtbot, form, first_name="Anna", last_name="Lewandowska", email="anna@example")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert form.errors["email"].isVisible() and "e-mail" in form.errors["email"].text()
    assert form.form_error.isVisible() and "nothing was saved" in form.form_error.text()

    fill(qtbot, form, email="anna@example.com", tax_id="123-456-32-17")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert not form.errors["email"].isVisible()
    assert form.errors["tax_id"].isVisible() and "NIP" in form.errors["tax_id"].text()
    assert form.isVisible()
    qtbot.waitUntil(lambda: pending_ops() == 0)
    assert replica_counts(desk) == before


def test_a_refusal_from_the_command_is_shown_in_the_form(
    page: CustomersPage, desk: Desk, qtbot: QtBot
) -> None:
    before = replica_counts(desk)
    form = open_form(qtbot, page)
    fill(qtbot, form, first_name="Ala", last_name="Nowak", email="ala@example.com")
    qtbot.keyClick(form.inputs["email"], Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: form.form_error.isVisible())
    assert "already belongs to customer C-ALA" in form.form_error.text()
    assert form.isVisible() and replica_counts(desk) == before


def test_a_valid_new_customer_is_saved_shown_found_and_sent(
    page: CustomersPage, server: Api, desk: Desk, qtbot: QtBot
) -> None:
    form = open_form(qtbot, page)
    fill(
        qtbot,
        form,
        first_name="Marta",
        last_name="Wójcik",
        email=" Marta.W@Example.com",
        phone="601 234 567",
        tax_id="PL 123-456-32-18",
        loyalty_card="LC-990001",
        street="Marszałkowska 10",
        city="Warszawa",
        postal_code="00-950",
    )
    form.consents["marketing_email"].setChecked(True)
    qtbot.keyClick(form.inputs["postal_code"], Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.form is None)
    qtbot.waitUntil(
        lambda: page.profile.profile is not None and page.profile.profile.last_name == "Wójcik"
    )
    card = page.profile.card
    assert (card.email.value(), card.phone.text(), card.tax_id.text()) == (
        "marta.w@example.com",
        "601234567",
        "1234563218",
    )
    assert timeline(page)[0][0] == "store"  # "customer created", in this store

    search_for(qtbot, page, "Wójc")
    assert results(page) == ["Wójcik"]
    search_for(qtbot, page, "LC-9900")
    assert results(page) == ["Wójcik"]

    desk.sync()
    response = server.web("GET", "/v1/web/customers?email=marta.w@example.com")
    assert response.status_code == 200, response.text
    assert response.json()["tax_id"] == "1234563218"


def test_editing_a_customer_changes_only_what_staff_changed(
    page: CustomersPage, server: Api, desk: Desk, qtbot: QtBot
) -> None:
    ala = server.world.customers["ala"]
    open_360(qtbot, page, ala)
    page.search.results.setFocus()
    qtbot.keyClick(page.search.results, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    form = shown_form(qtbot, page)
    assert form.inputs["email"].text() == "ala@example.com"
    fill(qtbot, form, phone="+48 601 999 88")
    qtbot.keyClick(form.inputs["phone"], Qt.Key.Key_Tab)
    assert form.errors["phone"].isVisible()
    assert "9 digits" in form.errors["phone"].text()
    fill(qtbot, form, phone="+48 601 999 888", city="Kraków")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.form is None)
    qtbot.waitUntil(lambda: page.profile.card.phone.text() == "+48601999888")
    assert "Kraków" in page.profile.card.address.text()
    assert page.profile.card.email.value() == "ala@example.com"
    desk.sync()
    with server.db.read() as session:
        customer = session.get(m.Customer, ala)
        assert (customer.phone, customer.city, customer.email) == (
            "+48601999888",
            "Kraków",
            "ala@example.com",
        )


def test_the_page_contract_for_the_main_window(
    page: CustomersPage, server: Api, qtbot: QtBot
) -> None:
    assert (page.key, page.icon_name, page.roles) == ("customers", "customers", None)
    assert page.title() == "Customers"
    page.focus_search()
    assert QApplication.focusWidget() is page.search.field
    page.show_customer(str(server.world.customers["ala"]))
    qtbot.waitUntil(lambda: page.profile.card.name.text() == "Ala Nowak")
    page.show_customer(str(server.world.customers["ola"]))  # Kraków's: not on this till
    qtbot.waitUntil(lambda: page.profile.placeholder.isVisible())
    assert page.profile.placeholder.text() == "This customer is not on this device."


# -- what a sync touched ------------------------------------------------------------------


def idle(page: CustomersPage) -> bool:
    return (
        pending_ops() == 0
        and not page.search.model.loading
        and not page.profile.timeline.model.loading
    )


def test_a_sync_reads_the_customer_list_again_keeping_the_selection_and_the_scroll(
    desk: Desk, qtbot: QtBot
) -> None:
    for n in range(70):
        desk.workspace.apply(
            "customer.create",
            {
                "customer_id": str(uuid.uuid4()),
                "first_name": f"Test{n:02d}",
                "last_name": f"Many{n:02d}",
                "country": "PL",
            },
        )
    page = make_page(desk, qtbot, page_size=30)
    model, results = page.search.model, page.search.results
    bar = results.verticalScrollBar()
    bar.setValue(bar.maximum())
    qtbot.waitUntil(lambda: model.rowCount() == 60)
    qtbot.waitUntil(lambda: idle(page))
    results.selectRow(45)
    chosen = model.row(45).id
    bar.setValue(bar.maximum() // 2)
    scroll = bar.value()
    assert scroll > 0
    reads: list[int] = []
    model.answered.connect(reads.append)

    page.replica_changed(Touched.of_tables({"stock", "barcodes"}))  # nothing listed here
    assert idle(page) and reads == []

    page.replica_changed(Touched.of_rows([("customers", chosen)]))
    assert model.loading  # the customers held are read again, still on screen meanwhile
    assert model.rowCount() == 60
    qtbot.waitUntil(lambda: idle(page))
    assert reads == [60]  # as many as were scrolled through, in one read
    current = results.currentIndex()
    assert model.row(current.row()).id == chosen
    assert results.selectionModel().isRowSelected(current.row())
    assert bar.value() == scroll


def test_a_sync_reads_again_only_what_it_touched_of_the_360_keeping_its_tab_and_rows(
    page: CustomersPage, server: Api, desk: Desk, qtbot: QtBot
) -> None:
    ala = server.world.customers["ala"]
    first = web_order(server, {"SKU-KETTLE": 1})["order_number"]
    web_order(server, {"SKU-CABLE": 2})
    now = utcnow()
    with server.db.write() as session:
        for n in range(40):
            session.add(
                m.Interaction(
                    customer_id=ala,
                    channel="phone",
                    kind="call",
                    text=f"Call {n:02d}",
                    occurred_at=now - timedelta(days=n + 1),
                )
            )
    desk.sync()
    open_360(qtbot, page, ala)
    profile, tabs = page.profile, page.profile.tabs
    events, view = profile.timeline.model, profile.timeline.view
    assert tabs.currentIndex() == 0 and events.rowCount() > 40
    view.selectRow(10)
    chosen = events.row(10).id
    bar = view.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    scroll = bar.value()
    assert scroll > 0
    reads: list[str] = []
    profile.loaded.connect(lambda _: reads.append("overview"))
    events.answered.connect(lambda _: reads.append("timeline"))
    page.search.model.answered.connect(lambda _: reads.append("search"))

    page.replica_changed(Touched.of_tables({"stock", "barcodes"}))  # nothing shown here
    assert idle(page) and reads == []

    page.replica_changed(Touched.of_rows([("customers", uuid.uuid4())]))  # someone else
    qtbot.waitUntil(lambda: idle(page))
    assert reads == ["search"]  # the list may show them; the 360 does not
    reads.clear()

    # A note from the call centre: the timeline is read again, keeping its place.
    with server.db.write() as session:
        session.add(
            m.Interaction(
                customer_id=ala,
                channel="phone",
                kind="note",
                text="Called back about the kettle",
                occurred_at=now,
            )
        )
    desk.sync()
    page.replica_changed(Touched.of_tables({"interactions"}))
    qtbot.waitUntil(lambda: idle(page))
    assert reads == ["timeline"]
    assert timeline(page)[0] == ("phone", "Called back about the kettle")
    current = view.currentIndex()
    assert events.row(current.row()).id == chosen
    assert view.selectionModel().isRowSelected(current.row())
    assert bar.value() == scroll and tabs.currentIndex() == 0
    reads.clear()

    # A new order online: the overview is read again, on the tab staff are on.
    qtbot.keyClick(page.search.field, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    orders, table = profile.orders_model, profile.orders.table
    table.selectRow([orders.row(n).number for n in range(2)].index(first))
    web_order(server, {"SKU-KETTLE": 2})
    desk.sync()
    with qtbot.waitSignal(profile.loaded):
        page.replica_changed(Touched.of_tables({"orders"}))
    qtbot.waitUntil(lambda: idle(page))
    assert reads == ["overview"]
    assert tabs.currentIndex() == 1 and tabs.tabText(1) == "Orders (3)"
    assert orders.row(table.currentIndex().row()).number == first  # still the one selected
    assert table.selectionModel().isRowSelected(table.currentIndex().row())
    assert profile.orders.hand_over_button.isEnabled()
