"""Events that commands add to a customer's one timeline (PRODUCT.md rule 2).

The event's id is derived from the row it is about and its kind, so re-running a
command (on the central API after the device, or a retried mutation) never adds the
same event twice.
"""

from __future__ import annotations

import uuid
from typing import Any

from sync.commands.base import CommandContext
from sync.model import Interaction

# The kinds of event commands record (notes add their own: note, call, visit...).
CUSTOMER_CREATED = "customer_created"
SALE_COMPLETED = "sale_completed"
ORDER_PLACED = "order_placed"
ORDER_READY = "order_ready"  # a notification: "your order is ready for pickup"
ORDER_PICKED_UP = "order_picked_up"
ORDER_PARTLY_PICKED_UP = "order_partly_picked_up"  # some lines collected, more to come
ORDER_SHIPPED = "order_shipped"
ORDER_CANCELLED = "order_cancelled"
ORDER_EXPIRED = "order_expired"
ORDER_CHANGED = "order_changed"  # lines or payment mode changed before the pickup
RETURN = "return"
APPLICATION_STARTED = "application_started"
APPLICATION_SUBMITTED = "application_submitted"
APPLICATION_IN_REVIEW = "application_in_review"
APPLICATION_APPROVED = "application_approved"
APPLICATION_REJECTED = "application_rejected"
APPLICATION_SIGNED = "application_signed"
APPLICATION_WITHDRAWN = "application_withdrawn"
APPLICATION_OFFER = "application_offer"  # an offer quoted or changed
APPLICATION_DOCUMENT = "application_document"  # a file attached
APPLICATION_DOCUMENT_CHECKED = "application_document_checked"  # verified or rejected
APPLICATION_IDENTITY = "application_identity"  # identity document checked
APPLICATION_CONSENT = "application_consent"
APPLICATION_NEW_VERSION = "application_new_version"
CALLBACK_BOOKED = "callback_booked"  # a call back promised (sync.commands.contact)
APPOINTMENT_BOOKED = "appointment_booked"  # a branch visit booked


def event_id(ref_id: uuid.UUID, kind: str, key: str | None = None) -> uuid.UUID:
    """The id of the `kind` event about `ref_id` (`key` tells repeated events apart)."""
    return uuid.uuid5(ref_id, kind if key is None else f"{kind}:{key}")


def record(
    ctx: CommandContext,
    customer_id: uuid.UUID | None,
    kind: str,
    text: str,
    ref_type: str,
    ref_id: uuid.UUID,
    *,
    key: str | None = None,
    params: dict[str, Any] | None = None,
) -> None:
    """Add the `kind` event about `ref_id` to the customer's timeline, once.

    `text` is the English sentence (the web channel and older devices show it);
    `params` are the values it mentions, JSON-ready (amounts as strings beside a
    `currency`), so a device can say it again in its staff's language.
    Nothing is recorded for an anonymous (walk-in) customer.
    """
    if customer_id is None:
        return
    interaction_id = event_id(ref_id, kind, key)
    if ctx.session.get(Interaction, interaction_id) is not None:
        return
    ctx.session.add(
        Interaction(
            id=interaction_id,
            customer_id=customer_id,
            channel=ctx.channel,
            kind=kind,
            text=text,
            staff_id=ctx.actor_id,
            store_id=ctx.store_id,
            ref_type=ref_type,
            ref_id=ref_id,
            occurred_at=ctx.at,
            params=params,
        )
    )
