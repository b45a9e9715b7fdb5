"""What happens at the sync centre: reading the lists, "Sync now", and staff's decisions
about refused changes (retry, correct, discard) — and reading again what a sync changed.

The lists are read as query ops (only the latest answer is shown), "Sync now" runs as a
network op, decisions as change ops. Staff see what is in progress: the buttons of a
sync or a decision under way are disabled until it answers.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox

from desktop.services.ops import ChangeOp, NetworkOp, QueryOp
from desktop.services.workspace import Workspace
from desktop.shared.errors import explain
from desktop.shared.i18n import tr
from desktop.sync_centre import actions, queries
from desktop.sync_centre.advice import advice
from desktop.sync_centre.describe import describe
from desktop.sync_centre.fix_dialog import FixDialog
from desktop.sync_centre.records import MutationView, SyncCentreData
from sync.client.attention import Resolution
from sync.client.touched import Touched
from sync.client.transport import ServerUnreachable

if TYPE_CHECKING:
    from desktop.sync_centre.page import SyncCentrePage
    from sync.client.engine import EngineStatus

LISTS = "lists"  # the latest read of the lists is the one shown


class SyncCentreController(QObject):
    """Reacts to what staff ask for on `view`, to the sync's state and to the replica
    changing."""

    def __init__(self, workspace: Workspace, view: SyncCentrePage) -> None:
        super().__init__(view)
        self.workspace = workspace
        self.view = view
        self.fix_dialog: FixDialog | None = None
        self._sync_now: Callable[[], object] | None = None
        self._data: SyncCentreData | None = None  # what the lists show
        self._reading = False  # the latest read's answer is still to come
        self._again = False  # something changed during that read: read once more
        self._acting = False  # a decision is being recorded
        self._syncing = False
        view.sync_requested.connect(self.sync_now)
        view.retry_requested.connect(self.retry_selected)
        view.fix_requested.connect(self.fix_selected)
        view.discard_requested.connect(self.discard_selected)
        view.selection_changed.connect(self._update_actions)
        self._update_actions()

    @property
    def busy(self) -> bool:
        return self._reading or self._acting or self._syncing

    def set_sync_now(self, callback: Callable[[], object]) -> None:
        """What "Sync now" does (on the network lane: it may block on the server)."""
        self._sync_now = callback
        self._update_actions()

    # -- reading ------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the lists again. While a read is under way, one more follows it when it
        answers (a burst of changes costs two reads, not one each)."""
        if self._reading:
            self._again = True
            return
        workspace = self.workspace
        self._reading, self._again = True, False
        QueryOp(parent=self, op=lambda: queries.load(workspace), success=self._loaded).failure(
            self._load_failed
        ).latest_only(LISTS).start()

    def replica_changed(self, touched: Touched) -> None:
        """A sync changed the replica: read again only if it may change what is shown."""
        if self._reading or self._data is None or self._data.concerned_by(touched):
            self.refresh()

    def status_changed(self, status: EngineStatus) -> None:
        """The counts of waiting and refused changes are the sync's too: read again when
        they differ from those shown (the badge stays right while the page is hidden)."""
        shown = self._data
        if (
            self._reading
            or shown is None
            or (status.pending, status.rejected) != (len(shown.waiting), len(shown.attention))
        ):
            self.refresh()

    def _read_again(self) -> bool:
        self._reading = False
        if self._again:
            self.refresh()
            return True
        return False

    def _loaded(self, data: SyncCentreData) -> None:
        if self._read_again():
            return  # what changed meanwhile: show the newer read
        before = self._data
        self._data = data
        self.view.show_lists(data)
        self._update_actions()
        if before is None or len(before.attention) != len(data.attention):
            self.view.badge_changed.emit(len(data.attention))

    def _load_failed(self, error: BaseException) -> None:
        if self._read_again():
            return
        self.view.show_error(explain(error))
        self._update_actions()

    def _update_actions(self) -> None:
        selected = self.view.selected()
        self.view.show_advice(advice(selected.name, selected.code) if selected is not None else "")
        self.view.set_actions(
            can_act=selected is not None and not self._acting,
            can_sync=self._sync_now is not None and not self._syncing,
        )

    # -- sync now -----------------------------------------------------------------------

    def sync_now(self) -> None:
        callback = self._sync_now
        if callback is None or self._syncing:
            return
        self._syncing = True
        self._update_actions()
        self.view.show_message(tr("Syncing…"))
        NetworkOp(parent=self, op=callback, success=self._synced).failure(self._sync_failed).start()

    def _synced(self, _: object) -> None:
        self._syncing = False
        self.view.show_message(tr("Sync finished."))
        self._update_actions()
        self.refresh()

    def _sync_failed(self, error: BaseException) -> None:
        self._syncing = False
        self.view.clear_message()
        if isinstance(error, ServerUnreachable):
            self.view.show_error(
                tr(
                    "The server cannot be reached. Your changes are kept on this device and "
                    "will be sent when it is back."
                )
            )
        else:
            self.view.show_error(explain(error))
        self._update_actions()
        self.refresh()

    # -- decisions ----------------------------------------------------------------------

    def _decide(
        self,
        work: Callable[[], Resolution],
        done: Callable[[Resolution], None],
        failed: Callable[[BaseException], None] | None = None,
    ) -> None:
        """Record a decision on the write lane; the lists are read again after it."""
        self._acting = True
        self._update_actions()

        def finished(result: Resolution) -> None:
            self._acting = False
            self.view.clear_note()
            done(result)
            self.refresh()

        def refused(error: BaseException) -> None:
            self._acting = False
            if failed is not None:
                failed(error)
            else:
                self.view.show_error(explain(error))
            self.refresh()

        ChangeOp(parent=self, op=work, success=finished).failure(refused).start()

    def _choice(self) -> MutationView | None:
        """The refused change to decide about, unless a decision is under way."""
        return None if self._acting else self.view.selected()

    def retry_selected(self) -> None:
        view = self._choice()
        if view is None:
            return
        workspace, note = self.workspace, self.view.note_text()
        self._decide(
            lambda: actions.retry(workspace, view.seq, note),
            lambda done: self.view.show_message(
                tr(
                    "Change #{seq} was done again as #{new}; it will be sent with the next sync."
                ).format(seq=view.seq, new=done.new_seq)
            ),
        )

    def fix_selected(self) -> None:
        view = self._choice()
        if view is None:
            return
        dialog = FixDialog(
            describe(view.name, view.args, view.customer),
            view.reason or "",
            view.args,
            view.names,
            self.view,
        )
        dialog.submitted.connect(lambda args: self._send_fix(dialog, view, args))
        dialog.finished.connect(lambda _: self._forget_dialog(dialog))
        self.fix_dialog = dialog
        dialog.open()

    def _forget_dialog(self, dialog: FixDialog) -> None:
        if self.fix_dialog is dialog:
            self.fix_dialog = None
        dialog.deleteLater()

    def _send_fix(self, dialog: FixDialog, view: MutationView, args: dict[str, Any]) -> None:
        if self._acting:
            return
        dialog.set_busy(True)
        workspace, note = self.workspace, self.view.note_text()

        def done(result: Resolution) -> None:
            if self.fix_dialog is dialog:
                dialog.close_done()
            self.view.show_message(
                tr(
                    "Change #{seq} was corrected and done again as #{new}; it will be sent "
                    "with the next sync."
                ).format(seq=view.seq, new=result.new_seq)
            )

        def failed(error: BaseException) -> None:
            if self.fix_dialog is dialog:  # still open: say why next to the fields
                dialog.show_error(explain(error))
            else:
                self.view.show_error(explain(error))

        self._decide(lambda: actions.fix(workspace, view.seq, args, note), done, failed)

    def discard_selected(self) -> None:
        view = self._choice()
        if view is None or not self._discard_confirmed(view):
            return
        workspace, note = self.workspace, self.view.note_text()
        self._decide(
            lambda: actions.discard(workspace, view.seq, note),
            lambda _: self.view.show_message(
                tr("Change #{seq} was discarded; it will not be sent.").format(seq=view.seq)
            ),
        )

    def _discard_confirmed(self, view: MutationView) -> bool:
        what = describe(view.name, view.args, view.customer)
        text = tr(
            "Discard change #{seq}, “{what}”?\n\nThe server refused it: {reason}\n\n"
            "Discarding means it is never sent: what it did stays undone, on this device "
            "and everywhere else, and nobody is told. This cannot be undone. Your name, "
            "the time and your note are kept in the history of decisions."
        ).format(seq=view.seq, what=what, reason=view.reason or tr("no reason given"))
        answer = QMessageBox.question(
            self.view,
            tr("Discard this change?"),
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes
