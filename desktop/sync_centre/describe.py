"""A readable sentence for a mutation: "Sale of 2 items", "Note on customer"."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from desktop.shared.i18n import N_, tr
from desktop.sync_centre.marked import marked


def _units(args: dict[str, Any]) -> int:
    total = 0
    for line in args.get("lines") or ():
        if isinstance(line, dict) and isinstance(line.get("quantity"), int):
            total += line["quantity"]
    return total


def _quantity(args: dict[str, Any]) -> int:
    value = args.get("quantity")
    return value if isinstance(value, int) else 0


def _sale(args: dict[str, Any]) -> str:
    if args.get("cart_id"):
        return tr("Sale of a cart")
    return tr("Sale of %n item(s)", "", _units(args))


def _order(args: dict[str, Any]) -> str:
    if args.get("cart_id"):
        return tr("Order from a cart")
    return tr("Order of %n item(s)", "", _units(args))


def _order_change(args: dict[str, Any]) -> str:
    if args.get("reason") == "missing":
        return tr("Units marked missing on an order")
    return tr("Order changed at the till")


def _note(args: dict[str, Any]) -> str:
    kinds = {
        "note": tr("Note on customer"),
        "call": tr("Call with customer"),
        "visit": tr("Visit to customer"),
        "complaint": tr("Complaint from customer"),
        "callback_request": tr("Call-back request from customer"),
    }
    return kinds.get(str(args.get("kind")), kinds["note"])


def _new_customer(args: dict[str, Any]) -> str:
    name = f"{args.get('first_name', '')} {args.get('last_name', '')}".strip()
    return tr("New customer {name}").format(name=name) if name else tr("New customer")


# Descriptions that do not depend on the args (marked for translation, translated when shown).
FIXED: dict[str, str] = marked(
    {
        "cart.open": N_("New cart"),
        "staff.set_language": N_("Language changed"),
        "cart.remove_line": N_("Line removed from a cart"),
        "cart.abandon": N_("Cart abandoned"),
        "customer.update": N_("Customer details changed"),
        "order.mark_ready": N_("Order ready for pickup"),
        "order.hand_over": N_("Order handed over"),
        "order.cancel": N_("Order cancelled"),
        "order.ship": N_("Order shipped"),
        "application.start": N_("Application started"),
        "application.update_fields": N_("Application updated"),
        "application.set_offer": N_("Application offer chosen"),
        "application.attach_file": N_("Document attached to an application"),
        "application.check_file": N_("Application document checked"),
        "application.record_identity": N_("Applicant's identity checked"),
        "application.give_consent": N_("Applicant's consent recorded"),
        "application.new_version": N_("Application reopened as a new version"),
        "application.submit": N_("Application submitted"),
        "application.start_review": N_("Application review started"),
        "application.approve": N_("Application approved"),
        "application.reject": N_("Application declined"),
        "application.sign": N_("Application signed"),
        "application.withdraw": N_("Application withdrawn"),
    }
)

DESCRIPTIONS: dict[str, Callable[[dict[str, Any]], str]] = {
    "sale.complete": _sale,
    "order.place": _order,
    "order.change": _order_change,
    "return.submit": lambda args: tr("Return of %n item(s)", "", _units(args)),
    "interaction.add": _note,
    "cart.add_item": lambda args: tr("%n item(s) added to a cart", "", _quantity(args)),
    "cart.set_quantity": lambda args: tr("Cart line changed to %n item(s)", "", _quantity(args)),
    "customer.create": _new_customer,
    "price.set": lambda args: tr("Price set to {amount}").format(amount=args.get("amount")),
    "stock.adjust": lambda args: tr("Stock adjusted by {delta}").format(delta=args.get("delta")),
}


def describe(name: str, args: dict[str, Any], customer: str | None = None) -> str:
    """What the mutation did, in a few words, with the customer's name when known."""
    if name in DESCRIPTIONS:
        text = DESCRIPTIONS[name](args)
    elif name in FIXED:
        text = tr(FIXED[name])
    else:
        text = name
    if customer:
        return tr("{what} — {customer}").format(what=text, customer=customer)
    return text
