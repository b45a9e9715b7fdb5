"""A guard for the desktop tests: desktop code never queries a database, commits or sends
an HTTP request on the GUI thread.

It is checked by thread, not by time, so it holds on a busy machine as on an idle one:

- every SQL statement and every commit on any SQLAlchemy engine (the replica's writer,
  bulk writer and reader among them) is seen through the engine's connection events
  (`before_cursor_execute`, `commit`);
- every HTTP request is seen where `httpx.Client.send` sends it (the client transport,
  `sync.client.transport.Http`, sends through it).

One made on the GUI thread is an offence when it comes from desktop code, decided by the
Python stack at that moment. Walking out from the call to where the desktop code was
entered (the innermost desktop frame whose caller, past `contextlib` and the like, is
not desktop code):

- entered by the test's own code (`tests/`) through desktop code that does not use Qt
  (`Workspace`, the queries, the staff sign-in; with whatever they call back): set-up,
  such as seeding data, signing in or reading to assert; not an offence;
- entered by the test through GUI code (a module that uses Qt: a widget, page, dialog,
  window), or from the event loop, a timer or a library's callback: an offence, named by
  the innermost GUI frame on the way (or the entry, if none), with the chain of desktop
  frames that led there.

Anything the test itself does outside desktop code never counts, nor does the server's
own work, which runs on its own threads.
"""

from __future__ import annotations

import sys
import sysconfig
import threading
import warnings
from collections.abc import Callable, Collection, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from types import FrameType, ModuleType
from typing import Any

import httpx
from sqlalchemy import Engine, event

REPO = Path(__file__).resolve().parents[2]
DESKTOP = REPO / "desktop"
TESTS = REPO / "tests"
_STDLIB = str(Path(sysconfig.get_paths()["stdlib"]).resolve())
_QT_MODULES = ("PySide6", "shiboken6")
_BEGINS = (": BEGIN", ": BEGIN IMMEDIATE")


class GuiThreadOffence(AssertionError):
    """Desktop code blocked the GUI thread on a database or the network."""


class GuiThreadWarning(UserWarning):
    """An offence in a file still listed as a known offender (it warns, not fails)."""


@dataclass(frozen=True)
class Place:
    """One frame of Python code: a file (relative to the repository), a line, a function."""

    path: str
    line: int
    function: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line} in {self.function}"


@dataclass(frozen=True)
class Offence:
    """What was done on the GUI thread, where, and the desktop frames that led there."""

    call: str
    where: Place
    chain: tuple[Place, ...]  # desktop frames, outermost first
    times: int = 1

    def __str__(self) -> str:
        repeated = f" ({self.times} times)" if self.times > 1 else ""
        led = " -> ".join(str(place) for place in self.chain)
        return f"{self.where}: {self.call}{repeated}\n      via {led}"


def _place(frame: FrameType) -> Place:
    path = Path(frame.f_code.co_filename)
    try:
        shown = path.resolve().relative_to(REPO).as_posix()
    except ValueError:
        shown = str(path)
    return Place(shown, frame.f_lineno, frame.f_code.co_name)


def _is_wrapper(filename: str) -> bool:
    """Standard-library frames between a caller and its callee (`contextlib` and the
    like): a `with workspace.read()` is called by whoever wrote the `with`."""
    resolved = str(Path(filename).resolve())
    return resolved.startswith(_STDLIB) and "-packages" not in resolved


def _statement(text: str) -> str:
    first = " ".join(text.split())
    return first if len(first) <= 90 else first[:87] + "..."


def _database(engine: Engine) -> str:
    name = engine.url.database
    return Path(name).name if name else engine.url.render_as_string(hide_password=True)


