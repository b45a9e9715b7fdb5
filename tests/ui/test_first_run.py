"""First run: enrolling the desktop with a manager's code, and a machine without keyring."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desktop import launch
from desktop.ui.enrol_dialog import EnrolDialog
from sync.client.credentials import MemoryCredentialStore, NoKeyring
from sync.client.profile import Profile, enrol_profile, is_enrolled
from sync.model.types import utcnow
from sync.server import enrolment
from tests.server.conftest import Api


def _code(api: Api, store: str = "PL-WAW-01") -> str:
    with api.db.write() as session:
        return enrolment.create_code(session, store, utcnow())


def _dialog(qtbot: QtBot, credentials: MemoryCredentialStore) -> EnrolDialog:
    dialog = EnrolDialog(
        lambda url, code, name, ca: enrol_profile("default", url, code, name, credentials, ca)
    )
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _fill(dialog: EnrolDialog, qtbot: QtBot, url: str, code: str) -> None:
    dialog.url.clear()
    qtbot.keyClicks(dialog.url, url)
    dialog.code.clear()
    qtbot.keyClicks(dialog.code, code)
    qtbot.keyClick(dialog.code, Qt.Key.Key_Return)


def test_enrolling_with_a_code_registers_the_device(
    server: Api, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OMNIDESK_DATA_DIR", str(tmp_path))
    credentials = MemoryCredentialStore()
    dialog = _dialog(qtbot, credentials)
    _fill(dialog, qtbot, server.url, _code(server))
    qtbot.waitUntil(lambda: dialog.result() == dialog.DialogCode.Accepted, timeout=15_000)
    assert is_enrolled("default", credentials)
    profile = Profile("default", credentials)
    try:
        assert profile.url == server.url
    finally:
        profile.close()


def test_a_used_code_and_a_wrong_address_are_explained(
    server: Api, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OMNIDESK_DATA_DIR", str(tmp_path))
    code = _code(server)
    enrol_profile("other", server.url, code, "first", MemoryCredentialStore())
    credentials = MemoryCredentialStore()
    dialog = _dialog(qtbot, credentials)
    _fill(dialog, qtbot, server.url, code)
    qtbot.waitUntil(lambda: "used already" in dialog.error.text(), timeout=15_000)
    _fill(dialog, qtbot, "not a server", code)
    assert "address" in dialog.error.text()
    _fill(dialog, qtbot, "http://127.0.0.1:9", _code(server))
    qtbot.waitUntil(lambda: "cannot be reached" in dialog.error.text(), timeout=15_000)
    assert not is_enrolled("default", credentials) and dialog.isVisible()


def test_without_an_os_keyring_the_app_explains_and_does_not_start(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []

    def no_keyring() -> MemoryCredentialStore:
        raise NoKeyring("keyring.backends.fail.Keyring")

    monkeypatch.setattr(launch, "default_store", no_keyring)
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    assert launch.run_app("default") == launch.USAGE
    assert shown and "keyring" in shown[0] and "omnidesk demo" in shown[0]
