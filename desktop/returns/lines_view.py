"""The return lines table: a spin box limited to what each line can take back, and a
choice of condition, edited in place."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from desktop.returns.lines_model import LIMIT_ROLE, ReturnLinesModel, condition_name
from desktop.shared.fit_columns import fit_columns
from sync.rules.returns import ItemCondition

Index = QModelIndex | QPersistentModelIndex


class _LineEditor(QStyledItemDelegate):
    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        if index.column() == ReturnLinesModel.QUANTITY:
            spin = QSpinBox(parent)
            spin.setObjectName("returnQuantity")
            spin.setRange(0, int(index.data(LIMIT_ROLE) or 0))
            return spin
        combo = QComboBox(parent)
        combo.setObjectName("returnCondition")
        for condition in ItemCondition:
            combo.addItem(condition_name(condition), condition.value)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QSpinBox):
            editor.setValue(int(value or 0))
        elif isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(value)))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, QSpinBox):
            editor.interpretText()
            model.setData(index, editor.value())
        elif isinstance(editor, QComboBox):
            model.setData(index, editor.currentData())


class ReturnLinesView(QTableView):
    def __init__(self, model: ReturnLinesModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("returnLines")
        self.setModel(model)
        self.setItemDelegate(_LineEditor(self))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.setTabKeyNavigation(False)  # Tab goes on to the reason, not to the next cell
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ReturnLinesModel.PRODUCT, QHeaderView.ResizeMode.Stretch)
        fit_columns(self, (ReturnLinesModel.RETURNED, ReturnLinesModel.BOUGHT))  # if narrow

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        """Tab (or Shift+Tab) in a quantity or condition editor keeps what was typed and
        moves on through the form, as it does outside the table."""
        forward = hint == QAbstractItemDelegate.EndEditHint.EditNextItem
        if forward or hint == QAbstractItemDelegate.EndEditHint.EditPreviousItem:
            super().closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
            self.focusNextPrevChild(forward)
            return
        super().closeEditor(editor, hint)

    def cancel_edit(self) -> bool:
        """Close an open quantity or condition editor without keeping it; False if none."""
        if self.state() != QAbstractItemView.State.EditingState:
            return False
        editor = self.indexWidget(self.currentIndex())
        if editor is not None:
            self.closeEditor(editor, QAbstractItemDelegate.EndEditHint.RevertModelCache)
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def focus_first(self) -> None:
        """Into the first line's quantity, ready to type."""
        model = self.model()
        if model.rowCount() > 0:
            self.setCurrentIndex(model.index(0, ReturnLinesModel.QUANTITY))
        self.setFocus(Qt.FocusReason.OtherFocusReason)
