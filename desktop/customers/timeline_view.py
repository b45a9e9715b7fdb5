"""The timeline tab of the 360: a channel filter, the note editor and the events."""

from __future__ import annotations

import uuid

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
from desktop.customers.timeline_model import TimelineModel
from desktop.services.workspace import Workspace
from desktop.shared import labels

DETAILS_COLUMN = 3


class TimelinePanel(QWidget):
    """Every interaction from every channel, newest first; filter by channel."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = TimelineModel(workspace, self)
        self.channel = QComboBox()
        self.channel.setObjectName("channelFilter")
        self.channel.addItem(self.tr("All channels"), "")
        for value in labels.CHANNELS:
            self.channel.addItem(labels.channel(value), value)
        self.channel.currentIndexChanged.connect(
            lambda: self.model.set_channel(self.channel.currentData() or None))
        channel_label = QLabel(self.tr("&Channel:"))
        channel_label.setBuddy(self.channel)
        self.status = QLabel()
        self.status.setObjectName("timelineStatus")
        self.status.setProperty("kind", "muted")
        self.notes = NoteEditor(workspace)
        self.notes.note_added.connect(self.model.add_event)
        self.view = QTableView()
        self.view.setObjectName("timeline")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(True)
        self.view.verticalHeader().hide()
        # Notes are read whole: rows grow to their wrapped text (pages are small).
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(DETAILS_COLUMN, QHeaderView.ResizeMode.Stretch)
        self.model.loading_changed.connect(self._show_status)
        self.model.answered.connect(lambda _: self._show_status(False))
        self.model.failed.connect(self.status.setText)
        self.model.rowsInserted.connect(lambda *_: self._show_status(self.model.loading))
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

    def show_customer(self, customer_id: uuid.UUID | None) -> None:
        self.notes.set_customer(customer_id)
        self.model.show(customer_id, self.channel.currentData() or None)

    def _show_status(self, loading: bool) -> None:
        if loading:
            self.status.setText(self.tr("Loading…"))
        elif self.model.rowCount() == 0 and self.model.customer_id is not None:
            self.status.setText(self.tr("Nothing on the timeline yet"))
        else:
            self.status.setText("")
