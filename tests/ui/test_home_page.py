"""Where each person starts after signing in: an advisor at the applications desk, anyone
else on the first work area their role may use; and the Customers page offers a sale's
keys only to those who may sell."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from desktop.customers.page import CustomersPage
from desktop.services.ops import pending_ops
from tests.server.conftest import Api
from tests.ui.conftest import DeskFactory
from tests.ui.screens import open_desktop


def _first_page_and_hint(
    server: Api, make_desk: DeskFactory, qtbot: QtBot, *desk: str
) -> tuple[str, str]:
    """The key of the page shown after signing in, and the Customers page's key hint."""
    app = open_desktop(make_desk(server, *desk), qtbot)
    page = app.window.current_page()
    assert page is not None
    selected = app.window.navigation.currentItem()
    assert selected is not None and selected.text() == page.title()
    customers = app.window.show_page("customers")
    assert isinstance(customers, CustomersPage)
    hint = customers.hint.text()
    qtbot.waitUntil(lambda: pending_ops() == 0)
    app.close()
    return page.key, hint


def test_an_advisor_starts_at_the_applications_desk_and_is_offered_no_sale(
    server: Api, make_desk: DeskFactory, qtbot: QtBot
) -> None:
    branch = ("PL-WAW-B1", "advisor.waw", "branch")
    first, hint = _first_page_and_hint(server, make_desk, qtbot, *branch)
    assert first == "applications"
    assert "Ctrl+N new customer" in hint
    assert "Ctrl+Shift+S" not in hint and "open cart" not in hint


def test_a_cashier_still_starts_on_the_first_page_they_may_use(
    server: Api, make_desk: DeskFactory, qtbot: QtBot
) -> None:
    first, hint = _first_page_and_hint(server, make_desk, qtbot)
    assert first == "customers"
    assert "Ctrl+Shift+S new sale" in hint and "Ctrl+O open cart" in hint
