"""The return receipt, as a document for the till roll (`desktop.shared.receipt`)."""

from __future__ import annotations

from desktop.returns.lines_model import condition_name
from desktop.returns.receipt_data import ReturnReceipt
from desktop.shared.formatting import local_time, money
from desktop.shared.i18n import tr
from desktop.shared.receipt.common import customer_line, method_name, with_reference
from desktop.shared.receipt.document import (
    Header,
    ReceiptDocument,
    Row,
    detail,
    item,
    line,
    separator,
    total,
)
from sync.order_codes import order_qr_text


def _header(receipt: ReturnReceipt) -> Header:
    lines = [
        tr("of order {number}").format(number=receipt.order_number),
        local_time(receipt.created_at),
        tr("Taken back by {name}").format(name=receipt.staff),
    ]
    if receipt.approved_by:
        lines.append(tr("Late return approved by {name}").format(name=receipt.approved_by))
    lines.append(customer_line(receipt.customer))
    lines.append(tr("Reason: {reason}").format(reason=receipt.reason))
    return Header(
        place=(receipt.store_name, receipt.store_address),
        title=tr("Return {number}").format(number=receipt.number),
        lines=tuple(lines),
    )


def _items(receipt: ReturnReceipt) -> list[Row]:
    rows = []
    for returned in receipt.lines:
        rows += [
            item(returned.name, returned.sku),
            detail(
                f"{returned.quantity} × {condition_name(returned.condition)}",
                money(returned.refund, receipt.currency),
            ),
        ]
    return rows


def _refunds(receipt: ReturnReceipt) -> list[Row]:
    rows = [
        line(
            with_reference(
                tr("Refund: {method}").format(method=method_name(refund.method)), refund.reference
            ),
            money(refund.amount, receipt.currency),
        )
        for refund in receipt.refunds
    ]
    rows.append(total(tr("TOTAL REFUNDED"), money(receipt.total, receipt.currency)))
    return rows


def return_receipt(receipt: ReturnReceipt) -> ReceiptDocument:
    return ReceiptDocument(
        name=tr("Return receipt {number}").format(number=receipt.number),
        file_name=f"{receipt.number}.pdf",
        header=_header(receipt),
        rows=(separator(), *_items(receipt), separator(), *_refunds(receipt)),
        footer=(tr("Keep this receipt for the refund."),),
        qr=order_qr_text(receipt.order_number),
    )
