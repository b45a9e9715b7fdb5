"""The local view is always: last known server state + this device's pending mutations.

The mutations whose effect is in the replica form a stack, oldest at the bottom. To
take in anything from the server, the stack is unwound (each mutation's before-images
restored, newest first), the server's rows are written, and the mutations still
waiting for the server are re-run on top, in order, each recording a fresh undo log.
All of it happens in the caller's one transaction.

An accepted mutation stays on the stack until the replica has pulled past the feed
head the server reported with the acceptance: from then on the server's own version
of its rows is in the replica. A rejected one leaves the stack for good.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from sqlalchemy.orm import Session

from sync.client import outbox, state
from sync.client.capture import restore, run_captured
from sync.client.tables import OutboxRow
from sync.rules.errors import RuleViolation

log = logging.getLogger(__name__)


def undo_pending(session: Session) -> int:
    """Restore the before-images of every mutation with a local effect, newest first."""
    rows = outbox.applied(session)
    for row in reversed(rows):
        restore(session, row.undo or [])
        row.undo = None
    session.flush()
    return len(rows)


def _failed(row: OutboxRow, code: str, message: str) -> None:
    row.undo = None
    row.local_code = code
    row.local_message = message


def redo_pending(session: Session) -> list[OutboxRow]:
    """Re-run, in order, every mutation that belongs on top of the current state.

    One that now fails locally stays pending (the server decides) with no local effect,
    and its local failure is recorded for status to show. Returns those failures.
    """
    failures: list[OutboxRow] = []
    for row in outbox.to_replay(session, state.cursor(session)):
        if row.undo is not None:
            continue  # its effect is in place already
        try:
            _, undo = run_captured(
                session, row.name, dict(row.args), row.actor, row.store_id, row.channel, row.at
            )
        except RuleViolation as refusal:
            _failed(row, refusal.code, refusal.message)
            failures.append(row)
            continue
        except Exception as error:  # a fault in a command must not stop the sync
            log.exception("re-applying mutation %s (%s) failed", row.id, row.name)
            _failed(row, "internal_error", f"This change could not be shown locally ({error}).")
            failures.append(row)
            continue
        row.undo = undo
        row.local_code = None
        row.local_message = None
    session.flush()
    return failures


def rebase(session: Session, apply_server_changes: Callable[[Session], None]) -> None:
    """Unwind the stack, apply the server's rows, put the stack back on top.

    While a snapshot is under way the replica holds only part of the scope: the stack
    stays unwound and is put back when the snapshot completes.
    """
    undo_pending(session)
    apply_server_changes(session)
    session.flush()
    session.expire_all()
    if not state.snapshot_in_progress(session):
        redo_pending(session)
