"""What staff should do about a change the server refused, for the refusals that come
from another channel or store acting while this device was offline.

The server's reason says what happened; the advice says what to do next, in the store.
"""

from __future__ import annotations

from desktop.shared.i18n import N_, tr
from desktop.sync_centre.marked import marked

# (command, refusal code) -> advice; (command, None) applies to any other code.
ADVICE: dict[tuple[str, str | None], str] = marked(
    {
        ("return.submit", "over_return"): N_(
            "Some of these goods were already returned elsewhere (another store, or by post) "
            "while this till was offline, so no refund was recorded for this return. If some "
            "units can still be returned, correct the quantity (Fix); otherwise discard it. If "
            "you refunded the customer for goods refunded elsewhere too, ask a manager to "
            "settle it with the customer.",
        ),
        ("return.submit", "return_window_expired"): N_(
            "The return window had closed. A manager can approve the late return: open "
            "Returns, find the order and take the return again with a manager's approval, "
            "then discard this change.",
        ),
        ("return.submit", "override_needs_manager"): N_(
            "Only a manager can approve a late return. Ask a manager to take the return again "
            "in Returns with their own sign-in, then discard this change.",
        ),
        ("order.hand_over", "order_cancelled"): N_(
            "The order was cancelled online while this till was offline, and any prepayment "
            "went back to the customer. If the customer left with the goods, sell them the "
            "goods as a new sale (or ask for them back) and refund any money taken at this "
            "hand-over; then discard this change.",
        ),
        ("order.hand_over", "order_expired"): N_(
            "The order expired uncollected before the hand-over reached the central system, "
            "and any prepayment went back to the customer. If the goods left with the "
            "customer, sell them as a new sale; then discard this change.",
        ),
        ("order.hand_over", "already_picked_up"): N_(
            "The order had already been handed over (look at the customer's timeline for "
            "where and when). If the customer got the goods twice, ask a manager; if not, "
            "discard this change.",
        ),
        ("order.change", "not_changeable"): N_(
            "The order was handed over, cancelled or expired elsewhere before this change "
            "reached the central system, and any money taken or refunded with the change was "
            "not recorded. Look at the order in the customer's 360: settle any payment with "
            "the customer, then discard this change.",
        ),
        ("price.set", "not_pricing_authority"): N_(
            "Prices are set centrally, by the pricing staff of each country's office: the price "
            "was not changed anywhere. Tell them about the price to change, then discard this "
            "change.",
        ),
        ("order.mark_ready", None): N_(
            "The order changed elsewhere meanwhile (collected, cancelled or expired). Look at "
            "it in the customer's 360, then discard this change.",
        ),
    }
)

# Refusal code -> advice, whatever the command: who made the change could not be proven.
ANY_COMMAND: dict[str, str] = marked(
    {
        "proof_missing": N_(
            "The central system could not confirm who made this change on this device, so it "
            "was not applied anywhere. If it is still needed, retry it: the retry is signed as "
            "the person signed in now, who takes it on. Otherwise discard it.",
        ),
        "proof_invalid": N_(
            "The proof of who made this change did not match, so it was not applied anywhere. "
            "If it is still needed, retry it signed in as yourself; otherwise discard it, and "
            "tell a manager if nobody here made it.",
        ),
        "session_ended": N_(
            "The sign-in this change was made under had ended (a PIN change, or the account "
            "was closed) before it reached the central system, so it was not applied. If it "
            "is still right, retry it signed in as yourself; otherwise discard it.",
        ),
        "session_expired": N_(
            "This change was made after the person's sign-in on this device had expired (too "
            "long without an online sign-in), so it was not applied. Sign in while online and "
            "retry it, or discard it.",
        ),
    }
)


def advice(name: str, code: str | None) -> str:
    """What to do about the refusal (translated), or "" when the reason says it all."""
    text = (
        ADVICE.get((name, code))
        or ADVICE.get((name, None))
        or (ANY_COMMAND.get(code) if code else None)
    )
    return tr(text) if text else ""
