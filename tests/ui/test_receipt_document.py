"""The receipt document (Qt-free): rows with a style, read as the plain text the till roll
prints; and the wording the sale, hand-over and return receipts share."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from desktop.shared.formatting import locale_for, money
from desktop.shared.i18n import Translation
from desktop.shared.receipt.common import (
    customer_line,
    method_name,
    payment_rows,
    store_language,
    store_place,
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

ENGLISH = Translation("en")
EN = locale_for("en")  # how the English receipt writes amounts


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
            lines=("2025-01-02 10:00", customer_line("", ENGLISH), "Served by Ala"),
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
        ENGLISH,
    )
    assert [(row.style, row.label, row.amount) for row in rows] == [
        (Style.LINE, "Card (ref. TERM-7)", money(Decimal("51.00"), "PLN", EN)),
        (Style.LINE, "Cash received", money(Decimal("50.00"), "PLN", EN)),
        (Style.LINE, "Change", money(Decimal("1.00"), "PLN", EN)),
    ]
    paid = payment_rows([Paid("online", Decimal("5.00"))], Decimal("0.00"), "EUR", detail, ENGLISH)
    assert paid == [detail("Paid online", money(Decimal("5.00"), "EUR", EN))]  # no cash rows
    assert payment_rows([], Decimal("0.00"), "PLN", detail, ENGLISH) == []


def test_the_shared_wording() -> None:
    assert [method_name(m) for m in ("cash", "card", "store_credit", "online", "voucher")] == [
        "Cash",
        "Card",
        "Store credit",
        "Paid online",
        "voucher",
    ]
    assert [method_name(m, ENGLISH) for m in ("cash", "card", "voucher")] == [
        "Cash",
        "Card",
        "voucher",
    ]
    assert with_reference("Card", None, ENGLISH) == "Card"
    assert with_reference("Refund: Card", "T-1", ENGLISH) == "Refund: Card (ref. T-1)"
    assert customer_line("Ala Nowak (C-ALA)", ENGLISH) == "Customer: Ala Nowak (C-ALA)"
    assert customer_line("", ENGLISH) == ""


def test_a_receipt_is_in_the_language_of_its_stores_country() -> None:
    assert [store_language(country) for country in ("PL", "IT", "it", "DE", "")] == [
        "pl",
        "it",
        "it",
        "en",
        "en",
    ]
    assert store_language("", "PLN") == "pl" and store_language("", "EUR") == "it"
    assert store_language("PL", "EUR") == "pl"  # the country first


def test_the_store_is_named_once() -> None:
    assert store_place(
        "Omnidesk Warszawa", "ul. Marszałkowska 104/122, 00-017 Warszawa, Warszawa"
    ) == (
        "Omnidesk Warszawa",
        "ul. Marszałkowska 104/122, 00-017 Warszawa",
    )
    assert store_place("Omnidesk Kraków", "Main St 1, Kraków") == (
        "Omnidesk Kraków",
        "Main St 1, Kraków",
    )
    assert store_place("Omnidesk Milano", "Via Roma 1, 20121 Milano, Milano, Milano") == (
        "Omnidesk Milano",
        "Via Roma 1, 20121 Milano",
    )
    assert store_place("", "") == ()
