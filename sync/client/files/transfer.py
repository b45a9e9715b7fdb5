"""Moving files of applications between a device and the central API, after the rows.

Downloads: the files the replica's `application_files` rows name and the device's
`FileStore` lacks are fetched (`GET /v1/files/{sha256}`, from where a download cut
short stopped: `Range: bytes=N-`), sealed chunk by chunk as bytes arrive, and kept once
their hash matches. Each call fetches up to a byte budget, so the sync engine's row
changes keep flowing and a first sync is never held up by files. A 404 means the file
has not reached the server yet (or is not this device's to see): it is tried again later.

Uploads: the files queued in `file_uploads` whose row the replica holds are sent after
the push that created their row: `GET /v1/files/{sha256}/upload` says how much the
server holds (a 404 before the file is even read: its row has not reached the server),
`PUT` sends the rest in pieces, a 409 makes the device ask again where to resume. A file
queued whose row no `application_files` row names after `STALE_UPLOAD` (its command was
refused, or never applied: killed in between) is dropped from the queue.

A problem with one file (a damaged local copy, a full disk, an answer the device does not
understand, a refusal of that file) is recorded on it and the file waits, ever longer
(`retry_delay`: from `absent_retry` doubling to `RETRY_CAP`); the other files and the
rows go on. Only a failure of the network or of the device's standing with the server
stops a transfer.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from sync.client.files.store import CHUNK, FileDamaged, FileStore
from sync.client.files.uploads import DONE, PENDING, FileUpload, pending
from sync.client.replica import Replica
from sync.client.transport import Http, InsecureAddress, ProtocolError, ServerError
from sync.model import ApplicationFile
from sync.model.types import utcnow

__all__ = [
    "DOWNLOAD_BUDGET",
    "RETRY_CAP",
    "STALE_UPLOAD",
    "UPLOAD_PIECE",
    "FileTransfers",
    "Progress",
    "UploadSummary",
    "retry_delay",
]

log = logging.getLogger(__name__)

FILES = "/v1/files"
DOWNLOAD_BUDGET = 8 * CHUNK
"""Bytes a sync cycle downloads at most (then rows are pulled again)."""
UPLOAD_PIECE = CHUNK
"""Bytes per PUT of an upload (the server takes at most 4 MiB)."""
ABSENT_RETRY = 30.0
"""Seconds before a file the server did not have (404), that came damaged or could not be
kept, or that failed to upload, is tried again (doubled at each failure in a row)."""
RETRY_CAP = 3600.0
"""The longest wait before a failing file is tried again."""
STALE_UPLOAD = timedelta(minutes=10)
"""How long a queued upload may wait for its row before it is dropped."""
DEVICE_WIDE = frozenset({401, 403, 429})
"""Refusals about the device or the server's load, not one file: they stop the sync."""
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
    waiting: int = 0  # no row yet here or on the server, refused, or failing: later
    sent: int = 0  # bytes sent
    more: bool = False  # the budget ran out with files still to send
    dropped: int = 0  # queued for a row that never came (`STALE_UPLOAD`)


@dataclass
class _Failing:
    """A file whose last transfer failed: when, and how many times in a row."""

    at: float
    times: int
    why: str


def retry_delay(times: int, first: float = ABSENT_RETRY, cap: float = RETRY_CAP) -> float:
    """Seconds before a file that failed `times` times in a row is tried again."""
    if times <= 0:
        return 0.0
    return float(min(first * 2 ** min(times - 1, 32), cap))


def _file_problem(error: BaseException) -> bool:
    """True for a problem with one file (recorded on it; the others go on), False for one
    of the network or of the device (the sync stops and tries again later)."""
    if isinstance(error, ServerError):
        return error.status < 500 and error.status not in DEVICE_WIDE
    if isinstance(error, InsecureAddress):  # the device's address: no file will go
        return False
    return isinstance(error, ValueError | OSError | ProtocolError)  # FileDamaged: ValueError


