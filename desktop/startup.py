"""Start-up work done while the splash is on screen.

`while_shown(splash, work, words)` runs `work(report)` on the replica's worker (a
`ChangeOp`: opening may update or rebuild the replica), shows on the splash the sentence
for each step `work` reports, and returns `work`'s result here, on the GUI thread, when it
is done (raising its exception if it failed). The GUI thread keeps running its event loop
meanwhile, so the splash stays drawn and its bar moves; nothing blocks it.

Light to import: the splash goes up before the rest of the app is loaded (`preload`).
"""

from __future__ import annotations

import importlib
import threading
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Generic, TypeVar, cast

from PySide6.QtCore import QEventLoop, QObject, Signal

from desktop.services.ops import ChangeOp
from desktop.shared.i18n import tr
from desktop.ui.splash import Splash
from sync.client.opening import OpeningStep

T = TypeVar("T")
Report = Callable[[str], None]  # a step's code, from the worker


class StartupCancelled(Exception):
    """The app was told to quit (Ctrl+C, SIGTERM) while starting."""


def opening_words() -> dict[str, str]:
    """What the splash says for each step of opening a profile (`OpeningStep`)."""
    return {
        OpeningStep.KEYS: tr("Reading this device's keys…"),
        OpeningStep.CHECK: tr("Checking the local data…"),
        OpeningStep.MIGRATE: tr("Updating the local data to this version…"),
        OpeningStep.RECOVER: tr("Recovering the local data…"),
    }


class _Steps(QObject):
    """Carries the steps reported on the worker to the GUI thread (a queued signal)."""

    reported = Signal(str)


@dataclass
class _Outcome(Generic[T]):
    value: T | None = None
    error: BaseException | None = None
    done: bool = False


def while_shown(splash: Splash, work: Callable[[Report], T], words: Mapping[str, str]) -> T:
    """`work(report)` off the GUI thread, the splash saying what it reports; its result.

    Raises what `work` raised, or `StartupCancelled` if the app was told to quit first
    (then only once `work` has ended: it is never cut off halfway through opening or
    rebuilding the replica)."""
    steps = _Steps()
    steps.reported.connect(lambda code: splash.show_step(words.get(code, code)))
    outcome: _Outcome[T] = _Outcome()
    loop = QEventLoop()
    ended = threading.Event()

    def run() -> T:
        try:
            return work(steps.reported.emit)
        finally:
            ended.set()

    def succeeded(value: T) -> None:
        outcome.value, outcome.done = value, True
        loop.quit()

    def failed(error: BaseException) -> None:
        outcome.error, outcome.done = error, True
        loop.quit()

    ChangeOp(parent=splash, op=run, success=succeeded).failure(failed).start()
    if not outcome.done:
        loop.exec()  # returns early if the app is told to quit
    if not outcome.done:
        ended.wait()
        raise StartupCancelled
    if outcome.error is not None:
        raise outcome.error
    return cast(T, outcome.value)


def preload(modules: Iterable[str]) -> Callable[[Report], None]:
    """Work for `while_shown`: import the app's Qt-free core (the database, the sync
    client, the server for the demo) off the GUI thread, which stays free to draw."""
    names = tuple(modules)

    def load(report: Report) -> None:
        for name in names:
            importlib.import_module(name)

    return load
