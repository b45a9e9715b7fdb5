"""Staff-facing names of channels, event kinds, statuses and consents (translated)."""

from __future__ import annotations

from collections.abc import Mapping

from desktop.shared.i18n import N_, tr

CHANNELS = {
    "web": N_("Web"),
    "phone": N_("Phone"),
    "store": N_("Store"),
    "branch": N_("Branch"),
    "field": N_("Field"),
}

KINDS = {
    "note": N_("Note"),
    "call": N_("Call"),
    "visit": N_("Visit"),
    "complaint": N_("Complaint"),
    "callback_request": N_("Call back"),
    "customer_created": N_("New customer"),
    "sale_completed": N_("Sale"),
    "order_placed": N_("Order placed"),
    "order_ready": N_("Ready for pickup"),
    "order_picked_up": N_("Picked up"),
    "order_partly_picked_up": N_("Partly picked up"),
    "order_expired": N_("Order expired"),
    "order_changed": N_("Order changed"),
    "order_shipped": N_("Shipped"),
    "order_cancelled": N_("Order cancelled"),
    "return": N_("Return"),
    "application_started": N_("Application started"),
    "application_submitted": N_("Application submitted"),
    "application_in_review": N_("Application in review"),
    "application_approved": N_("Application approved"),
    "application_rejected": N_("Application rejected"),
    "application_signed": N_("Application signed"),
    "application_withdrawn": N_("Application withdrawn"),
}

STATUSES = {
    "placed": N_("Placed"),
    "ready_for_pickup": N_("Ready for pickup"),
    "picked_up": N_("Picked up"),
    "shipped": N_("Shipped"),
    "completed": N_("Completed"),
    "cancelled": N_("Cancelled"),
    "expired": N_("Expired"),
    "draft": N_("Draft"),
    "submitted": N_("Submitted"),
    "in_review": N_("In review"),
    "approved": N_("Approved"),
    "rejected": N_("Rejected"),
    "signed": N_("Signed"),
    "withdrawn": N_("Withdrawn"),
    "unpaid": N_("Unpaid"),
    "partially_paid": N_("Partly paid"),
    "paid": N_("Paid"),
    "partially_refunded": N_("Partly refunded"),
    "refunded": N_("Refunded"),
    "take_away": N_("Take away"),
    "pickup": N_("Pickup"),
    "ship": N_("Delivery"),
    "original": N_("Original payment"),
    "cash": N_("Cash"),
    "store_credit": N_("Store credit"),
    "loan": N_("Loan"),
    "order": N_("Order"),
}

CONSENTS = {
    "marketing_email": N_("Marketing by e-mail"),
    "marketing_sms": N_("Marketing by SMS"),
    "profiling": N_("Profiling"),
}

SEGMENTS = {
    "retail": N_("Retail"),
    "vip": N_("VIP"),
    "business": N_("Business"),
}

# The kinds of note staff can add (sync.commands.notes.NOTE_KINDS), in menu order.
NOTE_KINDS = ("note", "call", "visit", "complaint", "callback_request")


def _label(table: Mapping[str, object], value: str) -> str:
    source = table.get(value)
    if source is None:
        return value.replace("_", " ").capitalize()
    return tr(str(source))


def channel(value: str) -> str:
    return _label(CHANNELS, value)


def kind(value: str) -> str:
    return _label(KINDS, value)


def status(value: str) -> str:
    return _label(STATUSES, value)


def consent(value: str) -> str:
    return _label(CONSENTS, value)


def segment(value: str) -> str:
    return _label(SEGMENTS, value)
