"""The desk's queue as a table: one row per application."""

from __future__ import annotations

from PySide6.QtCore import QObject

from desktop.applications import texts
from desktop.applications.records import QueueRow
from desktop.shared import labels
from desktop.shared.formatting import local_time, money
from desktop.shared.i18n import tr
from desktop.shared.paged_model import Column
from desktop.shared.records_model import RecordsModel


def _amount(row: QueueRow) -> str:
    if row.amount is None:
        return ""
    return money(row.amount, row.currency or "")


def queue_model(parent: QObject | None = None) -> RecordsModel[QueueRow]:
    return RecordsModel(
        [
            Column(tr("Application"), lambda r: r.number),
            Column(tr("Customer"), lambda r: r.customer, tip=lambda r: r.customer_number),
            Column(tr("Product"), lambda r: labels.product(r.product) if r.product else ""),
            Column(tr("Amount"), _amount, align_right=True),
            Column(tr("Started"), lambda r: labels.channel(r.channel)),
            Column(
                tr("Stage"),
                lambda r: texts.stage(r.stage, r.stalled),
                tip=lambda r: texts.stage(r.stage, r.stalled),
            ),
            Column(tr("Updated"), lambda r: local_time(r.updated_at)),
            Column(tr("Next"), texts.queue_next, tip=lambda r: texts.missing_list(r.missing) or ""),
        ],
        parent,
    )
