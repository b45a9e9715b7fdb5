"""What every application command reads: the row, its files, its checklist, its digest.

Kept apart from the commands so the desk's queries and the server's checks read an
application the same way the commands do.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from sync.commands.base import CommandContext
from sync.model import Application, ApplicationFile
from sync.rules import applications as rules
from sync.rules import credit_products

AGREEMENT = "agreement"
"""The `document` of a signed agreement's file (not a checklist item)."""


def load(ctx: CommandContext, application_id: uuid.UUID) -> Application:
    return ctx.get(Application, application_id, "application", lock=True)


def answer(ctx: CommandContext, app: Application) -> None:
    ctx.result.update(
        application_id=str(app.id),
        application_number=app.number,
        status=app.status,
        current_step=app.current_step,
        version=app.version,
    )


def required_documents(app: Application) -> tuple[tuple[str, str], ...]:
    """The checklist: the product's documents, else the application kind's."""
    if app.product and app.product in credit_products.PRODUCTS:
        return credit_products.PRODUCTS[app.product].documents
    return rules.TEMPLATES[rules.ApplicationKind(app.kind)].required_documents


def required_consents(app: Application) -> tuple[str, ...]:
    if app.product and app.product in credit_products.PRODUCTS:
        return credit_products.PRODUCTS[app.product].consents
    return ("credit_check", "data_processing")


def files_of(session: Session, app: Application) -> list[ApplicationFile]:
    """Every file of the application, in the order they were attached."""
    found = list(
        session.scalars(
            select(ApplicationFile).where(ApplicationFile.application_id == app.id)
        ).all()
    )
    pending = [
        row
        for row in session.new
        if isinstance(row, ApplicationFile) and row.application_id == app.id and row not in found
    ]
    return sorted(found + pending, key=lambda row: (row.uploaded_at, str(row.id)))


def document_files(session: Session, app: Application) -> list[ApplicationFile]:
    """The files of the checklist (signed agreements excepted)."""
    return [row for row in files_of(session, app) if row.document != AGREEMENT]


def refresh_documents(session: Session, app: Application) -> None:
    """Recompute the checklist summary from the files."""
    codes = [code for code, _ in required_documents(app)]
    summary = rules.document_summary(
        codes, ((row.document, row.status) for row in document_files(session, app))
    )
    app.documents = {code: state.value for code, state in summary.items()}


def missing(app: Application, at: datetime) -> list[rules.Missing]:
    return rules.missing_for_signing(
        rules.ApplicationKind(app.kind),
        app.fields or {},
        app.offer,
        app.documents or {},
        app.identity,
        app.consents or {},
        required_consents(app),
        at,
    )


def digest(session: Session, app: Application) -> str:
    """The content digest of the application as it is now (see rules.content_digest)."""
    return rules.content_digest(
        version=app.version,
        kind=app.kind,
        product=app.product,
        fields=app.fields or {},
        offer=app.offer,
        files=[(row.document, row.sha256, row.status) for row in document_files(session, app)],
        identity=app.identity,
        consents=app.consents or {},
    )


def missing_params(items: Sequence[rules.Missing]) -> list[dict[str, Any]]:
    return [{"what": m.what, "name": m.name, "detail": m.detail} for m in items]
