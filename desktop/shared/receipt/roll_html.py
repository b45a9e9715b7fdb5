"""A receipt document as HTML for the till roll: a centred header (the store once, in
bold), a table of two columns (the label, which wraps at word boundaries, and the amount,
which never wraps), the footer. Identifiers (`SKU-000455`, `TRM-7788-12`, order numbers)
and amounts are kept whole on one line wherever they appear."""

from __future__ import annotations

import html
import re

from desktop.shared.receipt.document import Header, ReceiptDocument, Row, Style

NBSP = "\u00a0"
WORD_JOINER = "\ufeff"  # zero-width no-break space: no line break here, prints nothing
INDENTED = " style='padding-left:12px'"  # a detail under its item: every line of it

# Upper-case letters and digits joined by hyphens: SKU-000455, TRM-7788-12, O-7K3M9Q2XBT.
IDENTIFIER = re.compile(r"\b[A-Z0-9]+(?:-[A-Z0-9]+)+\b")
# An amount with its currency: 1 234,50 zł, 1.234,50 €, € 12.00, PLN 2,399.00, -5.00 zł.
_CURRENCY = r"(?:zł|€|[A-Z]{3})"
_SPACES = " \u00a0\u202f"  # a space, a no-break space, a narrow no-break space
_SPACE = f"[{_SPACES}]"
AMOUNT = re.compile(
    rf"(?:{_CURRENCY}{_SPACE}?)?(?<![\d.,])-?\d{{1,3}}(?:[{_SPACES}.,']\d{{3}})*[.,]\d{{2}}"
    rf"(?![.,]?\d)(?:{_SPACE}?{_CURRENCY})?"
)


def unbreakable(text: str) -> str:
    """`text` with its identifiers and amounts made unbreakable (hyphens joined, spaces
    non-breaking); what it reads is unchanged."""
    text = IDENTIFIER.sub(lambda m: m.group(0).replace("-", "-" + WORD_JOINER), text)
    return AMOUNT.sub(lambda m: re.sub(_SPACE, NBSP, m.group(0)), text)


def readable(text: str) -> str:
    """Back from `unbreakable`: the text as it reads (the joiners dropped)."""
    return text.replace(WORD_JOINER, "").replace(NBSP, " ")


def escaped(text: str) -> str:
    return html.escape(unbreakable(text))


def _cells(left: str, right: str, bold: bool = False, indent: bool = False) -> str:
    start, end = ("<b>", "</b>") if bold else ("", "")
    return (
        f"<tr><td{INDENTED if indent else ''}>{start}{escaped(left)}{end}</td>"
        f"<td align='right' style='white-space:nowrap; padding-left:6px'>"
        f"{start}{html.escape(right.replace(' ', NBSP))}{end}</td></tr>"
    )


PAIRED = (Style.DETAIL, Style.LINE, Style.TOTAL)  # a label and an amount: a table row
BLOCK = "<p style='margin-top:0; margin-bottom:0'>{}</p>"


def row_html(row: Row) -> str:
    """One row: a paragraph across the roll (a rule, a heading, an item), or a row of a
    table of two columns (the label and the amount)."""
    match row.style:
        case Style.SEPARATOR:
            return "<hr>"
        case Style.HEADING:
            return BLOCK.format(f"<b>{escaped(row.label)}</b>")
        case Style.ITEM:
            note = f" <small>({escaped(row.note)})</small>" if row.note else ""
            return BLOCK.format(f"{escaped(row.label)}{note}")
        case Style.DETAIL:
            return _cells(row.label, row.amount, indent=True)
        case Style.LINE:
            return _cells(row.label, row.amount)
        case Style.TOTAL:
            return _cells(row.label, row.amount, bold=True)


def rows_html(rows: tuple[Row, ...]) -> str:
    """The rows in order, each run of labels with amounts in a table of its own: the amount
    column is as wide as its widest amount, the label column takes the rest."""
    out: list[str] = []
    table: list[str] = []
    for row in (*rows, None):
        if row is not None and row.style in PAIRED:
            table.append(row_html(row))
            continue
        if table:
            out.append(
                f"<table width='100%' cellspacing='0' cellpadding='0'>{''.join(table)}</table>"
            )
            table = []
        if row is not None:
            out.append(row_html(row))
    return "".join(out)


def header_html(header: Header) -> str:
    """The store's name in bold, its address, the title in bold, then the other lines."""
    place = [text for text in header.place if text]
    lines = [f"<b>{escaped(place[0])}</b>", *(escaped(text) for text in place[1:])] if place else []
    if header.title:
        lines.append(f"<b>{escaped(header.title)}</b>")
    lines += [escaped(text) for text in header.lines if text]
    return "<br>".join(lines)


def receipt_html(document: ReceiptDocument) -> str:
    """The receipt laid out for the roll: the centred header, the rows, the footer."""
    footer = "<br>".join(escaped(text) for text in document.footer)
    return (
        f"<p align='center'>{header_html(document.header)}</p>"
        + rows_html(document.rows)
        + (f"<p align='center'>{footer}</p>" if footer else "")
    )
