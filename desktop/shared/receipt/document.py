"""A receipt as a document: a header, rows that each carry a style, a footer and the QR
code of the order. Every receipt the till prints (sale, hand-over, return) is one of these;
the till roll (`desktop.shared.receipt.till_roll`) lays any of them out. Qt-free.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

WIDTH = 42  # characters on a line of the 80 mm roll


class Style(StrEnum):
    """What a row is, which says how it is laid out."""

    SEPARATOR = "separator"  # a rule across the roll
    HEADING = "heading"  # a section's name: bold, upper-case in plain text
    ITEM = "item"  # a product, its SKU (the note) in small print
    DETAIL = "detail"  # a label and an amount under an item or a heading, indented
    LINE = "line"  # a label and an amount
    TOTAL = "total"  # a label and an amount that stand out


@dataclass(frozen=True)
class Row:
    style: Style
    label: str = ""
    amount: str = ""  # right-aligned: an amount, a count, or nothing
    note: str = ""  # small print after the label (an item's SKU)


def separator() -> Row:
    return Row(Style.SEPARATOR)


def heading(label: str) -> Row:
    return Row(Style.HEADING, label)


def item(name: str, note: str = "") -> Row:
    return Row(Style.ITEM, name, note=note)


def detail(label: str, amount: str = "") -> Row:
    return Row(Style.DETAIL, label, amount)


def line(label: str, amount: str = "") -> Row:
    return Row(Style.LINE, label, amount)


def total(label: str, amount: str) -> Row:
    return Row(Style.TOTAL, label, amount)


@dataclass(frozen=True)
class Header:
    """The centred lines at the top: where (store, address), the title ("Sale S-…"), then
    the rest in order (date, who served, customer...). Empty lines are left out."""

    place: tuple[str, ...]
    title: str
    lines: tuple[str, ...] = ()

    def all_lines(self) -> list[str]:
        return [text for text in (*self.place, self.title, *self.lines) if text]


@dataclass(frozen=True)
class ReceiptDocument:
    """One receipt. `name` titles the PDF and the print job; `file_name` is offered when
    it is saved; `qr` (the order's `OMNIDESK:ORDER:<number>`) is printed at the end."""

    name: str
    file_name: str
    header: Header
    rows: tuple[Row, ...]
    footer: tuple[str, ...] = ()
    qr: str | None = None


def _pair(left: str, right: str, width: int) -> str:
    if not right:
        return left
    return f"{left} {right.rjust(max(1, width - len(left) - 1))}"


def row_text(row: Row, width: int = WIDTH) -> str:
    """One row as a line of plain text."""
    match row.style:
        case Style.SEPARATOR:
            return "-" * width
        case Style.HEADING:
            return row.label.upper()
        case Style.ITEM:
            return f"{row.label} ({row.note})" if row.note else row.label
        case Style.DETAIL:
            return _pair(f"  {row.label}", row.amount, width)
        case Style.LINE | Style.TOTAL:
            return _pair(row.label, row.amount, width)


def plain_text(document: ReceiptDocument, width: int = WIDTH) -> str:
    """The receipt as plain text: what the PDF and the printout say."""
    out = [
        *document.header.all_lines(),
        *(row_text(row, width) for row in document.rows),
        *document.footer,
    ]
    return "\n".join(out) + "\n"
