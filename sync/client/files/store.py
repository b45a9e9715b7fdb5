"""Files kept on a device, encrypted at rest like the replica, named by their SHA-256.

Each file is `<folder>/<sha256>`: its bytes cut into chunks of `CHUNK` (1 MiB), each
sealed with AES-256-GCM under a key derived from the replica's key (HKDF-SHA256, info
b"omnidesk files"). The nonce is 4 zero bytes and the chunk's index (8 bytes, big
endian); the associated data names the file and says whether the chunk is the last one.
Every chunk but the last holds exactly `CHUNK` bytes; the last holds fewer (none when
the size is a multiple of `CHUNK`), so a file cut short, chunks swapped or moved to
another file's name, or a byte changed is refused when read (`FileDamaged`), and a
file's bytes are checked against its name's hash after decrypting.

A download in progress is `<sha256>.part`, sealed the same way as its bytes arrive: the
bytes already held are its whole sealed chunks (`partial_size`), a chunk torn by a kill
is dropped and fetched again. Forgetting the replica's key (a wipe) leaves every file
unreadable; `erase` deletes the folder too.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from sync.client.cipher import ReplicaKey
from sync.private_files import open_private, private_folder, write_private

__all__ = ["CHUNK", "FileDamaged", "FileStore", "erase", "files_folder"]

CHUNK = 1 << 20
"""Plain bytes per sealed chunk (1 MiB)."""
TAG = 16
SEALED = CHUNK + TAG
"""Bytes on disk of every chunk but the last."""
INFO = b"omnidesk files"
KEY_CHECK = ".key"
"""A one-way mark of the key the folder's files are sealed with."""
PART = ".part"
_SHA = re.compile(r"[0-9a-f]{64}")


class FileDamaged(ValueError):
    """A kept file does not decrypt, is cut short, or does not match its hash."""

    def __init__(self, sha256: str, detail: str) -> None:
        super().__init__(f"the local copy of file {sha256} is damaged ({detail})")
        self.sha256 = sha256


def files_folder(replica: Path) -> Path:
    """Where the files of the replica at `replica` are kept: `files/<its name>` beside it
    (every profile in a data folder has its own, sealed under its own key)."""
    return replica.parent / "files" / replica.stem


def erase(replica: Path) -> list[Path]:
    """Delete the files kept for the replica at `replica`; the paths deleted."""
    folder = files_folder(replica)
    if not folder.exists():
        return []
    found = sorted(folder.iterdir())
    shutil.rmtree(folder, ignore_errors=True)
    return found


def _checked(sha256: str) -> str:
    if not _SHA.fullmatch(sha256):
        raise ValueError(f"not a lowercase hex SHA-256: {sha256!r}")
    return sha256


def _nonce(index: int) -> bytes:
    return bytes(4) + index.to_bytes(8, "big")


def _aad(sha256: str, last: bool) -> bytes:
    return sha256.encode("ascii") + (b"\x01" if last else b"\x00")


