"""A last-resort reader of table rows straight from SQLite's page format.

When a replica is so damaged that SQLite cannot even read its schema (a truncated
file, a smashed first page), the outbox rows may still sit intact in their pages.
This walks every page of the file and of its write-ahead log, and yields the records
found on table leaf pages (https://www.sqlite.org/fileformat2.html), following
overflow chains where the pages are there. It never raises on damaged input: what
cannot be decoded is skipped.

An encrypted replica's pages are decrypted first with its key (SQLCipher 4's page
format: AES-256-CBC over the page, its IV and HMAC in the last 80 bytes; the first 16
bytes of the file are the salt). The HMACs are not checked: a damaged page decrypts
to garbage, which the decoder skips like any other damage.
"""

from __future__ import annotations

import struct
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

HEADER = b"SQLite format 3\x00"
TABLE_LEAF = 0x0D
WAL_HEADER = 32
WAL_FRAME_HEADER = 24
CIPHER_RESERVE = 80  # SQLCipher: IV (16) + HMAC-SHA512 (64) at the end of each page

Record = list[Any]


def _varint(data: bytes, at: int) -> tuple[int, int]:
    value = 0
    for i in range(9):
        byte = data[at + i]
        if i == 8:
            return (value << 8) | byte, at + 9
        value = (value << 7) | (byte & 0x7F)
        if byte < 0x80:
            return value, at + i + 1
    raise IndexError("bad varint")  # pragma: no cover


def _value(kind: int, data: bytes, at: int) -> tuple[Any, int]:
    sizes = {1: 1, 2: 2, 3: 3, 4: 4, 5: 6, 6: 8}
    if kind == 0:
        return None, at
    if kind in sizes:
        size = sizes[kind]
        return int.from_bytes(data[at : at + size], "big", signed=True), at + size
    if kind == 7:
        raw = data[at : at + 8]
        if len(raw) != 8:
            raise IndexError("record cut short")
        number: float = struct.unpack(">d", raw)[0]
        return number, at + 8
    if kind in (8, 9):
        return kind - 8, at
    if kind >= 12:
        size = (kind - 12) // 2
        raw = data[at : at + size]
        if len(raw) != size:
            raise IndexError("record cut short")
        return (raw if kind % 2 == 0 else raw.decode("utf-8")), at + size
    raise ValueError("reserved serial type")


def decode_record(payload: bytes) -> Record:
    header_size, at = _varint(payload, 0)
    kinds = []
    while at < header_size:
        kind, at = _varint(payload, at)
        kinds.append(kind)
    values, at = [], header_size
    for kind in kinds:
        value, at = _value(kind, payload, at)
        values.append(value)
    return values


# Page sizes to try, most likely first, when the file's header is gone (a replica made
# by this application uses 16 KiB; older ones 4 KiB, SQLite's default).
GUESSED_SIZES = (16384, 4096, 8192, 32768, 65536, 1024, 2048, 512)


Decrypt = Callable[[int, bytes], bytes]


def decryptor(key: bytes, size: int) -> Decrypt:
    """Plain page `number` from its encrypted bytes (garbage if they are damaged)."""

    def decrypt(number: int, page: bytes) -> bytes:
        if len(page) != size or size <= CIPHER_RESERVE + len(HEADER):
            return page
        start = len(HEADER) if number == 1 else 0
        iv = page[size - CIPHER_RESERVE : size - CIPHER_RESERVE + 16]
        body = (
            Cipher(algorithms.AES(key), modes.CBC(iv))
            .decryptor()
            .update(page[start : size - CIPHER_RESERVE])
        )
        return (HEADER if number == 1 else b"") + body + bytes(CIPHER_RESERVE)

    return decrypt


def _named_size(header: bytes) -> int:
    size = int.from_bytes(header[16:18], "big")
    return 65536 if size == 1 else size


def _encrypted_size(data: bytes, key: bytes) -> int | None:
    """The page size under which the encrypted first page decrypts to a header naming
    that size (None: the first page is damaged)."""
    for size in GUESSED_SIZES:
        if _named_size(decryptor(key, size)(1, data[:size])) == size:
            return size
    return None


