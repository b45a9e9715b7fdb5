"""Changing a pickup order at the till before it is handed over: the customer adds or
removes products, or pays now instead of at pickup. Qt-free.

The screen previews each edit with the shared `order.change` command (run on the replica
and rolled back), so what staff see — the new total, the refund, what is due — is what
the change will do. Every function reads or writes the replica: call them in the
background.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from typing import Any

from desktop.orders.actions import payments
from desktop.orders.queries import load_order
from desktop.orders.records import ZERO, AddedLine, ChangeOutcome, OrderEdit
from desktop.services.workspace import Workspace
from desktop.shared.tender import Tender
from sync.model import Product
from sync.rules.errors import RuleViolation
from sync.rules.money import money
from sync.rules.orders import PaymentMode


def change_args(
    order_id: uuid.UUID,
    change_id: uuid.UUID,
    edit: OrderEdit,
    payment_mode: PaymentMode | None,
    tenders: Sequence[Tender] = (),
) -> dict[str, Any]:
    args: dict[str, Any] = {
        "order_id": str(order_id),
        "change_id": str(change_id),
        "set_quantities": [
            {"line_id": str(line_id), "quantity": quantity}
            for line_id, quantity in edit.quantities.items()
        ],
        "add": [
            {
                "line_id": str(line.line_id),
                "product_id": str(line.product_id),
                "quantity": line.quantity,
            }
            for line in edit.added
        ],
        "payments": payments(tenders),
    }
    if payment_mode is not None:
        args["payment_mode"] = payment_mode.value
    return args


def _outcome(result: Mapping[str, Any]) -> ChangeOutcome:
    return ChangeOutcome(
        money(str(result["total"])),
        money(str(result["refunded"])),
        money(str(result["due"])),
        str(result["currency"]),
        money(str(result.get("change_due", "0.00"))),
        str(result.get("order_number", "")),
        str(result.get("payment_state", "")),
    )


def preview_change(workspace: Workspace, order_id: uuid.UUID, edit: OrderEdit) -> ChangeOutcome:
    """What the change would do, changing nothing; raises the command's refusal.

    The preview always runs as pay-on-pickup, whatever the order's payment mode and the
    one chosen: its `due` is what is still owed once the change is made — due at pickup,
    or what the customer must pay at the till now for a pay-now change to go through (a
    pay-now preview without payments would only be refused as short). The refund is the
    same in both modes. An empty edit is not previewed: it changes nothing.
    """
    if edit.empty:
        raise RuleViolation("nothing_to_change", "Nothing is changed yet.")
    args = change_args(order_id, uuid.uuid4(), edit, PaymentMode.PAY_ON_PICKUP)
    try:
        return _outcome(workspace.preview("order.change", args))
    except RuleViolation as refusal:
        # Only the payment mode changes, to pay now: previewed as pay-on-pickup, that is
        # no change at all, yet the order's lines and money are as they stand.
        if refusal.code != "nothing_to_change" or edit.payment_mode is None:
            raise
    with workspace.read() as session:
        order = load_order(session, order_id)
    if order is None:
        raise RuleViolation("not_found", "This order is not on this till.")
    return ChangeOutcome(
        order.total,
        max(order.held - order.total, ZERO),
        max(order.total - order.held, ZERO),
        order.currency,
        order_number=order.number,
        payment_state=order.payment_state,
    )


def apply_change(
    workspace: Workspace, order_id: uuid.UUID, edit: OrderEdit, tenders: Sequence[Tender] = ()
) -> ChangeOutcome:
    """Change the order, taking `tenders` now; raises the command's refusal."""
    args = change_args(order_id, uuid.uuid4(), edit, edit.payment_mode, tenders)
    return _outcome(workspace.apply("order.change", args).result)


def product_line(
    workspace: Workspace, product_id: uuid.UUID, quantity: int = 1
) -> AddedLine | None:
    """A new line of `product_id` (None if the replica has no such product)."""
    with workspace.read() as session:
        product = session.get(Product, product_id)
        if product is None:
            return None
        return AddedLine(uuid.uuid4(), product.id, product.sku, product.name, quantity)
