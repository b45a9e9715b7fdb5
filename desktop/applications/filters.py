"""Which applications of the queue a filter and a search keep (Qt-free).

A search takes an application number (`A-…`, any case, also inside a scanned QR code's
text), a customer's name, phone or customer number."""

from __future__ import annotations

import re
from collections.abc import Iterable
from enum import StrEnum

from desktop.applications.records import QueueRow
from sync.rules.applications import Stage

_NUMBER = re.compile(r"(?<![0-9A-Z])A-([0-9A-Z]{10})(?![0-9A-Z])", re.IGNORECASE)
_DIGITS = re.compile(r"\D")


class Filter(StrEnum):
    OPEN = "open"
    ONLINE = "online"
    PHONE = "phone"
    HERE = "here"
    WAITING_DOCUMENTS = "waiting_documents"
    STALLED = "stalled"
    READY_TO_SIGN = "ready_to_sign"
    WAITING_APPROVAL = "waiting_approval"
    APPROVED = "approved"


CLOSED_STAGES = frozenset({Stage.APPROVED, Stage.REJECTED, Stage.WITHDRAWN})


def application_number_in(text: str) -> str | None:
    """The application number typed or scanned in `text` (upper case), if any.

    Typed by hand, the letters O, I and L of the code read as 0, 1 and 1 (Crockford)."""
    found = _NUMBER.search(text.strip())
    if found is None:
        return None
    code = found.group(1).upper().replace("O", "0").replace("I", "1").replace("L", "1")
    return f"A-{code}"


def keeps(row: QueueRow, chosen: Filter) -> bool:
    is_open = row.stage not in CLOSED_STAGES
    if chosen is Filter.OPEN:
        return is_open
    if chosen is Filter.ONLINE:
        return is_open and row.channel == "web"
    if chosen is Filter.PHONE:
        return is_open and row.channel == "phone"
    if chosen is Filter.HERE:
        return is_open and row.here
    if chosen is Filter.STALLED:
        return row.stalled
    return row.stage == chosen.value


def _found(row: QueueRow, text: str) -> bool:
    needle = text.strip().casefold()
    if not needle:
        return True
    number = application_number_in(text)
    if number is not None:
        return row.number == number
    if needle in row.customer.casefold() or needle in row.customer_number.casefold():
        return True
    if needle in row.number.casefold():
        return True
    digits = _DIGITS.sub("", needle)
    return len(digits) >= 3 and digits in _DIGITS.sub("", row.phone)


def select_rows(rows: Iterable[QueueRow], chosen: Filter, text: str) -> list[QueueRow]:
    """The rows `chosen` keeps that match `text`; an application number searches the
    whole queue (a scanned code finds a closed one too)."""
    if application_number_in(text) is not None:
        return [row for row in rows if _found(row, text)]
    return [row for row in rows if keeps(row, chosen) and _found(row, text)]
