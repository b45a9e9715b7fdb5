"""Files stored once on the central API by their content's SHA-256.

A whole file lives at `<root>/<first two hex digits>/<sha256>`; a file still arriving at
`<root>/partial/<sha256>`, growing chunk by chunk from where the last one stopped, so an
upload cut half-way resumes rather than starting again. When the last byte is in, its
SHA-256 is checked and the file moved in place in one rename: a whole file is never seen
half-written, and bytes that do not hash to their name are dropped. Files and folders are
private to the server's user (`sync.private_files`).

Only a hash of 64 lower-case hex digits names a file: anything else (`../`, a slash, a
capital letter) is refused before any path is built.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from sync.private_files import open_private, private_file, private_folder, write_private

_HASH = re.compile(r"[0-9a-f]{64}")
READ_CHUNK = 64 * 1024


def is_hash(text: str) -> bool:
    """Whether `text` is a SHA-256 as files are named: 64 lower-case hex digits."""
    return _HASH.fullmatch(text) is not None


class BadHash(ValueError):
    """Not 64 lower-case hex digits."""


class WrongOffset(Exception):
    """A chunk that does not start where the partial upload ends."""

    def __init__(self, received: int) -> None:
        super().__init__(f"the upload holds {received} bytes")
        self.received = received


class TooLong(Exception):
    """A chunk that would take the file past its announced size."""


class HashMismatch(Exception):
    """The bytes received do not hash to the name they were sent under (now dropped)."""


class BlobStore:
    """The content-addressed files under `root`."""

    def __init__(self, root: str | Path) -> None:
        self.root = Path(root)
        self._guard = threading.Lock()
        self._locks: dict[str, threading.Lock] = {}

    # --- names ---------------------------------------------------------------------

    def path(self, sha: str) -> Path:
        if not is_hash(sha):
            raise BadHash(sha)
        return self.root / sha[:2] / sha

    def partial_path(self, sha: str) -> Path:
        if not is_hash(sha):
            raise BadHash(sha)
        return self.root / "partial" / sha

    @contextlib.contextmanager
    def _locked(self, sha: str) -> Iterator[None]:
        """One writer at a time per file in this process (two devices uploading it)."""
        with self._guard:
            lock = self._locks.setdefault(sha, threading.Lock())
        with lock:
            yield

    # --- whole files ---------------------------------------------------------------

    def has(self, sha: str) -> bool:
        return self.path(sha).is_file()

    def size(self, sha: str) -> int | None:
        """The size of the whole file, or None when it is not here (yet)."""
        try:
            return self.path(sha).stat().st_size
        except FileNotFoundError:
            return None

    def open_range(self, sha: str, start: int = 0) -> BinaryIO:
        """The whole file opened for reading from byte `start` (the caller closes it)."""
        file = self.path(sha).open("rb")
        file.seek(start)
        return file

    def chunks(self, sha: str, start: int = 0, chunk: int = READ_CHUNK) -> Iterator[bytes]:
        """The file's bytes from `start`, a chunk at a time (for streaming an answer)."""
        with self.open_range(sha, start) as file:
            while data := file.read(chunk):
                yield data

    def read(self, sha: str) -> bytes:
        return self.path(sha).read_bytes()

    def put(self, data: bytes) -> str:
        """Keep `data` (once: an identical file is already its own copy); its SHA-256."""
        sha = hashlib.sha256(data).hexdigest()
        with self._locked(sha):
            if not self.has(sha):
                write_private(self.path(sha), data)
        return sha

    # --- uploads in chunks -----------------------------------------------------------

    def received(self, sha: str) -> int:
        """How many bytes of `sha` are here: all of them once whole, else the partial's."""
        whole = self.size(sha)
        if whole is not None:
            return whole
        try:
            return self.partial_path(sha).stat().st_size
        except FileNotFoundError:
            return 0

    def append(self, sha: str, offset: int, chunk: bytes, expected_size: int) -> int:
        """Add `chunk` at `offset` to the partial upload of a file of `expected_size`
        bytes; the bytes received since. Refuses (`WrongOffset`, with what is here) a
        chunk not starting where the upload ends, and (`TooLong`) one going past the size."""
        with self._locked(sha):
            received = self.received(sha)
            if self.has(sha):
                return received
            if offset != received:
                raise WrongOffset(received)
            if offset + len(chunk) > expected_size:
                raise TooLong(f"{offset + len(chunk)} bytes of a file of {expected_size}")
            if not chunk:
                return received
            path = self.partial_path(sha)
            with open_private(path, "ab") as file:
                file.write(chunk)
                file.flush()
                os.fsync(file.fileno())
            return received + len(chunk)

    def finish(self, sha: str) -> None:
        """Check the partial upload's SHA-256 and move it in place; a partial whose bytes
        do not match is dropped (`HashMismatch`), so the upload starts again."""
        with self._locked(sha):
            if self.has(sha):
                return
            partial = self.partial_path(sha)
            digest = hashlib.sha256()
            with partial.open("rb") as file:
                while data := file.read(READ_CHUNK):
                    digest.update(data)
            if digest.hexdigest() != sha:
                partial.unlink(missing_ok=True)
                raise HashMismatch(sha)
            target = self.path(sha)
            private_folder(target.parent)
            private_file(partial)  # 0600 whatever made it
            os.replace(partial, target)

    def drop_partial(self, sha: str) -> None:
        with self._locked(sha):
            self.partial_path(sha).unlink(missing_ok=True)