class FileStore:
    """The encrypted files of one replica, in `folder`, under its replica's key."""

    def __init__(self, folder: Path, key: ReplicaKey) -> None:
        self.folder = folder
        derived = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=INFO).derive(key.raw)
        self._aead = AESGCM(derived)
        self._mark = hashlib.sha256(b"omnidesk files key check\0" + derived).hexdigest()
        self._ready = False
        self._opening = threading.Lock()  # the sync thread and the desktop's reads

    @classmethod
    def of_replica(cls, replica: Path, key: ReplicaKey) -> FileStore:
        return cls(files_folder(replica), key)

    # -- the folder -------------------------------------------------------------------

    def _open_folder(self) -> Path:
        """The folder, made private; files sealed under another key (a replica made again
        with a new key) are unreadable, so they are dropped and fetched again."""
        if self._ready:
            return self.folder
        with self._opening:  # a second caller finds the mark written: nothing to do
            private_folder(self.folder)
            mark = self.folder / KEY_CHECK
            try:
                known = mark.read_text("ascii").strip()
            except FileNotFoundError:
                known = None
            if known != self._mark:
                if known is not None:
                    for stale in self.folder.iterdir():
                        if stale.name != KEY_CHECK:
                            stale.unlink(missing_ok=True)
                write_private(mark, self._mark.encode("ascii"))
            self._ready = True
        return self.folder

    def _path(self, sha256: str) -> Path:
        return self._open_folder() / _checked(sha256)

    def _part(self, sha256: str) -> Path:
        return self._open_folder() / f"{_checked(sha256)}{PART}"

    # -- sealing ----------------------------------------------------------------------

    def _seal(self, sha256: str, index: int, plain: bytes) -> bytes:
        return self._aead.encrypt(_nonce(index), plain, _aad(sha256, len(plain) < CHUNK))

    def _sealed(self, sha256: str, data: bytes) -> Iterator[bytes]:
        """The sealed chunks of `data` (an empty last one when its size is a multiple of
        CHUNK)."""
        count = len(data) // CHUNK + 1
        for index in range(count):
            yield self._seal(sha256, index, data[index * CHUNK : (index + 1) * CHUNK])

    def _opened(self, sha256: str, path: Path) -> Iterator[bytes]:
        """The plain chunks of the sealed file at `path`, which must end with its last
        chunk (one sealed as the last)."""
        with path.open("rb") as file:
            index = 0
            while True:
                sealed = file.read(SEALED)
                if len(sealed) < TAG:
                    raise FileDamaged(sha256, "cut short")
                last = len(sealed) < SEALED or file.peek(1) == b""
                try:
                    plain = self._aead.decrypt(_nonce(index), sealed, _aad(sha256, last))
                except InvalidTag:
                    raise FileDamaged(
                        sha256, "a chunk does not decrypt, or it is cut short"
                    ) from None
                yield plain
                if last:
                    return
                index += 1

    # -- whole files ------------------------------------------------------------------

    def put(self, data: bytes) -> str:
        """Keep `data` (sealed; written whole or not at all); its SHA-256."""
        sha256 = hashlib.sha256(data).hexdigest()
        if not self.has(sha256):
            write_private(self._path(sha256), b"".join(self._sealed(sha256, data)))
        return sha256

    def has(self, sha256: str) -> bool:
        return self._path(sha256).is_file()

    def read(self, sha256: str) -> bytes:
        """The file's bytes, checked against its hash. Raises `FileNotFoundError` when it
        is not here, `FileDamaged` when it does not decrypt, is cut short or differs."""
        path = self._path(sha256)
        data = b"".join(self._opened(sha256, path))
        if hashlib.sha256(data).hexdigest() != sha256:
            raise FileDamaged(sha256, "its bytes do not match its hash")
        return data

    def size(self, sha256: str) -> int:
        """The plain size of a kept file (from its sealed size; not checked)."""
        sealed = self._path(sha256).stat().st_size
        whole = sealed // SEALED
        return whole * CHUNK + max(sealed - whole * SEALED - TAG, 0)

    def delete(self, sha256: str) -> None:
        """Forget the file and any download of it in progress."""
        self._path(sha256).unlink(missing_ok=True)
        self._part(sha256).unlink(missing_ok=True)

    def kept(self) -> list[str]:
        """The hashes of the files kept whole."""
        folder = self._open_folder()
        return sorted(path.name for path in folder.iterdir() if _SHA.fullmatch(path.name))

    # -- downloads in progress --------------------------------------------------------

    def partial_size(self, sha256: str) -> int:
        """The plain bytes a download in progress holds: its whole sealed chunks only (a
        chunk torn by a kill, or a last chunk never finished, is fetched again)."""
        try:
            sealed = self._part(sha256).stat().st_size
        except FileNotFoundError:
            return 0
        return sealed // SEALED * CHUNK

    def append_part(self, sha256: str, plain: bytes) -> None:
        """Seal the next chunk of a download in progress: `CHUNK` bytes, or fewer for the
        last one (then `finish_part`)."""
        if len(plain) > CHUNK:
            raise ValueError(f"a chunk holds at most {CHUNK} bytes, not {len(plain)}")
        path = self._part(sha256)
        whole = self.partial_size(sha256) // CHUNK
        with open_private(path, "ab") as file:
            file.truncate(whole * SEALED)  # drop a torn or unfinished chunk
            file.write(self._seal(sha256, whole, plain))
            file.flush()
            os.fsync(file.fileno())

    def finish_part(self, sha256: str) -> None:
        """Check a finished download against its hash and keep it. Raises `FileDamaged`
        (the download is dropped, to be fetched again) when it does not match."""
        part = self._part(sha256)
        digest = hashlib.sha256()
        try:
            for plain in self._opened(sha256, part):
                digest.update(plain)
        except FileDamaged:
            part.unlink(missing_ok=True)
            raise
        if digest.hexdigest() != sha256:
            part.unlink(missing_ok=True)
            raise FileDamaged(sha256, "the bytes received do not match their hash")
        part.replace(self._path(sha256))

    def drop_part(self, sha256: str) -> None:
        with contextlib.suppress(FileNotFoundError):
            self._part(sha256).unlink()
