"""Local search over the replica: customers and products, as staff type.

Everything here reads the replica only (any session, e.g. `Replica.read()`), and every
query is an index range scan on indexes that replica revision 0002 creates. They are
plain SQLite indexes on expressions, so SQLite keeps them right whatever writes the
rows: snapshot pages (`INSERT OR REPLACE`), pulled changes (upserts, deletes), local
commands. No triggers, no side tables, nothing for the sync code to remember.

Matching is case- and accent-insensitive through `fold`: ASCII lower case, and the
Polish letters (both cases) and Italian accented vowels replaced by their base letter,
so "łu", "Łu" and "lu" all find "Łukasz". SQLite's own `lower()` only knows ASCII; the
same replacements are spelt out in SQL (`_fold_sql`) so the index holds exactly what
`fold` computes. Letters outside that set match as typed.

Customers come in one stable order, `CustomerKey` = (folded last name, folded first
name, id), with keyset paging: pass the last hit's `key` as `after` for the next page.
A query is split into streams, one per search key (last name, first name, "first last",
"last first", e-mail, phone, loyalty card, customer number), each giving at most
`limit` rows after `after` in that order; they are merged and the first `limit` kept.

* Last names (and the name pairs) are ranges of the name index itself
  (`ix_customers_search_name`: last, first, id, ...): already in order, so a page costs
  `limit` index entries.
* Every other key has its own index, to count its matches (up to a threshold) and to
  read them. Few matches are read through that index and sorted. Many matches are
  common, so walking the name index in order while testing the key finds `limit` of
  them after about limit x customers / matches entries; the name index also holds
  e-mail, phone, national number, card and number, so that test never reads the table.
  (E-mail addresses start with names, so their matches bunch up in name order: their
  index holds the names too, which makes reading even many matches cheap.) The
  threshold is where both cost the same (`_threshold`): about 900 matches among a
  million customers. Either way a keystroke reads a few thousand index entries at most.

Phone numbers match on the digits typed (spaces, dashes, dots and brackets ignored):
as the start of the whole number with its country code (how `customer.create` stores
it, "+48601234567"), and, unless the digits began with "+" or "00", as the start of the
national number (after the ITU country code; spaces and dashes in the stored number
are ignored there too).

Products: exact barcode, then SKU prefix, then name prefix, then names in which every
typed word starts a word; at most `limit` in that order (no paging).
"""

from __future__ import annotations

import heapq
import math
import re
import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

__all__ = [
    "CustomerHit",
    "CustomerKey",
    "ProductHit",
    "count_customers",
    "fold",
    "product_by_barcode",
    "search_customers",
    "search_products",
]

# What `fold` replaces after ASCII lower-casing. Replica revision 0002 indexes the same
# expression (written out there); change both or the indexes stop being used.
FOLDS = (
    ("ą", "a"),
    ("ć", "c"),
    ("ę", "e"),
    ("ł", "l"),
    ("ń", "n"),
    ("ó", "o"),
    ("ś", "s"),
    ("ź", "z"),
    ("ż", "z"),
    ("Ą", "a"),
    ("Ć", "c"),
    ("Ę", "e"),
    ("Ł", "l"),
    ("Ń", "n"),
    ("Ó", "o"),
    ("Ś", "s"),
    ("Ź", "z"),
    ("Ż", "z"),
    ("à", "a"),
    ("è", "e"),
    ("é", "e"),
    ("ì", "i"),
    ("ò", "o"),
    ("ù", "u"),
)
# Rough costs (microseconds) that decide how a key is searched: walking the name index
# and testing a key it holds, or reading a match through the key's own index (and the
# table, unless that index also holds the names) before sorting the matches.
WALK_COST, READ_COST, COVERED_READ_COST = 0.07, 5.0, 0.3
MAX_LIMIT = 1000
NAME_INDEX = "ix_customers_search_name"
PRODUCT_NAME_INDEX = "ix_products_search_name"
TOP = "\U0010ffff"  # sorts after every character: prefix p covers [p, p + TOP)
CUSTOMER_PREFIX = "C-"  # sync.commands.numbering: customer numbers are "C-XXXXXXXXXX"
_PHONE_LIKE = re.compile(r"^\s*(\+|00)?[\d\s\-().]*\d[\d\s\-().]*$")
_LETTER = re.compile(r"[^\W\d_]")
_DIGIT = re.compile(r"\d")


