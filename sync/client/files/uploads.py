"""Files attached on this device that the central API has not received whole yet.

A device-only table: a file attached here is kept in the `FileStore` and queued in the
same transaction as its `application.attach_file`; the sync engine uploads it after the
push that sends that command (`FileTransfers.upload_pending`), resuming where the server
says it stopped. `tries` and `last_error` tell why one still waits.
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


def queue_upload(session: Session, sha256: str, size: int) -> None:
    """Send the file `sha256` (kept in the device's `FileStore`) after the next push; a
    file queued already stays as it is."""
    if session.get(FileUpload, sha256) is None:
        session.add(FileUpload(sha256=sha256, size=size, state=PENDING, tries=0))


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
