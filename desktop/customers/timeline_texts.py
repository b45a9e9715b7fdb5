"""A timeline event's sentence in the screen's language, from its kind and parameters.

The commands write each event's sentence in English (`Interaction.text`: the web channel
and older devices show it) and keep the values it mentions in `Interaction.params`. Here
each kind has its templates, saying the same as the commands' sentences; a count is the
`%n` of a `tr(..., "", n)` call, so it takes the language's plural form; amounts and days
are written as the locale writes them.

The stored text is shown as it is on an English screen, for an event without parameters
(recorded before they were kept) and for staff notes (what staff wrote is never
translated).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from string import Formatter
from typing import Any

from desktop.services import language
from desktop.shared import formatting, labels
from desktop.shared.i18n import N_, tr

Params = Mapping[str, Any]

# Kinds whose text is what staff wrote.
STAFF_NOTES = frozenset(labels.NOTE_KINDS)

# Values that are amounts (with the event's `currency`) and days (`2026-12-07`).
MONEY = frozenset({"total", "refund", "collected", "due", "amount"})
DAYS = frozenset({"until"})

# What a refund went back to, one template each (the languages say "to" differently).
REFUND_TO = {
    "cash": N_("{amount} in cash"),
    "card": N_("{amount} to the card"),
    "store_credit": N_("{amount} as store credit"),
    "online": N_("{amount} to the online payment"),
}
REFUND_TO_OTHER = N_("{amount} to {method}")
NOTHING = N_("nothing")

# An order's changed lines.
LINE_CHANGES = {
    "removed": N_("{product} removed"),
    "quantity": N_("{product} {from} → {to}"),
    "added": N_("added {quantity} × {product}"),
}

SIGNATURES = {"drawn": N_("drawn signature"), "typed": N_("typed signature")}


def _value(name: str, value: Any, params: Params) -> str:
    if name in MONEY:
        return formatting.money(Decimal(str(value)), str(params["currency"]))
    if name in DAYS:
        return formatting.local_date(date.fromisoformat(str(value)))
    if isinstance(value, int) and not isinstance(value, bool):
        return formatting.quantity(value)
    return str(value)


def placeholders(template: str) -> set[str]:
    """The parameter names a template mentions."""
    return {name for _, name, _, _ in Formatter().parse(template) if name}


def fill(template: str, params: Params, **extra: str) -> str:
    """`template` (already translated) with the event's values, as the locale writes them."""
    values = {
        name: extra[name] if name in extra else _value(name, params[name], params)
        for name in placeholders(template)
    }
    return template.format(**values)


def _items(count: int) -> str:
    return tr("%n item(s)", "", count)


def _refunds(params: Params) -> str:
    said = []
    for refund in params.get("refunds") or []:
        method = str(refund["method"])
        template = REFUND_TO.get(method)
        amount = _value("amount", refund["amount"], params)
        if template is None:
            said.append(tr(REFUND_TO_OTHER).format(amount=amount, method=method.replace("_", " ")))
        else:
            said.append(tr(template).format(amount=amount))
    return ", ".join(said) or tr(NOTHING)


def _line_change(change: Params) -> str:
    template = LINE_CHANGES[str(change["change"])]
    values = {name: str(value) for name, value in change.items() if name != "change"}
    return tr(template).format(**values)


# -- one renderer per kind ----------------------------------------------------------------


def _customer_created(p: Params) -> str:
    return fill(tr("Customer {name} created."), p)


def _sale_completed(p: Params) -> str:
    return fill(tr("Bought %n item(s) at {store} for {total} (sale {number}).", "", p["items"]), p)


def _order_placed(p: Params) -> str:
    if p.get("store"):
        template = tr(
            "Order {number} placed for pickup at {store}: %n item(s), {total}.", "", p["items"]
        )
    elif p.get("city"):
        template = tr(
            "Order {number} placed to ship to {city}: %n item(s), {total}.", "", p["items"]
        )
    else:
        template = tr("Order {number} placed: %n item(s), {total}.", "", p["items"])
    return fill(template, p)


def _order_ready(p: Params) -> str:
    return fill(tr("Order {number} is ready for pickup at {store} until {until}."), p)


