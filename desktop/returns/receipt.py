"""The return receipt, as a document for the till roll (`desktop.shared.receipt`), in the
store's language."""

from __future__ import annotations

from desktop.returns.receipt_data import ReturnReceipt
from desktop.shared.formatting import local_time, money
from desktop.shared.i18n import Translation, tr
from desktop.shared.receipt.common import (
    customer_line,
    method_name,
    store_locale,
    store_place,
    store_translation,
    with_reference,
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


def _condition(condition: str, store_tr: Translation) -> str:
    names = {
        "sellable": store_tr("Sellable (back to stock)"),
        "damaged": store_tr("Damaged (not for sale)"),
    }
    return names.get(str(condition), str(condition))


def _header(receipt: ReturnReceipt, store_tr: Translation) -> Header:
    place = store_locale(store_tr)
    lines = [
        store_tr("of order {number}").format(number=receipt.order_number),
        local_time(receipt.created_at, place),
        store_tr("Taken back by {name}").format(name=receipt.staff),
    ]
    if receipt.approved_by:
        lines.append(store_tr("Late return approved by {name}").format(name=receipt.approved_by))
    lines.append(customer_line(receipt.customer, store_tr))
    lines.append(store_tr("Reason: {reason}").format(reason=receipt.reason))
    return Header(
        place=store_place(receipt.store_name, receipt.store_address),
        title=store_tr("Return {number}").format(number=receipt.number),
        lines=tuple(lines),
    )


def _items(receipt: ReturnReceipt, store_tr: Translation) -> list[Row]:
    place = store_locale(store_tr)
    rows = []
    for returned in receipt.lines:
        rows += [
            item(returned.name, returned.sku),
            detail(
                f"{returned.quantity} × {_condition(returned.condition, store_tr)}",
                money(returned.refund, receipt.currency, place),
            ),
        ]
    return rows


def _refunds(receipt: ReturnReceipt, store_tr: Translation) -> list[Row]:
    place = store_locale(store_tr)
    rows = [
        line(
            with_reference(
                store_tr("Refund: {method}").format(method=method_name(refund.method, store_tr)),
                refund.reference,
                store_tr,
            ),
            money(refund.amount, receipt.currency, place),
        )
        for refund in receipt.refunds
    ]
    rows.append(total(store_tr("TOTAL REFUNDED"), money(receipt.total, receipt.currency, place)))
    return rows


def return_receipt(receipt: ReturnReceipt, language: str | None = None) -> ReceiptDocument:
    """The receipt in the store's language (or in `language`)."""
    store_tr = store_translation(receipt.store_country, receipt.currency, language)
    return ReceiptDocument(
        name=tr("Return receipt {number}").format(number=receipt.number),
        file_name=f"{receipt.number}.pdf",
        header=_header(receipt, store_tr),
        rows=(
            separator(),
            *_items(receipt, store_tr),
            separator(),
            *_refunds(receipt, store_tr),
        ),
        footer=(store_tr("Keep this receipt for the refund."),),
        qr=order_qr_text(receipt.order_number),
    )
