"""The sign-in card grows with a long message instead of squashing its fields."""

from __future__ import annotations

from typing import Any

from desktop.resources import stylesheet
from desktop.ui.sign_in import SignInScreen
from tests.ui.conftest import Desk


def test_a_long_message_leaves_the_login_and_pin_fields_their_height(
    desk: Desk, qtbot: Any
) -> None:
    screen = SignInScreen(desk.sign_in, "PL-WAW-01 Omnidesk Warszawa Centrum")
    screen.setStyleSheet(stylesheet())
    qtbot.addWidget(screen)
    screen.resize(1366, 700)
    screen.show()
    qtbot.waitExposed(screen)
    before = screen.login.height()
    screen.error.setText(
        "Too many wrong PINs for this login. Try again after 16:08, or ask a manager to unlock it."
    )
    qtbot.waitUntil(
        lambda: screen.error.height() >= screen.error.heightForWidth(screen.error.width())
    )
    assert screen.login.height() >= min(before, screen.login.sizeHint().height())
    assert screen.pin.height() >= screen.pin.sizeHint().height()
