"""Table models of the sync centre: mutations (waiting or refused) and past decisions."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from desktop.shared.formatting import local_time
from desktop.shared.i18n import tr
from desktop.sync_centre.describe import describe
from desktop.sync_centre.records import DecisionView, MutationView
from sync.client.attention import FIXED, RETRIED
from sync.client.tables import DISCARDED, PENDING, REJECTED

Index = QModelIndex | QPersistentModelIndex
SEQ_ROLE = Qt.ItemDataRole.UserRole + 1


def state_text(view: MutationView) -> str:
    if view.state == REJECTED:
        return tr("Refused by the server")
    if view.state == PENDING and view.code:
        return tr("Waiting (not shown on this device)")
    if view.state == PENDING:
        return tr("Waiting to be sent")
    return view.state


def decision_text(view: DecisionView) -> str:
    if view.action == RETRIED:
        return tr("Sent again as #{seq}").format(seq=view.new_seq)
    if view.action == FIXED:
        return tr("Corrected and sent as #{seq}").format(seq=view.new_seq)
    if view.action == DISCARDED:
        return tr("Discarded")
    return view.action


class _Table(QAbstractTableModel):
    """A read-only table of rows computed once per refresh."""

    def __init__(self, headers: list[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = headers
        self._cells: list[list[str]] = []
        self._seqs: list[int] = []

    def _replace(self, cells: list[list[str]], seqs: list[int]) -> None:
        self.beginResetModel()
        self._cells = cells
        self._seqs = seqs
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._cells)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._cells):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._cells[index.row()][index.column()]
        if role == SEQ_ROLE:
            return self._seqs[index.row()]
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self._headers)
        ):
            return self._headers[section]
        return None

    def text(self, row: int, column: int) -> str:
        return self._cells[row][column]

    def row_of(self, seq: int) -> int:
        """The row showing mutation `seq`, or -1."""
        try:
            return self._seqs.index(seq)
        except ValueError:
            return -1


class MutationTableModel(_Table):
    """Mutations waiting to be sent, or refused by the server, oldest first."""

    WHEN, WHAT, WHO, STATE, REASON = range(5)

    def __init__(self, parent: QObject | None = None, reason_header: str | None = None) -> None:
        super().__init__(
            [
                tr("When"),
                tr("What"),
                tr("Who"),
                tr("State"),
                reason_header or tr("Server's reason"),
            ],
            parent,
        )
        self._views: list[MutationView] = []

    def set_mutations(self, views: list[MutationView]) -> None:
        self._views = list(views)
        self._replace(
            [
                [
                    local_time(v.at),
                    f"#{v.seq}  {describe(v.name, v.args, v.customer)}",
                    v.who,
                    state_text(v),
                    v.reason or "",
                ]
                for v in self._views
            ],
            [v.seq for v in self._views],
        )

    def mutation(self, row: int) -> MutationView | None:
        return self._views[row] if 0 <= row < len(self._views) else None


class DecisionLogModel(_Table):
    """Past decisions about refused mutations, newest first (read-only)."""

    WHEN, WHO, DECISION, WHAT, REASON, NOTE = range(6)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                tr("When"),
                tr("Who"),
                tr("Decision"),
                tr("Change", "a change made on this device, waiting or refused"),
                tr("Server's reason"),
                tr("Note"),
            ],
            parent,
        )

    def set_decisions(self, views: list[DecisionView]) -> None:
        self._replace(
            [
                [
                    local_time(v.at),
                    v.who,
                    decision_text(v),
                    f"#{v.seq}  {describe(v.name, v.args, v.customer)}",
                    v.reason or "",
                    v.note or "",
                ]
                for v in views
            ],
            [v.seq for v in views],
        )
