"""Receipts as the till records them, for the till-roll tests: a sale of four lines, a
hand-over and a return, in a store in Warszawa (the address ends with the city, which the
store's address line adds again)."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from decimal import Decimal

from desktop.orders.handover_data import HandedLine, HandOverReceipt, Money
from desktop.returns.receipt_data import ReturnReceipt, ReturnReceiptLine, ReturnRefund
from desktop.sale.receipt_data import Receipt, ReceiptLine, ReceiptPayment

AT = datetime(2026, 12, 7, 10, 5, tzinfo=UTC)
STORE = "Omnidesk Warszawa Centrum"
ADDRESS = "ul. Marszałkowska 104/122, 00-017 Warszawa, Warszawa"

PRODUCTS = (
    ("SKU-000455", "Espresso machine with milk frother, stainless steel", 1, "2399.00"),
    ("SKU-000017", "Kettle", 2, "129.99"),
    ("SKU-001203", "HDMI cable 2 m", 3, "19.99"),
    ("SKU-000981", "Robot vacuum cleaner with self-emptying base and mapping", 1, "4798.00"),
)


def sale_line(sku: str, name: str, quantity: int, price: str) -> ReceiptLine:
    unit = Decimal(price)
    return ReceiptLine(
        sku, name, quantity, unit, Decimal("0.00"), None, Decimal("23"), unit * quantity
    )


def sale(lines: int = 4, country: str = "PL") -> Receipt:
    sold = [sale_line(*PRODUCTS[n % len(PRODUCTS)]) for n in range(lines)]
    total = sum((line.total for line in sold), Decimal("0.00"))
    return Receipt(
        order_id=uuid.uuid4(),
        number="S-7K3M9Q2XBT",
        placed_at=AT,
        store_name=STORE,
        store_address=ADDRESS,
        cashier="Ala Kowalska",
        customer="Jan Nowak (C-000123)",
        currency="PLN",
        lines=tuple(sold),
        list_total=total,
        discount_total=Decimal("0.00"),
        tax_total=(total * 23 / 123).quantize(Decimal("0.01")),
        total=total,
        payments=(
            ReceiptPayment("card", total - Decimal("100.00"), "TRM-7788-12"),
            ReceiptPayment("cash", Decimal("100.00"), None),
        ),
        change=Decimal("50.00"),
        store_country=country,
    )


def hand_over() -> HandOverReceipt:
    return HandOverReceipt(
        order_id=uuid.uuid4(),
        number="O-7K3M9Q2XBT",
        status="partly_picked_up",
        at=AT,
        store_name=STORE,
        store_address=ADDRESS,
        staff="Ala Kowalska",
        customer="Jan Nowak (C-000123)",
        currency="PLN",
        lines=(
            HandedLine("SKU-000455", PRODUCTS[0][1], 1, 1, Decimal("2399.00"), 0, 0),
            HandedLine("SKU-000017", "Kettle", 2, 1, Decimal("129.99"), 1, 0),
            HandedLine("SKU-001203", "HDMI cable 2 m", 1, 0, Decimal("0.00"), 0, 1),
        ),
        value_now=Decimal("2528.99"),
        payments=(Money("card", Decimal("2528.99"), "TRM-7788-12"),),
        change=Decimal("0.00"),
        refunds=(Money("online", Decimal("19.99"), "PSP-000777"),),
        store_country="PL",
    )


def return_() -> ReturnReceipt:
    return ReturnReceipt(
        return_id=uuid.uuid4(),
        number="R-4F8H2K6MNP",
        order_number="O-7K3M9Q2XBT",
        created_at=AT,
        store_name=STORE,
        store_address=ADDRESS,
        staff="Ala Kowalska",
        approved_by="",
        customer="Jan Nowak (C-000123)",
        reason="Does not boil",
        refund_method="card",
        currency="PLN",
        lines=(ReturnReceiptLine("SKU-000017", "Kettle", 1, "sellable", Decimal("129.99")),),
        refunds=(ReturnRefund("card", Decimal("129.99"), "TRM-7788-12"),),
        total=Decimal("129.99"),
        store_country="PL",
    )