def _ascii_lower(text: str) -> str:
    return "".join(c.lower() if c.isascii() else c for c in text)


def fold(text: str) -> str:
    """The search form of a name, as the indexes hold it: "Łucja" -> "lucja"."""
    text = _ascii_lower(text)
    for letter, base in FOLDS:
        text = text.replace(letter, base)
    return text


def _fold_sql(column: str) -> str:
    chain = f"lower({column})"
    for letter, base in FOLDS:
        chain = f"replace({chain}, '{letter}', '{base}')"
    # Pure ASCII (most names) skips the chain: a cheaper index entry to write.
    return f"CASE WHEN {column} GLOB '*[^ -~]*' THEN {chain} ELSE lower({column}) END"


LAST = _fold_sql("last_name")
FIRST = _fold_sql("first_name")
EMAIL = "lower(email)"
_PHONE = "replace(replace(phone, ' ', ''), '-', '')"
# The national part: after the country code, whose length the ITU plan gives by its
# first digits (1 and 7: one digit; the 3-digit zones below; two digits otherwise).
PHONE_NATIONAL = (
    f"CASE WHEN phone NOT GLOB '+*' THEN {_PHONE} "
    f"WHEN phone GLOB '+[17]*' THEN substr({_PHONE}, 3) "
    "WHEN phone GLOB '+2[1-69]*' OR phone GLOB '+3[578]*' OR phone GLOB '+42*' "
    "OR phone GLOB '+5[09]*' OR phone GLOB '+6[7-9]*' OR phone GLOB '+8[578]*' "
    f"OR phone GLOB '+9[679]*' THEN substr({_PHONE}, 5) "
    f"ELSE substr({_PHONE}, 4) END"
)
PRODUCT_NAME = _fold_sql("name")


@dataclass(frozen=True, order=True)
class CustomerKey:
    """A customer's place in the result order; `after` for the next page."""

    last: str
    first: str
    id: uuid.UUID


@dataclass(frozen=True)
class CustomerHit:
    """One row of a customer result list."""

    id: uuid.UUID
    number: str
    first_name: str
    last_name: str
    email: str | None
    phone: str | None
    loyalty_card: str | None
    segment: str
    city: str | None
    key: CustomerKey


@dataclass(frozen=True)
class ProductHit:
    """One row of a product result list."""

    id: uuid.UUID
    sku: str
    name: str
    category: str
    active: bool


# -- customers ------------------------------------------------------------------------

Key = tuple[str, str, str]  # (folded last name, folded first name, id hex) as stored


@dataclass(frozen=True)
class _NameRange:
    """Customers whose folded last name starts with `last` (all when None), and whose
    folded first name starts with `first` when given: a range of the name index."""

    last: str | None
    first: str | None = None


@dataclass(frozen=True)
class _KeyRange:
    """Customers whose `expression` (a column of the name index) starts with `prefix`;
    `covered`: the expression's own index holds the names too (reading it is cheap)."""

    expression: str
    prefix: str
    covered: bool = False


Stream = _NameRange | _KeyRange
_ORDER = f"ORDER BY {LAST}, {FIRST}, id"
_AFTER = f"{LAST} >= ? AND ({LAST}, {FIRST}, id) > (?, ?, ?)"


def _after(after: Key | None) -> tuple[list[str], list[Any]]:
    if after is None:
        return [], []
    return [_AFTER], [after[0], *after]


