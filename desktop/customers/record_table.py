"""A read-only table view of one of the 360's short lists."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from desktop.shared.fit_columns import fit_columns
from desktop.shared.paged_model import keep_place
from desktop.shared.records_model import RecordsModel


def record_table(name: str, model: RecordsModel[Any], optional: Sequence[int] = ()) -> QTableView:
    """The rows of `model`, one selected at a time; read again, the list keeps the row
    selected and its scroll. Columns `optional` (the least needed first) are left out while
    the table is too narrow for them."""
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    keep_place(view)
    if optional:
        fit_columns(view, optional)
    return view
