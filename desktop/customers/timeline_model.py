"""A customer's one timeline, newest first, read page by page; optionally one channel."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject

from desktop.customers import queries, timeline_texts
from desktop.customers.data import TimelineEvent
from desktop.services.workspace import Workspace
from desktop.shared import labels
from desktop.shared.formatting import local_time
from desktop.shared.i18n import tr
from desktop.shared.paged_model import Column, PagedTableModel

PAGE_SIZE = 50


def _details(event: TimelineEvent) -> str:
    """The event in the screen's language, its amounts and days as its locale writes them."""
    return timeline_texts.describe(event.kind, event.params, event.text)


def _by(event: TimelineEvent) -> str:
    return " · ".join(part for part in (event.staff, event.store) if part)


class TimelineModel(PagedTableModel[TimelineEvent]):
    """Columns: when, channel, what, text, by whom."""

    def __init__(
        self, workspace: Workspace, parent: QObject | None = None, page_size: int = PAGE_SIZE
    ) -> None:
        super().__init__(page_size, parent)
        self.workspace = workspace
        self.customer_id: uuid.UUID | None = None
        self.channel: str | None = None
        self._columns: list[Column[TimelineEvent]] = [
            Column(tr("When"), lambda e: local_time(e.occurred_at)),
            Column(tr("Channel"), lambda e: labels.channel(e.channel)),
            Column(tr("What"), lambda e: labels.kind(e.kind)),
            Column(tr("Details"), _details, tip=_details),
            Column(tr("By"), _by),
        ]

    def columns(self) -> Sequence[Column[TimelineEvent]]:
        return self._columns

    def show(self, customer_id: uuid.UUID | None, channel: str | None = None) -> None:
        """Read the timeline of `customer_id` (every channel when `channel` is None)."""
        self.customer_id = customer_id
        self.channel = channel or None
        if customer_id is None:
            self.clear()
        else:
            self.reload()

    def set_channel(self, channel: str | None) -> None:
        if (channel or None) != self.channel:
            self.show(self.customer_id, channel)

    def page_reader(
        self, after: TimelineEvent | None, limit: int
    ) -> Callable[[], list[TimelineEvent]]:
        customer_id, channel, workspace = self.customer_id, self.channel, self.workspace
        key = after.key if after is not None else None

        def read() -> list[TimelineEvent]:
            if customer_id is None:
                return []
            with workspace.read() as session:
                return queries.timeline(
                    session, customer_id, channel=channel, limit=limit, after=key
                )

        return read

    def add_event(self, customer_id: uuid.UUID, event: TimelineEvent) -> None:
        """An event just recorded here goes on top, if it belongs to what is shown."""
        if customer_id != self.customer_id:
            return
        if self.channel is not None and event.channel != self.channel:
            return
        if any(row.id == event.id for row in self.rows()):
            return
        self.prepend(event)
