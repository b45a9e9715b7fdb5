"""The desktop's side of a wipe order (a manager revoked this device with `--wipe`).

When the sync service reports the order (`EngineStatus.wipe_ordered`), the window is
closed and the sync stopped at once; the erasing (`sync.client.wipe.wipe_profile`) runs
off the GUI thread, since it also tells the server; then `done` gets the sentence to
show staff, and the app goes back to the enrolment screen (`desktop.launch`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot

from desktop.services.ops import ChangeOp
from desktop.shared.errors import explain
from desktop.shared.i18n import tr
from sync.client.engine import EngineStatus
from sync.client.wipe import WipeResult, wipe_profile

if TYPE_CHECKING:
    from desktop.app import Desktop


def wipe_message(result: WipeResult) -> str:
    """What staff are told once this device's data is erased."""
    text = tr(
        "A manager has revoked this device and had its data erased. The local "
        "database, its unsent changes and the saved sign-ins are gone from this "
        "computer. To use it again, enrol it with a new code from a manager."
    )
    if not result.reported:
        text += " " + tr("The server could not be told yet that the data is erased.")
    return text


def wipe_failed_message(error: BaseException) -> str:
    return tr(
        "A manager has revoked this device and ordered its data erased, but not "
        "everything could be erased: {reason}"
    ).format(reason=explain(error))


class WipeOnOrder(QObject):
    """Carries out a wipe order reported by the desktop's sync service (once)."""

    def __init__(self, desktop: Desktop, done: Callable[[str], None]) -> None:
        super().__init__(desktop.window)
        self._desktop = desktop
        self._done = done
        self.started = False
        desktop.sync.status_changed.connect(self._on_status)

    @Slot(object)
    def _on_status(self, status: EngineStatus) -> None:
        if not status.wipe_ordered or self.started:
            return
        self.started = True
        desktop = self._desktop
        desktop.window.close()
        desktop.sync.stop()
        desktop.engine.close()
        ChangeOp(
            parent=self,
            op=lambda: wipe_profile(desktop.profile),
            success=lambda result: self._done(wipe_message(result)),
        ).failure(lambda error: self._done(wipe_failed_message(error))).start()
