"""The product picker's searches: run a moment after staff stop typing, in the background,
only the latest shown; Enter before the answer picks the first product it finds."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from desktop.services.ops import QueryOp, drop_answers
from desktop.services.workspace import Workspace
from desktop.shared.errors import explain
from desktop.shared.products import ProductChoice, find_products

if TYPE_CHECKING:
    from desktop.shared.product_picker import ProductPicker

DEBOUNCE_MS = 200


class ProductSearch(QObject):
    """Reacts to the picker's `search_edited` and `choose_requested`."""

    def __init__(
        self, workspace: Workspace, view: ProductPicker, customer_id: uuid.UUID | None = None
    ) -> None:
        super().__init__(view)
        self.workspace = workspace
        self.customer_id = customer_id  # prices are this customer's
        self.view = view
        self._searching = False
        self._choose_when_found = False  # Enter came before the search answered
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._run)
        view.search_edited.connect(self._timer.start)
        view.choose_requested.connect(self.choose)

    def searching(self) -> bool:
        """A search is waiting to run or to answer."""
        return self._timer.isActive() or self._searching

    def _run(self) -> None:
        text = self.view.search_text()
        if not text:
            drop_answers(self, "search")
            self._searching = self._choose_when_found = False  # nothing to pick
            self.view.clear_hits()
            return
        self._searching = True
        self.view.show_searching()
        workspace, customer_id = self.workspace, self.customer_id

        def search() -> list[ProductChoice]:
            with workspace.read() as session:
                return find_products(session, text, customer_id=customer_id)

        QueryOp(parent=self, op=search, success=self._found).failure(self._failed).latest_only(
            "search"
        ).start()

    def _found(self, hits: list[ProductChoice]) -> None:
        self._searching = False
        self.view.show_hits(hits)
        if self._choose_when_found:
            self._choose_when_found = False
            self.choose()

    def _failed(self, error: BaseException) -> None:
        self._searching = self._choose_when_found = False
        self.view.show_problem(explain(error))

    def choose(self) -> None:
        """Pick the highlighted product (the first one), once the search has answered."""
        if self.searching():
            self._choose_when_found = True
            if self._timer.isActive():
                self._timer.stop()
                self._run()
            return
        hit = self.view.highlighted()
        if hit is not None:
            self.view.pick(hit.product_id)
