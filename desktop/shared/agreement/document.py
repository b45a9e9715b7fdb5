"""The credit agreement as a PDF in the customer's language (A4), and the same agreement
signed: the signature in its box and an audit page.

Built from plain data (`AgreementData`, `AuditData`), never from the replica: a caller
reads what it needs in a background op and passes it here. The PDF is laid out by
`QTextDocument` and written by `QPdfWriter`; two runs may differ in bytes (PDF metadata),
so what was shown is identified by the SHA-256 of the bytes shown.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt, QUrl
from PySide6.QtGui import QImage, QPdfWriter, QTextDocument

from desktop.shared.agreement.audit import audit_body
from desktop.shared.agreement.data import AgreementData, AuditData, Consent, ScheduleLine
from desktop.shared.agreement.wording import (
    SIGNATURE_BOX,
    SIGNATURE_URL,
    Words,
    agreement_body,
    page_html,
)
from desktop.shared.formatting import local_date
from desktop.shared.receipt.sheet import page_layout
from desktop.shared.signature_pad import strokes_image
from sync.rules.signatures import check_strokes, normalise

__all__ = [
    "AgreementData",
    "AuditData",
    "Consent",
    "ScheduleLine",
    "agreement_pdf",
    "signed_agreement_pdf",
]

SIGNATURE_RESOLUTION = 4  # image pixels per CSS pixel of the box: sharp when printed


def _pdf(html_text: str, title: str, images: Mapping[str, QImage]) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(title)
    writer.setCreator("Omnidesk")
    writer.setPageLayout(page_layout())
    page = QTextDocument()
    for url, image in images.items():
        page.addResource(QTextDocument.ResourceType.ImageResource, QUrl(url), image)
    page.setHtml(html_text)
    page.print_(writer)
    del writer  # the PDF is complete when the writer is gone
    buffer.close()
    return bytes(data.data())


def agreement_pdf(data: AgreementData) -> bytes:
    """The agreement to read and sign, in `data.language`: an A4 PDF."""
    words = Words(data.language)
    body = agreement_body(data, words, signed=False)
    width, height = SIGNATURE_BOX
    blank = QImage(width, height, QImage.Format.Format_ARGB32)
    blank.fill(Qt.GlobalColor.transparent)
    return _pdf(page_html(body), data.title, {SIGNATURE_URL: blank})


def signed_agreement_pdf(data: AgreementData, strokes: object, audit: AuditData) -> bytes:
    """The agreement with the customer's signature in its box, followed by the audit page.
    `strokes` as `sync.rules.signatures` describes them; refused (`invalid_signature`)
    when they are no signature."""
    check_strokes(strokes)
    words = Words(data.language)
    width, height = SIGNATURE_BOX
    signature = strokes_image(
        normalise(strokes), width * SIGNATURE_RESOLUTION, height * SIGNATURE_RESOLUTION
    )
    signed_on = local_date(audit.signed_at, words.locale)
    body = agreement_body(data, words, signed=True, signed_on=signed_on)
    body += audit_body(data, strokes, audit, words)
    return _pdf(page_html(body), data.title, {SIGNATURE_URL: signature})
