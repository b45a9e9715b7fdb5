"""What every part of the demo data set shares: the clock, random streams, money, inserts."""

from __future__ import annotations

import random
import unicodedata
import uuid
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from itertools import islice
from typing import Any

from sqlalchemy import Table, insert
from sqlalchemy.orm import Session

# Every timestamp in the data set is relative to this instant, never to the wall clock,
# so the same arguments always give the same rows.
REFERENCE = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
# Prices are valid from here on, with no end, so the demo shows them whenever it runs.
PRICES_FROM = datetime(2025, 1, 1, tzinfo=UTC)

CHUNK = 10_000

CURRENCY = {"PL": "PLN", "IT": "EUR"}
TIMEZONE = {"PL": "Europe/Warsaw", "IT": "Europe/Rome"}


class Streams:
    """Independent seeded random streams, one per part of the data set.

    Each part draws from its own stream, so asking for more products does not change
    the customers, and each stream's ids come from a stream of their own.
    """

    def __init__(self, seed: int) -> None:
        self.seed = seed

    def rng(self, name: str) -> random.Random:
        return random.Random(f"omnidesk-demo:{self.seed}:{name}")

    def ids(self, name: str) -> IdMaker:
        return IdMaker(self.rng(f"{name}:ids"))


class IdMaker:
    """Version-4 UUIDs drawn from a seeded generator: random-looking, reproducible."""

    def __init__(self, rng: random.Random) -> None:
        self._bits = rng.getrandbits

    def __call__(self) -> uuid.UUID:
        return uuid.UUID(int=self._bits(128), version=4)


def money(cents: int) -> Decimal:
    """An exact amount from integer minor units: 12999 -> Decimal("129.99")."""
    return Decimal(cents).scaleb(-2)


def ean13_check_digit(first12: str) -> int:
    odd = sum(int(d) for d in first12[0::2])
    even = sum(int(d) for d in first12[1::2])
    return (10 - (odd + 3 * even) % 10) % 10


def ean13(first12: str) -> str:
    """A 13-digit EAN code with its check digit."""
    if len(first12) != 12 or not first12.isdigit():
        raise ValueError(f"an EAN-13 needs 12 digits before the check digit: {first12!r}")
    return first12 + str(ean13_check_digit(first12))


def ascii_fold(text: str) -> str:
    """Lower-case ASCII for logins and e-mails: "Łukasz D'Angelo" -> "lukaszdangelo"."""
    text = text.replace("ł", "l").replace("Ł", "L")
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if c.isascii() and c.isalnum()).lower()


def ago(days: float = 0, hours: float = 0, minutes: float = 0) -> datetime:
    return REFERENCE - timedelta(days=days, hours=hours, minutes=minutes)


def insert_rows(session: Session, table: Table, rows: Iterable[dict[str, Any]],
                chunk: int = CHUNK) -> int:
    """Insert `rows` with Core executemany in chunks; returns how many were inserted.

    Rows are consumed lazily, so a generator of a million rows never sits in memory.
    Core inserts bypass the change-feed capture (it only sees ORM objects), which is
    right for seeding: devices take a snapshot first.
    """
    count = 0
    iterator: Iterator[dict[str, Any]] = iter(rows)
    statement = insert(table)
    while batch := list(islice(iterator, chunk)):
        session.execute(statement, batch)
        count += len(batch)
    return count
