"""Files attached to an application: scans and photos of its documents.

The row is a synced change like any other; the bytes travel apart, by their SHA-256
(sync.server.blobs, sync.client.files). The checklist summary on the application
(`documents`) is recomputed from the files.
"""

from __future__ import annotations

import uuid
from typing import Annotated, Literal

from pydantic import Field, StringConstraints

from sync.commands import timeline
from sync.commands.application_state import (
    AGREEMENT,
    answer,
    load,
    refresh_documents,
    required_documents,
)
from sync.commands.applications import check_editable
from sync.commands.base import Args, CommandContext, command
from sync.commands.permissions import EVERYONE, SIGNERS
from sync.model import ApplicationFile
from sync.rules import applications as rules
from sync.rules import files as file_rules
from sync.rules.errors import RuleViolation

Sha256 = Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")]
MEDIA_TYPES = Literal["application/pdf", "image/jpeg", "image/png"]


class AttachFile(Args):
    file_id: uuid.UUID
    application_id: uuid.UUID
    document: str = Field(min_length=1, max_length=32)
    sha256: Sha256
    size: int = Field(ge=1)
    media_type: MEDIA_TYPES
    filename: str = Field(min_length=1, max_length=120)


class CheckFile(Args):
    file_id: uuid.UUID
    verdict: Literal["verified", "rejected"]
    reason: str | None = Field(default=None, max_length=500)


def add_file(
    ctx: CommandContext, args: AttachFile, *, document_codes: tuple[str, ...] | None = None
) -> ApplicationFile:
    """The file row, once (a replay finds it)."""
    existing = ctx.session.get(ApplicationFile, args.file_id)
    if existing is not None:
        raise RuleViolation("duplicate_id", "This file is already attached.", {"case": "file"})
    file_rules.check_size(args.size)
    app = load(ctx, args.application_id)
    row = ApplicationFile(
        id=args.file_id,
        application_id=app.id,
        document=args.document,
        sha256=args.sha256,
        size=args.size,
        media_type=args.media_type,
        filename=args.filename.strip() or "file",
        app_version=app.version,
        status=rules.FileVerdict.RECEIVED.value,
        channel=ctx.channel,
        uploaded_by=ctx.actor_id,
        uploaded_at=ctx.at,
    )
    ctx.session.add(row)
    return row


@command("application.attach_file", AttachFile, roles=EVERYONE, web=True)
def attach_file(ctx: CommandContext, args: AttachFile) -> None:
    """Attach a scan or photo to one of the application's documents."""
    app = load(ctx, args.application_id)
    check_editable(ctx, app)
    codes = [code for code, _ in required_documents(app)]
    if args.document not in codes:
        raise RuleViolation(
            "unknown_document",
            f"This application needs no document {args.document!r}.",
            {"kind": app.kind, "document": args.document},
        )
    add_file(ctx, args)
    refresh_documents(ctx.session, app)
    timeline.record(
        ctx,
        app.customer_id,
        timeline.APPLICATION_DOCUMENT,
        f"Document for application {app.number} received: {args.filename}.",
        "application",
        app.id,
        key=str(args.file_id),
        params={"number": app.number, "document": args.document, "filename": args.filename},
    )
    answer(ctx, app)
    ctx.result["file_id"] = str(args.file_id)


@command("application.check_file", CheckFile, roles=SIGNERS)
def check_file(ctx: CommandContext, args: CheckFile) -> None:
    """Staff mark a file verified, or rejected with a reason the customer is told."""
    row = ctx.get(ApplicationFile, args.file_id, "file", lock=True)
    if row.document == AGREEMENT:
        raise RuleViolation(
            "not_checkable", "A signed agreement is not checked.", {"document": AGREEMENT}
        )
    app = load(ctx, row.application_id)
    check_editable(ctx, app)
    reason = (args.reason or "").strip()
    if args.verdict == "rejected" and not reason:
        raise RuleViolation(
            "reason_required", "Say why the document is rejected.", {"case": "document"}
        )
    row.status = args.verdict
    row.reason = reason or None
    row.checked_by = ctx.actor_id
    row.checked_at = ctx.at
    refresh_documents(ctx.session, app)
    timeline.record(
        ctx,
        app.customer_id,
        timeline.APPLICATION_DOCUMENT_CHECKED,
        f"Document {row.filename} of application {app.number} {args.verdict}"
        + (f": {reason}." if reason else "."),
        "application",
        app.id,
        key=f"{row.id}:{ctx.at.isoformat()}",
        params={
            "number": app.number,
            "document": row.document,
            "filename": row.filename,
            "verdict": args.verdict,
            "reason": reason,
        },
    )
    answer(ctx, app)
