"""The changes staff make to a pickup order, as shared business commands. Qt-free.

Each runs in the background through `Workspace.apply`: on the replica and in the outbox
when it returns, or a `RuleViolation` that changed nothing.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from decimal import Decimal

from desktop.orders.handover_data import HandOverReceipt
from desktop.orders.queries import load_hand_over_receipt, load_order
from desktop.orders.records import HandOverChoice
from desktop.services.workspace import Workspace
from desktop.shared.tender import Tender
from sync.model.types import utcnow
from sync.rules import pickup
from sync.rules.errors import RuleViolation
from sync.rules.money import format_wire, money
from sync.rules.orders import Fulfilment, OrderStatus, check_can_hand_over


def mark_ready(workspace: Workspace, order_id: uuid.UUID) -> None:
    workspace.apply("order.mark_ready", {"order_id": str(order_id)})


def mark_missing(
    workspace: Workspace, order_id: uuid.UUID, line_id: uuid.UUID, remaining: int
) -> None:
    """Units of a line were not found while preparing: the line keeps `remaining`."""
    workspace.apply(
        "order.change",
        {
            "order_id": str(order_id),
            "change_id": str(uuid.uuid4()),
            "set_quantities": [{"line_id": str(line_id), "quantity": remaining}],
            "reason": "missing",
        },
    )


def payments(tenders: Sequence[Tender]) -> list[dict[str, object]]:
    """The command's payments: card first, cash last (the change comes out of the cash)."""
    result = []
    for tender in sorted(tenders, key=lambda tender: tender.method == "cash"):
        payment: dict[str, object] = {
            "payment_id": str(uuid.uuid4()),
            "method": tender.method,
            "amount": format_wire(tender.amount),
        }
        if tender.reference:
            payment["reference"] = tender.reference
        result.append(payment)
    return result


def hand_over(
    workspace: Workspace, order_id: uuid.UUID, choice: HandOverChoice, tenders: Sequence[Tender]
) -> HandOverReceipt:
    """Hand the goods over, taking `tenders`; returns the hand-over receipt."""
    with workspace.read() as session:
        order = load_order(session, order_id)
    if order is None:
        raise RuleViolation("not_found", "This order is not on this till.")
    # the command's own reason first
    check_can_hand_over(Fulfilment(order.fulfilment), OrderStatus(order.status))
    plan = pickup.plan_hand_over(
        order.pickup_lines(),
        None if choice.lines is None else list(choice.lines),
        choice.rest,
        order.held,
    )
    sent = payments(tenders)
    args: dict[str, object] = {
        "order_id": str(order_id),
        "payments": sent,
        "rest": choice.rest.value,
    }
    if choice.lines is not None:
        args["lines"] = [
            {"line_id": str(line_id), "quantity": units} for line_id, units in choice.lines
        ]
    result = workspace.apply("order.hand_over", args).result
    change: Decimal = money(str(result.get("change_due", "0.00")))
    staff = workspace.staff.display_name if workspace.staff else ""
    with workspace.read() as session:
        return load_hand_over_receipt(
            session,
            order_id,
            plan,
            [uuid.UUID(str(p["payment_id"])) for p in sent],
            change,
            staff,
            utcnow(),
        )
