"""Short lists of the 360 (open carts, orders, returns, applications) as table models."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from desktop.customers import labels
from desktop.customers.paged_model import ROW_ROLE, Column, cell
from desktop.customers.queries import ApplicationSummary, OpenCart, OrderSummary, ReturnSummary
from desktop.ui.formatting import local_time, money

Row = TypeVar("Row")
Index = QModelIndex | QPersistentModelIndex


def _tr(text: str) -> str:
    return QCoreApplication.translate("CustomerRecords", text)


class RecordsModel(QAbstractTableModel, Generic[Row]):
    """A few rows held whole; `set_rows` replaces them."""

    def __init__(self, columns: Sequence[Column[Row]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[Row] = []

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row(self, number: int) -> Row:
        return self._rows[number]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        column = self._columns[index.column()]
        if role == ROW_ROLE:
            return row
        return cell(column, row, role)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal
                and 0 <= section < len(self._columns)):
            return self._columns[section].header
        return None


def _cart_total(cart: OpenCart) -> str:
    if cart.total is not None:
        return money(cart.total, cart.currency)
    return _tr("not priced") if cart.problem else "—"


def _cart_tip(cart: OpenCart) -> str:
    tip = _tr("{units} units; last changed {when}").format(
        units=cart.units, when=local_time(cart.updated_at))
    return f"{tip}\n{cart.problem}" if cart.problem else tip


def carts_model(parent: QObject | None = None) -> RecordsModel[OpenCart]:
    return RecordsModel([
        Column(_tr("Started in"), lambda c: labels.channel(c.channel), tip=_cart_tip),
        Column(_tr("Lines"), lambda c: str(c.lines), align_right=True, tip=_cart_tip),
        Column(_tr("Total"), _cart_total, align_right=True, tip=_cart_tip),
    ], parent)


def orders_model(parent: QObject | None = None) -> RecordsModel[OrderSummary]:
    return RecordsModel([
        Column(_tr("Order"), lambda o: o.number),
        Column(_tr("Placed"), lambda o: local_time(o.placed_at)),
        Column(_tr("Channel"), lambda o: labels.channel(o.channel)),
        Column(_tr("Delivery"), lambda o: labels.status(o.fulfilment)),
        Column(_tr("Status"), lambda o: labels.status(o.status)),
        Column(_tr("Payment"), lambda o: labels.status(o.payment_state)),
        Column(_tr("Total"), lambda o: money(o.total, o.currency), align_right=True),
    ], parent)


def returns_model(parent: QObject | None = None) -> RecordsModel[ReturnSummary]:
    return RecordsModel([
        Column(_tr("Return"), lambda r: r.number),
        Column(_tr("Date"), lambda r: local_time(r.created_at)),
        Column(_tr("Order"), lambda r: r.order_number),
        Column(_tr("Channel"), lambda r: labels.channel(r.channel)),
        Column(_tr("Refund"), lambda r: labels.status(r.refund_method)),
        Column(_tr("Amount"), lambda r: money(r.refund_total, r.currency), align_right=True),
    ], parent)


def _application_amount(application: ApplicationSummary) -> str:
    if application.amount is None:
        return ""
    return money(application.amount, application.currency or "")


def applications_model(parent: QObject | None = None) -> RecordsModel[ApplicationSummary]:
    return RecordsModel([
        Column(_tr("Application"), lambda a: a.number),
        Column(_tr("Kind"), lambda a: labels.status(a.kind)),
        Column(_tr("Status"), lambda a: labels.status(a.status)),
        Column(_tr("Step"), lambda a: a.current_step.replace("_", " ")),
        Column(_tr("Channel"), lambda a: labels.channel(a.channel)),
        Column(_tr("Amount"), _application_amount, align_right=True),
        Column(_tr("Last change"), lambda a: local_time(a.updated_at)),
    ], parent)
