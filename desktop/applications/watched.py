"""Which tables the desk shows, and whether what a sync touched concerns the queue or the
application on screen. Qt-free."""

from __future__ import annotations

import uuid

from sync.client.touched import Touched

QUEUE_TABLES = frozenset({"applications", "application_files", "customers"})
DETAIL_TABLES = QUEUE_TABLES | {"interactions"}
WATCHES = DETAIL_TABLES


def queue_concerned(touched: Touched) -> bool:
    return touched.concerns(*QUEUE_TABLES)


def detail_concerned(touched: Touched, application_id: uuid.UUID | None) -> bool:
    """Whether the application on screen may show something else now."""
    if application_id is None:
        return False
    return touched.concerns_row("applications", application_id) or touched.concerns(
        "application_files", "interactions", "customers"
    )
