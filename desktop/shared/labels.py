"""Staff-facing names of channels, event kinds, statuses and consents (translated)."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "CustomerLabels"

CHANNELS = {
    "web": QT_TRANSLATE_NOOP(CONTEXT, "Web"),
    "phone": QT_TRANSLATE_NOOP(CONTEXT, "Phone"),
    "store": QT_TRANSLATE_NOOP(CONTEXT, "Store"),
    "branch": QT_TRANSLATE_NOOP(CONTEXT, "Branch"),
    "field": QT_TRANSLATE_NOOP(CONTEXT, "Field"),
}

KINDS = {
    "note": QT_TRANSLATE_NOOP(CONTEXT, "Note"),
    "call": QT_TRANSLATE_NOOP(CONTEXT, "Call"),
    "visit": QT_TRANSLATE_NOOP(CONTEXT, "Visit"),
    "complaint": QT_TRANSLATE_NOOP(CONTEXT, "Complaint"),
    "callback_request": QT_TRANSLATE_NOOP(CONTEXT, "Call back"),
    "customer_created": QT_TRANSLATE_NOOP(CONTEXT, "New customer"),
    "sale_completed": QT_TRANSLATE_NOOP(CONTEXT, "Sale"),
    "order_placed": QT_TRANSLATE_NOOP(CONTEXT, "Order placed"),
    "order_ready": QT_TRANSLATE_NOOP(CONTEXT, "Ready for pickup"),
    "order_picked_up": QT_TRANSLATE_NOOP(CONTEXT, "Picked up"),
    "order_partly_picked_up": QT_TRANSLATE_NOOP(CONTEXT, "Partly picked up"),
    "order_expired": QT_TRANSLATE_NOOP(CONTEXT, "Order expired"),
    "order_changed": QT_TRANSLATE_NOOP(CONTEXT, "Order changed"),
    "order_shipped": QT_TRANSLATE_NOOP(CONTEXT, "Shipped"),
    "order_cancelled": QT_TRANSLATE_NOOP(CONTEXT, "Order cancelled"),
    "return": QT_TRANSLATE_NOOP(CONTEXT, "Return"),
    "application_started": QT_TRANSLATE_NOOP(CONTEXT, "Application started"),
    "application_submitted": QT_TRANSLATE_NOOP(CONTEXT, "Application submitted"),
    "application_in_review": QT_TRANSLATE_NOOP(CONTEXT, "Application in review"),
    "application_approved": QT_TRANSLATE_NOOP(CONTEXT, "Application approved"),
    "application_rejected": QT_TRANSLATE_NOOP(CONTEXT, "Application rejected"),
    "application_signed": QT_TRANSLATE_NOOP(CONTEXT, "Application signed"),
    "application_withdrawn": QT_TRANSLATE_NOOP(CONTEXT, "Application withdrawn"),
}

STATUSES = {
    "placed": QT_TRANSLATE_NOOP(CONTEXT, "Placed"),
    "ready_for_pickup": QT_TRANSLATE_NOOP(CONTEXT, "Ready for pickup"),
    "picked_up": QT_TRANSLATE_NOOP(CONTEXT, "Picked up"),
    "shipped": QT_TRANSLATE_NOOP(CONTEXT, "Shipped"),
    "completed": QT_TRANSLATE_NOOP(CONTEXT, "Completed"),
    "cancelled": QT_TRANSLATE_NOOP(CONTEXT, "Cancelled"),
    "expired": QT_TRANSLATE_NOOP(CONTEXT, "Expired"),
    "draft": QT_TRANSLATE_NOOP(CONTEXT, "Draft"),
    "submitted": QT_TRANSLATE_NOOP(CONTEXT, "Submitted"),
    "in_review": QT_TRANSLATE_NOOP(CONTEXT, "In review"),
    "approved": QT_TRANSLATE_NOOP(CONTEXT, "Approved"),
    "rejected": QT_TRANSLATE_NOOP(CONTEXT, "Rejected"),
    "signed": QT_TRANSLATE_NOOP(CONTEXT, "Signed"),
    "withdrawn": QT_TRANSLATE_NOOP(CONTEXT, "Withdrawn"),
    "unpaid": QT_TRANSLATE_NOOP(CONTEXT, "Unpaid"),
    "partially_paid": QT_TRANSLATE_NOOP(CONTEXT, "Partly paid"),
    "paid": QT_TRANSLATE_NOOP(CONTEXT, "Paid"),
    "partially_refunded": QT_TRANSLATE_NOOP(CONTEXT, "Partly refunded"),
    "refunded": QT_TRANSLATE_NOOP(CONTEXT, "Refunded"),
    "take_away": QT_TRANSLATE_NOOP(CONTEXT, "Take away"),
    "pickup": QT_TRANSLATE_NOOP(CONTEXT, "Pickup"),
    "ship": QT_TRANSLATE_NOOP(CONTEXT, "Delivery"),
    "original": QT_TRANSLATE_NOOP(CONTEXT, "Original payment"),
    "cash": QT_TRANSLATE_NOOP(CONTEXT, "Cash"),
    "store_credit": QT_TRANSLATE_NOOP(CONTEXT, "Store credit"),
    "loan": QT_TRANSLATE_NOOP(CONTEXT, "Loan"),
    "order": QT_TRANSLATE_NOOP(CONTEXT, "Order"),
}

CONSENTS = {
    "marketing_email": QT_TRANSLATE_NOOP(CONTEXT, "Marketing by e-mail"),
    "marketing_sms": QT_TRANSLATE_NOOP(CONTEXT, "Marketing by SMS"),
    "profiling": QT_TRANSLATE_NOOP(CONTEXT, "Profiling"),
}

SEGMENTS = {
    "retail": QT_TRANSLATE_NOOP(CONTEXT, "Retail"),
    "vip": QT_TRANSLATE_NOOP(CONTEXT, "VIP"),
    "business": QT_TRANSLATE_NOOP(CONTEXT, "Business"),
}

# The kinds of note staff can add (sync.commands.notes.NOTE_KINDS), in menu order.
NOTE_KINDS = ("note", "call", "visit", "complaint", "callback_request")


def _label(table: Mapping[str, object], value: str) -> str:
    source = table.get(value)
    if source is None:
        return value.replace("_", " ").capitalize()
    return QCoreApplication.translate(CONTEXT, str(source))


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
