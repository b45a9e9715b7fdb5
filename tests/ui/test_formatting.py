"""Money, numbers, days and times as people in Poland, Italy and English-speaking staff
write them: one formatter for every screen, receipt and timeline entry, and one parser
for what cashiers type."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from PySide6.QtCore import QLocale
from pytestqt.qtbot import QtBot

from desktop.sale.receipt import sale_receipt
from desktop.sale.receipt_data import Receipt, ReceiptPayment
from desktop.services.ops import pending_ops
from desktop.shared.amounts import AmountProblem, parse_money
from desktop.shared.formatting import (
    amounts_in_text,
    local_date,
    local_time,
    locale_for,
    money,
    number,
    quantity,
)
from desktop.shared.payment import PaymentProblem, parse_amount
from desktop.shared.receipt.document import plain_text
from tests.server.conftest import Api
from tests.ui.conftest import Desk
from tests.ui.test_customers import make_page, open_360
from tests.ui.test_pickup import web_order

NBSP = "\u00a0"


@pytest.fixture
def default_locale() -> Iterator[None]:
    """Tests set QLocale's default; the previous one comes back afterwards."""
    previous = QLocale()
    yield
    QLocale.setDefault(previous)


@pytest.fixture(params=["pl_PL", "it_IT", "en_GB"])
def in_locale(request: pytest.FixtureRequest, default_locale: None) -> str:
    QLocale.setDefault(QLocale(request.param))
    return str(request.param)


