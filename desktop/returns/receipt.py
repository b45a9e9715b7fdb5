"""The return receipt: as text, as a PDF and on a printer, on the sale receipt's till roll.

One QTextDocument gives the PDF and the print, laid out like the sale receipt.
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from desktop.returns.lines_model import condition_name
from desktop.returns.receipt_data import ReturnReceipt
from desktop.sale.receipt import method_name
from desktop.ui import till_roll
from desktop.ui.formatting import local_time, money
from sync.order_codes import order_qr_text


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReturnReceipt", text)


def _footer() -> str:
    return _tr("Keep this receipt for the refund.")


def _refund_label(method: str, reference: str | None) -> str:
    label = _tr("Refund: {method}").format(method=method_name(method))
    if reference:
        label = _tr("{label} (ref. {reference})").format(label=label, reference=reference)
    return label


def _header(receipt: ReturnReceipt) -> list[str]:
    lines = [receipt.store_name, receipt.store_address,
             _tr("Return {number}").format(number=receipt.number),
             _tr("of order {number}").format(number=receipt.order_number),
             local_time(receipt.created_at),
             _tr("Taken back by {name}").format(name=receipt.staff)]
    if receipt.approved_by:
        lines.append(_tr("Late return approved by {name}").format(name=receipt.approved_by))
    if receipt.customer:
        lines.append(_tr("Customer: {name}").format(name=receipt.customer))
    lines.append(_tr("Reason: {reason}").format(reason=receipt.reason))
    return [line for line in lines if line]


def _line_rows(receipt: ReturnReceipt) -> list[tuple[str, str, str]]:
    """(product, "n × condition", refund) per line."""
    return [(f"{line.name} ({line.sku})",
             f"  {line.quantity} × {condition_name(line.condition)}",
             money(line.refund, receipt.currency)) for line in receipt.lines]


def _money_rows(receipt: ReturnReceipt) -> list[tuple[str, str]]:
    rows = [(_refund_label(refund.method, refund.reference),
             money(refund.amount, receipt.currency)) for refund in receipt.refunds]
    rows.append((_tr("TOTAL REFUNDED"), money(receipt.total, receipt.currency)))
    return rows


def return_receipt_text(receipt: ReturnReceipt, width: int = 42) -> str:
    """The receipt as plain text (what the PDF and the printout say)."""

    def pair(left: str, right: str) -> str:
        return f"{left} {right.rjust(max(1, width - len(left) - 1))}"

    out = [*_header(receipt), "-" * width]
    for product, quantity, refund in _line_rows(receipt):
        out += [product, pair(quantity, refund)]
    out.append("-" * width)
    out += [pair(left, right) for left, right in _money_rows(receipt)]
    out.append(_footer())
    return "\n".join(out) + "\n"


def _row(left: str, right: str, bold: bool = False) -> str:
    tag = ("<b>", "</b>") if bold else ("", "")
    return (f"<tr><td>{tag[0]}{html.escape(left)}{tag[1]}</td>"
            f"<td align='right'>{tag[0]}{html.escape(right)}{tag[1]}</td></tr>")


def return_receipt_html(receipt: ReturnReceipt) -> str:
    head = "<br>".join(html.escape(line) for line in _header(receipt))
    rows = []
    for product, quantity, refund in _line_rows(receipt):
        rows.append(f"<tr><td colspan='2'>{html.escape(product)}</td></tr>")
        rows.append(_row(quantity, refund))
    money_rows = _money_rows(receipt)
    totals = [_row(left, right, bold=n == len(money_rows) - 1)
              for n, (left, right) in enumerate(money_rows)]
    rule = "<tr><td colspan='2'><hr></td></tr>"
    return (f"<p align='center'>{head}</p>"
            f"<table width='100%' cellspacing='0'>{''.join(rows)}{rule}{''.join(totals)}"
            "</table>"
            f"<p align='center'>{html.escape(_footer())}</p>")


def return_receipt_title(receipt: ReturnReceipt) -> str:
    return _tr("Return receipt {number}").format(number=receipt.number)


def save_return_pdf(receipt: ReturnReceipt, path: Path) -> Path:
    """Write the receipt as a PDF at `path` (created or replaced)."""
    return till_roll.save_pdf(return_receipt_html(receipt), return_receipt_title(receipt),
                              path, order_qr_text(receipt.order_number))


def print_return_receipt(receipt: ReturnReceipt, parent: QWidget | None = None) -> bool:
    """Ask which printer, then print; False if staff cancelled."""
    return till_roll.print_page(return_receipt_html(receipt), return_receipt_title(receipt),
                                parent, order_qr_text(receipt.order_number))
