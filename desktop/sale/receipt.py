"""The receipt of a sale, as a document for the till roll (`desktop.shared.receipt`)."""

from __future__ import annotations

from desktop.sale.receipt_data import Receipt
from desktop.shared.formatting import local_time, money
from desktop.shared.i18n import tr
from desktop.shared.receipt.common import customer_line, payment_rows, thanks
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


def _items(receipt: Receipt) -> list[Row]:
    cur = receipt.currency
    rows = []
    for sold in receipt.lines:
        rows += [
            item(sold.name, sold.sku),
            detail(f"{sold.quantity} × {money(sold.unit_price, cur)}", money(sold.total, cur)),
        ]
        if sold.discount > 0:
            rows.append(
                detail(
                    tr("promotion {code}").format(code=sold.promotion_code or ""),
                    "-" + money(sold.discount, cur),
                )
            )
    return rows


def _totals(receipt: Receipt) -> list[Row]:
    cur = receipt.currency
    rows = []
    if receipt.discount_total > 0:
        rows.append(line(tr("You saved"), money(receipt.discount_total, cur)))
    rows.append(total(tr("TOTAL"), money(receipt.total, cur)))
    rows.append(line(tr("of which VAT"), money(receipt.tax_total, cur)))
    return rows


def sale_receipt(receipt: Receipt) -> ReceiptDocument:
    header = Header(
        place=(receipt.store_name, receipt.store_address),
        title=tr("Sale {number}").format(number=receipt.number),
        lines=(
            local_time(receipt.placed_at),
            tr("Served by {name}").format(name=receipt.cashier),
            customer_line(receipt.customer),
        ),
    )
    rows = [
        separator(),
        *_items(receipt),
        separator(),
        *_totals(receipt),
        separator(),
        *payment_rows(receipt.payments, receipt.change, receipt.currency, line),
    ]
    return ReceiptDocument(
        name=tr("Receipt {number}").format(number=receipt.number),
        file_name=f"{receipt.number}.pdf",
        header=header,
        rows=tuple(rows),
        footer=(thanks(),),
        qr=order_qr_text(receipt.number),
    )
