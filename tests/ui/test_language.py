"""Each person works in their language: the store's by default, their own once chosen, on
every device they sign in at, switched without a restart."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.app import Desktop
from desktop.services import language
from desktop.services.ops import pending_ops
from desktop.shared.i18n import Translation
from sync.model import StaffUser
from tests.server.world import PIN
from tests.ui.conftest import Desk, DeskFactory
from tests.ui.test_shell import _sign_in

POLISH = Translation("pl")
ITALIAN = Translation("it")


@pytest.fixture
def by_country() -> None:
    """No `--lang`: the device speaks its store's language."""
    language.set_device_language(None)


@contextlib.contextmanager
def _open(desk: Desk, qtbot: QtBot) -> Iterator[Desktop]:
    app = Desktop(desk.profile, desk.credentials, start_sync=False)
    qtbot.addWidget(app.window)
    app.window.show()
    yield app
    qtbot.waitUntil(lambda: pending_ops() == 0)
    app.close()


@pytest.fixture
def warsaw(desk: Desk, qtbot: QtBot, by_country: None) -> Iterator[Desktop]:
    with _open(desk, qtbot) as app:
        qtbot.waitUntil(lambda: language.current() == "pl")  # the store's country is read
        yield app


def _reads(app: Desktop, translation: Translation) -> bool:
    window = app.window
    return window.isVisible() and window.sign_out_button.text() == translation("Sign out")


def test_a_polish_till_reads_in_polish_before_and_after_sign_in(
    warsaw: Desktop, qtbot: QtBot
) -> None:
    qtbot.waitUntil(lambda: language.current() == "pl")
    assert warsaw.window.sign_in.isVisible()
    _sign_in(warsaw.window, qtbot, "cashier.waw")
    qtbot.waitUntil(lambda: warsaw.window.staff is not None)
    assert _reads(warsaw, POLISH) and POLISH("Sign out") != "Sign out"
    navigation = warsaw.window.navigation
    items = [navigation.item(i) for i in range(navigation.count())]
    titles = [item.text() for item in items if not item.isHidden()][:3]
    assert titles == [POLISH("Customers"), POLISH("Sale"), POLISH("Pickup")]
    assert warsaw.window.languages.currentData() == "pl"


def test_choosing_italian_switches_now_and_follows_the_person(
    warsaw: Desktop, desk: Desk, make_desk: DeskFactory, qtbot: QtBot
) -> None:
    _sign_in(warsaw.window, qtbot, "manager.waw")
    qtbot.waitUntil(lambda: warsaw.window.staff is not None)
    before = warsaw.window
    box = warsaw.window.languages
    box.setCurrentIndex(box.findData("it"))
    box.activated.emit(box.currentIndex())
    qtbot.waitUntil(lambda: warsaw.window is not before and _reads(warsaw, ITALIAN))
    staff = warsaw.window.staff
    assert staff is not None and staff.login == "manager.waw" and staff.language == "it"
    assert warsaw.window.stack.currentWidget() is not None  # straight back to work
    # Saved as their own change: it syncs and the server keeps it for every device.
    desk.sync()
    with desk.api.db.read() as session:
        chosen = session.scalar(select(StaffUser.language).where(StaffUser.login == "manager.waw"))
    assert chosen == "it"
    # Signing out gives the till back its own language for the next person.
    warsaw.window.sign_out()
    qtbot.waitUntil(lambda: language.current() == "pl" and warsaw.window.sign_in.isVisible())
    # At another till of the store the manager's screens are Italian at once.
    other = make_desk(desk.api, login="manager.waw", profile_name="second")
    assert other.workspace.staff is not None and other.workspace.staff.language == "it"
    assert language.for_person(other.workspace.staff.language, "PL") == "it"
    _sign_in(warsaw.window, qtbot, "manager.waw", PIN)
    qtbot.waitUntil(lambda: warsaw.window.staff is not None and language.current() == "it")
    assert _reads(warsaw, ITALIAN)


def test_an_italian_store_reads_in_italian(
    server: object, make_desk: DeskFactory, qtbot: QtBot, by_country: None
) -> None:
    desk = make_desk(server, store="IT-MIL-01", login="cashier.mil")
    with _open(desk, qtbot) as app:
        qtbot.waitUntil(lambda: language.current() == "it")
        _sign_in(app.window, qtbot, "cashier.mil")
        qtbot.waitUntil(lambda: app.window.staff is not None)
        assert _reads(app, ITALIAN)


def test_lang_on_the_command_line_stands_in_for_the_store(desk: Desk, qtbot: QtBot) -> None:
    language.set_device_language("it")  # omnidesk --lang it, at a Polish store
    with _open(desk, qtbot) as app:
        qtbot.waitUntil(lambda: language.current() == "it")
        _sign_in(app.window, qtbot, "cashier.waw")
        qtbot.waitUntil(lambda: app.window.staff is not None)
        assert _reads(app, ITALIAN)


def test_a_choice_saved_after_the_person_left_signs_nobody_back_in(
    warsaw: Desktop, qtbot: QtBot
) -> None:
    _sign_in(warsaw.window, qtbot, "manager.waw")
    qtbot.waitUntil(lambda: warsaw.window.staff is not None)
    staff = warsaw.window.staff
    assert staff is not None
    warsaw.window.lock()  # Ctrl+L while the choice was still being saved
    warsaw.language._saved("it", staff)
    assert warsaw.window.staff is None and warsaw.window.sign_in.isVisible()
    assert language.current() == "pl"
