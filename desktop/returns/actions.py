"""What the returns page changes in the replica: a return recorded by the shared
`return.submit` command (the manager's change when one approved it), and its receipt read
back. Qt-free; run by the page's change op."""

from __future__ import annotations

from desktop.returns.plan import ReturnPlan
from desktop.returns.queries import load_return_receipt
from desktop.returns.receipt_data import ReturnReceipt
from desktop.services.workspace import Workspace
from sync.client.staff import Staff


def record_return(workspace: Workspace, plan: ReturnPlan, manager: Staff | None) -> ReturnReceipt:
    """Apply `plan` to the replica (sent with the next sync) and read its receipt."""
    workspace.apply(
        "return.submit", plan.args(manager_override=manager is not None), approved_by=manager
    )
    with workspace.read() as session:
        return load_return_receipt(session, plan.return_id)
