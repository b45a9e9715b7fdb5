"""The customer 360's timeline says each event in the screen's language: a sale, a pickup
and a return made through the real commands read in Polish on a Polish screen (from the
event's parameters), and as the commands wrote them on an English one."""

from __future__ import annotations

import subprocess
import uuid
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.customers.page import CustomersPage
from desktop.services import language
from desktop.shared import formatting
from sync import model as m
from tests.client.helpers import sale_args
from tests.server.conftest import Api
from tests.ui.conftest import Desk
from tests.ui.test_customers import make_page, open_360
from tests.ui.test_returns import collected_web_order

SALE = "Bought %n item(s) at {store} for {total} (sale {number})."
PICKED_UP = "Order {number} picked up at {store}."
RETURNED = "Returned %n unit(s) of order {number} at {store} ({return_number}): refund {refunds}."
TO_ONLINE = "{amount} to the online payment"

# Polish for the three events, as a translator would write them (three plural forms).
POLISH = {
    SALE: (
        "Kupiono %n sztukę w {store} za {total} (sprzedaż {number}).",
        "Kupiono %n sztuki w {store} za {total} (sprzedaż {number}).",
        "Kupiono %n sztuk w {store} za {total} (sprzedaż {number}).",
    ),
    PICKED_UP: ("Zamówienie {number} odebrano w {store}.",),
    RETURNED: (
        "Zwrócono %n sztukę z zamówienia {number} w {store} ({return_number}): zwrot {refunds}.",
        "Zwrócono %n sztuki z zamówienia {number} w {store} ({return_number}): zwrot {refunds}.",
        "Zwrócono %n sztuk z zamówienia {number} w {store} ({return_number}): zwrot {refunds}.",
    ),
    TO_ONLINE: ("{amount} na płatność online",),
}


def _ts(texts: dict[str, tuple[str, ...]]) -> str:
    messages = []
    for source, forms in texts.items():
        if "%n" in source:
            said = "".join(f"<numerusform>{form}</numerusform>" for form in forms)
            messages.append(
                f'<message numerus="yes"><source>{source}</source>'
                f"<translation>{said}</translation></message>"
            )
        else:
            messages.append(
                f"<message><source>{source}</source><translation>{forms[0]}</translation></message>"
            )
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        '<TS version="2.1" language="pl"><context><name></name>'
        + "".join(messages)
        + "</context></TS>\n"
    )


@pytest.fixture
def polish(tmp_path: Path) -> Iterator[None]:
    """Polish on screen, with the Polish of this test's sentences on top of the app's."""
    source, built = tmp_path / "timeline_pl.ts", tmp_path / "timeline_pl.qm"
    source.write_text(_ts(POLISH), encoding="utf-8")
    subprocess.run(["pyside6-lrelease", "-silent", str(source), "-qm", str(built)], check=True)
    language.use("pl")
    translator = QTranslator()
    assert translator.load(str(built))
    app = QCoreApplication.instance()
    assert app is not None
    app.installTranslator(translator)
    yield
    app.removeTranslator(translator)


def _return_one_kettle(server: Api, order_id: str) -> str:
    """One of the order's kettles brought back at PL-WAW-01, refunded online: its number."""
    with server.db.read() as session:
        line_id = session.scalar(
            select(m.OrderLine.id).where(m.OrderLine.order_id == uuid.UUID(order_id))
        )
    till = server.enrol("PL-WAW-01", name="returns till")
    till.snapshot()
    [result] = till.push(
        till.mutation(
            "return.submit",
            server.world.staff["cashier.waw"],
            {
                "return_id": str(uuid.uuid4()),
                "order_id": order_id,
                "reason": "Leaks",
                "lines": [
                    {
                        "return_line_id": str(uuid.uuid4()),
                        "order_line_id": str(line_id),
                        "quantity": 1,
                        "condition": "sellable",
                    }
                ],
            },
        )
    )
    assert result["status"] == "accepted", result
    return str(result["result"]["return_number"])


