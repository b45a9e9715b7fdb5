"""What the desk says about an application: what is missing, the next step, a history
event, a stage (in the staff's language)."""

from __future__ import annotations

from collections.abc import Sequence

from desktop.applications.records import ApplicationDetail, HistoryEvent, QueueRow
from desktop.shared import labels
from desktop.shared.i18n import N_, tr
from sync.rules.applications import Missing

FIELDS = {
    "first_name": N_("First name"),
    "last_name": N_("Last name"),
    "national_id": N_("National ID number"),
    "monthly_income": N_("Monthly net income"),
    "employment_type": N_("Employment type"),
    "amount": N_("Amount"),
    "term_months": N_("Term (months)"),
    "product_description": N_("Product"),
    "delivery_store": N_("Delivery store"),
}


def missing_item(item: Missing) -> str:
    if item.what == "field":
        source = FIELDS.get(item.name)
        return tr(source) if source is not None else item.name.replace("_", " ")
    if item.what == "offer":
        return tr("an offer")
    if item.what == "offer_expired":
        return tr("a new offer (the last one expired)")
    if item.what == "document":
        return tr("{document} ({state})").format(
            document=labels.document(item.name), state=labels.document_state(item.detail)
        )
    if item.what == "identity":
        return tr("the identity document checked")
    return labels.consent(item.name)


def missing_list(items: Sequence[Missing]) -> str:
    return ", ".join(missing_item(item) for item in items)


def stage(stage_code: str, stalled: bool) -> str:
    text = labels.stage(stage_code)
    return tr("{stage} · stalled").format(stage=text) if stalled else text


def queue_next(row: QueueRow) -> str:
    """The queue's short "what next" for one application."""
    if row.status == "draft":
        return missing_item(row.missing[0]) if row.missing else tr("Sign")
    if row.status == "signed":
        return tr("Submit")
    if row.status in ("submitted", "in_review"):
        return tr("Decision")
    return ""


def next_step(detail: ApplicationDetail) -> str:
    """The sentence of what is missing before the next step."""
    status = detail.status
    if status == "draft":
        if detail.missing:
            return tr("Before signing: {missing}.").format(missing=missing_list(detail.missing))
        return tr("Everything is there: the customer can sign (Sign…).")
    if status == "signed":
        return tr("Signed: submit it for a decision.")
    if status in ("submitted", "in_review"):
        return tr(
            "Waiting for a decision by someone other than the person who signed and submitted it."
        )
    if status == "approved":
        return tr("Approved.")
    if status == "rejected":
        if detail.decision_note:
            return tr("Rejected: {reason}").format(reason=detail.decision_note)
        return tr("Rejected.")
    return tr("Withdrawn.")


def history_text(event: HistoryEvent) -> str:
    what = labels.kind(event.kind)
    note = str(event.params.get("note") or "")
    version = event.params.get("version")
    if event.kind == "note" or not event.params:
        return f"{what}: {event.text}" if event.text and what != event.text else what
    if note:
        return tr("{what}: {note}").format(what=what, note=note)
    if version:
        return tr("{what} (version {version})").format(what=what, version=version)
    return what