def _name_range(session: Session, stream: _NameRange, after: Key | None, limit: int) -> list[Key]:
    # One lower bound, the higher of the two: SQLite seeks to one of them only.
    low = max(stream.last or "", after[0] if after is not None else "")
    where: list[str] = [f"{LAST} >= ?"] if low else []
    params: list[Any] = [low] if low else []
    if after is not None:
        where.append(f"({LAST}, {FIRST}, id) > (?, ?, ?)")
        params += after
    if stream.last is not None:
        where.append(f"{LAST} < ?")
        params.append(stream.last + TOP)
    if stream.first is not None:
        where += [f"{FIRST} >= ?", f"{FIRST} < ?"]
        params += [stream.first, stream.first + TOP]
    sql = (
        f"SELECT {LAST}, {FIRST}, id FROM customers INDEXED BY {NAME_INDEX}"
        f"{_where(where)} {_ORDER} LIMIT ?"
    )
    return _keys(session, sql, [*params, limit])


def _threshold(customers: int, limit: int, covered: bool) -> int:
    """Matches above which walking the name order beats reading and sorting them.

    Reading m matches costs m x READ_COST; walking to `limit` of them costs about
    limit x customers / m x WALK_COST: equal when m = sqrt(limit x customers x ratio).
    """
    ratio = WALK_COST / (COVERED_READ_COST if covered else READ_COST)
    return max(limit, math.isqrt(int(limit * customers * ratio)))


def _key_range(
    session: Session, stream: _KeyRange, after: Key | None, limit: int, customers: int
) -> list[Key]:
    match = f"{stream.expression} >= ? AND {stream.expression} < ?"
    bounds = [stream.prefix, stream.prefix + TOP]
    threshold = _threshold(customers, limit, stream.covered)
    count = (
        session.connection()
        .exec_driver_sql(
            f"SELECT count(*) FROM (SELECT 1 FROM customers WHERE {match} LIMIT ?)",
            (*bounds, threshold + 1),
        )
        .scalar_one()
    )
    where, params = _after(after)
    if count > threshold:  # common: walk the name order, testing the key
        sql = (
            f"SELECT {LAST}, {FIRST}, id FROM customers INDEXED BY {NAME_INDEX}"
            f"{_where([match, *where])} {_ORDER} LIMIT ?"
        )
        return _keys(session, sql, [*bounds, *params, limit])
    # Rare: the few matches through the key's own index, then sorted.
    columns = "hit_last, hit_first, hit_id"
    later = f"WHERE ({columns}) > (?, ?, ?) " if after is not None else ""
    sql = (
        f"WITH hits({columns}) AS MATERIALIZED (SELECT {LAST}, {FIRST}, id "
        f"FROM customers WHERE {match}) "
        f"SELECT {columns} FROM hits {later}ORDER BY {columns} LIMIT ?"
    )
    return _keys(session, sql, [*bounds, *(after or ()), limit])


def _where(terms: Sequence[str]) -> str:
    return f" WHERE {' AND '.join(terms)}" if terms else ""


def _keys(session: Session, sql: str, params: Sequence[Any]) -> list[Key]:
    rows = session.connection().exec_driver_sql(sql, tuple(params)).all()
    return [(row[0], row[1], row[2]) for row in rows]


def _phone_digits(text: str) -> tuple[str, bool] | None:
    """(digits, international) if `text` looks like a phone number, else None."""
    if not _PHONE_LIKE.match(text):
        return None
    stripped = text.strip()
    international = stripped.startswith(("+", "00"))
    digits = re.sub(r"\D", "", stripped)
    return (digits[2:] if stripped.startswith("00") else digits), international