def _picked_up(p: Params, partly: bool) -> str:
    items = int(p["items"])
    if p.get("cancelled"):
        cancelled = _items(int(p["cancelled"]))
        if Decimal(str(p.get("refund") or "0")):
            template = tr(
                "Order {number} partly picked up at {store}: %n item(s); "
                "the other {cancelled} cancelled, refunded {refund}.",
                "",
                items,
            )
        else:
            template = tr(
                "Order {number} partly picked up at {store}: %n item(s); "
                "the other {cancelled} cancelled.",
                "",
                items,
            )
        return fill(template, p, cancelled=cancelled)
    if partly:
        template = tr(
            "Order {number} partly picked up at {store}: %n item(s), {waiting} still waiting.",
            "",
            items,
        )
        return fill(template, p, waiting=_items(int(p["waiting"])))
    if p.get("before"):
        return fill(
            tr("Order {number} picked up at {store}: the remaining %n item(s).", "", items), p
        )
    return fill(tr("Order {number} picked up at {store}."), p)


def _order_picked_up(p: Params) -> str:
    return _picked_up(p, partly=False)


def _order_partly_picked_up(p: Params) -> str:
    return _picked_up(p, partly=True)


def _order_shipped(p: Params) -> str:
    if p.get("tracking"):
        return fill(tr("Order {number} shipped from {store}. Tracking: {tracking}."), p)
    return fill(tr("Order {number} shipped from {store}."), p)


def _order_cancelled(p: Params) -> str:
    if Decimal(str(p.get("refund") or "0")):
        return fill(tr("Order {number} cancelled: {reason} Refunded {refund}."), p)
    return fill(tr("Order {number} cancelled: {reason}"), p)


def _order_expired(p: Params) -> str:
    refunded = bool(Decimal(str(p.get("refund") or "0")))
    if "cancelled" in p:  # a partly picked-up order: the rest expired
        count = int(p["cancelled"])
        if refunded:
            template = tr(
                "The %n item(s) of order {number} not collected by {until} expired. "
                "Refunded {refund}.",
                "",
                count,
            )
        else:
            template = tr(
                "The %n item(s) of order {number} not collected by {until} expired.", "", count
            )
        return fill(template, p)
    if refunded:
        return fill(
            tr("Order {number} was not collected by {until} and has expired. Refunded {refund}."),
            p,
        )
    return fill(tr("Order {number} was not collected by {until} and has expired."), p)


def _order_changed(p: Params) -> str:
    changes = [_line_change(change) for change in p.get("lines") or []]
    if p.get("payment_mode") == "pay_on_pickup":
        changes.append(tr("now paid at pickup"))
    elif p.get("payment_mode"):
        changes.append(tr("now paid in advance"))
    if p.get("collected"):
        changes.append(fill(tr("{collected} paid now"), p))
    joined = ", ".join(changes)
    if p.get("missing"):
        head = tr("Order {number}: items were missing when {store} prepared it: {lines}.")
    else:
        head = tr("Order {number} changed at {store}: {lines}.")
    said = [fill(head, p, lines=joined), fill(tr("New total {total}."), p)]
    if p.get("refunds"):
        said.append(fill(tr("Refunded {refunds}."), p, refunds=_refunds(p)))
    if p.get("due"):
        said.append(fill(tr("{due} due at pickup."), p))
    return " ".join(said)


def _return(p: Params) -> str:
    units = int(p["units"])
    if p.get("store"):
        template = tr(
            "Returned %n unit(s) of order {number} at {store} ({return_number}): refund {refunds}.",
            "",
            units,
        )
    else:
        template = tr(
            "Returned %n unit(s) of order {number} by post ({return_number}): refund {refunds}.",
            "",
            units,
        )
    return fill(template, p, refunds=_refunds(p))


def _application_started(p: Params) -> str:
    if p.get("application_kind") == "order":
        return fill(tr("Order application {number} started."), p)
    return fill(tr("Loan application {number} started."), p)


def _application_submitted(p: Params) -> str:
    return fill(tr("Application {number} submitted."), p)


def _application_in_review(p: Params) -> str:
    return fill(tr("Application {number} taken into review."), p)


def _application_approved(p: Params) -> str:
    if p.get("note"):
        return fill(tr("Application {number} approved. {note}"), p)
    return fill(tr("Application {number} approved."), p)


def _application_rejected(p: Params) -> str:
    if p.get("note"):
        return fill(tr("Application {number} rejected. {note}"), p)
    return fill(tr("Application {number} rejected."), p)