def _events(desk: Desk, server: Api) -> dict[str, str]:
    """A sale at the till, a web order picked up whole and one of its kettles returned:
    the numbers of the sale, the order and the return."""
    sale = sale_args(server)
    desk.workspace.apply("sale.complete", sale)
    order_id, number = collected_web_order(server, quantity=2)
    returned = _return_one_kettle(server, order_id)
    desk.sync()
    with desk.workspace.read() as session:
        sold = session.get(m.Order, uuid.UUID(sale["order_id"]))
        assert sold is not None
        sale_number = sold.number
    return {"sale": sale_number, "order": number, "return": returned}


def _details(page: CustomersPage) -> dict[str, str]:
    """The Details column of each event, by kind (the newest of a kind)."""
    model = page.profile.timeline.model
    shown: dict[str, str] = {}
    for row in range(model.rowCount()):
        shown.setdefault(model.row(row).kind, str(model.index(row, 3).data()))
    return shown


def _open(desk: Desk, server: Api, qtbot: QtBot) -> CustomersPage:
    page = make_page(desk, qtbot)
    open_360(qtbot, page, server.world.customers["ala"])
    qtbot.waitUntil(
        lambda: {"sale_completed", "order_picked_up", "return"} <= _details(page).keys()
    )
    return page


def test_a_sale_a_pickup_and_a_return_read_in_polish(
    server: Api, desk: Desk, qtbot: QtBot, polish: None
) -> None:
    numbers = _events(desk, server)
    page = _open(desk, server, qtbot)
    shown = _details(page)
    store = "Omnidesk Warszawa"
    total = formatting.money(Decimal("39.98"), "PLN")
    assert total == "39,98\u00a0zł"
    assert shown["sale_completed"] == (
        f"Kupiono 3 sztuki w {store} za {total} (sprzedaż {numbers['sale']})."
    )
    assert shown["order_picked_up"] == f"Zamówienie {numbers['order']} odebrano w {store}."
    refund = formatting.money(Decimal("129.99"), "PLN")
    assert shown["return"] == (
        f"Zwrócono 1 sztukę z zamówienia {numbers['order']} w {store} "
        f"({numbers['return']}): zwrot {refund} na płatność online."
    )
    assert "Bought" not in " ".join(shown.values())


def test_in_english_the_timeline_reads_as_the_commands_wrote_it(
    server: Api, desk: Desk, qtbot: QtBot
) -> None:
    numbers = _events(desk, server)
    page = _open(desk, server, qtbot)
    shown = _details(page)
    model = page.profile.timeline.model
    for row in range(model.rowCount()):
        assert model.index(row, 3).data() == formatting.amounts_in_text(model.row(row).text)
    assert shown["sale_completed"].startswith("Bought 3 items at Omnidesk Warszawa for ")
    assert shown["order_picked_up"] == f"Order {numbers['order']} picked up at Omnidesk Warszawa."
    assert shown["return"].startswith(
        f"Returned 1 unit of order {numbers['order']} at Omnidesk Warszawa ({numbers['return']})"
    )


def test_a_staff_note_is_never_translated(
    server: Api, desk: Desk, qtbot: QtBot, polish: None
) -> None:
    with server.db.write() as session:
        session.add(
            m.Interaction(
                customer_id=server.world.customers["ala"],
                channel="phone",
                kind="note",
                text="Bought 2 items at the market for 10.00 PLN",
                params={"items": 2, "store": "market", "total": "10.00", "currency": "PLN"},
            )
        )
    desk.sync()
    page = make_page(desk, qtbot)
    open_360(qtbot, page, server.world.customers["ala"])
    qtbot.waitUntil(lambda: "note" in _details(page))
    amount = formatting.money(Decimal("10.00"), "PLN")
    assert _details(page)["note"] == f"Bought 2 items at the market for {amount}"
