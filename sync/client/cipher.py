"""The replica's encryption: SQLCipher (through `sqlcipher3`) with a random 256-bit key.

The key is 32 random bytes given to SQLCipher as a raw key (`x'...'`): no password, so
no PBKDF2 runs when a connection opens. Pages are AES-256 encrypted with an HMAC each;
the page size is the replica's 16 KiB. `connect` is the one place that opens the file
and gives it its key; the engines of `sync.client.replica` get their connections here.

A replica made before encryption (a plain SQLite file) is encrypted in place by
`encrypt_plain`: exported into an encrypted copy, then swapped in atomically.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import secrets
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any, Protocol

import sqlcipher3
from sqlcipher3 import dbapi2 as dbapi2  # re-exported: the DB-API module of the replica

from sync.client import pages
from sync.private_files import private_file

PAGE_SIZE = 16_384
PLAIN_HEADER = b"SQLite format 3\x00"
KEY_BYTES = 32
RESERVE = 80
"""Bytes SQLCipher keeps at the end of every page: its IV (16) and HMAC-SHA512 (64)."""

DatabaseError = dbapi2.DatabaseError


class Cursor(Protocol):
    """What this application uses of a `sqlcipher3` cursor (sqlite3's interface)."""

    def execute(self, sql: str, parameters: Sequence[Any] = ..., /) -> Cursor: ...
    def fetchone(self) -> Any: ...
    def fetchall(self) -> list[Any]: ...
    def close(self) -> None: ...
    def __iter__(self) -> Iterator[Any]: ...


class Connection(Protocol):
    """What this application uses of a `sqlcipher3` connection (sqlite3's interface;
    the package ships no type information)."""

    isolation_level: str | None

    def execute(self, sql: str, parameters: Sequence[Any] = ..., /) -> Cursor: ...
    def cursor(self) -> Cursor: ...
    def commit(self) -> None: ...
    def close(self) -> None: ...
    def __enter__(self) -> Connection: ...
    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
        /,
    ) -> bool | None: ...


@dataclass(frozen=True, repr=False)
class ReplicaKey:
    """The 32-byte key of one replica (never printed: `repr` hides it)."""

    raw: bytes

    def __post_init__(self) -> None:
        if len(self.raw) != KEY_BYTES:
            raise ValueError("a replica key is 32 bytes")

    @classmethod
    def new(cls) -> ReplicaKey:
        return cls(secrets.token_bytes(KEY_BYTES))

    @classmethod
    def from_hex(cls, text: str) -> ReplicaKey:
        return cls(bytes.fromhex(text.strip()))

    def hex(self) -> str:
        return self.raw.hex()

    def fingerprint(self) -> str:
        """A short, one-way name for the key (for logs; reveals nothing of it)."""
        return hashlib.sha256(b"omnidesk replica key\0" + self.raw).hexdigest()[:12]

    def __repr__(self) -> str:
        return f"ReplicaKey({self.fingerprint()})"


def _keyed(connection: Connection, key: ReplicaKey) -> None:
    connection.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    connection.execute(f"PRAGMA cipher_page_size = {PAGE_SIZE}")


def connect(
    path: str | Path, key: ReplicaKey, *, timeout: float = 30, read_only: bool = False
) -> Connection:
    """A DB-API connection to the encrypted replica at `path` (created 0600 if missing).

    Nothing is read yet: a wrong key shows at the first statement that reads the file
    ("file is not a database")."""
    target = Path(path)
    connection: Connection
    if read_only:
        connection = sqlcipher3.connect(
            f"file:{target}?mode=ro", uri=True, timeout=timeout, check_same_thread=False
        )
    else:
        private_file(target)
        connection = sqlcipher3.connect(str(target), timeout=timeout, check_same_thread=False)
    # Pages are wiped from memory when freed unless this is off; the key itself is
    # not affected. Off: the replica's pages are in the process's memory anyway.
    connection.execute("PRAGMA cipher_memory_security = OFF")
    connection.execute("PRAGMA cipher_log_level = NONE")  # errors are raised, not printed
    _keyed(connection, key)
    return connection


def is_plain(path: str | Path) -> bool:
    """Whether the file at `path` is an unencrypted SQLite database (a replica from
    before encryption)."""
    try:
        with Path(path).open("rb") as file:
            return file.read(len(PLAIN_HEADER)) == PLAIN_HEADER
    except OSError:
        return False


def is_empty(path: str | Path) -> bool:
    target = Path(path)
    return not target.exists() or target.stat().st_size == 0


