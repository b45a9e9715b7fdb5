"""Attaching scans and photos to an application's documents, and checking them (Qt-free).

Run from background ops only: they read the disk, the file store and the replica.
A file is checked against the shared rules (size, kind read from its first bytes) before
anything is kept: a file too large or of another kind is refused with the rules' own
sentence and leaves no trace. A file kept is sealed in the device's `FileStore`, its
upload queued for the sync engine (first, in its own transaction: a kill before the
command leaves a queued upload the engine drops later, never a row whose file is not
sent), then its row added by `application.attach_file`.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from desktop.services.workspace import Workspace
from sync.client.files.uploads import FileUpload, queue_upload, unqueue_upload
from sync.model import ApplicationFile
from sync.rules import files as file_rules

MAX_FILENAME = 120


@dataclass(frozen=True)
class ReadFile:
    """A file read from disk and found fit to attach."""

    filename: str
    data: bytes
    media_type: str


@dataclass(frozen=True)
class Attached:
    """A file attached: its row's id and what it holds."""

    file_id: str
    filename: str
    sha256: str
    size: int
    media_type: str


def short_name(name: str) -> str:
    """`name` cut to what a file row keeps, its extension kept."""
    if len(name) <= MAX_FILENAME:
        return name
    suffix = Path(name).suffix[:10]
    return name[: MAX_FILENAME - len(suffix)] + suffix


def read_checked(path: Path) -> ReadFile:
    """The file at `path` if the shared rules keep it; `RuleViolation` (`file_too_large`,
    `file_type`) otherwise, before the whole file is read."""
    size = path.stat().st_size
    file_rules.check_size(size)
    with path.open("rb") as file:
        head = file.read(file_rules.HEAD_BYTES)
        media = file_rules.check_file(path.name, head, size)
        data = head + file.read()
    file_rules.check_size(len(data))  # it grew while read
    return ReadFile(short_name(path.name), data, media)


def _forget(workspace: Workspace, sha256: str) -> None:
    """Drop a kept file nothing refers to (its attachment was refused)."""
    with workspace.replica.read() as session:
        used = session.scalar(
            select(ApplicationFile.id).where(ApplicationFile.sha256 == sha256).limit(1)
        )
        queued = session.get(FileUpload, sha256)
    if used is None and queued is None:
        workspace.files.delete(sha256)


def attach_read(workspace: Workspace, app_id: str, code: str, read: ReadFile) -> Attached:
    """Keep `read` sealed, queue its upload and attach it to document `code` of application
    `app_id`; a refusal of the command keeps nothing."""
    sha256 = workspace.files.put(read.data)
    file_id = str(uuid.uuid4())
    queued = queue_file(workspace, sha256, len(read.data))
    try:
        workspace.apply(
            "application.attach_file",
            {
                "file_id": file_id,
                "application_id": str(app_id),
                "document": code,
                "sha256": sha256,
                "size": len(read.data),
                "media_type": read.media_type,
                "filename": read.filename,
            },
        )
    except Exception:
        if queued:
            unqueue_file(workspace, sha256)
        _forget(workspace, sha256)
        raise
    return Attached(file_id, read.filename, sha256, len(read.data), read.media_type)


def queue_file(workspace: Workspace, sha256: str, size: int) -> bool:
    """Send the kept file `sha256` to the central API once its row is pushed (queued
    before the command that makes the row); True when this call queued it."""
    with workspace.replica.write() as session:
        return queue_upload(session, sha256, size)


def unqueue_file(workspace: Workspace, sha256: str) -> None:
    """Take back the upload `queue_file` queued for a command that was refused."""
    with workspace.replica.write() as session:
        unqueue_upload(session, sha256)


def attach_files(
    workspace: Workspace, app_id: str, code: str, paths: Sequence[Path]
) -> list[Attached]:
    """Attach the files at `paths` to document `code`: every file is checked first, so
    one too large or of another kind refuses them all and nothing is kept."""
    read = [read_checked(Path(path)) for path in paths]
    return [attach_read(workspace, app_id, code, one) for one in read]


def check_file(workspace: Workspace, file_id: str, verdict: str, reason: str = "") -> None:
    """Mark file `file_id` verified, or rejected with `reason`."""
    args: dict[str, object] = {"file_id": file_id, "verdict": verdict}
    if reason.strip():
        args["reason"] = reason.strip()
    workspace.apply("application.check_file", args)


@dataclass(frozen=True)
class Viewed:
    """A file to show: its name, kind and bytes (None while they are on their way)."""

    filename: str
    media_type: str
    data: bytes | None


def file_bytes(workspace: Workspace, file_id: str) -> Viewed | None:
    """File `file_id` to show; None when there is no such file."""
    with workspace.replica.read() as session:
        row = session.get(ApplicationFile, uuid.UUID(file_id))
        if row is None:
            return None
        filename, media_type, sha256 = row.filename, row.media_type, row.sha256
    data = workspace.files.read(sha256) if workspace.files.has(sha256) else None
    return Viewed(filename, media_type, data)
