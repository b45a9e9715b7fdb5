"""The pick list of a pickup order: what to fetch from the shelves to prepare it, a box
to tick per line, printed on A4 (or saved as an A4 PDF)."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtWidgets import QWidget

from desktop.orders import texts
from desktop.orders.records import OrderDetail
from desktop.shared.i18n import tr
from desktop.shared.receipt import sheet
from sync.order_codes import order_qr_text


def _header(order: OrderDetail) -> list[str]:
    who = order.customer.name if order.customer else tr("No customer on this order")
    lines = [tr("PICK LIST"), tr("Order {number}").format(number=order.number), who]
    if order.expires_at is not None:
        lines.append(tr("Held until {date}").format(date=texts.expiry(order.expires_at)))
    return lines


def _rows(order: OrderDetail) -> list[tuple[str, str, int]]:
    """(product, SKU, units to fetch) of every line with units still waiting."""
    return [(line.name, line.sku, line.waiting) for line in order.lines if line.waiting > 0]


def pick_list_text(order: OrderDetail, width: int = 42) -> str:
    out = [*_header(order), "-" * width]
    for name, sku, units in _rows(order):
        out.append(f"[ ] {units} × {name}")
        out.append(f"      {sku}")
    out += ["-" * width, tr("Missing units: mark them on the till before “ready”.")]
    return "\n".join(out) + "\n"


def pick_list_html(order: OrderDetail) -> str:
    head = "<br>".join(html.escape(line) for line in _header(order))
    rows = "".join(
        f"<tr><td>&#9744;</td><td align='right'><b>{units}</b> ×</td>"
        f"<td>{html.escape(name)}<br><small>{html.escape(sku)}</small></td></tr>"
        for name, sku, units in _rows(order)
    )
    missing = tr("Missing units: mark them on the till before “ready”.")
    return (
        f"<p align='center'><b>{head}</b></p>"
        f"<table width='100%' cellspacing='2'>{rows}</table><hr>"
        f"<p>{html.escape(missing)}</p>"
    )


def _title(order: OrderDetail) -> str:
    return tr("Pick list {number}").format(number=order.number)


def save_pick_list(order: OrderDetail, path: Path) -> Path:
    return sheet.save_pdf(pick_list_html(order), _title(order), path, order_qr_text(order.number))


def print_pick_list(order: OrderDetail, parent: QWidget | None = None) -> bool:
    return sheet.print_page(
        pick_list_html(order), _title(order), parent, order_qr_text(order.number)
    )
