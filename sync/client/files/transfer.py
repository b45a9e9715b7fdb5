"""Moving files of applications between a device and the central API, after the rows.

Downloads: the files the replica's `application_files` rows name and the device's
`FileStore` lacks are fetched (`GET /v1/files/{sha256}`, from where a download cut
short stopped: `Range: bytes=N-`), sealed chunk by chunk as bytes arrive, and kept once
their hash matches. Each call fetches up to a byte budget, so the sync engine's row
changes keep flowing and a first sync is never held up by files. A 404 means the file
has not reached the server yet (or is not this device's to see): it is tried again later.

Uploads: the files queued in `file_uploads` are sent after the push that created their
row (`GET /v1/files/{sha256}/upload` says how much the server holds; `PUT` sends the
rest in pieces; a 409 makes the device ask again where to resume).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import select

from sync.client.files.store import CHUNK, FileDamaged, FileStore
from sync.client.files.uploads import DONE, FileUpload, pending
from sync.client.replica import Replica
from sync.client.transport import Http, ProtocolError, ServerError
from sync.model import ApplicationFile
from sync.model.types import utcnow

__all__ = ["DOWNLOAD_BUDGET", "UPLOAD_PIECE", "FileTransfers", "Progress", "UploadSummary"]

FILES = "/v1/files"
DOWNLOAD_BUDGET = 8 * CHUNK
"""Bytes a sync cycle downloads at most (then rows are pulled again)."""
UPLOAD_PIECE = CHUNK
"""Bytes per PUT of an upload (the server takes at most 4 MiB)."""
ABSENT_RETRY = 30.0
"""Seconds before a file the server did not have (404), or that came damaged, is asked
for again."""
RESYNCS = 3
"""Times an upload asks the server again where to resume (409) before waiting."""


@dataclass(frozen=True)
class Progress:
    """Where the files of the replica's rows stand after `download_missing`."""

    total: int  # files the rows name
    present: int  # kept whole on this device
    fetched: int = 0  # of them, completed by this call
    received: int = 0  # bytes received by this call
    waiting: int = 0  # not on the server yet (404): asked for again later
    failed: int = 0  # did not match their hash: fetched again from the start
    more: bool = False  # the budget ran out with files still to fetch

    @property
    def missing(self) -> int:
        return self.total - self.present

    def text(self) -> str:
        return f"documents: {self.present} of {self.total} fetched"


@dataclass
class UploadSummary:
    done: int = 0
    waiting: int = 0  # the server does not know the file's row yet, or refused it
    sent: int = 0  # bytes sent
    more: bool = False  # the budget ran out with files still to send


@dataclass
class _Piece:
    """A download under way: bytes received but not sealed yet (less than a chunk)."""

    sha256: str
    size: int
    offset: int  # plain bytes sealed in the store
    budget: int
    buffer: bytearray = field(default_factory=bytearray)
    received: int = 0
    too_long: bool = False
    cut: bool = False  # stopped by the budget


def _path(sha256: str) -> str:
    return f"{FILES}/{sha256}"


