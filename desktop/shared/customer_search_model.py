"""Customers matching what staff typed, read page by page as the list is scrolled.

The replica may hold a million customers: only the pages scrolled through are read
(keyset paging after the last customer shown), each as a query op. A new query starts
over; the answers to older queries are dropped.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, Signal

from desktop.services.ops import QueryOp
from desktop.services.workspace import Workspace
from desktop.shared.i18n import tr
from desktop.shared.paged_model import Column, PagedTableModel
from sync.client.search import CustomerHit, count_customers, search_customers

PAGE_SIZE = 100


class CustomerSearchModel(PagedTableModel[CustomerHit]):
    """Columns: name, phone, e-mail, loyalty card, customer number."""

    total_changed = Signal(int)  # customers on this device (for "n of N")

    def __init__(
        self, workspace: Workspace, parent: QObject | None = None, page_size: int = PAGE_SIZE
    ) -> None:
        super().__init__(page_size, parent)
        self.workspace = workspace
        self.text = ""
        self.total: int | None = None
        self._columns: list[Column[CustomerHit]] = [
            Column(tr("Name"), lambda h: f"{h.last_name} {h.first_name}"),
            Column(tr("Phone"), lambda h: h.phone or ""),
            Column(tr("E-mail"), lambda h: h.email or ""),
            Column(tr("Loyalty card"), lambda h: h.loyalty_card or ""),
            Column(tr("Number"), lambda h: h.number),
        ]

    def columns(self) -> Sequence[Column[CustomerHit]]:
        return self._columns

    def search(self, text: str) -> None:
        """Start over with `text` ("" lists every customer, by name)."""
        self.text = text.strip()
        self.reload()

    def page_reader(self, after: CustomerHit | None, limit: int) -> Callable[[], list[CustomerHit]]:
        text, workspace = self.text, self.workspace
        key = after.key if after is not None else None

        def read() -> list[CustomerHit]:
            with workspace.read() as session:
                return search_customers(session, text, limit=limit, after=key)

        return read

    def count(self) -> None:
        """Count the customers on this device, in the background (`total_changed`)."""
        workspace = self.workspace

        def read() -> int:
            with workspace.read() as session:
                return count_customers(session)

        QueryOp(parent=self, op=read, success=self._counted).latest_only("count").start()

    def _counted(self, total: int) -> None:
        self.total = total
        self.total_changed.emit(total)