def _streams(text: str) -> list[Stream]:
    words = text.split()
    if not words:
        return [_NameRange(None)]
    streams: list[Stream] = []
    whole = " ".join(words)
    if "@" in whole:
        return [_KeyRange(EMAIL, _ascii_lower(whole), covered=True)]
    if _LETTER.search(whole):
        streams += [_NameRange(fold(whole)), _KeyRange(FIRST, fold(whole), covered=True)]
        for cut in range(1, min(len(words), 4)):
            head, tail = fold(" ".join(words[:cut])), fold(" ".join(words[cut:]))
            streams += [_NameRange(tail, head), _NameRange(head, tail)]
    if len(words) == 1:
        streams.append(_KeyRange(EMAIL, _ascii_lower(whole), covered=True))
    phone = _phone_digits(whole)
    # Cards and customer numbers: typed with a digit somewhere, or a number with its "C-".
    code = whole.upper()
    codes = (
        {code}
        if len(words) == 1 and (_DIGIT.search(code) or code.startswith(CUSTOMER_PREFIX))
        else set()
    )
    if phone is not None and phone[0]:
        digits, international = phone
        streams.append(_KeyRange("phone", f"+{digits}"))  # stored as "+48601234567"
        if not international:
            streams.append(_KeyRange(PHONE_NATIONAL, digits))
        codes.add(digits)
    for typed in sorted(codes):
        streams.append(_KeyRange("loyalty_card", typed))
        streams.append(_KeyRange("number", typed))
        if not typed.startswith(CUSTOMER_PREFIX):
            streams.append(_KeyRange("number", CUSTOMER_PREFIX + typed))
    return streams


def _merged(runs: list[list[Key]], limit: int) -> list[Key]:
    keys: list[Key] = []
    for key in heapq.merge(*runs):
        if not keys or keys[-1] != key:
            keys.append(key)
            if len(keys) == limit:
                break
    return keys


_HIT_COLUMNS = "id, number, first_name, last_name, email, phone, loyalty_card, segment, city"


def _customer_hits(session: Session, keys: list[Key]) -> list[CustomerHit]:
    if not keys:
        return []
    marks = ", ".join("?" * len(keys))
    rows = (
        session.connection()
        .exec_driver_sql(
            f"SELECT {_HIT_COLUMNS} FROM customers WHERE id IN ({marks})",
            tuple(key[2] for key in keys),
        )
        .all()
    )
    by_id = {row[0]: row for row in rows}
    hits = []
    for last, first, row_id in keys:
        row = by_id.get(row_id)
        if row is not None:
            customer_id = uuid.UUID(row_id)
            hits.append(
                CustomerHit(
                    id=customer_id,
                    number=row[1],
                    first_name=row[2],
                    last_name=row[3],
                    email=row[4],
                    phone=row[5],
                    loyalty_card=row[6],
                    segment=row[7],
                    city=row[8],
                    key=CustomerKey(last, first, customer_id),
                )
            )
    return hits


def search_customers(
    session: Session, text: str, *, limit: int = 50, after: CustomerKey | None = None
) -> list[CustomerHit]:
    """Customers matching what staff typed, in `CustomerKey` order, at most `limit`.

    `text` is a prefix of a last name, a first name, "first last" or "last first", an
    e-mail, a phone number (digits; spaces and dashes ignored), a loyalty card or a
    customer number; empty text lists every customer. `after` (the last hit's `key`)
    gives the next page.
    """
    limit = min(limit, MAX_LIMIT)
    if limit <= 0:
        return []
    start = None if after is None else (after.last, after.first, after.id.hex)
    # The highest rowid: about how many customers there are (a count would scan them).
    customers = (
        session.connection().exec_driver_sql("SELECT max(rowid) FROM customers").scalar() or 0
    )
    runs = []
    for stream in dict.fromkeys(_streams(text)):
        if isinstance(stream, _NameRange):
            runs.append(_name_range(session, stream, start, limit))
        else:
            runs.append(_key_range(session, stream, start, limit, customers))
    return _customer_hits(session, _merged(runs, limit))


