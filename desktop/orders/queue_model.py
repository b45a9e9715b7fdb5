"""The pickup queue as a table: one row per order waiting at this store."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject

from desktop.orders import texts
from desktop.orders.records import QueueRow
from desktop.shared import labels
from desktop.shared.paged_model import Column
from desktop.shared.records_model import RecordsModel


def _tr(text: str) -> str:
    return QCoreApplication.translate("PickupQueue", text)


def _expiry(row: QueueRow) -> str:
    return texts.expiry(row.expires_at) if row.status == "ready_for_pickup" else ""


def queue_model(parent: QObject | None = None) -> RecordsModel[QueueRow]:
    return RecordsModel(
        [
            Column(_tr("Order"), lambda r: r.number),
            Column(_tr("Customer"), lambda r: r.customer),
            Column(_tr("Channel"), lambda r: labels.channel(r.channel)),
            Column(_tr("Status"), lambda r: labels.status(r.status)),
            Column(_tr("Age"), lambda r: texts.age(r.placed_at), align_right=True),
            Column(_tr("Payment"), lambda r: texts.payment(r.payment_mode, r.due, r.currency)),
            Column(_tr("Items"), lambda r: str(r.items), align_right=True),
            Column(_tr("Held until"), _expiry),
        ],
        parent,
    )
