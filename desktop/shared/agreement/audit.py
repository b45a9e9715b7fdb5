"""The audit page of a signed agreement: what was signed (its SHA-256), how (the strokes'
digest, count and duration), by whom, before whom, when, where and on what."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from html import escape

from desktop.shared.agreement.data import AgreementData, AuditData
from desktop.shared.agreement.wording import Words
from desktop.shared.formatting import local_date, number
from desktop.shared.i18n import N_
from sync.rules.signatures import duration_ms, normalise, point_count, strokes_digest

# Headings and labels written inside HTML (marked here so lupdate finds them).
_SIGNATURE_AUDIT_PAGE = N_("Signature audit page")


def utc_text(value: datetime) -> str:
    """`2026-12-07 14:05:09 UTC`: the same everywhere, to the second."""
    return value.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S UTC")


def local_text(value: datetime, words: Words) -> str:
    """The day in the customer's locale, the machine's zone and its offset: `07.12.2026
    15:05:09 (UTC+01:00)`."""
    here = value.astimezone()
    offset = here.strftime("%z")
    zone = f"UTC{offset[:3]}:{offset[3:]}" if offset else ""
    return f"{local_date(here, words.locale)} {here:%H:%M:%S} ({zone})"


def _row(label: str, value: str, code: bool = False) -> str:
    """A label and its value; a code (a hash, an id) on a line of its own, never broken."""
    if code:
        return (
            f"<tr><td colspan='2'><b>{escape(label)}</b><br>"
            f"<tt style='white-space: nowrap'>{escape(value)}</tt></td></tr>"
        )
    return f"<tr><td width='35%'><b>{escape(label)}</b></td><td>{escape(value)}</td></tr>"


def audit_body(data: AgreementData, strokes: object, audit: AuditData, words: Words) -> str:
    """The audit page as HTML to put in a body, starting on a page of its own."""
    store_tr = words.store_tr
    canonical = normalise(strokes)
    seconds = number(Decimal(duration_ms(canonical)) / 1000, 1, words.locale)
    stroke_count = store_tr("%n stroke(s)", "", len(canonical))
    point_text = store_tr("%n point(s)", "", point_count(canonical))
    drawn = store_tr("{strokes}, {points}, drawn in {seconds} s").format(
        strokes=stroke_count, points=point_text, seconds=seconds
    )
    rows = [
        _row(store_tr("Agreement"), f"{data.application_number} v{data.version}"),
        _row(store_tr("SHA-256 of the document signed"), audit.document_sha256, code=True),
        _row(store_tr("SHA-256 of the signature strokes"), strokes_digest(strokes), code=True),
        _row(store_tr("Signature"), drawn),
        _row(store_tr("Signed by"), audit.signer_name),
        _row(store_tr("Witness"), f"{audit.witness_name} ({audit.witness_login})"),
        _row(store_tr("Signed at (UTC)"), utc_text(audit.signed_at)),
        _row(store_tr("Signed at (local time)"), local_text(audit.signed_at, words)),
        _row(store_tr("Device"), audit.device_name),
        _row(store_tr("Device identifier"), audit.device_id, code=True),
        _row(store_tr("Branch"), audit.branch),
        _row(store_tr("Identity document checked"), audit.identity_masked),
        _row(
            store_tr("Consent to sign electronically given at"), utc_text(audit.e_sign_consent_at)
        ),
    ]
    note = store_tr(
        "The SHA-256 above identifies the agreement the customer read on screen before "
        "signing; any change to that document gives another value."
    )
    return (
        "<div style='page-break-before: always'>"
        f"<h1>{escape(store_tr(_SIGNATURE_AUDIT_PAGE))}</h1>"
        f"<table width='100%' cellspacing='0' border='0.5'>{''.join(rows)}</table>"
        f"<p class='small'>{escape(note)}</p></div>"
    )
