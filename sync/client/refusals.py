"""Where a refused mutation keeps the parameters of the server's refusal.

The server answers a refusal with a code, an English sentence and the values the
sentence mentions (`MutationResult.params`). The outbox row keeps the code and sentence in
`code` and `message`, and the values in `result` (which only an accepted mutation
otherwise uses) as {"params": {...}}, so a device can say the refusal in its staff's
language. A row refused by an older server has no parameters.
"""

from __future__ import annotations

from typing import Any

from sync.client.tables import DISCARDED, REJECTED, RESOLVED, OutboxRow

REFUSED = (REJECTED, RESOLVED, DISCARDED)  # what a refused row may become


def refusal_result(params: dict[str, Any]) -> dict[str, Any] | None:
    """What a refused row keeps in `result`."""
    return {"params": dict(params)} if params else None


def refusal_params(row: OutboxRow) -> dict[str, Any]:
    """The parameters of the server's refusal of `row` (also once it was resolved or
    discarded); empty if it was not refused or the server sent none."""
    if row.state not in REFUSED or not isinstance(row.result, dict):
        return {}
    params = row.result.get("params")
    return dict(params) if isinstance(params, dict) else {}
