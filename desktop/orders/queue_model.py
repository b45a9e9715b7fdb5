"""The pickup queue as a table: one row per order waiting at this store."""

from __future__ import annotations

from PySide6.QtCore import QObject

from desktop.orders import texts
from desktop.orders.records import QueueRow
from desktop.shared import labels
from desktop.shared.i18n import tr
from desktop.shared.paged_model import Column
from desktop.shared.records_model import RecordsModel


def _expiry(row: QueueRow) -> str:
    return texts.expiry(row.expires_at) if row.status == "ready_for_pickup" else ""


def queue_model(parent: QObject | None = None) -> RecordsModel[QueueRow]:
    return RecordsModel(
        [
            Column(tr("Order"), lambda r: r.number),
            Column(tr("Customer"), lambda r: r.customer),
            Column(tr("Channel"), lambda r: labels.channel(r.channel)),
            Column(tr("Status"), lambda r: labels.status(r.status)),
            Column(tr("Age"), lambda r: texts.age(r.placed_at), align_right=True),
            Column(tr("Payment"), lambda r: texts.payment(r.payment_mode, r.due, r.currency)),
            Column(tr("Items"), lambda r: str(r.items), align_right=True),
            Column(tr("Held until"), _expiry),
        ],
        parent,
    )
