"""The receipt document (Qt-free): rows with a style, read as the plain text the till roll
prints; and the wording the sale, hand-over and return receipts share."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from desktop.shared.receipt.common import (
    customer_line,
    method_name,
    payment_rows,
    with_reference,
)
from desktop.shared.receipt.document import (
    Header,
    ReceiptDocument,
    Style,
    detail,
    heading,
    item,
    line,
    plain_text,
    row_text,
    separator,
    total,
)


@dataclass(frozen=True)
class Paid:
    method: str
    amount: Decimal
    reference: str | None = None


def test_each_style_reads_as_one_line_of_the_roll() -> None:
    width = 20
    assert row_text(separator(), width) == "-" * 20
    assert row_text(heading("Still waiting"), width) == "STILL WAITING"
    assert row_text(item("Kettle", "SKU-KETTLE"), width) == "Kettle (SKU-KETTLE)"
    assert row_text(item("Kettle (SKU-KETTLE)"), width) == "Kettle (SKU-KETTLE)"
    assert row_text(detail("1 × 9.99", "9.99"), width) == "  1 × 9.99      9.99"
    assert row_text(detail("Nothing to pay"), width) == "  Nothing to pay"
    assert row_text(line("Change", "1.00"), width) == "Change          1.00"
    assert row_text(total("TOTAL", "10.00"), width) == "TOTAL          10.00"
    assert row_text(line("A label longer than the roll", "1.00"), width) == (
        "A label longer than the roll 1.00"
    )  # never glued to its amount
    made = (separator(), heading(""), item(""), detail(""), line(""), total("", ""))
    assert {row.style for row in made} == set(Style)  # a maker for every style


def test_a_document_reads_header_rows_and_footer_in_order() -> None:
    document = ReceiptDocument(
        name="Receipt S-1",
        file_name="S-1.pdf",
        header=Header(
            place=("Warszawa", ""),
            title="Sale S-1",
            lines=("2025-01-02 10:00", customer_line(""), "Served by Ala"),
        ),
        rows=(separator(), total("TOTAL", "5.00")),
        footer=("Thank you for shopping with us.",),
    )
    assert plain_text(document, width=16) == (
        "Warszawa\nSale S-1\n2025-01-02 10:00\nServed by Ala\n"
        "----------------\nTOTAL       5.00\nThank you for shopping with us.\n"
    )


def test_payments_list_every_method_then_the_cash_received_and_the_change() -> None:
    rows = payment_rows(
        [Paid("cash", Decimal("49.00")), Paid("card", Decimal("51.00"), "TERM-7")],
        Decimal("1.00"),
        "PLN",
        line,
    )
    assert [(row.style, row.label, row.amount) for row in rows] == [
        (Style.LINE, "Card (ref. TERM-7)", "51.00 zł"),
        (Style.LINE, "Cash received", "50.00 zł"),
        (Style.LINE, "Change", "1.00 zł"),
    ]
    assert payment_rows([Paid("online", Decimal("5.00"))], Decimal("0.00"), "EUR", detail) == [
        detail("Paid online", "€ 5.00")
    ]  # no cash: no cash rows
    assert payment_rows([], Decimal("0.00"), "PLN", detail) == []


def test_the_shared_wording() -> None:
    assert [method_name(m) for m in ("cash", "card", "store_credit", "online", "voucher")] == [
        "Cash",
        "Card",
        "Store credit",
        "Paid online",
        "voucher",
    ]
    assert with_reference("Card", None) == "Card"
    assert with_reference("Refund: Card", "T-1") == "Refund: Card (ref. T-1)"
    assert customer_line("Ala Nowak (C-ALA)") == "Customer: Ala Nowak (C-ALA)"
    assert customer_line("") == ""
