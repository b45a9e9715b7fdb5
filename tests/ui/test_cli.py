"""`omnidesk`: the app by default, `demo`, and the headless sync commands."""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from desktop import cli, demo
from desktop.app import Desktop
from sync.server.demo import DEMO_PIN
from sync.server.demo.names import IT_FEMALE, IT_MALE


def test_headless_commands_go_to_the_sync_command_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("OMNIDESK_DATA_DIR", str(tmp_path))
    # Not enrolled here (or no keyring at all): one clear line, no window, no traceback.
    assert cli.main(["status", "--profile", "till-2"]) == 2
    error = capsys.readouterr().err
    assert error.startswith("omnidesk: ") and "Traceback" not in error
    assert "enrol" in error or "keyring" in error


def test_help_names_the_demo_and_a_wrong_mode_is_a_usage_error(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert cli.main(["--help"]) == 0
    assert "demo" in capsys.readouterr().out
    assert cli.main(["nonsense"]) == 2


def test_an_unknown_demo_place_is_a_usage_error_listing_the_places(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert cli.main(["demo", "--place", "XX-NOWHERE"]) == 2
    error = capsys.readouterr().err
    assert "XX-NOWHERE" in error
    for code in ("PL-WAW-01", "IT-MIL-01", "PL-WAW-B1", "PL-HQ", "PL-FIELD-N", "IT-FIELD-NORD"):
        assert code in error
    assert cli.main(["--place", "IT-MIL-01"]) == 2  # the app itself has no --place
    assert "demo" in capsys.readouterr().err


def test_the_demo_opens_as_the_milano_store_with_an_italian_cashier_signed_in(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    qtbot: QtBot,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("OMNIDESK_DATA_DIR", str(tmp_path))  # put back after the test
    monkeypatch.setattr(demo, "prepare", functools.partial(demo.prepare, customers=50))
    desktops: list[Desktop] = []
    seen: list[tuple[str, bool]] = []

    def desktop(*args: Any, **kwargs: Any) -> Desktop:
        desktops.append(Desktop(*args, **kwargs, start_sync=False))
        return desktops[-1]

    def run(app: QApplication) -> int:  # the window as `omnidesk demo` shows it; no loop
        window = desktops[-1].window
        seen.append((window.windowTitle(), window.isVisible()))
        return 0

    def fail(parent: QWidget | None, title: str, text: str) -> None:
        raise AssertionError(text)

    monkeypatch.setattr(demo, "Desktop", desktop)
    monkeypatch.setattr(QApplication, "exec", run)
    monkeypatch.setattr(QMessageBox, "critical", fail)

    assert cli.main(["demo", "--place", "it-mil-01"]) == 0

    assert seen == [("Omnidesk — IT-MIL-01 Omnidesk Milano Duomo", True)]
    staff = desktops[0].window.staff
    assert staff is not None and staff.login == "cashier.mil" and staff.role == "cashier"
    assert staff.display_name.split()[0] in IT_FEMALE + IT_MALE
    printed = capsys.readouterr().out
    assert "IT-MIL-01 Omnidesk Milano Duomo" in printed and "cashier.mil" in printed
    assert DEMO_PIN in printed and "manager.waw (manager, PL-WAW-01)" in printed