class _Pages:
    def __init__(self, path: Path, size: int | None = None, key: bytes | None = None) -> None:
        self.data = path.read_bytes() if path.exists() else b""
        self.decrypt: Decrypt | None = None
        self.valid = False
        header = self.data[:100]
        if key is not None and not self.data.startswith(HEADER):
            found = _encrypted_size(self.data, key)
            self.valid = found is not None and size in (None, found)
            size = size or found or GUESSED_SIZES[0]
            self.decrypt = decryptor(key, size)
            header = self.decrypt(1, self.data[:size])[:100]
        else:
            self.valid = header.startswith(HEADER) and len(header) >= 100
        if size is None:
            size = _named_size(header) if self.valid else 4096
        self.size = size
        if self.size < 512 or self.size & (self.size - 1):
            self.size = 4096
        if key is not None and self.decrypt is not None:
            self.decrypt = decryptor(key, self.size)
            self.reserved = CIPHER_RESERVE
        else:
            self.reserved = header[20] if self.valid else 0
        self.wal: dict[int, bytes] = {}
        self._read_wal(Path(f"{path}-wal"))

    def _read_wal(self, path: Path) -> None:
        if not path.exists():
            return
        log = path.read_bytes()
        if len(log) < WAL_HEADER:
            return
        size = int.from_bytes(log[8:12], "big") or self.size
        if not self.valid and size in GUESSED_SIZES:
            self.size = size  # the log's header names the page size the file lost
        frame = WAL_FRAME_HEADER + size
        for start in range(WAL_HEADER, len(log) - frame + 1, frame):
            number = int.from_bytes(log[start : start + 4], "big")
            if number:
                self.wal[number] = log[start + WAL_FRAME_HEADER : start + frame]

    def page(self, number: int) -> bytes | None:
        if number in self.wal:
            page = self.wal[number]
        else:
            start = (number - 1) * self.size
            page = self.data[start : start + self.size]
        if len(page) != self.size:
            return None
        return page if self.decrypt is None else self.decrypt(number, page)

    def numbers(self) -> list[int]:
        count = len(self.data) // self.size
        return sorted(set(range(1, count + 1)) | set(self.wal))


def _payload(pages: _Pages, page: bytes, cell: int) -> bytes:
    size, at = _varint(page, cell)
    _, at = _varint(page, at)  # rowid
    usable = pages.size - pages.reserved
    most = usable - 35
    if size <= most:
        return page[at : at + size]
    least = (usable - 12) * 32 // 255 - 23
    local = least + (size - least) % (usable - 4)
    if local > most:
        local = least
    parts = [page[at : at + local]]
    following = int.from_bytes(page[at + local : at + local + 4], "big")
    got, seen = local, set()
    while got < size and following and following not in seen:
        seen.add(following)
        spill = pages.page(following)
        if spill is None:
            raise IndexError("overflow page missing")
        parts.append(spill[4 : 4 + min(usable - 4, size - got)])
        got += min(usable - 4, size - got)
        following = int.from_bytes(spill[:4], "big")
    if got < size:
        raise IndexError("overflow chain cut short")
    return b"".join(parts)


def records(
    path: str | Path, columns: int | frozenset[int], key: bytes | None = None
) -> Iterator[Record]:
    """Every decodable record with `columns` values (or any of those counts: a table
    that gained columns keeps its older rows shorter) on the table leaf pages of the file
    at `path` and its WAL (pages in the WAL win over the same page in the file); an
    encrypted file's pages are decrypted with `key`.

    With the header gone the page size is unknown: every likely size is tried (with
    and without decryption) and the one that decodes the most records wins.
    """
    pages = _Pages(Path(path), key=key)
    if pages.valid:
        yield from _records(pages, columns)
        return
    best: list[Record] = []
    for size in GUESSED_SIZES:
        for each in (key, None) if key is not None else (None,):
            found = list(_records(_Pages(Path(path), size, each), columns))
            if len(found) > len(best):
                best = found
    yield from best


def _records(pages: _Pages, columns: int | frozenset[int]) -> Iterator[Record]:
    widths = columns if isinstance(columns, frozenset) else frozenset({columns})
    for number in pages.numbers():
        page = pages.page(number)
        if page is None:
            continue
        base = 100 if number == 1 else 0
        if page[base] != TABLE_LEAF:
            continue
        cells = int.from_bytes(page[base + 3 : base + 5], "big")
        for i in range(cells):
            pointer = base + 8 + 2 * i
            try:
                cell = int.from_bytes(page[pointer : pointer + 2], "big")
                values = decode_record(_payload(pages, page, cell))
            except (IndexError, ValueError, UnicodeDecodeError):
                continue
            if len(values) in widths:
                yield values
