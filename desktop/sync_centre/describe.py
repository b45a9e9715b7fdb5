"""A readable sentence for a mutation: "Sale of 2 items", "Note on customer"."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop.sync_centre.marked import marked

CONTEXT = "SyncCentre"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def plural(text: str, n: int) -> str:
    """`text` with `%n` and Qt's plural forms; "(s)" is settled in the English source."""
    result = QCoreApplication.translate(CONTEXT, text, None, n)
    if "(s)" in result:  # no translation loaded: English, one or many
        result = result.replace("(s)", "" if n == 1 else "s")
    return result


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
        return _tr("Sale of a cart")
    return plural("Sale of %n item(s)", _units(args))


def _order(args: dict[str, Any]) -> str:
    if args.get("cart_id"):
        return _tr("Order from a cart")
    return plural("Order of %n item(s)", _units(args))


def _order_change(args: dict[str, Any]) -> str:
    if args.get("reason") == "missing":
        return _tr("Units marked missing on an order")
    return _tr("Order changed at the till")


def _note(args: dict[str, Any]) -> str:
    kinds = {
        "note": _tr("Note on customer"),
        "call": _tr("Call with customer"),
        "visit": _tr("Visit to customer"),
        "complaint": _tr("Complaint from customer"),
        "callback_request": _tr("Call-back request from customer"),
    }
    return kinds.get(str(args.get("kind")), kinds["note"])


def _new_customer(args: dict[str, Any]) -> str:
    name = f"{args.get('first_name', '')} {args.get('last_name', '')}".strip()
    return _tr("New customer {name}").format(name=name) if name else _tr("New customer")


# Descriptions that do not depend on the args (marked for translation, translated when shown).
FIXED: dict[str, str] = marked(
    {
        "cart.open": QT_TRANSLATE_NOOP("SyncCentre", "New cart"),
        "cart.remove_line": QT_TRANSLATE_NOOP("SyncCentre", "Line removed from a cart"),
        "cart.abandon": QT_TRANSLATE_NOOP("SyncCentre", "Cart abandoned"),
        "customer.update": QT_TRANSLATE_NOOP("SyncCentre", "Customer details changed"),
        "order.mark_ready": QT_TRANSLATE_NOOP("SyncCentre", "Order ready for pickup"),
        "order.hand_over": QT_TRANSLATE_NOOP("SyncCentre", "Order handed over"),
        "order.cancel": QT_TRANSLATE_NOOP("SyncCentre", "Order cancelled"),
        "order.ship": QT_TRANSLATE_NOOP("SyncCentre", "Order shipped"),
        "application.start": QT_TRANSLATE_NOOP("SyncCentre", "Application started"),
        "application.update_fields": QT_TRANSLATE_NOOP("SyncCentre", "Application updated"),
        "application.set_document": QT_TRANSLATE_NOOP(
            "SyncCentre", "Application document recorded"
        ),
        "application.submit": QT_TRANSLATE_NOOP("SyncCentre", "Application submitted"),
        "application.start_review": QT_TRANSLATE_NOOP("SyncCentre", "Application review started"),
        "application.approve": QT_TRANSLATE_NOOP("SyncCentre", "Application approved"),
        "application.reject": QT_TRANSLATE_NOOP("SyncCentre", "Application declined"),
        "application.sign": QT_TRANSLATE_NOOP("SyncCentre", "Application signed"),
        "application.withdraw": QT_TRANSLATE_NOOP("SyncCentre", "Application withdrawn"),
    }
)

DESCRIPTIONS: dict[str, Callable[[dict[str, Any]], str]] = {
    "sale.complete": _sale,
    "order.place": _order,
    "order.change": _order_change,
    "return.submit": lambda args: plural("Return of %n item(s)", _units(args)),
    "interaction.add": _note,
    "cart.add_item": lambda args: plural("%n item(s) added to a cart", _quantity(args)),
    "cart.set_quantity": lambda args: plural("Cart line changed to %n item(s)", _quantity(args)),
    "customer.create": _new_customer,
    "price.set": lambda args: _tr("Price set to {amount}").format(amount=args.get("amount")),
    "stock.adjust": lambda args: _tr("Stock adjusted by {delta}").format(delta=args.get("delta")),
}


def describe(name: str, args: dict[str, Any], customer: str | None = None) -> str:
    """What the mutation did, in a few words, with the customer's name when known."""
    if name in DESCRIPTIONS:
        text = DESCRIPTIONS[name](args)
    elif name in FIXED:
        text = _tr(FIXED[name])
    else:
        text = name
    if customer:
        return _tr("{what} — {customer}").format(what=text, customer=customer)
    return text
