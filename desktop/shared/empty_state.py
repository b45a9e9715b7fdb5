"""A sentence in the middle of an empty list: what is empty and what to do.

    self.empty = EmptyState(self.table, tr("Scan a product or press F4 to find one."))

The sentence is a muted label over the view's viewport, shown while the view's model has
no rows and hidden as soon as it has one; `set_text` changes it (an empty text shows
nothing, e.g. while a search is still running). The view keeps its name and its model
(set before; a model set later is not watched).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel

MARGIN = 16  # between the sentence and the viewport's edges


class EmptyState(QObject):
    """Shows `text` centred in `view` while its model is empty."""

    def __init__(self, view: QAbstractItemView, text: str = "") -> None:
        super().__init__(view.viewport())  # goes with the viewport it watches
        self.view = view
        self._viewport = view.viewport()
        self._model = view.model()
        self.label = QLabel(text, self._viewport)
        self.label.setObjectName(f"{view.objectName() or 'list'}Empty")
        self.label.setProperty("kind", "muted")
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setWordWrap(True)
        self.label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self._viewport.installEventFilter(self)
        model = self._model
        if model is not None:
            model.rowsInserted.connect(self._rows_changed)
            model.rowsRemoved.connect(self._rows_changed)
            model.modelReset.connect(self._rows_changed)
            model.layoutChanged.connect(self._rows_changed)
        self.refresh()

    @property
    def text(self) -> str:
        return self.label.text()

    def set_text(self, text: str) -> None:
        self.label.setText(text)
        self.refresh()

    def showing(self) -> bool:
        """Whether the sentence is up (the view itself may be off screen)."""
        return not self.label.isHidden()

    def refresh(self) -> None:
        model = self._model
        empty = model is None or model.rowCount() == 0
        self._place()
        self.label.setVisible(empty and bool(self.label.text()))

    def _rows_changed(self, *_: object) -> None:
        self.refresh()

    def _place(self) -> None:
        # Side margins only: a short list (two rows high) must still show the sentence whole.
        area = self._viewport.rect().adjusted(MARGIN, 0, -MARGIN, 0)
        self.label.setGeometry(area)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._viewport and event.type() == QEvent.Type.Resize:
            self._place()
        return super().eventFilter(watched, event)
