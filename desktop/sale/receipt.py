"""The receipt of a sale, as a document for the till roll (`desktop.shared.receipt`), in
the store's language."""

from __future__ import annotations

from desktop.sale.receipt_data import Receipt
from desktop.shared.formatting import local_time, money
from desktop.shared.i18n import Translation, tr
from desktop.shared.receipt.common import (
    customer_line,
    payment_rows,
    store_locale,
    store_place,
    store_translation,
    thanks,
)
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


def _items(receipt: Receipt, store_tr: Translation) -> list[Row]:
    place = store_locale(store_tr)
    cur = receipt.currency
    rows = []
    for sold in receipt.lines:
        rows += [
            item(sold.name, sold.sku),
            detail(
                f"{sold.quantity} × {money(sold.unit_price, cur, place)}",
                money(sold.total, cur, place),
            ),
        ]
        if sold.discount > 0:
            rows.append(
                detail(
                    store_tr("promotion {code}").format(code=sold.promotion_code or ""),
                    money(-sold.discount, cur, place),
                )
            )
    return rows


def _totals(receipt: Receipt, store_tr: Translation) -> list[Row]:
    place = store_locale(store_tr)
    cur = receipt.currency
    rows = []
    if receipt.discount_total > 0:
        rows.append(line(store_tr("You saved"), money(receipt.discount_total, cur, place)))
    rows.append(total(store_tr("TOTAL"), money(receipt.total, cur, place)))
    rows.append(line(store_tr("of which VAT"), money(receipt.tax_total, cur, place)))
    return rows


def sale_receipt(receipt: Receipt, language: str | None = None) -> ReceiptDocument:
    """The receipt in the store's language (or in `language`)."""
    store_tr = store_translation(receipt.store_country, receipt.currency, language)
    place = store_locale(store_tr)
    header = Header(
        place=store_place(receipt.store_name, receipt.store_address),
        title=store_tr("Sale {number}").format(number=receipt.number),
        lines=(
            local_time(receipt.placed_at, place),
            store_tr("Served by {name}").format(name=receipt.cashier),
            customer_line(receipt.customer, store_tr),
        ),
    )
    rows = [
        separator(),
        *_items(receipt, store_tr),
        separator(),
        *_totals(receipt, store_tr),
        separator(),
        *payment_rows(receipt.payments, receipt.change, receipt.currency, line, store_tr),
    ]
    return ReceiptDocument(
        name=tr("Receipt {number}").format(number=receipt.number),
        file_name=f"{receipt.number}.pdf",
        header=header,
        rows=tuple(rows),
        footer=(thanks(store_tr),),
        qr=order_qr_text(receipt.number),
    )
