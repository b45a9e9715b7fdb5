"""What every part of the demo data set shares: the clock, random streams, money, inserts."""

from __future__ import annotations

import random
import unicodedata
import uuid
from bisect import bisect
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from itertools import accumulate, chain, islice
from typing import Any, Generic, TypeVar

from sqlalchemy import Connection, Table, insert
from sqlalchemy.orm import Session

# Prices are valid from this long before the reference day, with no end, so the demo
# shows them for as long as it runs; repriced products changed price later, and the
# current promotions started in between. With the reference 2026-11-23 these are
# 2025-01-01, 2026-03-01 and 2026-01-01.
PRICES_BEFORE = timedelta(days=691)
REPRICED_BEFORE = timedelta(days=267)
CURRENT_BEFORE = timedelta(days=326)
# Current promotions end this long after the reference instant (2027-12-31 23:59:59).
CURRENT_FOR = timedelta(days=403, hours=14, minutes=59, seconds=59)

CHUNK = 10_000
MEMO_SIZE = 256
T = TypeVar("T")

# The version (4) and variant (RFC 4122) bits of a random UUID.
_V4_CLEAR = ~((0xF000 << 64) | (0xC000 << 48)) & ((1 << 128) - 1)
_V4_SET = (0x4000 << 64) | (0x8000 << 48)

CURRENCY = {"PL": "PLN", "IT": "EUR"}
TIMEZONE = {"PL": "Europe/Warsaw", "IT": "Europe/Rome"}


def demo_reference(now: datetime | None = None) -> datetime:
    """The default reference instant: the start of the current hour (UTC).

    Seeded history then ends just before the moment it is seeded, so orders ready for
    pickup are still held and promotions current, whatever the day.
    """
    now = now or datetime.now(UTC)
    return now.astimezone(UTC).replace(minute=0, second=0, microsecond=0)


@dataclass(frozen=True)
class Clock:
    """The instant every timestamp of the data set is relative to, never the wall clock,
    so the same arguments (seed, sizes, reference) always give the same rows."""

    reference: datetime

    def __post_init__(self) -> None:
        if self.reference.utcoffset() is None:
            raise ValueError("the demo reference instant needs a time zone")

    def ago(self, days: float = 0, hours: float = 0, minutes: float = 0) -> datetime:
        return self.reference - timedelta(days=days, hours=hours, minutes=minutes)

    @property
    def day(self) -> datetime:
        """Midnight UTC at the start of the reference day."""
        return self.reference.astimezone(UTC).replace(hour=0, minute=0, second=0, microsecond=0)

    @property
    def prices_from(self) -> datetime:
        return self.day - PRICES_BEFORE

    @property
    def repriced_at(self) -> datetime:
        """When the products repriced this year changed their base price."""
        return self.day - REPRICED_BEFORE

    @property
    def current_from(self) -> datetime:
        """When the current promotions started."""
        return self.day - CURRENT_BEFORE

    @property
    def current_to(self) -> datetime:
        """When the current promotions end."""
        return self.reference.astimezone(UTC) + CURRENT_FOR


class Streams:
    """Independent seeded random streams, one per part of the data set, and its clock.

    Each part draws from its own stream, so asking for more products does not change
    the customers, and each stream's ids come from a stream of their own.
    """

    def __init__(self, seed: int, reference: datetime) -> None:
        self.seed = seed
        self.clock = Clock(reference)

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

    def ascending(self, count: int) -> Iterator[uuid.UUID]:
        """`count` ids handed out in ascending order.

        They are as random as any others; inserting rows in key order just lets SQLite
        append to the primary-key index instead of splitting pages all over it.
        """
        values = sorted((self._bits(128) & _V4_CLEAR) | _V4_SET for _ in range(count))
        return (uuid.UUID(int=value) for value in values)


class Draw:
    """Quick draws from a seeded stream, built on random() alone.

    random.Random.randint and .choice cost several times more than random(); with a
    million customers that difference is most of the run.
    """

    def __init__(self, rng: random.Random) -> None:
        self.random = rng.random

    def pick(self, options: Sequence[T]) -> T:
        return options[int(self.random() * len(options))]

    def between(self, low: int, high: int) -> int:
        """A whole number from `low` to `high`, both included."""
        return low + int(self.random() * (high - low + 1))

    def chance(self, probability: float) -> bool:
        return self.random() < probability


