"""The timeline tab of the 360: a channel filter, the note editor and the events."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.customers.note_editor import NoteEditor
from desktop.shared import labels
from desktop.shared.fit_columns import ColumnsThatFit, fit_columns
from desktop.shared.i18n import tr
from desktop.shared.paged_model import keep_place

if TYPE_CHECKING:
    from desktop.customers.timeline_model import TimelineModel

DETAILS_COLUMN = 3


class TimelinePanel(QWidget):
    """Every interaction from every channel, newest first; `channel_changed(channel)`
    (None: every channel) when staff filter. Its rows come from `set_model`."""

    channel_changed = Signal(object)  # str | None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model: TimelineModel | None = None
        self.channel = QComboBox()
        self.channel.setObjectName("channelFilter")
        self.channel.addItem(tr("All channels"), "")
        for value in labels.CHANNELS:
            self.channel.addItem(labels.channel(value), value)
        self.channel.currentIndexChanged.connect(
            lambda: self.channel_changed.emit(self.chosen_channel())
        )
        channel_label = QLabel(tr("&Channel:"))
        channel_label.setBuddy(self.channel)
        self.status = QLabel()
        self.status.setObjectName("timelineStatus")
        self.status.setProperty("kind", "muted")
        self.notes = NoteEditor()
        self.view = QTableView()
        self.view.setObjectName("timeline")
        self.columns: ColumnsThatFit | None = None  # once it has a model
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(True)
        self.view.verticalHeader().hide()
        # Notes are read whole: rows grow to their wrapped text (pages are small).
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        filters = QHBoxLayout()
        filters.addWidget(channel_label)
        filters.addWidget(self.channel)
        filters.addStretch(1)
        filters.addWidget(self.status)
        layout = QVBoxLayout(self)
        layout.addWidget(self.notes)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        self.setTabOrder(self.notes.add_button, self.channel)
        self.setTabOrder(self.channel, self.view)

    def set_model(self, model: TimelineModel) -> None:
        """The events to list (read again, the list keeps the row selected and its
        scroll)."""
        self.model = model
        self.view.setModel(model)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(DETAILS_COLUMN, QHeaderView.ResizeMode.Stretch)
        keep_place(self.view)
        if self.columns is None:  # narrow: no author, then no channel
            self.columns = fit_columns(self.view, (4, 1))
        else:
            self.columns.watch(model)

    def chosen_channel(self) -> str | None:
        return self.channel.currentData() or None

    def show_status(self, text: str) -> None:
        self.status.setText(text)
