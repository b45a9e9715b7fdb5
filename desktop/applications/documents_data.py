"""What the documents panel shows, as plain data, and the Qt-free query that reads it.

`documents_of(session, app_id, files)` runs in a background op; the panel only gets the
dataclasses (never a row or a session).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session

from sync.client.files.store import FileStore
from sync.commands.application_state import document_files, required_documents
from sync.model import Application, ApplicationFile
from sync.rules import applications as rules


@dataclass(frozen=True)
class FileItem:
    """One file attached to a document of the checklist."""

    file_id: str
    filename: str
    status: str  # received | verified | rejected
    reason: str | None
    channel: str
    uploaded_at: datetime
    media_type: str
    sha256: str
    size: int
    arrived: bool = True  # its bytes are kept on this device


@dataclass(frozen=True)
class DocumentItem:
    """One document of the checklist (`code`, English `label`), its state and files."""

    code: str
    label: str
    state: str  # missing | received | verified | rejected
    files: tuple[FileItem, ...] = ()


def _item(row: ApplicationFile, files: FileStore | None) -> FileItem:
    return FileItem(
        file_id=str(row.id),
        filename=row.filename,
        status=row.status,
        reason=row.reason,
        channel=row.channel,
        uploaded_at=row.uploaded_at,
        media_type=row.media_type,
        sha256=row.sha256,
        size=row.size,
        arrived=True if files is None else files.has(row.sha256),
    )


def documents_of(
    session: Session, app_id: uuid.UUID | str, files: FileStore | None = None
) -> list[DocumentItem]:
    """The checklist of application `app_id` with the files of each document, in the
    order they were attached. With `files` (the device's store), a file whose bytes have
    not arrived yet is marked `arrived=False`."""
    app = session.get(Application, uuid.UUID(str(app_id)))
    if app is None:
        return []
    rows = document_files(session, app)
    summary = app.documents or {}
    items = []
    for code, label in required_documents(app):
        mine = tuple(_item(row, files) for row in rows if row.document == code)
        state = str(summary.get(code, rules.DocumentState.MISSING.value))
        items.append(DocumentItem(code=code, label=label, state=state, files=mine))
    return items
