"""`omnidesk`: the app by default, `demo`, and the headless sync commands."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop import cli


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