def header_decrypts(path: str | Path, key: ReplicaKey) -> bool:
    """Whether the first page's database header decrypts with `key` to what this
    application writes (16 KiB pages with SQLCipher's 80 reserved bytes).

    AES-CBC garbles only the blocks a damage touches: the header still decrypts when
    the rest of the page is damaged; with a wrong key it is noise."""
    try:
        with Path(path).open("rb") as file:
            first = file.read(PAGE_SIZE)
    except OSError:
        return False
    header = pages.decryptor(key.raw, PAGE_SIZE)(1, first)
    return (
        len(first) == PAGE_SIZE
        and header[16:18] == PAGE_SIZE.to_bytes(2, "big")
        and header[20:24] == bytes((RESERVE, 64, 32, 32))
    )


BTREE_PAGES = frozenset((0x02, 0x05, 0x0A, 0x0D))
SAMPLED_PAGES = 64


def _looks_like_btree(page: bytes) -> bool:
    if page[0] not in BTREE_PAGES:
        return False
    cells = int.from_bytes(page[3:5], "big")
    content = int.from_bytes(page[5:7], "big") or 65536
    header = 8 if page[0] in (0x0A, 0x0D) else 12
    return header + 2 * cells <= content <= PAGE_SIZE - RESERVE


def pages_decrypt(path: str | Path, key: ReplicaKey) -> bool:
    """Whether pages after the first decrypt with `key` into SQLite b-tree pages (at
    least a quarter of the first 64: with a wrong key, about one in a hundred does).

    Needs neither the first page nor the salt at its start (AES uses the key as is)."""
    decrypt = pages.decryptor(key.raw, PAGE_SIZE)
    fitting = sampled = 0
    try:
        with Path(path).open("rb") as file:
            file.seek(PAGE_SIZE)
            for number in range(2, SAMPLED_PAGES + 2):
                page = file.read(PAGE_SIZE)
                if len(page) < PAGE_SIZE:
                    break
                sampled += 1
                fitting += _looks_like_btree(decrypt(number, page))
    except OSError:
        return False
    return sampled > 0 and fitting >= max(1, sampled // 4)


def key_fits(path: str | Path, key: ReplicaKey) -> bool:
    """Whether `key` is the key of the (possibly damaged) encrypted file at `path`."""
    return header_decrypts(path, key) or pages_decrypt(path, key)


def pages_authenticated(path: str | Path, key: ReplicaKey) -> tuple[int, int]:
    """(pages whose HMAC checks out with `key`, pages in the file).

    With the right key only damaged pages fail; with a wrong key every page does."""
    target = Path(path)
    pages = target.stat().st_size // PAGE_SIZE if target.exists() else 0
    if pages == 0:
        return 0, 0
    connection = connect(target, key, read_only=True, timeout=5)
    try:
        failed = {str(row[0]) for row in connection.execute("PRAGMA cipher_integrity_check")}
    except DatabaseError:
        return 0, pages
    finally:
        connection.close()
    bad = sum(1 for line in failed if line.startswith("HMAC verification failed"))
    return max(0, pages - bad), pages


def _drop(path: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        path.unlink()


def _sync_folder(folder: Path) -> None:
    if os.name != "posix":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def encrypt_plain(path: str | Path, key: ReplicaKey) -> None:
    """Encrypt the plain SQLite replica at `path` with `key`, keeping all its rows.

    The plain file (with its write-ahead log folded in) is exported into an encrypted
    copy beside it, which then replaces it in one rename: a crash leaves either the
    plain replica or the encrypted one, never neither. The plain file is gone after."""
    target = Path(path)
    copy = target.with_name(target.name + ".encrypting")
    for leftover in (copy, Path(f"{copy}-wal"), Path(f"{copy}-shm"), Path(f"{copy}-journal")):
        _drop(leftover)
    private_file(copy)
    plain = sqlcipher3.connect(str(target), timeout=30, isolation_level=None)
    try:
        plain.execute("PRAGMA cipher_log_level = NONE")
        # Fold the write-ahead log into the file and empty it: the log belongs to the
        # plain file and must not be replayed onto the encrypted one after the swap.
        busy, _, _ = plain.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        if busy:
            raise OSError(f"the local database {target} is in use by another program")
        plain.execute("ATTACH DATABASE ? AS encrypted KEY ?", (str(copy), f"x'{key.hex()}'"))
        plain.execute(f"PRAGMA encrypted.cipher_page_size = {PAGE_SIZE}")
        plain.execute("SELECT sqlcipher_export('encrypted')")
        version = plain.execute("PRAGMA main.user_version").fetchone()[0]
        plain.execute(f"PRAGMA encrypted.user_version = {int(version)}")
        plain.execute("DETACH DATABASE encrypted")
    except BaseException:
        plain.close()
        _drop(copy)
        raise
    plain.close()
    with copy.open("rb+") as file:
        os.fsync(file.fileno())
    copy.replace(target)
    for suffix in ("-wal", "-shm"):  # the plain file's (now empty) log and its index
        _drop(Path(f"{target}{suffix}"))
    _sync_folder(target.parent)