def count_customers(session: Session) -> int:
    """How many customers the replica holds (SQLite counts an index's cells: about 1 ms
    for a million customers once cached, 25 ms cold)."""
    return int(session.connection().exec_driver_sql("SELECT count(*) FROM customers").scalar_one())


# -- products -------------------------------------------------------------------------

_PRODUCT_COLUMNS = "id, sku, name, category, active"
_BY_BARCODE = (
    "SELECT p.id, p.sku, p.name, p.category, p.active FROM barcodes AS b "
    "JOIN products AS p ON p.id = b.product_id WHERE b.code = ?"
)


def _product(row: Sequence[Any]) -> ProductHit:
    return ProductHit(uuid.UUID(row[0]), row[1], row[2], row[3], bool(row[4]))


def _products(session: Session, sql: str, params: Sequence[Any]) -> Iterator[ProductHit]:
    for row in session.connection().exec_driver_sql(sql, tuple(params)):
        yield _product(row)


def product_by_barcode(session: Session, code: str) -> ProductHit | None:
    """The product with barcode `code` (spaces ignored), or None."""
    code = "".join(code.split())
    if not code:
        return None
    row = session.connection().exec_driver_sql(_BY_BARCODE, (code,)).first()
    return None if row is None else _product(row)


def _word_filter(words: list[str]) -> tuple[str, list[str]]:
    """Every word starts a word of the folded name: at its start or after a space, a dash
    or a bracket. (Kept flat: SQLite's parser allows only so much nesting, and the
    folded name already uses most of it.)"""
    # The first instr() rules out most names at the cost of one call.
    term = (
        f"instr({PRODUCT_NAME}, ?) > 0 AND ({PRODUCT_NAME} >= ? AND {PRODUCT_NAME} < ? "
        f"OR instr({PRODUCT_NAME}, ?) > 0 OR instr({PRODUCT_NAME}, ?) > 0 "
        f"OR instr({PRODUCT_NAME}, ?) > 0)"
    )
    params = []
    for word in words:
        params += [word, word, word + TOP, f" {word}", f"-{word}", f"({word}"]
    return " AND ".join([term] * len(words)), params


def _product_queries(text: str, limit: int) -> Iterator[tuple[str, list[Any]]]:
    words = [fold(word) for word in text.split()]
    whole = " ".join(words)
    code = "".join(text.split())
    yield _BY_BARCODE, [code]
    sku = code.upper()
    yield (
        f"SELECT {_PRODUCT_COLUMNS} FROM products WHERE sku >= ? AND sku < ? ORDER BY sku LIMIT ?",
        [sku, sku + TOP, limit],
    )
    yield (
        f"SELECT {_PRODUCT_COLUMNS} FROM products INDEXED BY {PRODUCT_NAME_INDEX} "
        f"WHERE {PRODUCT_NAME} >= ? AND {PRODUCT_NAME} < ? ORDER BY {PRODUCT_NAME}, id "
        "LIMIT ?",
        [whole, whole + TOP, limit],
    )
    match, params = _word_filter(words)
    yield (
        f"SELECT {_PRODUCT_COLUMNS} FROM products INDEXED BY {PRODUCT_NAME_INDEX} "
        f"WHERE {match} ORDER BY {PRODUCT_NAME}, id LIMIT ?",
        [*params, limit],
    )


def search_products(session: Session, text: str, *, limit: int = 50) -> list[ProductHit]:
    """Products by exact barcode, SKU prefix, name prefix, then any-word prefixes.

    Empty text finds nothing (a catalogue is browsed by category, not listed whole).
    """
    limit = min(limit, MAX_LIMIT)
    if limit <= 0 or not text.split():
        return []
    hits: dict[uuid.UUID, ProductHit] = {}
    for sql, params in _product_queries(text, limit):
        for hit in _products(session, sql, params):
            hits.setdefault(hit.id, hit)
        if len(hits) >= limit:
            break
    return list(hits.values())[:limit]
