"""The stylesheet and icons are found from the checkout, and a missing one is logged."""

from __future__ import annotations

import importlib
import logging
from pathlib import Path

import pytest

from desktop import resources
from desktop.app import PAGES

REPO = Path(__file__).resolve().parents[2]


def test_the_stylesheet_and_icons_come_from_the_resources_folder() -> None:
    assert resources.STYLESHEET.is_file()
    assert resources.stylesheet() == (REPO / "resources/styles/omnidesk.qss").read_text("utf-8")
    pages = [getattr(importlib.import_module(module), name) for module, name in PAGES]
    for name in ["app", "lock", "online", "offline", *(page.icon_name for page in pages)]:
        assert (resources.ICONS / f"{name}.svg").is_file(), name
        assert not resources.icon(name).isNull(), name


def test_a_missing_stylesheet_is_logged(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="omnidesk.desktop"):
        assert resources.stylesheet(tmp_path / "gone.qss") == ""
    assert "stylesheet not found" in caplog.text
    assert "gone.qss" in caplog.text


def test_a_missing_icon_is_logged(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="omnidesk.desktop"):
        assert resources.icon("no-such-icon").isNull()
    assert "no-such-icon.svg" in caplog.text
