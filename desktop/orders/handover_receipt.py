"""The hand-over receipt of a pickup order, as a document for the till roll
(`desktop.shared.receipt`): what was handed over, what still waits, what was cancelled,
what was paid and refunded."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.orders.handover_data import HandOverReceipt
from desktop.shared.formatting import local_time, money
from desktop.shared.receipt.common import (
    customer_line,
    method_name,
    payment_rows,
    thanks,
    with_reference,
)
from desktop.shared.receipt.document import (
    Header,
    ReceiptDocument,
    Row,
    detail,
    heading,
    separator,
)
from sync.order_codes import order_qr_text


def _tr(text: str) -> str:
    return QCoreApplication.translate("handOverReceipt", text)


def _section(title: str, rows: list[Row]) -> list[Row]:
    return [separator(), heading(title), *rows]


def _body(receipt: HandOverReceipt) -> list[Row]:
    cur = receipt.currency
    handed = [
        detail(
            _tr("{units} × {name} ({sku})").format(units=ln.now, name=ln.name, sku=ln.sku),
            money(ln.value, cur),
        )
        for ln in receipt.lines
        if ln.now
    ]
    handed.append(detail(_tr("Value of the goods handed over"), money(receipt.value_now, cur)))
    rows = _section(_tr("Handed over"), handed)
    waiting = [
        detail(f"{ln.name} ({ln.sku})", str(ln.waiting)) for ln in receipt.lines if ln.waiting
    ]
    if waiting:
        rows += _section(_tr("Still waiting for pickup"), waiting)
    cancelled = [
        detail(f"{ln.name} ({ln.sku})", str(ln.cancelled)) for ln in receipt.lines if ln.cancelled
    ]
    if cancelled:
        rows += _section(_tr("Cancelled"), cancelled)
    paid = payment_rows(receipt.payments, receipt.change, cur, detail)
    rows += _section(_tr("Paid now"), paid or [detail(_tr("Nothing to pay"))])
    if receipt.refunds:
        refunded = [
            detail(
                with_reference(method_name(refund.method), refund.reference),
                money(refund.amount, cur),
            )
            for refund in receipt.refunds
        ]
        rows += _section(_tr("Refunded"), refunded)
    return rows


def hand_over_receipt(receipt: HandOverReceipt) -> ReceiptDocument:
    lines = [local_time(receipt.at)]
    if receipt.staff:
        lines.append(_tr("Handed over by {name}").format(name=receipt.staff))
    lines.append(customer_line(receipt.customer))
    return ReceiptDocument(
        name=_tr("Pickup receipt {number}").format(number=receipt.number),
        file_name=f"{receipt.number}-pickup.pdf",
        header=Header(
            place=(receipt.store_name, receipt.store_address),
            title=_tr("Order pickup {number}").format(number=receipt.number),
            lines=tuple(lines),
        ),
        rows=(*_body(receipt), separator()),
        footer=(thanks(),),
        qr=order_qr_text(receipt.number),
    )
