"""The receipt of a sale: as text, as a PDF (QPdfWriter) and on a printer (QPrinter).

The PDF and the print are the same page, laid out for an 80 mm till roll
(`desktop.ui.till_roll`).
"""

from __future__ import annotations

import html
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from desktop.sale.receipt_data import Receipt
from desktop.ui import till_roll
from desktop.ui.formatting import local_time, money
from sync.order_codes import order_qr_text


def _tr(text: str) -> str:
    return QCoreApplication.translate("receipt", text)


def method_name(method: str) -> str:
    names = {"cash": _tr("Cash"), "card": _tr("Card"), "store_credit": _tr("Store credit"),
             "online": _tr("Paid online")}
    return names.get(method, method)


def _cash_received(receipt: Receipt) -> Decimal:
    cash = sum((p.amount for p in receipt.payments if p.method == "cash"), Decimal("0.00"))
    return cash + receipt.change


def _payment_rows(receipt: Receipt) -> list[tuple[str, str]]:
    rows = []
    for payment in receipt.payments:
        if payment.method == "cash":
            continue
        label = method_name(payment.method)
        if payment.reference:
            label = _tr("{method} (ref. {reference})").format(method=label,
                                                              reference=payment.reference)
        rows.append((label, money(payment.amount, receipt.currency)))
    cash = _cash_received(receipt)
    if cash > 0:
        rows.append((_tr("Cash received"), money(cash, receipt.currency)))
        rows.append((_tr("Change"), money(receipt.change, receipt.currency)))
    return rows


def _header(receipt: Receipt) -> list[str]:
    lines = [receipt.store_name, receipt.store_address,
             _tr("Sale {number}").format(number=receipt.number),
             local_time(receipt.placed_at),
             _tr("Served by {name}").format(name=receipt.cashier)]
    if receipt.customer:
        lines.append(_tr("Customer: {name}").format(name=receipt.customer))
    return [line for line in lines if line]


def _totals(receipt: Receipt) -> list[tuple[str, str]]:
    rows = []
    if receipt.discount_total > 0:
        rows.append((_tr("You saved"), money(receipt.discount_total, receipt.currency)))
    rows.append((_tr("TOTAL"), money(receipt.total, receipt.currency)))
    rows.append((_tr("of which VAT"), money(receipt.tax_total, receipt.currency)))
    return rows


def receipt_text(receipt: Receipt, width: int = 42) -> str:
    """The receipt as plain text (what the PDF and the printout say)."""

    def pair(left: str, right: str) -> str:
        return f"{left} {right.rjust(max(1, width - len(left) - 1))}"

    out = [*_header(receipt), "-" * width]
    for line in receipt.lines:
        out.append(f"{line.name} ({line.sku})")
        out.append(pair(f"  {line.quantity} × {money(line.unit_price, receipt.currency)}",
                        money(line.total, receipt.currency)))
        if line.discount > 0:
            out.append(pair(_tr("  promotion {code}").format(code=line.promotion_code or ""),
                            "-" + money(line.discount, receipt.currency)))
    out.append("-" * width)
    out += [pair(left, right) for left, right in _totals(receipt)]
    out.append("-" * width)
    out += [pair(left, right) for left, right in _payment_rows(receipt)]
    out.append(_tr("Thank you for shopping with us."))
    return "\n".join(out) + "\n"


def _row(left: str, right: str, bold: bool = False) -> str:
    tag = ("<b>", "</b>") if bold else ("", "")
    return (f"<tr><td>{tag[0]}{html.escape(left)}{tag[1]}</td>"
            f"<td align='right'>{tag[0]}{html.escape(right)}{tag[1]}</td></tr>")


def receipt_html(receipt: Receipt) -> str:
    head = "<br>".join(html.escape(line) for line in _header(receipt))
    rows = []
    for line in receipt.lines:
        rows.append(f"<tr><td colspan='2'>{html.escape(line.name)} "
                    f"<small>({html.escape(line.sku)})</small></td></tr>")
        rows.append(_row(f"  {line.quantity} × {money(line.unit_price, receipt.currency)}",
                         money(line.total, receipt.currency)))
        if line.discount > 0:
            rows.append(_row(_tr("  promotion {code}").format(code=line.promotion_code or ""),
                             "-" + money(line.discount, receipt.currency)))
    totals = [_row(left, right, bold=left == _tr("TOTAL")) for left, right in _totals(receipt)]
    paid = [_row(left, right) for left, right in _payment_rows(receipt)]
    rule = "<tr><td colspan='2'><hr></td></tr>"
    return (f"<p align='center'>{head}</p>"
            f"<table width='100%' cellspacing='0'>{''.join(rows)}{rule}{''.join(totals)}"
            f"{rule}{''.join(paid)}</table>"
            f"<p align='center'>{html.escape(_tr('Thank you for shopping with us.'))}</p>")


def receipt_title(receipt: Receipt) -> str:
    return _tr("Receipt {number}").format(number=receipt.number)


def save_pdf(receipt: Receipt, path: Path) -> Path:
    """Write the receipt as a PDF at `path` (created or replaced)."""
    return till_roll.save_pdf(receipt_html(receipt), receipt_title(receipt), path,
                              order_qr_text(receipt.number))


def print_receipt(receipt: Receipt, parent: QWidget | None = None) -> bool:
    """Ask which printer, then print; False if the cashier cancelled."""
    return till_roll.print_page(receipt_html(receipt), receipt_title(receipt), parent,
                               order_qr_text(receipt.number))
