"""The sync centre's building blocks: read-only lists, labels and cards."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)


def table(name: str, model: QAbstractItemModel, stretch: tuple[int, ...]) -> QTableView:
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


def label(text: str, kind: str, name: str = "") -> QLabel:
    shown = QLabel(text)
    shown.setProperty("kind", kind)
    if name:
        shown.setObjectName(name)
    shown.setWordWrap(True)
    return shown


def card(*widgets: QWidget | QHBoxLayout) -> QFrame:
    frame = QFrame()
    frame.setProperty("kind", "card")
    layout = QVBoxLayout(frame)
    for item in widgets:
        if isinstance(item, QHBoxLayout):
            layout.addLayout(item)
        else:
            layout.addWidget(item)
    return frame


def heading(text: str, buddy: QWidget, badge: QLabel | None = None) -> QHBoxLayout:
    """A card's title (its mnemonic focuses `buddy`), with a count beside it."""
    title = label(text, "subtitle")
    title.setWordWrap(False)
    title.setBuddy(buddy)
    row = QHBoxLayout()
    row.addWidget(title)
    if badge is not None:
        row.addWidget(badge)
    row.addStretch(1)
    return row
