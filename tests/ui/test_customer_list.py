"""The customer list tells namesakes apart (phone, e-mail, city, number and card,
segment) and fits the list's width at 1366×768: no horizontal scrolling, long values
elided with the whole value as the tooltip."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.customers.page import CustomersPage
from desktop.shared.customer_search_columns import NAME_MINIMUM, NAME_ROOM, Layout, fitted
from tests.server.conftest import Api
from tests.ui.conftest import Desk
from tests.ui.screens import styled
from tests.ui.test_customers import search_for, web_customer
from tests.ui.test_splitter_memory import customers_page

HEADERS = ["Name", "Phone", "E-mail", "City", "Number / card", "Segment"]


def row_texts(page: CustomersPage, row: int, role: int = Qt.ItemDataRole.DisplayRole) -> list[str]:
    model = page.search.model
    return [model.index(row, column).data(role) for column in range(model.columnCount())]


WIDE = 760  # pixels: a list this wide shows every column


@pytest.fixture
def app_look(qapp: QApplication) -> Iterator[None]:
    """The app's own look (Fusion and its stylesheet), whatever an earlier test left."""
    with styled(qapp):
        yield


def test_namesakes_are_told_apart_in_a_list_that_fits_at_1366x768(
    server: Api, desk: Desk, qtbot: QtBot, app_look: None
) -> None:
    long_email = "jan.kowalski.zamowienia.hurtowe@przedsiebiorstwo-handlowe-kowalski.pl"
    web_customer(
        server,
        "Jan",
        "Kowalski",
        phone="+48 601 234 567",
        email=long_email,
        city="Kraków",
        loyalty_card="LC-551234",
    )
    web_customer(server, "Jan", "Kowalski", phone="+48 699 888 777", city="Gdańsk")
    desk.sync()
    page = customers_page(desk, qtbot)
    results = page.search.results
    model = page.search.model
    search_for(qtbot, page, "Kowalski Jan")
    assert model.rowCount() == 2

    headers = [
        model.headerData(column, Qt.Orientation.Horizontal) for column in range(model.columnCount())
    ]
    assert headers == HEADERS
    rows = sorted(row_texts(page, row) for row in range(2))
    krakow = next(row for row in rows if row[3] == "Kraków")
    gdansk = next(row for row in rows if row[3] == "Gdańsk")
    assert krakow[0] == gdansk[0] == "Kowalski Jan"  # namesakes...
    assert krakow[1:3] == ["+48601234567", long_email]  # ...told apart
    hits = {model.row(row).city: model.row(row) for row in range(2)}
    assert krakow[4] == f"{hits['Kraków'].number} · LC-551234"  # the number, then the card
    assert gdansk[1:3] == ["+48699888777", ""]
    assert gdansk[4] == hits["Gdańsk"].number  # no card: the number alone
    assert krakow[5] == gdansk[5] == "Retail"
    for row in range(2):  # every value whole in its tooltip
        assert row_texts(page, row, Qt.ItemDataRole.ToolTipRole) == row_texts(page, row)

    # At first (1366×768) and at any width: no horizontal scrolling, the columns share the
    # list's width exactly, no header is cut, names, phones, cities and segments read whole.
    header, splitter = results.horizontalHeader(), page.splitter
    narrowest = splitter.widget(0).minimumWidth()
    for list_width in (splitter.sizes()[0], WIDE, narrowest):
        if list_width == WIDE:  # on a wide screen (1920 px) the list can be widened
            page.resize(1920 - 210, page.height())
        splitter.moveSplitter(list_width, 1)
        assert splitter.sizes()[0] == list_width
        widths = [header.sectionSize(column) for column in range(header.count())]
        assert sum(widths) == results.viewport().width(), list_width
        assert results.horizontalScrollBar().maximum() == 0
        assert widths[0] >= NAME_MINIMUM
        for column in range(header.count()):  # a column is whole or hidden
            assert header.isSectionHidden(column) == (widths[column] == 0)
            assert (
                widths[column] == 0
                or widths[column] >= header.sectionSizeFromContents(column).width()
            )
        # The narrowest list hides the segment (after the number and the e-mail).
        for column in (0, 1, 3) if list_width == narrowest else (0, 1, 3, 5):
            assert widths[column] >= results.sizeHintForColumn(column), (list_width, column)
        if list_width == WIDE:  # a wide list: every column, the long e-mail elided
            assert not any(header.isSectionHidden(column) for column in range(header.count()))
            assert 0 < widths[2] < results.sizeHintForColumn(2)
    assert results.textElideMode() == Qt.TextElideMode.ElideRight
    assert not results.wordWrap()


def test_fitting_gives_what_is_wanted_if_it_fits_else_the_widest_give_way() -> None:
    floors = [40, 50, 50, 40, 50, 60]  # the headers
    layout = Layout(stretch=0, keep=(1, 3, 5), drop=(4, 2, 5, 3, 1))
    assert fitted([0, 80, 60], [40, 50, 50], 400) == [260, 80, 60]  # the name takes the rest
    # Too wide: the name (up to NAME_ROOM) and the kept columns first; the others share
    # what is left, the widest capped to one width.
    widths = fitted([300, 90, 300, 70, 200, 60], floors, 600, layout)
    assert sum(widths) == 600
    assert widths[0] == NAME_ROOM and widths[1::2] == [90, 70, 60]
    assert widths[2] == widths[4] == (600 - NAME_ROOM - 220) // 2
    widths = fitted([100, 90, 300, 70, 80, 60], floors, 600, layout)
    assert widths[4] == 80 and widths[2] == 600 - NAME_MINIMUM - 220 - 80  # narrow ones whole
    # Not every column fits whole: the least needed go first (the number, then the e-mail),
    # rather than a phone, a city or a segment being cut.
    widths = fitted([100, 90, 300, 70, 80, 60], floors, 420, layout)
    assert widths[4] == 0 and widths[1::2] == [90, 70, 60] and sum(widths) == 420
    widths = fitted([100, 90, 300, 70, 80, 60], floors, 340, layout)
    assert widths[4] == widths[2] == 0 and sum(widths) == 340
    # Nothing left to hide: the name at its minimum, the rest shares, no header cut.
    widths = fitted([300, 150, 300], [40, 50, 50], 250, Layout(keep=(1,)))
    assert widths == [NAME_MINIMUM, 65, 65]
