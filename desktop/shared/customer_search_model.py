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
from desktop.shared import labels
from desktop.shared.customer_search_columns import Layout
from desktop.shared.i18n import tr
from desktop.shared.paged_model import Column, PagedTableModel
from sync.client.search import CustomerHit, count_customers, search_customers

PAGE_SIZE = 100


NAME, PHONE, EMAIL, CITY, NUMBER, SEGMENT = range(6)  # the columns
# The name stretches; phone, city and segment (short, and what tells namesakes apart) read
# whole first; in a list too narrow for every header, the number, the e-mail... go first.
COLUMNS = Layout(
    stretch=NAME, keep=(PHONE, CITY, SEGMENT), drop=(NUMBER, EMAIL, SEGMENT, CITY, PHONE)
)


def name(hit: CustomerHit) -> str:
    return f"{hit.last_name} {hit.first_name}"


def number_and_card(hit: CustomerHit) -> str:
    """The customer number, and the loyalty card if they have one."""
    return f"{hit.number} · {hit.loyalty_card}" if hit.loyalty_card else hit.number


def column_texts() -> list[tuple[str, Callable[[CustomerHit], str]]]:
    """What tells namesakes apart: (header, text) of each column, the name's first."""
    return [
        (tr("Name"), name),
        (tr("Phone"), lambda hit: hit.phone or ""),
        (tr("E-mail"), lambda hit: hit.email or ""),
        (tr("City"), lambda hit: hit.city or ""),
        (tr("Number / card"), number_and_card),
        (tr("Segment"), lambda hit: labels.segment(hit.segment)),
    ]


def whole(header: str, text: Callable[[CustomerHit], str]) -> Column[CustomerHit]:
    """A column whose whole value is its tooltip (the list elides long values)."""
    return Column(header, text, tip=text)


class CustomerSearchModel(PagedTableModel[CustomerHit]):
    """Columns: name, phone, e-mail, city, customer number and loyalty card, segment."""

    total_changed = Signal(int)  # customers on this device (for "n of N")

    def __init__(
        self, workspace: Workspace, parent: QObject | None = None, page_size: int = PAGE_SIZE
    ) -> None:
        super().__init__(page_size, parent)
        self.workspace = workspace
        self.text = ""
        self.total: int | None = None
        self._columns = [whole(header, text) for header, text in column_texts()]

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
