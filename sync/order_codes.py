"""What the QR code on an order confirmation or receipt holds, and reading it back.

The code holds `OMNIDESK:ORDER:<number>` (or `OMNIDESK:RETURN:<number>`), so a scanner
typing it into any search field finds the record; a number typed by hand works too.
"""

from __future__ import annotations

import re

ORDER_PREFIX = "OMNIDESK:ORDER:"
RETURN_PREFIX = "OMNIDESK:RETURN:"
_NUMBER = re.compile(r"^[ORAC]-[0-9A-HJKMNP-TV-Z]{10}$")


def order_qr_text(number: str) -> str:
    """The text the order's QR code encodes."""
    return f"{ORDER_PREFIX}{number}"


def return_qr_text(number: str) -> str:
    return f"{RETURN_PREFIX}{number}"


def order_number_from_scan(text: str) -> str | None:
    """The order number in a scanned QR code or a typed number; None if it is neither.

    Typed numbers are forgiving: case, spaces and the easily confused letters O, I and L
    in the code part (read as 0, 1 and 1, as Crockford base32 does) are accepted.
    """
    text = text.strip()
    if text.upper().startswith(ORDER_PREFIX):
        text = text[len(ORDER_PREFIX) :]
    text = text.replace(" ", "").upper()
    if not text.startswith("O-"):
        return None
    code = text[2:].replace("O", "0").replace("I", "1").replace("L", "1")
    number = f"O-{code}"
    return number if _NUMBER.match(number) else None
