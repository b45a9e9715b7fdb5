"""The changes a cashier makes during a sale, as shared business commands.

Qt-free; each function runs in the background and goes through `Workspace.apply`, so
the change is on the replica and in the outbox when it returns (a refusal raises
`RuleViolation` and changes nothing).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from decimal import Decimal

from desktop.sale.state import SaleLine
from desktop.services.workspace import Workspace
from desktop.shared.tender import Tender
from sync.model import Cart
from sync.rules.money import format_wire, money


@dataclass(frozen=True)
class SaleDone:
    order_id: uuid.UUID
    number: str
    total: Decimal
    change: Decimal


def ensure_cart(workspace: Workspace, cart_id: uuid.UUID, customer_id: uuid.UUID | None) -> None:
    """Open cart `cart_id` (for the customer, or a walk-in) unless it exists already."""
    with workspace.read() as session:
        if session.get(Cart, cart_id) is not None:
            return
    args: dict[str, object] = {"cart_id": str(cart_id)}
    if customer_id is not None:
        args["customer_id"] = str(customer_id)
    workspace.apply("cart.open", args)


def add_product(
    workspace: Workspace,
    cart_id: uuid.UUID,
    customer_id: uuid.UUID | None,
    product_id: uuid.UUID,
    quantity: int = 1,
) -> uuid.UUID:
    """Add units of a product (an existing line grows); returns the product's id."""
    ensure_cart(workspace, cart_id, customer_id)
    workspace.apply(
        "cart.add_item",
        {
            "cart_id": str(cart_id),
            "line_id": str(uuid.uuid4()),
            "product_id": str(product_id),
            "quantity": quantity,
        },
    )
    return product_id


def set_quantity(workspace: Workspace, cart_id: uuid.UUID, line: SaleLine, quantity: int) -> None:
    """The product's units become `quantity` (0 removes it), kept on its first line."""
    workspace.apply(
        "cart.set_quantity",
        {"cart_id": str(cart_id), "line_id": str(line.line_id), "quantity": quantity},
    )
    for extra in line.line_ids[1:]:
        workspace.apply("cart.remove_line", {"cart_id": str(cart_id), "line_id": str(extra)})


def remove_line(workspace: Workspace, cart_id: uuid.UUID, line: SaleLine) -> None:
    for line_id in line.line_ids:
        workspace.apply("cart.remove_line", {"cart_id": str(cart_id), "line_id": str(line_id)})


def abandon(workspace: Workspace, cart_id: uuid.UUID) -> None:
    workspace.apply("cart.abandon", {"cart_id": str(cart_id)})


def complete_sale(
    workspace: Workspace, cart_id: uuid.UUID, tenders: list[Tender], expected_total: Decimal
) -> SaleDone:
    """Sell the cart, paid with `tenders`, at the total the customer was shown.

    Card first, cash last: the change comes out of the cash.
    """
    order_id = uuid.uuid4()
    ordered = sorted(tenders, key=lambda tender: tender.method == "cash")
    payments = []
    for tender in ordered:
        payment: dict[str, object] = {
            "payment_id": str(uuid.uuid4()),
            "method": tender.method,
            "amount": format_wire(tender.amount),
        }
        if tender.reference:
            payment["reference"] = tender.reference
        payments.append(payment)
    result = workspace.apply(
        "sale.complete",
        {
            "order_id": str(order_id),
            "cart_id": str(cart_id),
            "payments": payments,
            "expected_total": format_wire(expected_total),
        },
    ).result
    return SaleDone(
        order_id,
        str(result["order_number"]),
        money(str(result["total"])),
        money(str(result.get("change_due", "0.00"))),
    )
