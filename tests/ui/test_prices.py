"""The prices work area: pricing staff at an office set a price on the desktop, and it
reaches the web shop's quote; only the lists they answer for are offered."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.app import build_pages
from desktop.prices.page import PricesPage
from desktop.services.ops import pending_ops
from sync.client.touched import Touched
from tests.server.conftest import Api, headers
from tests.ui.conftest import DeskFactory


def _web_price(api: Api, store: str, sku: str) -> str:
    response = api.http.post(
        "/v1/prices/quote",
        headers=headers(api.world.channel_key),
        json={
            "store_id": str(api.world.stores[store]),
            "at": datetime.now(UTC).isoformat(),
            "lines": [{"product_id": str(api.world.products[sku]), "quantity": 1}],
        },
    )
    assert response.status_code == 200, response.text
    return response.json()["lines"][0]["unit_list_price"]


def _page(qtbot: QtBot, page: PricesPage) -> PricesPage:
    qtbot.addWidget(page)
    page.show()
    with qtbot.waitSignal(page.lists_loaded):
        page.activated()
    return page


def _find(qtbot: QtBot, page: PricesPage, text: str) -> None:
    with qtbot.waitSignal(page.products_found):
        qtbot.keyClicks(page.search, text)
    qtbot.waitUntil(lambda: pending_ops() == 0)


def test_pricing_staff_set_a_price_that_reaches_the_web_shop(
    server: Api, make_desk: DeskFactory, qtbot: QtBot
) -> None:
    desk = make_desk(server, "PL-HQ", "pricing.pl")
    page = _page(qtbot, PricesPage(desk.workspace))
    lists = [page.price_list.itemText(i) for i in range(page.price_list.count())]
    assert [text.split(" — ")[0] for text in lists] == ["BASE-PLN", "VIP-PLN"]  # not BASE-EUR

    _find(qtbot, page, "Television")
    assert page.results.currentItem().text().startswith("SKU-TV")
    qtbot.waitUntil(lambda: page.current.text() == "PLN\u00a02,999.00")
    qtbot.keyClicks(page.amount, "2749,00")
    assert page.set_button.isEnabled()
    with qtbot.waitSignal(page.price_set):
        qtbot.mouseClick(page.set_button, Qt.MouseButton.LeftButton)

    assert "PLN\u00a02,749.00 set in BASE-PLN" in page.status.text()
    qtbot.waitUntil(lambda: page.current.text() == "PLN\u00a02,749.00")
    assert _web_price(server, "PL-WAW-01", "SKU-TV") == "2999.00"  # not sent yet
    desk.sync()
    assert _web_price(server, "PL-WAW-01", "SKU-TV") == "2749.00"
    assert _web_price(server, "IT-MIL-01", "SKU-TV") == "699.00"


def test_a_store_manager_gets_no_prices_work_area_and_no_list(
    server: Api, make_desk: DeskFactory, qtbot: QtBot
) -> None:
    desk = make_desk(server, "PL-WAW-01", "manager.waw")
    pages = {page.key: page for page in build_pages(desk.workspace)}
    assert desk.workspace.staff.role not in pages["prices"].roles  # not in their navigation
    page = _page(qtbot, pages["prices"])
    assert page.price_list.count() == 0
    assert page.status.text() == "You are not responsible for any price list."
    assert not page.set_button.isEnabled()


def test_a_sync_reads_again_only_what_it_touched_keeping_the_choices_and_the_amount(
    server: Api, make_desk: DeskFactory, qtbot: QtBot
) -> None:
    desk = make_desk(server, "PL-HQ", "pricing.pl")
    page = _page(qtbot, PricesPage(desk.workspace))
    _find(qtbot, page, "SKU")
    assert page.results.count() > 2
    page.price_list.setCurrentIndex(1)  # VIP-PLN
    page.results.setCurrentRow(2)
    qtbot.waitUntil(lambda: pending_ops() == 0)
    product, chosen = page.results.currentItem().text(), page.price_list.currentText()
    qtbot.keyClicks(page.amount, "12")
    reads: list[str] = []
    page.lists_loaded.connect(lambda: reads.append("lists"))
    page.products_found.connect(lambda: reads.append("products"))
    page.price_shown.connect(lambda: reads.append("price"))

    elsewhere = Touched.of_tables({"stock", "orders", "customers"})
    assert not elsewhere.concerns(*page.watches)
    page.replica_changed(elsewhere)
    assert pending_ops() == 0 and reads == []

    for tables, read in (
        (("prices",), ["price"]),
        (("products",), ["products", "price"]),
        (("price_lists",), ["lists", "price"]),
    ):
        reads.clear()
        touched = Touched.of_tables(tables)
        assert touched.concerns(*page.watches)
        page.replica_changed(touched)
        qtbot.waitUntil(lambda: pending_ops() == 0)
        assert sorted(reads) == sorted(read), tables
        assert page.results.currentItem().text() == product
        assert page.price_list.currentText() == chosen
        assert page.amount.text() == "12" and page.set_button.isEnabled()
