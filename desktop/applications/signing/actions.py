"""The ceremony's work, run in background ops: the agreement written and rendered (with
the content digest of what it shows), then signed, kept, queued for upload and recorded
with `application.sign` (refused if the application changed since it was shown).

The PDFs are written with Qt's text and PDF classes (safe off the GUI thread); the
replica, the file store and the disk are only ever touched here, never by the dialog.
"""

from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtGui import QImage
from sqlalchemy.orm import Session

from desktop.applications.document_actions import queue_file, unqueue_file
from desktop.applications.signing.data import Ceremony, IdentityChecked, ceremony_of
from desktop.services.workspace import NotSignedIn, Workspace
from desktop.shared import labels
from desktop.shared.agreement import AuditData, agreement_pdf, signed_agreement_pdf
from desktop.shared.agreement.wording import Words
from desktop.shared.formatting import local_date
from desktop.shared.i18n import tr
from desktop.shared.pdf_view import render_pages
from sync.commands.application_state import digest
from sync.model import Application
from sync.model.types import utcnow
from sync.rules.errors import RuleViolation
from sync.rules.signatures import check_strokes


@dataclass(frozen=True)
class Prepared:
    """The agreement the customer reads: its bytes, their SHA-256, its pages and the
    content digest of the application it was written from (read with it)."""

    ceremony: Ceremony
    document: bytes
    document_sha256: str
    pages: list[QImage]
    content_digest: str


@dataclass(frozen=True)
class Signed:
    """The signed agreement kept on this device and recorded."""

    file_id: str
    filename: str
    data: bytes
    sha256: str
    document_sha256: str


def sha256_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def prepare(workspace: Workspace, app_id: str, width_px: int) -> Prepared:
    """The agreement of `app_id` in the customer's language, written and rendered;
    `RuleViolation` when the application cannot be signed now."""
    if workspace.staff is None:
        raise NotSignedIn()
    with workspace.read() as session:
        ceremony = ceremony_of(session, app_id, workspace.staff, utcnow())
        content = _digest_now(session, ceremony.app_id)
    document = agreement_pdf(ceremony.agreement)
    pages = render_pages(document, width_px)
    return Prepared(ceremony, document, sha256_of(document), pages, content)


def _digest_now(session: Session, app_id: str) -> str:
    app = session.get(Application, uuid.UUID(app_id))
    if app is None:
        raise LookupError(f"no application {app_id}")
    return digest(session, app)


def changed_while_read() -> RuleViolation:
    return RuleViolation(
        "application_changed",
        tr("The application changed while the customer was reading it: show the agreement again."),
    )


def identity_text(identity: IdentityChecked | None, language: str) -> str:
    """The ID checked, masked, in the customer's language (for the audit page)."""
    if identity is None:
        return ""
    words = Words(language)
    store_tr = words.store_tr
    kind = store_tr(labels.IDENTITY_TYPES.get(identity.type, identity.type))
    return store_tr("{type} {number}, {country}, valid until {expiry}").format(
        type=kind,
        number=identity.masked,
        country=identity.country,
        expiry=local_date(identity.expiry, words.locale),
    )


def sign(
    workspace: Workspace,
    prepared: Prepared,
    strokes: list[list[tuple[int, int, int]]],
    consent_at: datetime,
) -> Signed:
    """Sign: the signed PDF with its audit page, kept sealed, recorded with both hashes,
    the content digest of what was shown and the strokes, and queued for upload. An
    application changed since the agreement was shown is refused (`application_changed`),
    as is anything the command refuses; a refusal keeps nothing."""
    check_strokes(strokes)
    ceremony = prepared.ceremony
    with workspace.read() as session:
        if _digest_now(session, ceremony.app_id) != prepared.content_digest:
            raise changed_while_read()
    data = ceremony.agreement
    audit = AuditData(
        document_sha256=prepared.document_sha256,
        signer_name=ceremony.customer_name,
        witness_name=ceremony.witness_name,
        witness_login=ceremony.witness_login,
        signed_at=utcnow(),
        device_name=ceremony.device_name,
        device_id=ceremony.device_id,
        branch=ceremony.branch,
        identity_masked=identity_text(ceremony.identity, data.language),
        e_sign_consent_at=consent_at,
    )
    signed = signed_agreement_pdf(data, strokes, audit)
    sha256 = workspace.files.put(signed)
    file_id = str(uuid.uuid4())
    queued = queue_file(workspace, sha256, len(signed))  # first: a kill loses no upload
    try:
        workspace.apply(
            "application.sign",
            {
                "application_id": ceremony.app_id,
                "file_id": file_id,
                "document_sha256": prepared.document_sha256,
                "signed_sha256": sha256,
                "signed_size": len(signed),
                "content_digest": prepared.content_digest,
                "language": data.language,
                "strokes": [[list(point) for point in stroke] for stroke in strokes],
                "e_sign_consent": True,
                "device": ceremony.device_name[:120],
            },
        )
    except Exception:
        if queued:
            unqueue_file(workspace, sha256)
        workspace.files.delete(sha256)
        raise
    filename = f"{data.application_number}-v{data.version}-signed.pdf"
    return Signed(file_id, filename, signed, sha256, prepared.document_sha256)


def save_copy(data: bytes, path: Path) -> Path:
    """The customer's copy written to `path`."""
    path.write_bytes(data)
    return path
