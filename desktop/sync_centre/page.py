"""The sync centre page: what waits to be sent, what the server refused, what was decided.

Refused changes are listed with the server's reason until staff retry them (the cause
may be gone), correct them (a lower quantity) or discard them (after a confirmation
that says what that means). Every decision is logged and shown in the history below.

`SyncCentrePage` lays the page out and says what staff ask for; `SyncCentreController`
(controller.py) decides what happens, in the background.
"""

from __future__ import annotations

from itertools import pairwise
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.services.workspace import Workspace
from desktop.shared.empty_state import EmptyState
from desktop.shared.i18n import tr
from desktop.shared.page import Page, Shell
from desktop.shared.splitter_memory import remember_sizes
from desktop.sync_centre.controller import SyncCentreController
from desktop.sync_centre.fix_dialog import FixDialog
from desktop.sync_centre.models import DecisionLogModel, MutationTableModel
from desktop.sync_centre.records import LIST_TABLES, NAME_TABLES, MutationView, SyncCentreData
from desktop.sync_centre.widgets import card, heading, label, table
from sync.client.touched import Touched

if TYPE_CHECKING:
    from sync.client.engine import EngineStatus


class SyncCentrePage(Page):
    """Waiting changes, refused changes to deal with, and the log of decisions."""

    key = "sync"
    icon_name = "sync"
    roles = None  # everyone deals with their device's refusals
    watches = frozenset({*LIST_TABLES, *NAME_TABLES})

    # What staff ask for (a button, a key or a double click).
    sync_requested = Signal()
    retry_requested = Signal()
    fix_requested = Signal()
    discard_requested = Signal()
    selection_changed = Signal()
    lists_shown = Signal()  # the lists were read (again) and are on screen

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(workspace, parent)
        self.setObjectName("syncCentrePage")
        self.attention_model = MutationTableModel(self)
        self.waiting_model = MutationTableModel(self, reason_header=tr("Problem"))
        self.log_model = DecisionLogModel(self)
        self.attention_view = table(
            "attentionTable", self.attention_model, (MutationTableModel.REASON,)
        )
        self.waiting_view = table("waitingTable", self.waiting_model, (MutationTableModel.REASON,))
        self.log_view = table(
            "attentionLogTable", self.log_model, (DecisionLogModel.REASON, DecisionLogModel.NOTE)
        )
        self.empty_states = (
            EmptyState(self.attention_view, tr("Nothing needs attention.")),
            EmptyState(self.waiting_view, tr("Every change has been sent.")),
            EmptyState(self.log_view, tr("No decisions yet.")),
        )
        self._buttons()
        self.note = QLineEdit()
        self.note.setObjectName("attentionNote")
        self.note.setPlaceholderText(tr("Why you decide so (kept in the log)"))
        self.message = label("", "muted", "syncCentreMessage")
        self.advice = label("", "warning", "syncCentreAdvice")
        self.advice.hide()
        self.error = label("", "error", "syncCentreError")
        self.error.hide()
        self.attention_badge = label("0", "badge", "attentionCount")
        self.waiting_badge = label("0", "badge", "waitingCount")
        self._build()
        self._connect()
        self.controller = SyncCentreController(workspace, self)

    def _buttons(self) -> None:
        self.sync_button = QPushButton(tr("&Sync now"))
        self.sync_button.setObjectName("syncNowButton")
        self.sync_button.setProperty("kind", "primary")
        self.sync_button.setToolTip(tr("Send waiting changes and fetch news (F5)"))
        self.sync_button.setEnabled(False)
        self.retry_button = QPushButton(tr("&Retry"))
        self.retry_button.setObjectName("retryButton")
        self.retry_button.setToolTip(tr("Do the change again as it was (Ctrl+R)"))
        self.fix_button = QPushButton(tr("&Fix…"))
        self.fix_button.setObjectName("fixButton")
        self.fix_button.setToolTip(tr("Correct the change and send it again (Ctrl+E)"))
        self.discard_button = QPushButton(tr("&Discard…"))
        self.discard_button.setObjectName("discardButton")
        self.discard_button.setProperty("kind", "danger")
        self.discard_button.setToolTip(tr("Drop the change for good (Delete)"))
        for button in (self.retry_button, self.fix_button, self.discard_button):
            button.setEnabled(False)  # until a refused change is selected

    # -- layout -------------------------------------------------------------------------

    def _build(self) -> None:
        top = QHBoxLayout()
        top.addWidget(
            label(
                tr("Every change made here is kept until the server has answered it."),
                "muted",
                "syncCentreIntro",
            )
        )
        top.addStretch(1)
        top.addWidget(self.sync_button)

        actions = QHBoxLayout()
        note_label = QLabel(tr("N&ote:"))
        note_label.setBuddy(self.note)
        actions.addWidget(note_label)
        actions.addWidget(self.note, 1)
        for button in (self.retry_button, self.fix_button, self.discard_button):
            actions.addWidget(button)

        attention = card(
            heading(tr("&Needs attention"), self.attention_view, self.attention_badge),
            label(
                tr(
                    "Changes the server refused, with its reason. What they did has "
                    "been undone on this device: retry, correct or discard each one."
                ),
                "muted",
            ),
            self.attention_view,
            self.advice,
            actions,
        )
        waiting = card(
            heading(tr("&Waiting to be sent"), self.waiting_view, self.waiting_badge),
            self.waiting_view,
        )
        history = card(heading(tr("&History of decisions"), self.log_view), self.log_view)
        attention.setObjectName("attentionCard")
        waiting.setObjectName("waitingCard")
        history.setObjectName("historyCard")

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setObjectName("syncCentreSplitter")
        for part in (attention, waiting, history):
            splitter.addWidget(part)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setStretchFactor(2, 2)
        # The heights staff set stay, whichever change is selected, and across runs.
        self.splitter_memory = remember_sizes(
            splitter, first_run=(3, 2, 2), minimums=(200, 100, 100)
        )
        self.splitter = splitter

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(self.error)
        layout.addWidget(splitter, 1)

        order = [
            self.attention_view,
            self.note,
            self.retry_button,
            self.fix_button,
            self.discard_button,
            self.waiting_view,
            self.log_view,
            self.sync_button,
        ]
        for first, second in pairwise(order):
            QWidget.setTabOrder(first, second)

    def _connect(self) -> None:
        self.sync_button.clicked.connect(self.sync_requested)
        self.retry_button.clicked.connect(self.retry_requested)
        self.fix_button.clicked.connect(self.fix_requested)
        self.discard_button.clicked.connect(self.discard_requested)
        self.attention_view.selectionModel().selectionChanged.connect(self.selection_changed)
        self.attention_view.doubleClicked.connect(self.fix_requested)
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for keys, wish, parent in (
            (QKeySequence(Qt.Key.Key_F5), self.sync_requested, self),
            (QKeySequence("Ctrl+R"), self.retry_requested, self),
            (QKeySequence("Ctrl+E"), self.fix_requested, self),
            (QKeySequence(Qt.Key.Key_Delete), self.discard_requested, self.attention_view),
        ):
            shortcut = QShortcut(keys, parent)
            shortcut.setContext(context)
            shortcut.activated.connect(wish)

    # -- what the main window calls -----------------------------------------------------

    def title(self) -> str:
        return tr("Sync centre")

    def activated(self) -> None:
        self.controller.refresh()

    def attach(self, shell: Shell) -> None:
        self.controller.set_sync_now(shell.sync_now)

    def sync_status_changed(self, status: EngineStatus) -> None:
        self.controller.status_changed(status)

    def replica_changed(self, touched: Touched) -> None:
        self.controller.replica_changed(touched)

    def signed_out(self) -> None:
        """The person left: their note goes."""
        self.clear_note()

    # -- the flow's state (tests reach for it) ------------------------------------------

    def refresh(self) -> None:
        """Read the lists again, in the background."""
        self.controller.refresh()

    @property
    def busy(self) -> bool:
        """A read, a decision or a sync started here has not answered yet."""
        return self.controller.busy

    @property
    def fix_dialog(self) -> FixDialog | None:
        return self.controller.fix_dialog

    # -- what the controller shows ------------------------------------------------------

    def show_lists(self, data: SyncCentreData) -> None:
        """Show `data`; the refused change selected stays selected (else the first)."""
        selected = self.selected()
        self.attention_model.set_mutations(data.attention)
        self.waiting_model.set_mutations(data.waiting)
        self.log_model.set_decisions(data.history)
        self.attention_badge.setText(str(len(data.attention)))
        self.waiting_badge.setText(str(len(data.waiting)))
        row = self.attention_model.row_of(selected.seq) if selected is not None else -1
        if row < 0 and self.attention_model.rowCount() > 0:
            row = 0
        if row >= 0:
            self.attention_view.selectRow(row)
        self.lists_shown.emit()

    def selected(self) -> MutationView | None:
        """The refused change selected, if any."""
        rows = self.attention_view.selectionModel().selectedRows()
        return self.attention_model.mutation(rows[0].row()) if rows else None

    def set_actions(self, *, can_act: bool, can_sync: bool) -> None:
        for button in (self.retry_button, self.fix_button, self.discard_button):
            button.setEnabled(can_act)
        self.sync_button.setEnabled(can_sync)

    def show_advice(self, text: str) -> None:
        self.advice.setText(text)
        self.advice.setVisible(bool(text))

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def show_message(self, text: str) -> None:
        """`text` as news (an error shown before is hidden)."""
        self.error.hide()
        self.message.setText(text)

    def clear_message(self) -> None:
        self.message.setText("")

    def note_text(self) -> str:
        return self.note.text()

    def clear_note(self) -> None:
        self.note.clear()
