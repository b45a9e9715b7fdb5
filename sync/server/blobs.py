"""Files stored once on the central API by their content's SHA-256.

A whole file lives at `<root>/<first two hex digits>/<sha256>`; a file still arriving at
`<root>/partial/<sha256>`, growing chunk by chunk from where the last one stopped, so an
upload cut half-way resumes rather than starting again. When the last byte is in, its
SHA-256 is checked and the file moved in place in one rename: a whole file is never seen
half-written, and bytes that do not hash to their name are dropped. Files and folders are
private to the server's user (`sync.private_files`).

Knowing a hash proves nothing: a file is served for an application only once its bytes
were uploaded for that application. That proof is a claim, an empty marker file at
`<root>/claims/<sha256>/<application id>`, written when an upload for the application
completes (its bytes hash-checked) or when the web channel's upload stores the file. A
device uploads into a partial of its own (`<root>/partial/<owner>/<sha256>`), so nobody
finishes, and earns a claim through, bytes somebody else sent.

Only a hash of 64 lower-case hex digits names a file: anything else (`../`, a slash, a
capital letter) is refused before any path is built.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import threading
import uuid
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from sync.private_files import open_private, private_file, private_folder, write_private

_HASH = re.compile(r"[0-9a-f]{64}")
READ_CHUNK = 64 * 1024


def is_hash(text: str) -> bool:
    """Whether `text` is a SHA-256 as files are named: 64 lower-case hex digits."""
    return _HASH.fullmatch(text) is not None


def _owner_part(owner: str) -> str:
    """An uploader's name as a folder: a UUID only (anything else is refused)."""
    try:
        return str(uuid.UUID(owner))
    except ValueError:
        raise BadHash(owner) from None


class BadHash(ValueError):
    """Not 64 lower-case hex digits (or an uploader or application that is no UUID)."""


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

    def partial_path(self, sha: str, owner: str = "") -> Path:
        """Where an upload of `sha` grows: one per uploader (`owner`, a UUID) when given."""
        if not is_hash(sha):
            raise BadHash(sha)
        if owner:
            return self.root / "partial" / _owner_part(owner) / sha
        return self.root / "partial" / sha

    def claim_path(self, sha: str, application_id: str | uuid.UUID) -> Path:
        if not is_hash(sha):
            raise BadHash(sha)
        return self.root / "claims" / sha / _owner_part(str(application_id))

    @contextlib.contextmanager
    def _locked(self, sha: str) -> Iterator[None]:
        """One writer at a time per file in this process (two devices uploading it)."""
        with self._guard:
            lock = self._locks.setdefault(sha, threading.Lock())
        with lock:
            yield

    def _private_folders(self, folder: Path) -> None:
        """`folder` and each folder between it and the root, private (not only the last)."""
        for part in reversed([folder, *folder.parents]):
            if part == self.root or self.root in part.parents:
                private_folder(part)

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

    # --- who proved they hold a file ----------------------------------------------------

    def claim(self, sha: str, application_id: str | uuid.UUID) -> None:
        """Record that the bytes of `sha` were uploaded for the application."""
        path = self.claim_path(sha, application_id)
        if not path.is_file():
            self._private_folders(path.parent)
            private_file(path)

    def claimed(self, sha: str, application_ids: Iterable[str | uuid.UUID]) -> bool:
        """Whether the bytes of `sha` were uploaded for any of these applications."""
        return any(self.claim_path(sha, app).is_file() for app in application_ids)

    # --- uploads in chunks -----------------------------------------------------------

    def received(self, sha: str, owner: str = "") -> int:
        """How many bytes of `sha` are here: all of them once whole, else the partial's."""
        whole = self.size(sha)
        if whole is not None:
            return whole
        return self.partial_size(sha, owner)

    def partial_size(self, sha: str, owner: str = "") -> int:
        """How many bytes the upload of `sha` by `owner` holds (0 when none)."""
        try:
            return self.partial_path(sha, owner).stat().st_size
        except FileNotFoundError:
            return 0

    def head(self, sha: str, count: int, owner: str = "") -> bytes:
        """The first `count` bytes of the partial upload (to tell the file's type)."""
        with self.partial_path(sha, owner).open("rb") as file:
            return file.read(count)

    def append(
        self, sha: str, offset: int, chunk: bytes, expected_size: int, owner: str = ""
    ) -> int:
        """Add `chunk` at `offset` to `owner`'s partial upload of a file of `expected_size`
        bytes; the bytes received since. Refuses (`WrongOffset`, with what is here) a
        chunk not starting where the upload ends, and (`TooLong`) one going past the size.
        The bytes go to the partial even when the file is already whole here: sending them
        is how an uploader proves it holds them (`finish` checks, then drops the copy)."""
        with self._locked(sha):
            received = self.partial_size(sha, owner)
            if offset != received:
                raise WrongOffset(received)
            if offset + len(chunk) > expected_size:
                raise TooLong(f"{offset + len(chunk)} bytes of a file of {expected_size}")
            if not chunk:
                return received
            path = self.partial_path(sha, owner)
            self._private_folders(path.parent)
            with open_private(path, "ab") as file:
                file.write(chunk)
                file.flush()
                os.fsync(file.fileno())
            return received + len(chunk)

    def finish(self, sha: str, owner: str = "") -> None:
        """Check the partial upload's SHA-256 and move it in place (or drop it when the
        file is already whole here: the same bytes); a partial whose bytes do not match
        is dropped (`HashMismatch`), so the upload starts again."""
        with self._locked(sha):
            partial = self.partial_path(sha, owner)
            digest = hashlib.sha256()
            with partial.open("rb") as file:
                while data := file.read(READ_CHUNK):
                    digest.update(data)
            if digest.hexdigest() != sha:
                partial.unlink(missing_ok=True)
                raise HashMismatch(sha)
            if self.has(sha):  # proven; the file is not written again
                partial.unlink(missing_ok=True)
                return
            target = self.path(sha)
            private_folder(target.parent)
            private_file(partial)  # 0600 whatever made it
            os.replace(partial, target)

    def drop_partial(self, sha: str, owner: str = "") -> None:
        with self._locked(sha):
            self.partial_path(sha, owner).unlink(missing_ok=True)