class Weighted(Generic[T]):
    """Options drawn in proportion to their weights."""

    def __init__(self, options: Sequence[T], weights: Sequence[float]) -> None:
        total = sum(weights)
        self.options = list(options)
        self.bounds = list(accumulate(w / total for w in weights))

    def draw(self, draw: Draw) -> T:
        index = bisect(self.bounds, draw.random())
        return self.options[min(index, len(self.options) - 1)]


def money(cents: int) -> Decimal:
    """An exact amount from integer minor units: 12999 -> Decimal("129.99")."""
    return Decimal(cents).scaleb(-2)


def ean13_check_digit(first12: str) -> int:
    digits = list(map(int, first12))
    return (10 - (sum(digits[0::2]) + 3 * sum(digits[1::2])) % 10) % 10


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


def insert_rows(
    session: Session, table: Table, rows: Iterable[dict[str, Any]], chunk: int = CHUNK
) -> int:
    """Insert `rows` (dicts with the same keys) in chunks; returns how many were inserted.

    Rows are consumed lazily, so a generator of a million rows never sits in memory.
    On PostgreSQL this is a Core executemany. On SQLite the rows go straight to the
    driver, converted by the columns' own SQLAlchemy bind processors (so the stored
    values are exactly what Core would store) without Core's per-row overhead.
    Either way the change-feed capture, which only sees ORM objects, is bypassed:
    right for seeding, since devices take a snapshot first.
    """
    iterator: Iterator[dict[str, Any]] = iter(rows)
    first = next(iterator, None)
    if first is None:
        return 0
    connection = session.connection()
    if connection.dialect.name == "sqlite":
        write = _driver_writer(connection, table, list(first))
    else:
        statement = insert(table)

        def write(batch: list[dict[str, Any]]) -> None:
            session.execute(statement, batch)

    count = 0
    iterator = chain([first], iterator)
    while batch := list(islice(iterator, chunk)):
        write(batch)
        count += len(batch)
    return count


def _driver_writer(
    connection: Connection, table: Table, columns: list[str]
) -> Callable[[list[dict[str, Any]]], None]:
    dialect = connection.dialect
    compiled = insert(table).compile(dialect=dialect, column_keys=columns)
    order = list(compiled.positiontup or ())
    if sorted(order) != sorted(columns):
        raise ValueError(f"cannot bulk insert {table.name} with columns {columns}")
    processors = {
        name: table.c[name].type.dialect_impl(dialect).bind_processor(dialect) for name in order
    }
    converters: list[tuple[str, Callable[[Any], Any] | None]] | None = None
    sql = str(compiled)

    def write(batch: list[dict[str, Any]]) -> None:
        nonlocal converters
        if converters is None:
            converters = [
                (name, _converter(processors[name], [row[name] for row in batch])) for name in order
            ]
        params = [
            tuple(
                [
                    row[name] if convert is None else convert(row[name])
                    for name, convert in converters
                ]
            )
            for row in batch
        ]
        connection.exec_driver_sql(sql, params)

    return write


def _converter(
    process: Callable[[Any], Any] | None, sample: list[Any]
) -> Callable[[Any], Any] | None:
    """The column's bind processor; if `sample` shows the same objects again and again
    (a store id, a consents dict, the reference time), one that remembers its answers.

    The memo holds on to the objects it remembers, so an identity is never reused while
    it is in the memo. The values must not change while they are being inserted.
    """
    if process is None or len({id(value) for value in sample}) > len(sample) // 2:
        return process
    memo: dict[int, tuple[Any, Any]] = {}

    def convert(value: Any) -> Any:
        known = memo.get(id(value))
        if known is not None and known[0] is value:
            return known[1]
        result = process(value)
        if len(memo) < MEMO_SIZE:
            memo[id(value)] = (value, result)
        return result

    return convert
