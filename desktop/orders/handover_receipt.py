"""The hand-over receipt of a pickup order, as a document for the till roll
(`desktop.shared.receipt`), in the store's language: what was handed over, what still
waits, what was cancelled, what was paid and refunded."""

from __future__ import annotations

from desktop.orders.handover_data import HandOverReceipt
from desktop.shared.formatting import local_time, money
from desktop.shared.i18n import Translation, tr
from desktop.shared.receipt.common import (
    customer_line,
    method_name,
    payment_rows,
    store_locale,
    store_place,
    store_translation,
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


def _section(title: str, rows: list[Row]) -> list[Row]:
    return [separator(), heading(title), *rows]


def _body(receipt: HandOverReceipt, store_tr: Translation) -> list[Row]:
    place = store_locale(store_tr)
    cur = receipt.currency
    handed = [
        detail(
            store_tr("{units} × {name} ({sku})").format(units=ln.now, name=ln.name, sku=ln.sku),
            money(ln.value, cur, place),
        )
        for ln in receipt.lines
        if ln.now
    ]
    handed.append(
        detail(store_tr("Value of the goods handed over"), money(receipt.value_now, cur, place))
    )
    rows = _section(store_tr("Handed over"), handed)
    waiting = [
        detail(f"{ln.name} ({ln.sku})", str(ln.waiting)) for ln in receipt.lines if ln.waiting
    ]
    if waiting:
        rows += _section(store_tr("Still waiting for pickup"), waiting)
    cancelled = [
        detail(f"{ln.name} ({ln.sku})", str(ln.cancelled)) for ln in receipt.lines if ln.cancelled
    ]
    if cancelled:
        rows += _section(store_tr("Cancelled"), cancelled)
    paid = payment_rows(receipt.payments, receipt.change, cur, detail, store_tr)
    rows += _section(store_tr("Paid now"), paid or [detail(store_tr("Nothing to pay"))])
    if receipt.refunds:
        refunded = [
            detail(
                with_reference(method_name(refund.method, store_tr), refund.reference, store_tr),
                money(refund.amount, cur, place),
            )
            for refund in receipt.refunds
        ]
        rows += _section(store_tr("Refunded"), refunded)
    return rows


def hand_over_receipt(receipt: HandOverReceipt, language: str | None = None) -> ReceiptDocument:
    """The receipt in the store's language (or in `language`)."""
    store_tr = store_translation(receipt.store_country, receipt.currency, language)
    place = store_locale(store_tr)
    lines = [local_time(receipt.at, place)]
    if receipt.staff:
        lines.append(store_tr("Handed over by {name}").format(name=receipt.staff))
    lines.append(customer_line(receipt.customer, store_tr))
    return ReceiptDocument(
        name=tr("Pickup receipt {number}").format(number=receipt.number),
        file_name=f"{receipt.number}-pickup.pdf",
        header=Header(
            place=store_place(receipt.store_name, receipt.store_address),
            title=store_tr("Order pickup {number}").format(number=receipt.number),
            lines=tuple(lines),
        ),
        rows=(*_body(receipt, store_tr), separator()),
        footer=(thanks(store_tr),),
        qr=order_qr_text(receipt.number),
    )
