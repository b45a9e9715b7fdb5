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
    "application_offer": N_("Offer"),
    "application_document": N_("Document received"),
    "application_document_checked": N_("Document checked"),
    "application_identity": N_("Identity checked"),
    "application_consent": N_("Consent"),
    "application_new_version": N_("New version"),
    "callback_booked": N_("Callback booked"),
    "appointment_booked": N_("Appointment booked"),
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
    # An applicant's consents (sync.rules.applications.CONSENTS).
    "credit_check": N_("Consent to check the credit register"),
    "data_processing": N_("Consent to process personal data for this credit"),
    "e_signature": N_("Consent to sign electronically"),
    "marketing": N_("Consent to receive offers"),
}

# An application's checklist (sync.rules.credit_products) and the signed agreement.
DOCUMENTS = {
    "id_card": N_("Identity card"),
    "income_statement": N_("Income statement"),
    "tax_code": N_("Tax code card"),
    "agreement": N_("Signed agreement"),
}

DOCUMENT_STATES = {
    "missing": N_("Missing"),
    "received": N_("Received, to check"),
    "verified": N_("Verified"),
    "rejected": N_("Rejected"),
}

IDENTITY_TYPES = {
    "id_card": N_("Identity card"),
    "passport": N_("Passport"),
    "residence_permit": N_("Residence permit"),
}

# Where an application stands in the queue (sync.rules.applications.Stage).
STAGES = {
    "waiting_documents": N_("Waiting for documents"),
    "completing": N_("Being completed"),
    "ready_to_sign": N_("Ready to sign"),
    "waiting_approval": N_("Waiting for approval"),
    "approved": N_("Approved"),
    "rejected": N_("Rejected"),
    "withdrawn": N_("Withdrawn"),
    "stalled": N_("Stalled"),
}

# Credit products (sync.rules.credit_products), by code.
PRODUCTS = {
    "PL-CASH": N_("Cash loan"),
    "PL-INST": N_("Instalment purchase"),
    "IT-PREST": N_("Personal loan"),
    "IT-RATE": N_("Instalment purchase"),
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


def document(value: str) -> str:
    return _label(DOCUMENTS, value)


def document_state(value: str) -> str:
    return _label(DOCUMENT_STATES, value)


def identity_type(value: str) -> str:
    return _label(IDENTITY_TYPES, value)


def stage(value: str) -> str:
    return _label(STAGES, value)


def product(value: str) -> str:
    return _label(PRODUCTS, value)