class GuiThreadGuard:
    """Records offences while installed (`with guard.installed(): ...`); `check()` fails
    naming them. `roots` are the folders (or files) whose code is watched: `desktop/`."""

    def __init__(
        self,
        gui_thread: int | None = None,
        roots: Sequence[Path] = (DESKTOP,),
        set_up: Sequence[Path] = (TESTS,),
    ) -> None:
        self.gui_thread = threading.get_ident() if gui_thread is None else gui_thread
        self._roots = [str(root.resolve()) for root in roots]
        self._set_up = [str(root.resolve()) for root in set_up]
        self._offences: dict[tuple[str, Place, tuple[Place, ...]], Offence] = {}
        self._qt_modules: dict[str, bool] = {}
        self._lock = threading.Lock()

    def watch(self, path: Path) -> None:
        """Watch `path` as desktop code too (a test of the guard itself)."""
        self._roots.append(str(path.resolve()))

    # -- what counts ---------------------------------------------------------------------

    def _under(self, filename: str, roots: list[str]) -> bool:
        resolved = str(Path(filename).resolve())
        return any(resolved == root or resolved.startswith(root + "/") for root in roots)

    def _uses_qt(self, frame: FrameType) -> bool:
        filename = frame.f_code.co_filename
        known = self._qt_modules.get(filename)
        if known is None:
            known = False
            for value in list(frame.f_globals.values()):
                module = (
                    value.__name__
                    if isinstance(value, ModuleType)
                    else getattr(value, "__module__", None)
                )
                if isinstance(module, str) and module.startswith(_QT_MODULES):
                    known = True
                    break
            self._qt_modules[filename] = known
        return known

    def _caller(self, frame: FrameType) -> FrameType | None:
        caller = frame.f_back
        while caller is not None and _is_wrapper(caller.f_code.co_filename):
            caller = caller.f_back
        return caller

    def blame(self, frame: FrameType | None) -> tuple[Place, tuple[Place, ...]] | None:
        """Where desktop code made the call whose innermost frame is `frame`, with the
        desktop frames that led there (outermost first); None if no desktop code did, or
        if the test called into desktop code that does not use Qt (set-up)."""
        chain: list[Place] = []
        where: Place | None = None
        entered = False  # the innermost entry into desktop code is found
        while frame is not None:
            if self._under(frame.f_code.co_filename, self._roots):
                place = _place(frame)
                chain.append(place)
                if not entered:
                    if where is None and self._uses_qt(frame):
                        where = place
                    caller = self._caller(frame)
                    from_desktop = caller is not None and self._under(
                        caller.f_code.co_filename, self._roots
                    )
                    if not from_desktop:
                        entered = True
                        from_test = caller is not None and self._under(
                            caller.f_code.co_filename, self._set_up
                        )
                        if from_test and not self._uses_qt(frame):
                            return None  # set-up: the test called desktop services
                        where = where or place  # from the event loop or a library
            frame = frame.f_back
        if where is None:
            return None
        return where, tuple(reversed(chain))

    def _record(self, call: str) -> None:
        if threading.get_ident() != self.gui_thread:
            return
        blamed = self.blame(sys._getframe(2))
        if blamed is None:
            return
        where, chain = blamed
        kind = call.split(" ", 1)[0]
        key = (kind, where, chain)
        with self._lock:
            seen = self._offences.get(key)
            if seen is None:
                self._offences[key] = Offence(call, where, chain)
            else:  # named by its first statement that says more than BEGIN
                shown = call if seen.call.endswith(_BEGINS) else seen.call
                self._offences[key] = Offence(shown, where, chain, seen.times + 1)

    # -- the hooks -----------------------------------------------------------------------

    def _on_execute(
        self,
        connection: Any,
        cursor: Any,
        statement: str,
        parameters: Any,
        context: Any,
        executemany: bool,
    ) -> None:
        self._record(f"SQL on {_database(connection.engine)}: {_statement(statement)}")

    def _on_commit(self, connection: Any) -> None:
        self._record(f"COMMIT on {_database(connection.engine)}")

    def _sender(self, send: Callable[..., httpx.Response]) -> Callable[..., httpx.Response]:
        guard = self

        def guarded_send(
            client: httpx.Client, request: httpx.Request, **kwargs: Any
        ) -> httpx.Response:
            guard._record(f"HTTP {request.method} {request.url}")
            return send(client, request, **kwargs)

        return guarded_send

    @contextmanager
    def installed(self) -> Iterator[GuiThreadGuard]:
        """Watch every engine and HTTP client while the block runs."""
        original = httpx.Client.send
        event.listen(Engine, "before_cursor_execute", self._on_execute)
        event.listen(Engine, "commit", self._on_commit)
        httpx.Client.send = self._sender(original)  # type: ignore[method-assign]
        try:
            yield self
        finally:
            httpx.Client.send = original  # type: ignore[method-assign]
            event.remove(Engine, "commit", self._on_commit)
            event.remove(Engine, "before_cursor_execute", self._on_execute)

    # -- the verdict ---------------------------------------------------------------------

    @property
    def offences(self) -> list[Offence]:
        with self._lock:
            return list(self._offences.values())

    def check(self, known: Collection[str] = ()) -> None:
        """Fail naming every offence; one in a file listed in `known` only warns."""
        excused = [offence for offence in self.offences if offence.where.path in known]
        failing = [offence for offence in self.offences if offence.where.path not in known]
        for offence in excused:
            warnings.warn(
                GuiThreadWarning(f"known offender, blocks the GUI thread: {offence}"), stacklevel=2
            )
        if failing:
            listed = "\n".join(f"  - {offence}" for offence in failing)
            raise GuiThreadOffence(
                "desktop code queried a database, committed or sent an HTTP request on the "
                f"GUI thread (move it to a background op):\n{listed}"
            )
