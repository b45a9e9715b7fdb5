"""A screen's reads of the replica, in the background, by slot ("queue", "order", ...):
only the latest answer of each slot is shown, and the screen can tell whether any is
still to come (what is on screen is then current)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QObject
from sqlalchemy.orm import Session

from desktop.services.ops import QueryOp, drop_answers
from desktop.services.workspace import Workspace

T = TypeVar("T")


class Reads:
    """Reads for `parent` (answered only while it exists); a failure goes to `failed`."""

    def __init__(
        self, parent: QObject, workspace: Workspace, failed: Callable[[BaseException], None]
    ) -> None:
        self._parent = parent
        self._workspace = workspace
        self._failed = failed
        self._waiting: set[str] = set()  # slots whose latest answer is still to come

    def busy(self) -> bool:
        return bool(self._waiting)

    def read(self, slot: str, query: Callable[[Session], T], show: Callable[[T], None]) -> None:
        """Run `query` on a replica session; `show` its answer unless a newer read of
        the same `slot` was asked for since."""
        workspace = self._workspace

        def run() -> T:
            with workspace.read() as session:
                return query(session)

        def answered(result: T) -> None:
            self._waiting.discard(slot)
            show(result)

        def failed(error: BaseException) -> None:
            self._waiting.discard(slot)
            self._failed(error)

        self._waiting.add(slot)
        QueryOp(parent=self._parent, op=run, success=answered).failure(failed).latest_only(
            slot
        ).start()

    def forget(self, *slots: str) -> None:
        """What reads of `slots` answer no longer matters: staff asked for something else."""
        for slot in slots:
            drop_answers(self._parent, slot)
            self._waiting.discard(slot)
