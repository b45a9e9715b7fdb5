"""What staff should do about a change the server refused, for the refusals that come
from another channel or store acting while this device was offline.

The server's reason says what happened; the advice says what to do next, in the store.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "SyncCentreAdvice"

# (command, refusal code) -> advice; (command, None) applies to any other code.
ADVICE: dict[tuple[str, str | None], str] = {
    ("return.submit", "over_return"): QT_TRANSLATE_NOOP(
        CONTEXT,
        "Some of these goods were already returned elsewhere (another store, or by post) "
        "while this till was offline, so no refund was recorded for this return. If some "
        "units can still be returned, correct the quantity (Fix); otherwise discard it. If "
        "you refunded the customer for goods refunded elsewhere too, ask a manager to "
        "settle it with the customer."),
    ("return.submit", "return_window_expired"): QT_TRANSLATE_NOOP(
        CONTEXT,
        "The return window had closed. A manager can approve the late return: open "
        "Returns, find the order and take the return again with a manager's approval, "
        "then discard this change."),
    ("return.submit", "override_needs_manager"): QT_TRANSLATE_NOOP(
        CONTEXT,
        "Only a manager can approve a late return. Ask a manager to take the return again "
        "in Returns with their own sign-in, then discard this change."),
    ("order.hand_over", "order_cancelled"): QT_TRANSLATE_NOOP(
        CONTEXT,
        "The order was cancelled online while this till was offline, and any prepayment "
        "went back to the customer. If the customer left with the goods, sell them the "
        "goods as a new sale (or ask for them back) and refund any money taken at this "
        "hand-over; then discard this change."),
    ("order.hand_over", "order_expired"): QT_TRANSLATE_NOOP(
        CONTEXT,
        "The order expired uncollected before the hand-over reached the central system, "
        "and any prepayment went back to the customer. If the goods left with the "
        "customer, sell them as a new sale; then discard this change."),
    ("order.hand_over", "already_picked_up"): QT_TRANSLATE_NOOP(
        CONTEXT,
        "The order had already been handed over (look at the customer's timeline for "
        "where and when). If the customer got the goods twice, ask a manager; if not, "
        "discard this change."),
    ("order.change", "not_changeable"): QT_TRANSLATE_NOOP(
        CONTEXT,
        "The order was handed over, cancelled or expired elsewhere before this change "
        "reached the central system, and any money taken or refunded with the change was "
        "not recorded. Look at the order in the customer's 360: settle any payment with "
        "the customer, then discard this change."),
    ("order.mark_ready", None): QT_TRANSLATE_NOOP(
        CONTEXT,
        "The order changed elsewhere meanwhile (collected, cancelled or expired). Look at "
        "it in the customer's 360, then discard this change."),
}


def advice(name: str, code: str | None) -> str:
    """What to do about the refusal (translated), or "" when the reason says it all."""
    text = ADVICE.get((name, code)) or ADVICE.get((name, None))
    return QCoreApplication.translate(CONTEXT, text) if text else ""
