"""Business rules hold when channels change the same thing at the same moment."""

from __future__ import annotations

import threading
import uuid
from collections.abc import Callable

from sqlalchemy import select

from sync import model as m
from tests.server.conftest import Api
from tests.server.test_web_channel import command


def _in_threads(count: int, work: Callable[[int], None]) -> None:
    errors: list[BaseException] = []

    def run(n: int) -> None:
        try:
            work(n)
        except BaseException as error:  # reported below
            errors.append(error)

    threads = [threading.Thread(target=run, args=(n,)) for n in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors, errors


def test_simultaneous_adds_to_one_cart_all_count(api: Api) -> None:
    cart_id = str(uuid.uuid4())
    opened = command(
        api,
        "cart.open",
        {"cart_id": cart_id, "currency": "PLN", "customer_id": str(api.world.customers["ala"])},
    )
    assert opened.status_code == 200
    product = str(api.world.products["SKU-CABLE"])
    tills = {n: api.enrol("PL-WAW-01", name=f"till {n}") for n in (0, 2)}
    cashier = api.world.staff["cashier.waw"]

    def add(n: int) -> None:
        for _ in range(8):
            args = {
                "cart_id": cart_id,
                "line_id": str(uuid.uuid4()),
                "product_id": product,
                "quantity": 1,
            }
            if n % 2:
                assert command(api, "cart.add_item", args).status_code == 200
            else:
                till = tills[n]
                till_result = till.push(till.mutation("cart.add_item", cashier, args))[0]
                assert till_result["status"] == "accepted", till_result

    _in_threads(4, add)
    with api.db.read() as session:
        quantities = session.scalars(
            select(m.CartLine.quantity).where(m.CartLine.cart_id == uuid.UUID(cart_id))
        ).all()
    assert sum(quantities) == 32


def test_simultaneous_sales_take_every_unit_from_stock(api: Api) -> None:
    product = api.world.products["SKU-KETTLE"]
    store = api.world.stores["PL-WAW-01"]
    tills = [api.enrol("PL-WAW-01", name=f"till {n}") for n in range(3)]
    cashier = api.world.staff["cashier.waw"]

    def sell(n: int) -> None:
        till = tills[n]
        for _ in range(5):
            mutation = till.mutation(
                "sale.complete",
                cashier,
                {
                    "order_id": str(uuid.uuid4()),
                    "lines": [
                        {"line_id": str(uuid.uuid4()), "product_id": str(product), "quantity": 1}
                    ],
                    "payments": [
                        {"payment_id": str(uuid.uuid4()), "method": "cash", "amount": "129.99"}
                    ],
                    "expected_total": "129.99",
                },
            )
            result = till.push(mutation)[0]
            assert result["status"] == "accepted", result

    _in_threads(3, sell)
    with api.db.read() as session:
        on_hand = session.scalars(
            select(m.Stock.on_hand).where(m.Stock.store_id == store, m.Stock.product_id == product)
        ).one()
    assert on_hand == 10 - 15