def _application_signed(p: Params) -> str:
    method = SIGNATURES.get(str(p.get("method")))
    return fill(
        tr("Application {number} signed ({method}, {channel})."),
        p,
        method=tr(method) if method else str(p.get("method", "")),
        channel=labels.channel(str(p.get("channel", ""))),
    )


def _application_withdrawn(p: Params) -> str:
    return fill(tr("Application {number} withdrawn."), p)


def _application_offer(p: Params) -> str:
    amount = formatting.money(Decimal(str(p.get("amount", "0"))), str(p.get("currency", "")))
    return fill(
        tr(
            "Offer for application {number}: {amount} over %n month(s), APR {apr} %.",
            "",
            int(str(p.get("term") or 0)),
        ),
        p,
        amount=amount,
        apr=formatting.number(Decimal(str(p.get("apr", "0"))), 2),
    )


def _application_document(p: Params) -> str:
    return fill(
        tr("{document} received for application {number}: {filename}."),
        p,
        document=labels.document(str(p.get("document", ""))),
    )


def _application_document_checked(p: Params) -> str:
    document = labels.document(str(p.get("document", "")))
    if p.get("verdict") == "verified":
        return fill(
            tr("{document} of application {number} verified ({filename})."), p, document=document
        )
    return fill(
        tr("{document} of application {number} rejected ({filename}): {reason}"),
        p,
        document=document,
    )


def _application_identity(p: Params) -> str:
    return fill(
        tr("Identity checked for application {number}: {identity_type} {masked}."),
        p,
        identity_type=labels.identity_type(str(p.get("identity_type", ""))),
    )


def _application_consent(p: Params) -> str:
    consent = labels.consent(str(p.get("consent", "")))
    if p.get("given") in (True, "True", "true"):
        return fill(tr("{consent} given for application {number}."), p, consent=consent)
    return fill(tr("{consent} withdrawn for application {number}."), p, consent=consent)


def _application_new_version(p: Params) -> str:
    return fill(
        tr("Application {number} reopened as version {version}, to be signed again."),
        p,
        version=str(p.get("version", "")),
    )


def _when(p: Params, name: str) -> str:
    return formatting.local_time(datetime.fromisoformat(str(p[name])))


def _callback_booked(p: Params) -> str:
    if p.get("note"):
        return fill(tr("Callback booked for {due_at}: {note}"), p, due_at=_when(p, "due_at"))
    return fill(tr("Callback booked for {due_at}."), p, due_at=_when(p, "due_at"))


def _appointment_booked(p: Params) -> str:
    if p.get("note"):
        return fill(tr("Appointment booked at {branch} for {at}: {note}"), p, at=_when(p, "at"))
    return fill(tr("Appointment booked at {branch} for {at}."), p, at=_when(p, "at"))


# The kinds sync.commands.timeline records.
RENDERERS: dict[str, Callable[[Params], str]] = {
    "customer_created": _customer_created,
    "sale_completed": _sale_completed,
    "order_placed": _order_placed,
    "order_ready": _order_ready,
    "order_picked_up": _order_picked_up,
    "order_partly_picked_up": _order_partly_picked_up,
    "order_shipped": _order_shipped,
    "order_cancelled": _order_cancelled,
    "order_expired": _order_expired,
    "order_changed": _order_changed,
    "return": _return,
    "application_started": _application_started,
    "application_submitted": _application_submitted,
    "application_in_review": _application_in_review,
    "application_approved": _application_approved,
    "application_rejected": _application_rejected,
    "application_signed": _application_signed,
    "application_withdrawn": _application_withdrawn,
    "application_offer": _application_offer,
    "application_document": _application_document,
    "application_document_checked": _application_document_checked,
    "application_identity": _application_identity,
    "application_consent": _application_consent,
    "application_new_version": _application_new_version,
    "callback_booked": _callback_booked,
    "appointment_booked": _appointment_booked,
}


def stored(text: str) -> str:
    """A stored sentence with its amounts and days as the screen's locale writes them."""
    return formatting.amounts_in_text(text)


def describe(kind: str, params: Params | None, text: str) -> str:
    """The event in the screen's language; its stored `text` when it cannot be said."""
    render = RENDERERS.get(kind)
    if kind in STAFF_NOTES or render is None or not params or language.current() == "en":
        return stored(text)
    try:
        return render(params)
    except (KeyError, ValueError, TypeError, InvalidOperation, IndexError):
        return stored(text)
