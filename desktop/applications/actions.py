"""The desk's changes to an application, each one shared business command applied on the
replica as the signed-in person (Qt-free; run them in a ChangeOp)."""

from __future__ import annotations

import uuid
from decimal import Decimal

from desktop.services.workspace import Workspace


def _ref(application_id: uuid.UUID, **extra: object) -> dict[str, object]:
    return {"application_id": str(application_id), **extra}


def set_offer(
    workspace: Workspace, application_id: uuid.UUID, product: str, amount: Decimal, term: int
) -> None:
    workspace.apply(
        "application.set_offer",
        _ref(application_id, product=product, amount=format(amount, "f"), term_months=term),
    )


def update_fields(
    workspace: Workspace, application_id: uuid.UUID, fields: dict[str, str | None]
) -> None:
    workspace.apply("application.update_fields", _ref(application_id, fields=fields))


def submit(workspace: Workspace, application_id: uuid.UUID) -> None:
    workspace.apply("application.submit", _ref(application_id))


def start_review(workspace: Workspace, application_id: uuid.UUID) -> None:
    workspace.apply("application.start_review", _ref(application_id))


def approve(workspace: Workspace, application_id: uuid.UUID, note: str = "") -> None:
    workspace.apply("application.approve", _ref(application_id, note=note or None))


def reject(workspace: Workspace, application_id: uuid.UUID, note: str) -> None:
    workspace.apply("application.reject", _ref(application_id, note=note))


def new_version(workspace: Workspace, application_id: uuid.UUID) -> None:
    workspace.apply("application.new_version", _ref(application_id))


def withdraw(workspace: Workspace, application_id: uuid.UUID) -> None:
    workspace.apply("application.withdraw", _ref(application_id))
