"""Who may import whom: the desktop talks to its replica and to `sync.client`, never to
the central API's code (the demo's embedded server apart); the device's core imports
neither the server nor any UI."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _imports(path: Path) -> Iterator[tuple[int, str]]:
    """Every module `path` imports, with its line."""
    for node in ast.walk(ast.parse(path.read_text("utf-8"), str(path))):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            for alias in node.names:
                yield node.lineno, f"{node.module}.{alias.name}"


def _offending(files: list[Path], banned: tuple[str, ...]) -> list[str]:
    return [
        f"{path.relative_to(ROOT)}:{line} imports {name}"
        for path in files
        for line, name in _imports(path)
        if any(name == prefix or name.startswith(prefix + ".") for prefix in banned)
    ]


def _python(*folders: str) -> list[Path]:
    return sorted(file for folder in folders for file in (ROOT / folder).rglob("*.py"))


def _demo(path: Path) -> bool:
    """The demo's own modules (`desktop/demo.py`, `desktop/demo_*.py`): they embed a
    central API in the process."""
    return path.parent == ROOT / "desktop" and (
        path.stem == "demo" or path.stem.startswith("demo_")
    )


def test_the_desktop_imports_nothing_of_the_server_but_the_demo() -> None:
    files = [file for file in _python("desktop") if not _demo(file)]
    assert files
    assert _offending(files, ("sync.server",)) == []


def test_the_devices_core_imports_no_server_and_no_ui() -> None:
    files = [*_python("sync/client", "sync/rules"), ROOT / "sync" / "verifiers.py"]
    assert _offending(files, ("sync.server", "desktop", "PySide6")) == []


WORK_AREAS = ("customers", "sale", "orders", "returns", "prices", "sync_centre")


def test_no_work_area_imports_another_or_the_shell() -> None:
    """A work area uses `desktop.shared` and `desktop.services`; what two areas need is
    shared there, and the shell (`desktop.ui`) knows areas only as pages."""
    offences: list[str] = []
    for area in WORK_AREAS:
        others = tuple(f"desktop.{other}" for other in WORK_AREAS if other != area)
        offences += _offending(_python(f"desktop/{area}"), (*others, "desktop.ui"))
    assert offences == []


def test_shared_pieces_and_services_import_no_work_area_and_no_shell() -> None:
    files = _python("desktop/shared", "desktop/services")
    banned = (*(f"desktop.{area}" for area in WORK_AREAS), "desktop.ui")
    assert _offending(files, banned) == []