class FileTransfers:
    """Downloads and uploads of one replica's files through its device's client.

    `http`: the device's client, or a function giving the one to use now (the sync
    engine's, which it makes again after a failure)."""

    def __init__(
        self,
        replica: Replica,
        store: FileStore,
        http: Http | Callable[[], Http],
        *,
        absent_retry: float = ABSENT_RETRY,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.replica = replica
        self.store = store
        self._http = http if callable(http) else (lambda: http)
        self._absent: dict[str, float] = {}  # sha256 -> when it was not had (404) or bad
        self.absent_retry = absent_retry
        self._clock = clock
        self.last: Progress | None = None

    # -- downloads --------------------------------------------------------------------

    def _wanted(self) -> list[tuple[str, int]]:
        with self.replica.read() as session:
            rows = session.execute(
                select(ApplicationFile.sha256, ApplicationFile.size)
                .order_by(ApplicationFile.uploaded_at)
                .distinct()
            ).all()
        seen: dict[str, int] = {}
        for sha256, size in rows:
            seen.setdefault(sha256, size)
        return list(seen.items())

    def _waiting(self, sha256: str) -> bool:
        since = self._absent.get(sha256)
        return since is not None and self._clock() - since < self.absent_retry

    def progress(self) -> Progress:
        """Where the files stand, without fetching anything."""
        wanted = self._wanted()
        present = sum(1 for sha256, _ in wanted if self.store.has(sha256))
        return Progress(len(wanted), present)

    def download_missing(self, budget_bytes: int = DOWNLOAD_BUDGET) -> Progress:
        """Fetch the files the rows name and the store lacks, about `budget_bytes` at
        most (whole chunks: a download cut by the budget resumes at the next call)."""
        wanted = self._wanted()
        missing = [(sha, size) for sha, size in wanted if not self.store.has(sha)]
        fetched = received = waiting = failed = 0
        more = False
        for sha256, size in missing:
            if self._waiting(sha256):
                waiting += 1
                continue
            if received >= budget_bytes:
                more = True
                break
            try:
                whole, got, cut = self._download(sha256, size, budget_bytes - received)
            except ServerError as error:
                if error.status == 416:  # the server's file is shorter: start again
                    self.store.drop_part(sha256)
                    self._absent[sha256] = self._clock()
                    failed += 1
                    continue
                if error.status != 404:
                    raise
                self._absent[sha256] = self._clock()
                waiting += 1
                continue
            except FileDamaged:  # dropped; fetched again from the start, later
                self._absent[sha256] = self._clock()
                failed += 1
                continue
            self._absent.pop(sha256, None)
            received += got
            fetched += whole
            more = more or cut
        present = len(wanted) - len(missing) + fetched
        self.last = Progress(len(wanted), present, fetched, received, waiting, failed, more)
        return self.last

    def _download(self, sha256: str, size: int, budget: int) -> tuple[bool, int, bool]:
        """Fetch one file from where its download stopped; (kept whole?, bytes got, cut
        short by the budget?)."""
        piece = _Piece(sha256, size, self.store.partial_size(sha256), max(budget, 1))
        if piece.offset > size:
            self.store.drop_part(sha256)
            piece.offset = 0
        if piece.offset < size:  # else only the (empty) last chunk is still to seal
            self._http().download(_path(sha256), piece.offset, lambda data: self._take(piece, data))
        if piece.too_long:
            self.store.drop_part(sha256)
            raise FileDamaged(sha256, "the server sent more bytes than the file holds")
        if piece.cut or piece.offset + len(piece.buffer) < size:
            return False, piece.received, piece.cut  # whole chunks kept: resumed next time
        self.store.append_part(sha256, bytes(piece.buffer))  # the last chunk (< CHUNK)
        self.store.finish_part(sha256)  # FileDamaged: dropped, fetched again
        return True, piece.received, False

    def _take(self, piece: _Piece, data: bytes) -> bool:
        """Bytes arrived: seal every whole chunk; False to stop (budget spent)."""
        piece.buffer += data
        piece.received += len(data)
        if piece.offset + len(piece.buffer) > piece.size:
            piece.too_long = True
            return False
        while len(piece.buffer) >= CHUNK:  # never the last chunk, which is shorter
            self.store.append_part(piece.sha256, bytes(piece.buffer[:CHUNK]))
            del piece.buffer[:CHUNK]
            piece.offset += CHUNK
            if piece.received >= piece.budget and piece.offset + len(piece.buffer) < piece.size:
                piece.cut = True
                return False
        return True

    # -- uploads ----------------------------------------------------------------------

    def upload_pending(self, budget_bytes: int | None = None) -> UploadSummary:
        """Send the files queued on this device, resuming where the server stopped."""
        summary = UploadSummary()
        with self.replica.read() as session:
            queued = [(row.sha256, row.size) for row in pending(session)]
        for sha256, size in queued:
            if budget_bytes is not None and summary.sent >= budget_bytes:
                summary.more = True
                break
            error = self._upload(sha256, size, summary)
            with self.replica.write() as session:
                row = session.get(FileUpload, sha256)
                if row is None:
                    continue
                row.tries += 1
                row.last_error = error
                if error is None:
                    row.state, row.done_at = DONE, utcnow()
                    summary.done += 1
                else:
                    summary.waiting += 1
        return summary

    def _upload(self, sha256: str, size: int, summary: UploadSummary) -> str | None:
        """Send one file; None when the server holds it whole, else why it waits."""
        http = self._http()
        if not self.store.has(sha256):
            return "the file is not kept on this device"
        data = self.store.read(sha256)
        last = "the server kept refusing where to resume"
        for _ in range(RESYNCS):
            try:
                received = _received(http.get_json(f"{_path(sha256)}/upload"))
            except ServerError as error:
                if error.status == 404:
                    return "the server does not know this file yet"
                raise
            try:
                while received < len(data):
                    piece = data[received : received + UPLOAD_PIECE]
                    answer = http.put_bytes(_path(sha256), piece, params={"offset": received})
                    summary.sent += len(piece)
                    received = _received(answer)
                return None
            except ServerError as error:
                if error.status == 404:
                    return "the server does not know this file yet"
                if error.status != 409:
                    raise
                last = f"{error.code}: {error.message}"
        return last


def _received(answer: dict[str, object]) -> int:
    received = answer.get("received")
    if not isinstance(received, int) or isinstance(received, bool) or received < 0:
        raise ProtocolError("the server's answer about a file has no 'received' count")
    return received
