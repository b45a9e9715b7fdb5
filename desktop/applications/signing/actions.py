"""The ceremony's work, run in background ops: the agreement written and rendered, then
signed, kept, queued for upload and recorded with `application.sign`.

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

from desktop.applications.document_actions import queue_file
from desktop.applications.signing.data import Ceremony, IdentityChecked, ceremony_of
from desktop.services.workspace import NotSignedIn, Workspace
from desktop.shared import labels
from desktop.shared.agreement import AuditData, agreement_pdf, signed_agreement_pdf
from desktop.shared.agreement.wording import Words
from desktop.shared.formatting import local_date
from desktop.shared.pdf_view import render_pages
from sync.commands.application_state import digest
from sync.model import Application
from sync.model.types import utcnow
from sync.rules.signatures import check_strokes


@dataclass(frozen=True)
class Prepared:
    """The agreement the customer reads: its bytes, their SHA-256 and its pages."""

    ceremony: Ceremony
    document: bytes
    document_sha256: str
    pages: list[QImage]


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
    document = agreement_pdf(ceremony.agreement)
    return Prepared(ceremony, document, sha256_of(document), render_pages(document, width_px))


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
    the content digest and the strokes, and queued for upload. A refusal keeps nothing."""
    check_strokes(strokes)
    ceremony = prepared.ceremony
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
    try:
        with workspace.read() as session:
            app = session.get(Application, uuid.UUID(ceremony.app_id))
            assert app is not None
            content = digest(session, app)
        workspace.apply(
            "application.sign",
            {
                "application_id": ceremony.app_id,
                "file_id": file_id,
                "document_sha256": prepared.document_sha256,
                "signed_sha256": sha256,
                "signed_size": len(signed),
                "content_digest": content,
                "language": data.language,
                "strokes": [[list(point) for point in stroke] for stroke in strokes],
                "e_sign_consent": True,
                "device": ceremony.device_name[:120],
            },
        )
    except Exception:
        workspace.files.delete(sha256)
        raise
    queue_file(workspace, sha256, len(signed))
    filename = f"{data.application_number}-v{data.version}-signed.pdf"
    return Signed(file_id, filename, signed, sha256, prepared.document_sha256)


def save_copy(data: bytes, path: Path) -> Path:
    """The customer's copy written to `path`."""
    path.write_bytes(data)
    return path
