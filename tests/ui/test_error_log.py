"""Unexpected errors: written with their traceback to the log file, shown to staff as one
short sentence, never as a traceback."""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from desktop.logs import LOGGER, log_file, setup_logging
from desktop.shared.errors import explain
from desktop.ui import error_notice


@pytest.fixture
def logs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv("OMNIDESK_LOG_DIR", str(tmp_path / "logs"))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    before = list(logging.getLogger(LOGGER).handlers)
    yield tmp_path / "logs" / "omnidesk.log"
    root = logging.getLogger(LOGGER)
    for handler in root.handlers[:]:
        if handler not in before:
            root.removeHandler(handler)
            handler.close()


def _failing() -> None:
    raise ValueError("the replica said no")


def test_an_unexpected_error_is_a_short_message_and_a_logged_traceback(logs: Path) -> None:
    assert setup_logging() == logs == log_file()
    try:
        _failing()
    except ValueError as error:
        message = explain(error)
    assert "ValueError" in message and str(logs) in message
    assert "Traceback" not in message and "the replica said no" not in message
    written = logs.read_text("utf-8")
    assert "Traceback" in written and "the replica said no" in written and "_failing" in written


def test_an_uncaught_error_in_any_thread_is_logged_and_staff_are_told(
    logs: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    notice = error_notice.install(app)
    worker = threading.Thread(target=_failing, name="worker")
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: bool(shown))
    assert "ValueError" in shown[0] and str(logs) in shown[0]
    assert "Traceback" not in shown[0]
    written = logs.read_text("utf-8")
    assert "[worker]" in written and "the replica said no" in written
    notice.deleteLater()
