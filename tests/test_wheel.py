"""A wheel built from the project, installed in a fresh virtual environment, carries the
stylesheet, the icons and any translations, and the app finds them there.

The venv sees the current environment's packages (PySide6 and the rest) but takes the
project itself only from the wheel: the child runs isolated (-I), outside the source tree,
without PYTHONPATH, and says where `desktop` came from.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
RESOURCES = REPO / "resources"
FAKE_TRANSLATION = "omnidesk_xx.qm"  # stands for a translation added later

CHILD = """
import json
import sys
import desktop
import desktop.resources as r
print(json.dumps({
    "desktop": desktop.__file__,
    "root": str(r.ROOT),
    "stylesheet": r.stylesheet(),
    "icons": sorted(p.name for p in r.ICONS.glob("*.svg")),
    "app_icon_file": (r.ICONS / "app.svg").is_file(),
    "app_icon_null": r.icon("app").isNull(),
    "translation": (r.TRANSLATIONS / sys.argv[1]).is_file(),
}))
"""


def run(args: list[str | Path], cwd: Path, env: dict[str, str]) -> str:
    done = subprocess.run(
        [str(a) for a in args], cwd=cwd, env=env, capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, f"{args}\n{done.stdout}\n{done.stderr}"
    return done.stdout


def copy_sources(target: Path) -> Path:
    """The working tree without its hidden folders and build leftovers (a build writes
    build/ and *.egg-info into the tree it builds)."""
    skip = shutil.ignore_patterns("__pycache__", "*.egg-info", "build", "dist")
    target.mkdir()
    for entry in REPO.iterdir():
        if entry.name.startswith(".") or skip(str(REPO), [entry.name]):
            continue
        if entry.is_dir():
            shutil.copytree(entry, target / entry.name, ignore=skip)
        else:
            shutil.copy2(entry, target / entry.name)
    return target


@pytest.mark.slow
def test_an_installed_wheel_finds_its_stylesheet_icons_and_translations(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env["QT_QPA_PLATFORM"] = "offscreen"
    source = copy_sources(tmp_path / "source")
    (source / "resources" / "translations").mkdir(exist_ok=True)
    (source / "resources" / "translations" / FAKE_TRANSLATION).write_bytes(b"")

    run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", tmp_path / "dist", source],
        tmp_path,
        env,
    )
    (wheel,) = (tmp_path / "dist").glob("omnidesk-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "omnidesk_resources/styles/omnidesk.qss" in names
    assert f"omnidesk_resources/translations/{FAKE_TRANSLATION}" in names

    home = tmp_path / "venv"
    venv.create(home, system_site_packages=True, with_pip=False)
    python = home / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    # The current environment's pip (seen through the system site-packages) installs
    # into the venv; --ignore-installed: an editable install outside does not count.
    run(
        [python, "-m", "pip", "install", "--no-deps", "--ignore-installed", "-q", wheel],
        tmp_path,
        env,
    )
    found = json.loads(run([python, "-I", "-c", CHILD, FAKE_TRANSLATION], tmp_path, env))

    assert Path(found["desktop"]).is_relative_to(home), found["desktop"]
    assert Path(found["root"]).is_relative_to(home), found["root"]
    assert found["stylesheet"] == (RESOURCES / "styles" / "omnidesk.qss").read_text("utf-8")
    assert found["icons"] == sorted(p.name for p in (RESOURCES / "icons").glob("*.svg"))
    assert found["app_icon_file"]
    assert not found["app_icon_null"]
    assert found["translation"]