def _why(error: BaseException) -> str:
    if isinstance(error, ServerError):
        return f"{error.code}: {error.message}"
    return f"{type(error).__name__}: {error}"


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
        self._failing: dict[str, _Failing] = {}  # downloads that failed, by sha256
        self._upload_tried: dict[str, float] = {}  # sha256 -> when this process last tried
        self.absent_retry = absent_retry
        self.retry_cap = RETRY_CAP
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

    def _delay(self, times: int) -> float:
        return retry_delay(times, self.absent_retry, self.retry_cap)

    def _waiting(self, sha256: str) -> bool:
        failing = self._failing.get(sha256)
        return failing is not None and self._clock() - failing.at < self._delay(failing.times)

    def _failed(self, sha256: str, why: str) -> None:
        before = self._failing.get(sha256)
        times = before.times + 1 if before else 1
        self._failing[sha256] = _Failing(self._clock(), times, why)

    def download_retry_in(self, sha256: str) -> float | None:
        """Seconds before a download that failed is tried again (None: not failing)."""
        failing = self._failing.get(sha256)
        if failing is None:
            return None
        return max(failing.at + self._delay(failing.times) - self._clock(), 0.0)

    def _kept(self, sha256: str) -> bool:
        try:
            return self.store.has(sha256)
        except (ValueError, OSError):  # a name that is no SHA-256, an unreadable folder
            return False

    def progress(self) -> Progress:
        """Where the files stand, without fetching anything."""
        wanted = self._wanted()
        present = sum(1 for sha256, _ in wanted if self._kept(sha256))
        return Progress(len(wanted), present)

    def download_missing(self, budget_bytes: int = DOWNLOAD_BUDGET) -> Progress:
        """Fetch the files the rows name and the store lacks, about `budget_bytes` at
        most (whole chunks: a download cut by the budget resumes at the next call)."""
        wanted = self._wanted()
        missing = [(sha, size) for sha, size in wanted if not self._kept(sha)]
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
            except Exception as error:
                if not _file_problem(error):
                    raise
                if isinstance(error, ServerError) and error.status == 416:
                    self._drop_part(sha256)  # the server's file is shorter: start again
                self._failed(sha256, _why(error))
                if isinstance(error, ServerError) and error.status == 404:
                    waiting += 1  # not on the server yet
                else:  # damaged (dropped), not kept (a full disk), not understood
                    log.warning("file %s not downloaded: %s", sha256, _why(error))
                    failed += 1
                continue
            self._failing.pop(sha256, None)
            received += got
            fetched += whole
            more = more or cut
        present = len(wanted) - len(missing) + fetched
        self.last = Progress(len(wanted), present, fetched, received, waiting, failed, more)
        return self.last

    def _drop_part(self, sha256: str) -> None:
        try:
            self.store.drop_part(sha256)
        except (ValueError, OSError) as error:
            log.warning("the download of file %s cannot be dropped: %s", sha256, error)

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
        """Send the files queued on this device whose rows it holds, resuming where the
        server stopped; a file that failed waits `retry_delay` of its tries."""
        summary = UploadSummary()
        with self.replica.read() as session:
            queued = [
                (row.sha256, row.size, row.tries, row.last_error, row.queued_at)
                for row in pending(session)
            ]
            named = self._named(session, [sha256 for sha256, *_ in queued])
        stale = utcnow() - STALE_UPLOAD
        for sha256, size, tries, last_error, queued_at in queued:
            if sha256 not in named:  # its command not applied yet, or refused
                if queued_at < stale:
                    summary.dropped += self._drop_upload(sha256)
                else:
                    summary.waiting += 1
                continue
            if last_error is not None and self._upload_waits(sha256, tries):
                summary.waiting += 1
                continue
            if budget_bytes is not None and summary.sent >= budget_bytes:
                summary.more = True
                break
            self._upload_tried[sha256] = self._clock()
            try:
                error = self._upload(sha256, size, summary)
            except Exception as problem:
                if not _file_problem(problem):
                    raise
                error = _why(problem)
                log.warning("file %s not uploaded: %s", sha256, error)
            self._record_upload(sha256, error, summary)
        return summary

    @staticmethod
    def _named(session: Session, shas: list[str]) -> set[str]:
        """Those of `shas` an `application_files` row of the replica names."""
        if not shas:
            return set()
        return set(
            session.scalars(
                select(ApplicationFile.sha256).where(ApplicationFile.sha256.in_(shas)).distinct()
            )
        )

    def _upload_waits(self, sha256: str, tries: int) -> bool:
        """True while a failing upload waits: counted from when this process last tried
        it (a process that starts tries each once)."""
        tried = self._upload_tried.get(sha256)
        return tried is not None and self._clock() - tried < self._delay(tries)

    def _record_upload(self, sha256: str, error: str | None, summary: UploadSummary) -> None:
        with self.replica.write() as session:
            row = session.get(FileUpload, sha256)
            if row is None:
                return
            row.tries += 1
            row.last_error = error
            if error is None:
                row.state, row.done_at = DONE, utcnow()
                summary.done += 1
                self._upload_tried.pop(sha256, None)
            else:
                summary.waiting += 1

    def _drop_upload(self, sha256: str) -> int:
        """Forget a queued upload no row names (still none, checked again): 1 if it was.
        The sealed file stays in the store: an attachment of the same bytes may be under
        way at this moment."""
        with self.replica.write() as session:
            row = session.get(FileUpload, sha256)
            if row is None or row.state != PENDING or self._named(session, [sha256]):
                return 0
            session.delete(row)
        self._upload_tried.pop(sha256, None)
        log.info("upload of file %s dropped: no row names it", sha256)
        return 1

    def _upload(self, sha256: str, size: int, summary: UploadSummary) -> str | None:
        """Send one file; None when the server holds it whole, else why it waits. The
        server is asked where to resume before the file is read: a file it does not know
        (404) is not read at all."""
        http = self._http()
        last = "the server kept refusing where to resume"
        data: bytes | None = None
        for _ in range(RESYNCS):
            try:
                received = _received(http.get_json(f"{_path(sha256)}/upload"))
            except ServerError as error:
                if error.status == 404:
                    return "the server does not know this file yet"
                raise
            if data is None:
                if not self.store.has(sha256):
                    return "the file is not kept on this device"
                data = self.store.read(sha256)  # FileDamaged: recorded, tried again later
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
