"""Where each person starts after signing in: an advisor at the applications desk, anyone
else on the first work area their role may use."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from desktop.services.ops import pending_ops
from tests.server.conftest import Api
from tests.ui.conftest import DeskFactory
from tests.ui.screens import open_desktop


def _first_page(server: Api, make_desk: DeskFactory, qtbot: QtBot, *desk: str) -> str:
    app = open_desktop(make_desk(server, *desk), qtbot)
    page = app.window.current_page()
    assert page is not None
    selected = app.window.navigation.currentItem()
    assert selected is not None and selected.text() == page.title()
    qtbot.waitUntil(lambda: pending_ops() == 0)
    app.close()
    return page.key


def test_an_advisor_starts_at_the_applications_desk(
    server: Api, make_desk: DeskFactory, qtbot: QtBot
) -> None:
    branch = ("PL-WAW-B1", "advisor.waw", "branch")
    assert _first_page(server, make_desk, qtbot, *branch) == "applications"


def test_a_cashier_still_starts_on_the_first_page_they_may_use(
    server: Api, make_desk: DeskFactory, qtbot: QtBot
) -> None:
    assert _first_page(server, make_desk, qtbot) == "customers"
