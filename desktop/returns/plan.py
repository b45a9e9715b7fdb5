"""What staff chose to take back, as the `return.submit` command's arguments. Qt-free."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from desktop.returns.state import OrderToReturn, ReturnableLine
from sync.rules.returns import ItemCondition, RefundMethod


@dataclass(frozen=True)
class Chosen:
    line: ReturnableLine
    quantity: int
    condition: ItemCondition

    @property
    def refund(self) -> Decimal:
        return self.line.refund(self.quantity)


@dataclass(frozen=True)
class ReturnPlan:
    order: OrderToReturn
    chosen: tuple[Chosen, ...]
    reason: str
    refund_method: RefundMethod
    return_id: uuid.UUID = field(default_factory=uuid.uuid4)

    @property
    def units(self) -> int:
        return sum(item.quantity for item in self.chosen)

    @property
    def refund_total(self) -> Decimal:
        return sum((item.refund for item in self.chosen), Decimal("0.00"))

    @property
    def needs_manager(self) -> bool:
        return self.order.window_closed

    def args(self, *, manager_override: bool = False) -> dict[str, Any]:
        return {
            "return_id": str(self.return_id),
            "order_id": str(self.order.order_id),
            "lines": [
                {
                    "return_line_id": str(uuid.uuid5(self.return_id, str(item.line.order_line_id))),
                    "order_line_id": str(item.line.order_line_id),
                    "quantity": item.quantity,
                    "condition": item.condition.value,
                }
                for item in self.chosen
            ],
            "reason": self.reason.strip(),
            "refund_method": self.refund_method.value,
            "manager_override": manager_override,
        }
