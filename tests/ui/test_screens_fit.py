"""Every page and dialog fits a 1366×768 screen in English, Polish and Italian (and a
1920×1080 one in Polish and Italian): no button, label, table header or tab is cut or
elided, and no page needs a horizontal scroll bar.

One test per language opens the whole app on a Polish store's till, signed in as its
cashier, walks every work area with data (a cart, an order, a return, a refused change,
a customer's 360) and opens each dialog; then the prices page at the head office."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.services import language
from desktop.services.ops import pending_ops
from tests.server.conftest import Api
from tests.ui.conftest import DeskFactory
from tests.ui.screens import (
    LARGE,
    SMALL,
    Clipped,
    Screen,
    applications_screens,
    cashier_screens,
    clipped,
    customer_screens,
    open_desktop,
    prices_screens,
    settle,
    sign_in_dialogs,
    styled,
)


def _every_screen(
    server: Api, make_desk: DeskFactory, qtbot: QtBot, size: QSize
) -> Iterator[Screen]:
    desk = make_desk(server)
    app = open_desktop(desk, qtbot, size)
    yield from cashier_screens(app, desk, qtbot)
    yield from customer_screens(app, desk, qtbot)
    yield from sign_in_dialogs(app.window, qtbot)
    app.window.sign_out()
    yield Screen("sign-in", "sign-in", app.window)
    qtbot.waitUntil(lambda: pending_ops() == 0)
    app.close()
    branch = make_desk(server, "PL-WAW-B1", "advisor.waw", "branch")
    app = open_desktop(branch, qtbot, size)
    yield from applications_screens(app, branch, qtbot)
    qtbot.waitUntil(lambda: pending_ops() == 0)
    app.close()
    head_office = make_desk(server, "PL-HQ", "pricing.pl", "head-office")
    app = open_desktop(head_office, qtbot, size)
    yield from prices_screens(app, qtbot)
    qtbot.waitUntil(lambda: pending_ops() == 0)
    app.close()


@pytest.mark.parametrize("lang", ["en", "pl", "it"])
def test_every_page_and_dialog_fits_1366_by_768(
    lang: str, server: Api, make_desk: DeskFactory, qtbot: QtBot, qapp: QApplication
) -> None:
    with styled(qapp):
        _fits(lang, SMALL, server, make_desk, qtbot)


@pytest.mark.parametrize("lang", ["pl", "it"])
def test_every_page_and_dialog_fits_1920_by_1080(
    lang: str, server: Api, make_desk: DeskFactory, qtbot: QtBot, qapp: QApplication
) -> None:
    with styled(qapp):
        _fits(lang, LARGE, server, make_desk, qtbot)


def _fits(lang: str, size: QSize, server: Api, make_desk: DeskFactory, qtbot: QtBot) -> None:
    language.set_device_language(lang)
    language.use(lang)
    cut: list[Clipped] = []
    seen: list[str] = []
    shots = os.environ.get("OMNIDESK_SCREENS_DIR")  # to look at them: a folder for PNGs
    for screen in _every_screen(server, make_desk, qtbot, size):
        seen.append(screen.name)
        settle(qtbot)
        if shots:
            name = f"{lang}-{size.width()}-{len(seen):02}.png"
            screen.window.grab().save(str(Path(shots) / name))
        cut.extend(clipped(screen.window, screen.name, size))
    assert len(seen) >= 15
    assert not cut, (
        f"{len(cut)} texts do not fit in {lang} at {size.width()}×{size.height()}:\n"
        + ("\n".join(map(str, cut)))
    )
