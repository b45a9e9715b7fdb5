"""Files attached on this device that the central API has not received whole yet.

A device-only table: a file attached here is kept in the `FileStore` and queued in its
own transaction BEFORE its `application.attach_file` (or `application.sign`) is applied,
so a kill between the two never loses an upload; a refusal of the command takes the
queued upload back (`unqueue_upload`). The sync engine uploads a queued file once the
replica holds the row naming it, after the push that sends that command
(`FileTransfers.upload_pending`), resuming where the server says it stopped; one no row
names after `transfer.STALE_UPLOAD` (the command never applied: killed in between) is
dropped. `tries` and `last_error` tell why one still waits.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Integer, String, Text, func, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from sync.client.tables import ClientBase
from sync.model.types import utcnow

PENDING = "pending"
DONE = "done"


class FileUpload(ClientBase):
    """One file to send: its hash, its size and how sending it goes."""

    __tablename__ = "file_uploads"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(Integer)
    state: Mapped[str] = mapped_column(String(16), default=PENDING, index=True)
    tries: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(Text)
    queued_at: Mapped[datetime] = mapped_column(default=utcnow)
    done_at: Mapped[datetime | None]


def queue_upload(session: Session, sha256: str, size: int) -> bool:
    """Send the file `sha256` (kept in the device's `FileStore`) once its row is pushed; a
    file queued already stays as it is. True when it was queued by this call."""
    if session.get(FileUpload, sha256) is not None:
        return False
    session.add(FileUpload(sha256=sha256, size=size, state=PENDING, tries=0))
    return True


def unqueue_upload(session: Session, sha256: str) -> None:
    """Take back an upload queued for a command that was refused (if not sent yet)."""
    row = session.get(FileUpload, sha256)
    if row is not None and row.state == PENDING:
        session.delete(row)


def pending(session: Session) -> list[FileUpload]:
    return list(
        session.scalars(
            select(FileUpload).where(FileUpload.state == PENDING).order_by(FileUpload.queued_at)
        )
    )


def pending_count(session: Session) -> int:
    return (
        session.scalar(
            select(func.count()).select_from(FileUpload).where(FileUpload.state == PENDING)
        )
        or 0
    )