@pytest.fixture
def warsaw_machine(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The machine's time zone: Warsaw (UTC+1 in December)."""
    import time

    monkeypatch.setenv("TZ", "Europe/Warsaw")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


MONEY = {
    "pl_PL": (f"1{NBSP}234,50{NBSP}zł", f"1{NBSP}234,50{NBSP}€", f"-8{NBSP}205,96{NBSP}zł"),
    "it_IT": (f"1.234,50{NBSP}PLN", f"1.234,50{NBSP}€", "-8.205,96\u00a0PLN"),
    "en_GB": (f"PLN{NBSP}1,234.50", "€1,234.50", f"-PLN{NBSP}8,205.96"),
}


def test_money_reads_as_the_locale_writes_it(in_locale: str) -> None:
    zloty, euro, negative = MONEY[in_locale]
    assert money(Decimal("1234.5"), "PLN") == zloty
    assert money(Decimal("1234.50"), "EUR") == euro
    assert money(Decimal("-8205.96"), "PLN") == negative
    assert money(Decimal("0"), "EUR").replace(NBSP, " ") in ("0,00 €", "€0.00")
    assert " " not in money(Decimal("1234567.89"), "PLN")  # no break anywhere


def test_a_locale_given_wins_over_the_default(default_locale: None) -> None:
    QLocale.setDefault(QLocale("en_GB"))
    assert money(Decimal("1234.5"), "EUR", locale_for("it")) == f"1.234,50{NBSP}€"
    assert money(Decimal("1234.5"), "PLN", QLocale("pl_PL")) == f"1{NBSP}234,50{NBSP}zł"
    assert money(Decimal("1234.5"), "EUR") == "€1,234.50"


def test_money_is_exact_for_the_largest_amounts(default_locale: None) -> None:
    amount = Decimal("999999999.99")
    assert money(amount, "PLN", QLocale("pl_PL")) == f"999{NBSP}999{NBSP}999,99{NBSP}zł"
    assert money(amount, "EUR", QLocale("it_IT")) == f"999.999.999,99{NBSP}€"
    assert money(-amount, "EUR", QLocale("en_GB")) == "-€999,999,999.99"
    huge = Decimal("1234567890123456.78")  # beyond a double's 15-16 digits
    assert QLocale("C").toString(float(huge), "f", 2) == "1234567890123456.75"  # why not
    assert number(huge, 2, QLocale("pl_PL")) == NBSP.join(
        ["1", "234", "567", "890", "123", "456,78"]
    )
    assert money(Decimal("0.005"), "PLN", QLocale("pl_PL")) == f"0,01{NBSP}zł"  # half up
    assert money(Decimal("-0.001"), "PLN", QLocale("pl_PL")) == f"0,00{NBSP}zł"  # no "-0"


def test_quantities_are_grouped_as_the_locale_groups(default_locale: None) -> None:
    assert quantity(3, QLocale("pl_PL")) == "3"
    assert quantity(1200, QLocale("pl_PL")) == f"1{NBSP}200"
    assert quantity(1200, QLocale("it_IT")) == "1.200"
    assert quantity(1200, QLocale("C")) == "1,200"


def test_days_and_times_have_four_digit_years_and_a_24_hour_clock(
    in_locale: str, warsaw_machine: None
) -> None:
    stored = datetime(2026, 12, 7, 13, 5, tzinfo=UTC)  # 14:05 in Warsaw
    expected = {"pl_PL": "07.12.2026 14:05", "it_IT": "07/12/2026 14:05"}
    assert local_time(stored) == expected.get(in_locale, "07/12/2026 14:05")
    assert local_date(date(2026, 1, 2)) == {"pl_PL": "02.01.2026"}.get(in_locale, "02/01/2026")
    assert local_time(datetime(2026, 12, 31, 23, 30, tzinfo=UTC)).startswith(
        {"pl_PL": "01.01.2027"}.get(in_locale, "01/01/2027")
    )  # the local day, not UTC's
    assert local_time(None) == "" and local_date(None) == ""


def test_an_american_locale_keeps_its_order_but_not_its_short_year_or_am_pm(
    warsaw_machine: None,
) -> None:
    stored = datetime(2026, 12, 7, 13, 5, tzinfo=UTC)
    assert local_time(stored, QLocale("en_US")) == "12/07/2026 14:05"


def test_a_text_of_the_core_shows_its_amounts_and_days_in_the_locale(
    default_locale: None,
) -> None:
    text = "Bought 3 items at Warszawa for 8205.96 PLN (sale S-2026-11-23). Until 2026-11-23."
    assert amounts_in_text(text, QLocale("pl_PL")) == (
        f"Bought 3 items at Warszawa for 8{NBSP}205,96{NBSP}zł (sale S-2026-11-23). "
        "Until 23.11.2026."
    )
    assert "8.205,96\u00a0€" in amounts_in_text("Refunded 8205.96 EUR.", QLocale("it_IT"))
    assert amounts_in_text("No amount 2026-13-45", QLocale("pl_PL")) == "No amount 2026-13-45"


# -- typed amounts ------------------------------------------------------------------------

ACCEPTED = {
    "pl_PL": [
        ("1 234,50", "1234.50"),
        (f"1{NBSP}234,50", "1234.50"),
        ("1234,50", "1234.50"),
        ("1234,5 zł", "1234.5"),
        ("PLN 12", "12"),
        ("120.50", "120.50"),  # a lone mark with cents is a decimal mark anywhere
        ("1 234 567,89", "1234567.89"),
    ],
    "it_IT": [
        ("1.234,50", "1234.50"),
        ("1234,50 €", "1234.50"),
        ("€ 1.234.567,89", "1234567.89"),
        ("1.234", "1234"),
        ("1 234,50", "1234.50"),
    ],
    "en_GB": [
        ("1,234.50", "1234.50"),
        ("€1,234.50", "1234.50"),
        ("1234.50", "1234.50"),
        ("1,234", "1234"),
        ("1400,50", "1400.50"),
    ],
}

REFUSED = {
    # text: which hint
    "pl_PL": [
        ("1.234", "two ways"),
        ("1,234.50", "two ways"),
        ("1.234,50", "two ways"),
        ("1,234", "two ways"),
        ("1,2345", "more than two decimals"),
        ("12 34", "not an amount"),
        ("abc", "not an amount"),
    ],
    "it_IT": [
        ("1,234.50", "two ways"),
        ("1.2345", "not an amount"),
        ("1,2345", "more than two decimals"),
        ("1.23.45", "not an amount"),
        ("0.500", "not an amount"),  # half a euro mistyped is never 500
    ],
    "en_GB": [
        ("1.234,50", "two ways"),
        ("1.234", "two ways"),
        ("1.2345", "more than two decimals"),
        ("1,23,456", "not an amount"),
        ("5,", "not an amount"),
        ("0,500", "not an amount"),
    ],
}

EXAMPLES = {
    "pl_PL": (f"1{NBSP}234,50", "1234,50"),
    "it_IT": ("1.234,50", "1234,50"),
    "en_GB": ("1,234.50", "1234.50"),
}


def test_the_locale_s_ways_of_writing_an_amount_are_read_exactly(in_locale: str) -> None:
    for text, expected in ACCEPTED[in_locale]:
        assert parse_money(text) == Decimal(expected), text
    assert parse_money("-12,50", QLocale("pl_PL")) == Decimal("-12.50")


def test_what_could_be_read_two_ways_is_refused_with_how_to_write_it(in_locale: str) -> None:
    example, plain = EXAMPLES[in_locale]
    for text, why in REFUSED[in_locale]:
        with pytest.raises(AmountProblem) as refused:
            parse_money(text)
        hint = str(refused.value)
        assert f"“{text}”" in hint and why in hint and example in hint, (text, hint)
        if why == "two ways":
            assert plain in hint and f"“{QLocale().decimalPoint()}”" in hint


def test_what_is_shown_reads_back_as_the_same_amount(in_locale: str) -> None:
    for amount in ("0.01", "999999999.99", "1234.50", "7"):
        shown = number(Decimal(amount), 2)
        assert parse_money(shown) == Decimal(amount)
        assert parse_money(money(Decimal(amount), "PLN")) == Decimal(amount)


def test_the_payment_field_reads_through_the_same_parser(default_locale: None) -> None:
    QLocale.setDefault(QLocale("pl_PL"))
    assert parse_amount("1 234,50") == Decimal("1234.50")
    assert parse_amount("1400,5") == Decimal("1400.50")
    with pytest.raises(PaymentProblem, match=r"two ways.*1234,50"):
        parse_amount("1.234")
    with pytest.raises(PaymentProblem, match="not an amount to take"):
        parse_amount("-5")


# -- one amount, one way of writing it ----------------------------------------------------


def test_the_same_amount_reads_the_same_on_screen_on_a_receipt_and_on_the_timeline(
    desk: Desk, server: Api, qtbot: QtBot, default_locale: None
) -> None:
    QLocale.setDefault(QLocale("pl_PL"))
    placed = web_order(server, {"SKU-TV": 1, "SKU-KETTLE": 1})
    desk.sync()
    page = make_page(desk, qtbot)
    open_360(qtbot, page, server.world.customers["ala"])
    shown = f"3{NBSP}128,99{NBSP}zł"

    orders = page.profile.orders_model
    screen = orders.index(0, orders.columnCount() - 1).data()
    timeline = page.profile.timeline.model
    entry = timeline.index(0, 3).data()  # Details
    assert placed["order_number"] in entry
    receipt = Receipt(
        order_id=uuid.UUID(placed["order_id"]),
        number=placed["order_number"],
        placed_at=datetime.now(UTC),
        store_name="Omnidesk Warszawa",
        store_address="Main St 1, Warszawa",
        cashier="Ala",
        customer="",
        currency="PLN",
        lines=(),
        list_total=Decimal("3128.99"),
        discount_total=Decimal("0.00"),
        tax_total=Decimal("585.10"),
        total=Decimal("3128.99"),
        payments=(ReceiptPayment("card", Decimal("3128.99"), "T-1"),),
        change=Decimal("0.00"),
    )
    printed = plain_text(sale_receipt(receipt))
    assert screen == shown
    assert shown in entry and "3128.99" not in entry
    assert shown in printed
    qtbot.waitUntil(lambda: pending_ops() == 0)
