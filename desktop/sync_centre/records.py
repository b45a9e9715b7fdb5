"""What the sync centre shows, as plain values (Qt-free): mutations waiting or refused,
past decisions, and which replica rows their readable names came from."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sync.client.touched import Touched

# Where the lists come from; a change to any other table can only change a name shown.
LIST_TABLES = ("outbox", "attention_log")
# Where the names shown come from (who, which customer, which product or line).
NAME_TABLES = ("staff_users", "customers", "orders", "carts", "products", "order_lines")


@dataclass(frozen=True)
class MutationView:
    """One mutation as the lists show it."""

    seq: int
    at: datetime
    name: str
    args: dict[str, Any]
    who: str
    state: str
    code: str | None = None
    reason: str | None = None  # the server's reason, or why it cannot be shown locally
    customer: str | None = None
    names: dict[str, str] = field(default_factory=dict)  # product / line id -> name


@dataclass(frozen=True)
class DecisionView:
    """One past decision from the log."""

    at: datetime
    who: str
    action: str
    seq: int
    name: str
    args: dict[str, Any]
    code: str | None
    reason: str | None
    new_seq: int | None
    note: str | None
    customer: str | None = None


@dataclass(frozen=True)
class SyncCentreData:
    waiting: list[MutationView]
    attention: list[MutationView]
    history: list[DecisionView]
    # The (table, id) rows names were looked up in, found or not.
    named_from: frozenset[tuple[str, uuid.UUID]] = frozenset()

    def concerned_by(self, touched: Touched) -> bool:
        """Whether `touched` may change what these lists show: their rows, or a row a
        name shown was read from (or was looked for in and may have arrived)."""
        return touched.concerns(*LIST_TABLES) or any(
            touched.concerns_row(table, row_id) for table, row_id in self.named_from
        )
