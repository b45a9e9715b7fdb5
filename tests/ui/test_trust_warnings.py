"""What the desktop says about transport and keyring choices: plain http:// to another
machine refused at enrolment and for a saved profile, and the warning a plain-text keyring
(allowed by OMNIDESK_ALLOW_PLAINTEXT_KEYRING=1) brings."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import keyring
import pytest
from keyrings.alt.file import PlaintextKeyring
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from desktop import launch
from desktop.app import Desktop
from desktop.ui.enrol_dialog import EnrolDialog
from sync.client.credentials import PLAINTEXT_OPT_IN, MemoryCredentialStore, default_store
from sync.client.profile import enrol_profile, is_enrolled, profile_path
from sync.model.types import utcnow
from sync.server import enrolment
from tests.server.conftest import Api


def _code(api: Api) -> str:
    with api.db.write() as session:
        return enrolment.create_code(session, "PL-WAW-01", utcnow())


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("OMNIDESK_DATA_DIR", str(tmp_path / "data"))
    return tmp_path / "data"


@pytest.fixture
def plain_keyring(tmp_path: Path) -> Iterator[PlaintextKeyring]:
    before = keyring.get_keyring()
    backend = PlaintextKeyring()
    backend.file_path = str(tmp_path / "keyring_pass.cfg")  # never the user's own file
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(before)


def _run_app_until_shown(monkeypatch: pytest.MonkeyPatch) -> tuple[int, list[Desktop]]:
    """`run_app` as `omnidesk` runs it, up to its event loop."""
    opened: list[Desktop] = []

    def desktop(*args: Any, **kwargs: Any) -> Desktop:
        opened.append(Desktop(*args, **kwargs, start_sync=False))
        return opened[-1]

    monkeypatch.setattr(launch, "Desktop", desktop)
    # The window is built and shown as `omnidesk` does it; its event loop ends at once
    # (a real nested loop that quits with a window open leaves Qt not delivering queued
    # signals to the tests that run after this one).
    monkeypatch.setattr(QApplication, "exec", lambda *_: 0)
    return launch.run_app("default"), opened


def test_a_plain_text_keyring_allowed_by_the_user_is_shown_as_not_secure(
    server: Api,
    qtbot: QtBot,
    data_dir: Path,
    plain_keyring: PlaintextKeyring,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv(PLAINTEXT_OPT_IN, "1")
    enrol_profile("default", server.url, _code(server), "till", default_store())
    warned: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda parent, title, text: warned.append(f"{title}: {text}")
    )
    code, opened = _run_app_until_shown(monkeypatch)
    assert code == 0 and len(opened) == 1
    assert warned and "Not secure" in warned[0] and "PlaintextKeyring" in warned[0]
    assert PLAINTEXT_OPT_IN in warned[0]
    banner = opened[0].window.banner  # stays in view while staff work
    assert banner.text() == warned[0].split(": ", 1)[1] and not banner.isHidden()


def test_without_the_opt_in_a_plain_text_keyring_is_refused_at_start(
    qtbot: QtBot, data_dir: Path, plain_keyring: PlaintextKeyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(PLAINTEXT_OPT_IN, raising=False)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    assert launch.run_app("default") == launch.USAGE
    assert shown and "keyrings.alt are not acceptable" in shown[0]
    assert PLAINTEXT_OPT_IN in shown[0]


def test_the_enrol_dialog_refuses_plain_http_to_another_machine(
    qtbot: QtBot, data_dir: Path
) -> None:
    credentials = MemoryCredentialStore()
    tried: list[str] = []

    def enrol(url: str, code: str, name: str, ca: str | None) -> Any:
        tried.append(url)
        return enrol_profile("default", url, code, name, credentials, ca)

    dialog = EnrolDialog(enrol)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.url, "http://omnidesk.example.com")
    qtbot.keyClicks(dialog.code, "ABCD-EFGH-JKLM-NPQR")
    qtbot.keyClick(dialog.code, Qt.Key.Key_Return)
    assert "https://" in dialog.error.text() and "in clear" in dialog.error.text()
    assert tried == [] and dialog.isVisible() and not is_enrolled("default", credentials)


def test_a_saved_plain_http_address_of_another_machine_is_explained_not_used(
    server: Api, qtbot: QtBot, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    credentials = MemoryCredentialStore()
    enrol_profile("default", server.url, _code(server), "till", credentials)
    sidecar = profile_path("default").with_suffix(".json")
    saved = json.loads(sidecar.read_text("utf-8"))
    sidecar.write_text(json.dumps({**saved, "server_url": "http://192.0.2.7:8470"}))
    monkeypatch.setattr(launch, "default_store", lambda: credentials)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    assert launch.run_app("default") == launch.FAILED
    assert shown and "http://192.0.2.7:8470" in shown[0] and "in clear" in shown[0]
    assert "Something went wrong" not in shown[0]
