"""Limits on guessing, as staff meet them at the till: a short PIN is changed at the
sign-in screen; a locked login says until when; the offline verifier locks too."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.shared.errors import explain
from desktop.ui.sign_in import SignInScreen
from sync.client import state
from sync.client.offline_guard import OfflineGuard, OfflineLocked
from sync.client.staff import SignInRefused, StaffSignIn
from sync.client.tables import DEVICE_ID
from sync.client.transport import Http
from sync.server.auth import hash_secret, verify_secret
from sync.server.tables import StaffCredential
from tests.server.world import PIN
from tests.ui.conftest import Desk

SHORT = "2468"


def _give_short_pin(desk: Desk, login: str) -> None:
    with desk.api.db.write() as session:
        credential = session.get(StaffCredential, desk.api.world.staff[login])
        credential.secret_hash = hash_secret(SHORT)


def _pin_of(desk: Desk, login: str, pin: str) -> bool:
    with desk.api.db.read() as session:
        stored = session.get(StaffCredential, desk.api.world.staff[login]).secret_hash
    return verify_secret(pin, stored)


def _screen(desk: Desk, qtbot: QtBot) -> SignInScreen:
    screen = SignInScreen(desk.sign_in, "PL-WAW-01")
    qtbot.addWidget(screen)
    screen.show()
    return screen


def _type_sign_in(screen: SignInScreen, qtbot: QtBot, login: str, pin: str) -> None:
    screen.login.clear()
    qtbot.keyClicks(screen.login, login)
    qtbot.keyClick(screen.login, Qt.Key.Key_Return)
    qtbot.keyClicks(screen.pin, pin)
    qtbot.keyClick(screen.pin, Qt.Key.Key_Return)


def _type_new_pin(screen: SignInScreen, qtbot: QtBot, first: str, second: str) -> None:
    dialog = screen.pin_change
    assert dialog is not None
    qtbot.keyClicks(dialog.new_pin, first)
    qtbot.keyClick(dialog.new_pin, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.repeat, second)
    qtbot.keyClick(dialog.repeat, Qt.Key.Key_Return)


def test_a_short_pin_is_changed_right_at_the_sign_in_screen(desk: Desk, qtbot: QtBot) -> None:
    _give_short_pin(desk, "manager.waw")
    screen = _screen(desk, qtbot)
    _type_sign_in(screen, qtbot, "manager.waw", SHORT)
    qtbot.waitUntil(
        lambda: screen.pin_change is not None and screen.pin_change.isVisible(), timeout=10_000
    )
    dialog = screen.pin_change
    assert dialog is not None
    assert "too short" in screen.error.text()

    _type_new_pin(screen, qtbot, "583920", "583921")
    assert dialog.error.text() == "The two entries differ: type the same new PIN twice."
    _type_new_pin(screen, qtbot, "1234", "1234")
    assert dialog.error.text() == "A PIN has at least 6 digits."
    _type_new_pin(screen, qtbot, "777777", "777777")
    assert "too easy to guess" in dialog.error.text()
    assert _pin_of(desk, "manager.waw", SHORT)  # nothing was sent yet

    with qtbot.waitSignal(screen.signed_in, timeout=10_000) as signed_in:
        _type_new_pin(screen, qtbot, "583920", "583920")
    staff = signed_in.args[0]
    assert staff.login == "manager.waw" and not staff.offline
    assert not dialog.isVisible()
    assert _pin_of(desk, "manager.waw", "583920") and not _pin_of(desk, "manager.waw", SHORT)
    # From now on the new PIN is the one, online and offline.
    assert desk.sign_in.sign_in("manager.waw", "583920").login == "manager.waw"
    with pytest.raises(SignInRefused) as old:
        desk.sign_in.sign_in("manager.waw", SHORT)
    assert old.value.code == "invalid_credentials"


def test_leaving_the_pin_change_leaves_the_person_signed_out(desk: Desk, qtbot: QtBot) -> None:
    _give_short_pin(desk, "manager.waw")
    screen = _screen(desk, qtbot)
    signed_in: list[object] = []
    screen.signed_in.connect(signed_in.append)
    _type_sign_in(screen, qtbot, "manager.waw", SHORT)
    qtbot.waitUntil(
        lambda: screen.pin_change is not None and screen.pin_change.isVisible(), timeout=10_000
    )
    dialog = screen.pin_change
    assert dialog is not None
    dialog.reject()
    assert screen.error.text() == "Your PIN must be changed before you can sign in."
    assert signed_in == [] and screen.pin_change is None
    assert _pin_of(desk, "manager.waw", SHORT)


def test_a_locked_login_says_until_when(desk: Desk, qtbot: QtBot) -> None:
    screen = _screen(desk, qtbot)
    for _ in range(5):
        _type_sign_in(screen, qtbot, "manager.waw", "000000")
        qtbot.waitUntil(lambda: screen.error.text() == "Wrong login or PIN.", timeout=10_000)
        screen.error.clear()
    _type_sign_in(screen, qtbot, "manager.waw", PIN)
    qtbot.waitUntil(lambda: "Too many wrong PINs" in screen.error.text(), timeout=10_000)
    assert "ask a manager to unlock it" in screen.error.text()
    assert any(f"{hour:02d}:" in screen.error.text() for hour in range(24))


def test_a_manager_unlocks_a_colleague_at_the_till(desk: Desk, qtbot: QtBot) -> None:
    """The locked cashier's screen offers a manager's unlock: the manager types their own
    login and PIN, and the cashier signs in again at once."""
    screen = _screen(desk, qtbot)
    for _ in range(6):
        _type_sign_in(screen, qtbot, "cashier.waw", "000000")
        qtbot.waitUntil(
            lambda: (
                screen.button.isEnabled()
                and bool(screen.error.text())
                and screen.error.text() != "Signing in…"
            ),
            timeout=10_000,
        )
    assert "Too many wrong PINs" in screen.error.text()
    assert screen.unlock_button.isVisible()
    qtbot.mouseClick(screen.unlock_button, Qt.MouseButton.LeftButton)
    dialog = screen.unlock_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.manager_login, "manager.waw")
    qtbot.keyClick(dialog.manager_login, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.manager_pin, "000000")
    qtbot.keyClick(dialog.manager_pin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.error.isVisible() and not dialog.busy, timeout=10_000)
    assert dialog.error.text() == "Wrong login or PIN."
    qtbot.keyClicks(dialog.manager_pin, PIN)
    with qtbot.waitSignal(dialog.unlocked, timeout=10_000):
        qtbot.keyClick(dialog.manager_pin, Qt.Key.Key_Return)
    assert "cashier.waw is unlocked" in screen.error.text()
    assert not screen.unlock_button.isVisible()
    with qtbot.waitSignal(screen.signed_in, timeout=10_000) as signed:
        _type_sign_in(screen, qtbot, "cashier.waw", PIN)
    assert signed.args[0].login == "cashier.waw"


def _device_id(desk: Desk) -> uuid.UUID:
    with desk.profile.replica.read() as session:
        return uuid.UUID(state.get(session, DEVICE_ID))


def _offline(desk: Desk) -> StaffSignIn:
    """A fresh start of the same device with its server gone (nothing listens on port 9):
    only the keyring carries over."""
    return StaffSignIn(
        "default",
        desk.credentials,
        desk.profile.replica,
        lambda: Http("http://127.0.0.1:9", desk.profile.token, timeout=2),
    )


def test_the_offline_verifier_locks_after_five_wrong_pins_even_across_restarts(desk: Desk) -> None:
    for _ in range(5):
        with pytest.raises(SignInRefused) as wrong:
            _offline(desk).sign_in("cashier.waw", "000000")
        assert wrong.value.code == "invalid_credentials"
    with pytest.raises(OfflineLocked) as locked:
        _offline(desk).sign_in("cashier.waw", PIN)  # right, but not even checked
    assert locked.value.until > datetime.now(UTC)
    assert "Too many wrong PINs for this login on this device. Try again after" in explain(
        locked.value
    )
    # An online sign-in proves the PIN and forgets the count.
    assert not desk.sign_in.sign_in("cashier.waw", PIN).offline
    assert _offline(desk).sign_in("cashier.waw", PIN).offline


def test_the_offline_lock_grows_and_the_clock_set_back_does_not_lift_it(desk: Desk) -> None:
    now = [datetime(2026, 12, 7, 12, 0, tzinfo=UTC)]
    guard = OfflineGuard(desk.credentials, _device_id(desk), clock=lambda: now[0])
    verifier = hash_secret(PIN)
    locks = []
    while len(locks) < 3:
        try:
            assert not guard.verify("cashier.waw", "000000", verifier)
        except OfflineLocked as locked:
            locks.append(locked.until - now[0])
            now[0] -= timedelta(hours=2)  # the clock set back: still locked
            with pytest.raises(OfflineLocked):
                guard.verify("cashier.waw", PIN, verifier)
            now[0] = locked.until
    assert locks == [timedelta(minutes=1), timedelta(minutes=2), timedelta(minutes=4)]
    assert guard.verify("cashier.waw", PIN, verifier)  # the lock ran out: a right PIN
    assert guard.verify("cashier.waw", "000000", verifier) is False  # counted from zero
    assert guard.verify("cashier.waw", PIN, verifier)
