"""The sync centre page: what waits to be sent, what the server refused, what was decided.

Refused changes are listed with the server's reason until staff retry them (the cause
may be gone), correct them (a lower quantity) or discard them (after a confirmation
that says what that means). Every decision is logged and shown in the history below.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.services.background import run_in_background
from desktop.services.workspace import Workspace
from desktop.shared.page import Page, Shell
from desktop.sync_centre import service
from desktop.sync_centre.advice import advice
from desktop.sync_centre.describe import describe
from desktop.sync_centre.fix_dialog import FixDialog
from desktop.sync_centre.models import DecisionLogModel, MutationTableModel
from desktop.sync_centre.service import MutationView, SyncCentreData
from desktop.ui.errors import explain
from sync.client.attention import Resolution
from sync.client.engine import EngineStatus
from sync.client.transport import ServerUnreachable


def _table(name: str, model: Any, stretch: tuple[int, ...]) -> QTableView:
    """A read-only list; columns fit their contents, `stretch` columns share the rest."""
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setTabKeyNavigation(False)  # Tab leaves the list; arrows move in it
    view.setAlternatingRowColors(True)
    view.setWordWrap(True)
    view.verticalHeader().hide()
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    for column in stretch:
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
    return view


def _label(text: str, kind: str, name: str = "") -> QLabel:
    label = QLabel(text)
    label.setProperty("kind", kind)
    if name:
        label.setObjectName(name)
    label.setWordWrap(True)
    return label


def _card(*widgets: QWidget | QHBoxLayout) -> QFrame:
    frame = QFrame()
    frame.setProperty("kind", "card")
    layout = QVBoxLayout(frame)
    for item in widgets:
        if isinstance(item, QHBoxLayout):
            layout.addLayout(item)
        else:
            layout.addWidget(item)
    return frame


class SyncCentrePage(Page):
    """Waiting changes, refused changes to deal with, and the log of decisions."""

    key = "sync"
    icon_name = "sync"
    roles = None  # everyone deals with their device's refusals

    watches = frozenset({"outbox", "attention_log"})
    attention_count_changed = Signal(int)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(workspace, parent)
        self.setObjectName("syncCentrePage")
        self._sync_now: Callable[[], object] | None = None
        self._loading = False
        self._again = False
        self._acting = False
        self._syncing = False
        self._attention_count: int | None = None
        self.fix_dialog: FixDialog | None = None

        self.attention_model = MutationTableModel(self)
        self.waiting_model = MutationTableModel(self, reason_header=self.tr("Problem"))
        self.log_model = DecisionLogModel(self)
        self.attention_view = _table("attentionTable", self.attention_model,
                                     (MutationTableModel.REASON,))
        self.waiting_view = _table("waitingTable", self.waiting_model,
                                   (MutationTableModel.REASON,))
        self.log_view = _table("attentionLogTable", self.log_model,
                               (DecisionLogModel.REASON, DecisionLogModel.NOTE))

        self.sync_button = QPushButton(self.tr("&Sync now"))
        self.sync_button.setObjectName("syncNowButton")
        self.sync_button.setProperty("kind", "primary")
        self.sync_button.setToolTip(self.tr("Send waiting changes and fetch news (F5)"))
        self.sync_button.setEnabled(False)
        self.retry_button = QPushButton(self.tr("&Retry"))
        self.retry_button.setObjectName("retryButton")
        self.retry_button.setToolTip(self.tr("Do the change again as it was (Ctrl+R)"))
        self.fix_button = QPushButton(self.tr("&Fix…"))
        self.fix_button.setObjectName("fixButton")
        self.fix_button.setToolTip(self.tr("Correct the change and send it again (Ctrl+E)"))
        self.discard_button = QPushButton(self.tr("&Discard…"))
        self.discard_button.setObjectName("discardButton")
        self.discard_button.setProperty("kind", "danger")
        self.discard_button.setToolTip(self.tr("Drop the change for good (Delete)"))
        self.note = QLineEdit()
        self.note.setObjectName("attentionNote")
        self.note.setPlaceholderText(self.tr("Why you decide so (kept in the log)"))
        self.message = _label("", "muted", "syncCentreMessage")
        self.advice = _label("", "warning", "syncCentreAdvice")
        self.advice.hide()
        self.error = _label("", "error", "syncCentreError")
        self.error.hide()
        self.attention_badge = _label("0", "badge", "attentionCount")
        self.waiting_badge = _label("0", "badge", "waitingCount")

        self._build()
        self._connect()
        self._update_actions()

    # -- layout -------------------------------------------------------------------------

    def _heading(self, text: str, buddy: QWidget, badge: QLabel | None = None) -> QHBoxLayout:
        label = _label(text, "subtitle")
        label.setWordWrap(False)
        label.setBuddy(buddy)
        row = QHBoxLayout()
        row.addWidget(label)
        if badge is not None:
            row.addWidget(badge)
        row.addStretch(1)
        return row

    def _build(self) -> None:
        top = QHBoxLayout()
        top.addWidget(_label(self.tr(
            "Every change made here is kept until the server has answered it."),
            "muted", "syncCentreIntro"))
        top.addStretch(1)
        top.addWidget(self.sync_button)

        actions = QHBoxLayout()
        note_label = QLabel(self.tr("N&ote:"))
        note_label.setBuddy(self.note)
        actions.addWidget(note_label)
        actions.addWidget(self.note, 1)
        for button in (self.retry_button, self.fix_button, self.discard_button):
            actions.addWidget(button)

        attention = _card(
            self._heading(self.tr("&Needs attention"), self.attention_view,
                          self.attention_badge),
            _label(self.tr("Changes the server refused, with its reason. What they did has "
                           "been undone on this device: retry, correct or discard each one."),
                   "muted"),
            self.attention_view, self.advice, actions)
        waiting = _card(
            self._heading(self.tr("&Waiting to be sent"), self.waiting_view,
                          self.waiting_badge),
            self.waiting_view)
        history = _card(self._heading(self.tr("&History of decisions"), self.log_view),
                        self.log_view)
        attention.setObjectName("attentionCard")
        waiting.setObjectName("waitingCard")
        history.setObjectName("historyCard")

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        for card in (attention, waiting, history):
            splitter.addWidget(card)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setStretchFactor(2, 2)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(self.error)
        layout.addWidget(splitter, 1)

        order = [self.attention_view, self.note, self.retry_button, self.fix_button,
                 self.discard_button, self.waiting_view, self.log_view, self.sync_button]
        for first, second in pairwise(order):
            QWidget.setTabOrder(first, second)

    def _connect(self) -> None:
        self.sync_button.clicked.connect(self.sync_now)
        self.retry_button.clicked.connect(self.retry_selected)
        self.fix_button.clicked.connect(self.fix_selected)
        self.discard_button.clicked.connect(self.discard_selected)
        self.attention_view.selectionModel().selectionChanged.connect(self._update_actions)
        self.attention_view.doubleClicked.connect(self.fix_selected)
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for keys, slot, parent in (
                (QKeySequence(Qt.Key.Key_F5), self.sync_now, self),
                (QKeySequence("Ctrl+R"), self.retry_selected, self),
                (QKeySequence("Ctrl+E"), self.fix_selected, self),
                (QKeySequence(Qt.Key.Key_Delete), self.discard_selected, self.attention_view)):
            shortcut = QShortcut(keys, parent)
            shortcut.setContext(context)
            shortcut.activated.connect(slot)

    # -- page -----------------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Sync centre")

    def activated(self) -> None:
        self.refresh()

    def attach(self, shell: Shell) -> None:
        self.set_sync_now(shell.sync_now)

    def sync_status_changed(self, status: EngineStatus) -> None:
        self.refresh()

    def set_sync_now(self, callback: Callable[[], object] | None) -> None:
        """What "Sync now" does; it runs on a worker thread and may block (push and pull)."""
        self._sync_now = callback
        self._update_actions()

    @property
    def busy(self) -> bool:
        """A refresh, a decision or a sync started here has not finished yet."""
        return self._loading or self._acting or self._syncing

    @property
    def attention_count(self) -> int:
        return self._attention_count or 0

    # -- reading ------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the lists in the background (a refresh asked for meanwhile runs after)."""
        if self._loading:
            self._again = True
            return
        self._loading = True
        workspace = self.workspace
        run_in_background(lambda: service.load(workspace), self._loaded, self._load_failed)

    def _loaded(self, data: SyncCentreData) -> None:
        selected = self._selected()
        self.attention_model.set_mutations(data.attention)
        self.waiting_model.set_mutations(data.waiting)
        self.log_model.set_decisions(data.history)
        self.attention_badge.setText(str(len(data.attention)))
        self.waiting_badge.setText(str(len(data.waiting)))
        self._select(selected.seq if selected is not None else None)
        self._finish_loading()
        if self._attention_count != len(data.attention):
            self._attention_count = len(data.attention)
            self.attention_count_changed.emit(self._attention_count)
            self.badge_changed.emit(self._attention_count)

    def _load_failed(self, error: BaseException) -> None:
        self._show_error(explain(error))
        self._finish_loading()

    def _finish_loading(self) -> None:
        self._loading = False
        self._update_actions()
        if self._again:
            self._again = False
            self.refresh()

    def _select(self, seq: int | None) -> None:
        row = self.attention_model.row_of(seq) if seq is not None else -1
        if row < 0 and self.attention_model.rowCount() > 0:
            row = 0
        if row >= 0:
            self.attention_view.selectRow(row)

    def _selected(self) -> MutationView | None:
        rows = self.attention_view.selectionModel().selectedRows()
        return self.attention_model.mutation(rows[0].row()) if rows else None

    def _update_actions(self, *_: object) -> None:
        selected = self._selected()
        what_to_do = advice(selected.name, selected.code) if selected is not None else ""
        self.advice.setText(what_to_do)
        self.advice.setVisible(bool(what_to_do))
        can_act = selected is not None and not self._acting
        for button in (self.retry_button, self.fix_button, self.discard_button):
            button.setEnabled(can_act)
        self.sync_button.setEnabled(self._sync_now is not None and not self._syncing)

    # -- feedback -----------------------------------------------------------------------

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def _show_message(self, text: str) -> None:
        self.error.hide()
        self.message.setText(text)

    # -- sync now -----------------------------------------------------------------------

    def sync_now(self) -> None:
        callback = self._sync_now
        if callback is None or self._syncing:
            return
        self._syncing = True
        self._update_actions()
        self._show_message(self.tr("Syncing…"))
        run_in_background(callback, self._synced, self._sync_failed)

    def _synced(self, _: object) -> None:
        self._syncing = False
        self._show_message(self.tr("Sync finished."))
        self._update_actions()
        self.refresh()

    def _sync_failed(self, error: BaseException) -> None:
        self._syncing = False
        self.message.setText("")
        if isinstance(error, ServerUnreachable):
            self._show_error(self.tr("The server cannot be reached. Your changes are kept on "
                                     "this device and will be sent when it is back."))
        else:
            self._show_error(explain(error))
        self._update_actions()
        self.refresh()

    # -- decisions ----------------------------------------------------------------------

    def _act(self, work: Callable[[], Resolution], done: Callable[[Resolution], None],
             failed: Callable[[BaseException], None] | None = None) -> None:
        self._acting = True
        self._update_actions()

        def finished(result: Resolution) -> None:
            self._acting = False
            self.note.clear()
            done(result)
            self.refresh()

        def refused(error: BaseException) -> None:
            self._acting = False
            if failed is not None:
                failed(error)
            else:
                self._show_error(explain(error))
            self.refresh()

        run_in_background(work, finished, refused)

    def retry_selected(self) -> None:
        view = self._selected()
        if view is None or self._acting:
            return
        workspace, note = self.workspace, self.note.text()
        self._act(lambda: service.retry(workspace, view.seq, note),
                  lambda done: self._show_message(
                      self.tr("Change #{seq} was done again as #{new}; it will be sent with "
                              "the next sync.").format(seq=view.seq, new=done.new_seq)))

    def fix_selected(self) -> None:
        view = self._selected()
        if view is None or self._acting:
            return
        dialog = FixDialog(describe(view.name, view.args, view.customer), view.reason or "",
                           view.args, view.names, self)
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
        workspace, note = self.workspace, self.note.text()

        def done(result: Resolution) -> None:
            if self.fix_dialog is dialog:
                dialog.close_done()
            self._show_message(
                self.tr("Change #{seq} was corrected and done again as #{new}; it will be "
                        "sent with the next sync.").format(seq=view.seq, new=result.new_seq))

        def failed(error: BaseException) -> None:
            if self.fix_dialog is dialog:  # still open: say why next to the fields
                dialog.show_error(explain(error))
            else:
                self._show_error(explain(error))

        self._act(lambda: service.fix(workspace, view.seq, args, note), done, failed)

    def discard_selected(self) -> None:
        view = self._selected()
        if view is None or self._acting:
            return
        what = describe(view.name, view.args, view.customer)
        text = self.tr(
            "Discard change #{seq}, “{what}”?\n\nThe server refused it: {reason}\n\n"
            "Discarding means it is never sent: what it did stays undone, on this device "
            "and everywhere else, and nobody is told. This cannot be undone. Your name, "
            "the time and your note are kept in the history of decisions."
        ).format(seq=view.seq, what=what, reason=view.reason or self.tr("no reason given"))
        answer = QMessageBox.question(
            self, self.tr("Discard this change?"), text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        workspace, note = self.workspace, self.note.text()
        self._act(lambda: service.discard(workspace, view.seq, note),
                  lambda _: self._show_message(
                      self.tr("Change #{seq} was discarded; it will not be sent.").format(
                          seq=view.seq)))
