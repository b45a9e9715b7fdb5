"""The hand-over receipt of a pickup order: as text, as a PDF and on a printer.

Laid out like the sale receipt (desktop.sale.receipt): one QTextDocument on the same
80 mm till roll gives the PDF and the printout.
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from desktop.orders.handover_data import HandOverReceipt, Money
from desktop.sale.receipt import method_name
from desktop.ui import till_roll
from desktop.ui.formatting import local_time, money
from sync.order_codes import order_qr_text

Row = tuple[str, str]


def _tr(text: str) -> str:
    return QCoreApplication.translate("handOverReceipt", text)


def _header(receipt: HandOverReceipt) -> list[str]:
    lines = [receipt.store_name, receipt.store_address,
             _tr("Order pickup {number}").format(number=receipt.number),
             local_time(receipt.at)]
    if receipt.staff:
        lines.append(_tr("Handed over by {name}").format(name=receipt.staff))
    if receipt.customer:
        lines.append(_tr("Customer: {name}").format(name=receipt.customer))
    return [line for line in lines if line]


def _method(item: Money) -> str:
    label = method_name(item.method)
    if item.reference:
        label = _tr("{method} (ref. {reference})").format(method=label,
                                                         reference=item.reference)
    return label


def _sections(receipt: HandOverReceipt) -> list[tuple[str, list[Row]]]:
    """(heading, rows) of the receipt's body, each row a label and an amount or count."""
    cur = receipt.currency
    handed = [(_tr("{units} × {name} ({sku})").format(units=line.now, name=line.name,
                                                    sku=line.sku), money(line.value, cur))
              for line in receipt.lines if line.now]
    handed.append((_tr("Value of the goods handed over"), money(receipt.value_now, cur)))
    sections = [(_tr("Handed over"), handed)]
    waiting = [(f"{line.name} ({line.sku})", str(line.waiting))
               for line in receipt.lines if line.waiting]
    if waiting:
        sections.append((_tr("Still waiting for pickup"), waiting))
    cancelled = [(f"{line.name} ({line.sku})", str(line.cancelled))
                 for line in receipt.lines if line.cancelled]
    if cancelled:
        sections.append((_tr("Cancelled"), cancelled))
    paid = [(_method(item), money(item.amount, cur)) for item in receipt.payments
            if item.method != "cash"]
    cash = sum((item.amount for item in receipt.payments if item.method == "cash"),
               receipt.change)
    if cash > 0:
        paid += [(_tr("Cash received"), money(cash, cur)),
                 (_tr("Change"), money(receipt.change, cur))]
    sections.append((_tr("Paid now"), paid or [(_tr("Nothing to pay"), "")]))
    if receipt.refunds:
        sections.append((_tr("Refunded"), [(_method(item), money(item.amount, cur))
                                           for item in receipt.refunds]))
    return sections


def hand_over_text(receipt: HandOverReceipt, width: int = 42) -> str:
    """The receipt as plain text (what the PDF and the printout say)."""

    def pair(left: str, right: str) -> str:
        return f"{left} {right.rjust(max(1, width - len(left) - 1))}" if right else left

    out = [*_header(receipt)]
    for heading, rows in _sections(receipt):
        out += ["-" * width, heading.upper()]
        out += [pair(f"  {left}", right) for left, right in rows]
    out += ["-" * width, _tr("Thank you for shopping with us.")]
    return "\n".join(out) + "\n"


def hand_over_html(receipt: HandOverReceipt) -> str:
    head = "<br>".join(html.escape(line) for line in _header(receipt))
    body = []
    for heading, rows in _sections(receipt):
        body.append(f"<tr><td colspan='2'><hr><b>{html.escape(heading)}</b></td></tr>")
        body += [f"<tr><td>{html.escape(left)}</td><td align='right'>{html.escape(right)}"
                 "</td></tr>" for left, right in rows]
    return (f"<p align='center'>{head}</p>"
            f"<table width='100%' cellspacing='0'>{''.join(body)}</table>"
            f"<p align='center'>{html.escape(_tr('Thank you for shopping with us.'))}</p>")


def hand_over_title(receipt: HandOverReceipt) -> str:
    return _tr("Pickup receipt {number}").format(number=receipt.number)


def save_pdf(receipt: HandOverReceipt, path: Path) -> Path:
    """Write the receipt as a PDF at `path` (created or replaced)."""
    return till_roll.save_pdf(hand_over_html(receipt), hand_over_title(receipt), path,
                              order_qr_text(receipt.number))


def print_receipt(receipt: HandOverReceipt, parent: QWidget | None = None) -> bool:
    """Ask which printer, then print; False if staff cancelled."""
    return till_roll.print_page(hand_over_html(receipt), hand_over_title(receipt), parent,
                               order_qr_text(receipt.number))
