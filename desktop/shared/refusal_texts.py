"""The sentence of every refusal the rules and the server give, as templates to translate.

A refusal travels as a code, its parameters and an English sentence
(`sync.rules.errors.RuleViolation`). A code whose sentence depends on the case has its
case among the parameters (`"case": "none_left"`), and its templates are keyed
`code.case`. Each template says the same as the server's English sentence; its
placeholders are names of the refusal's parameters. `desktop.shared.refusals` fills them
in, in the staff's language.
"""

from __future__ import annotations

from desktop.shared.i18n import N_
from sync.rules.errors import COUNT_PARAMS as COUNTS
from sync.rules.errors import DATE_PARAMS as DATES
from sync.rules.errors import MONEY_PARAMS as MONEY

__all__ = ["COUNTS", "DATES", "MONEY", "TEMPLATES", "WORDS"]

TEMPLATES: dict[str, str] = {
    # Who may do what, and the device's proof of it.
    "out_of_scope": N_(
        "This device may not see or change that record: it belongs to another store or territory."
    ),
    "unknown_actor": N_(
        "The staff member who did this does not work at this device's store or territory."
    ),
    "unknown_actor.device": N_(
        "The staff member who did this is not known on this device; sync and sign in again."
    ),
    "inactive_actor": N_("{name}'s account is disabled; ask a manager."),
    "proof_missing": N_(
        "This change does not carry proof of the person who made it; they must sign in on "
        "this device while it is online and make it again."
    ),
    "proof_invalid": N_(
        "The proof of who made this change does not match: it was not made by a person "
        "signed in on this device, or it was altered on the way."
    ),
    "session_ended": N_(
        "The sign-in this change was made under is no longer valid ({reason}); the person "
        "must sign in again while online and make it again."
    ),
    "session_expired": N_(
        "This change was made after the person's sign-in on this device had expired (too "
        "long without an online sign-in), or reached the server too long after; they must "
        "sign in while online and make it again."
    ),
    "forbidden_role": N_("A {role} may not do {command}."),
    "forbidden_channel": N_("{command} cannot be done from the web channel."),
    "forbidden_channel.language": N_("Only staff choose their own language."),
    "forbidden_channel.upload": N_(
        "The web channel attaches a file by uploading it (POST "
        "/v1/web/applications/<id>/files), not with the command {command}."
    ),
    "staff_only": N_("Only staff can verify or clear a document."),
    "not_pricing_authority": N_(
        "Prices are set centrally, by pricing staff of the right office: you may not "
        "change the price list {price_list}."
    ),
    "segment_needs_manager": N_("Only a manager may put a customer in a price segment."),
    "override_needs_manager": N_("Only a manager can accept a return after the return window."),
    # The exchange with the server.
    "out_of_order": N_("Mutation number {seq} arrived after number {high}."),
    "conflict": N_(
        "This change conflicts with data already on this device (a duplicate id or number)."
    ),
    "conflict.server": N_(
        "This change conflicts with data already on the server (a duplicate id or number)."
    ),
    "invalid_value": N_(
        "This change holds a value the server cannot store (a number too large or text it "
        "cannot keep)."
    ),
    "internal_error": N_(
        "The server could not apply this change because of an internal fault; it has been "
        "logged. Contact support if it recurs."
    ),
    "unknown_command": N_("There is no command called {command}."),
    "invalid_arguments.schema": N_("Invalid arguments for {command}: {problems}."),
    "invalid_arguments.listed_twice": N_("{label} is listed twice: list each line once."),
    "invalid_arguments.cart_or_lines": N_("Give either a cart or lines, not both."),
    "invalid_arguments.line_ids": N_("Every line needs its own line id."),
    "invalid_arguments.stock_delta": N_("A stock adjustment must change the count."),
    "not_found": N_("The {what} {id} does not exist."),
    "not_found.web": N_("There is no such {what}."),
    "not_found.line": N_("Line {line} is not part of this order."),
    "not_found.order_line": N_("That line is not part of order {number}."),
    "not_found.change": N_("There is no change #{seq} on this device."),
    "duplicate_id.line": N_("Line {line} is already on this order."),
    "duplicate_id.application": N_("This application has already been started."),
    "duplicate_id.cart": N_("A different cart already has this id."),
    "duplicate_id.payment": N_("This payment has already been recorded."),
    "duplicate_id.customer": N_("This customer has already been created."),
    "duplicate_id.change": N_("This change has already been recorded."),
    "duplicate_id.order_line": N_("This order line has already been recorded."),
    "duplicate_id.order": N_("This order has already been recorded."),
    "duplicate_id.return": N_("This return has already been recorded."),
    "duplicate_id.mutation_device": N_("Another device already used this mutation id."),
    "duplicate_id.idempotency_key": N_(
        "This idempotency key was already used for another request."
    ),
    "already_resolved": N_(
        "Change #{seq} does not need attention any more; it was already dealt with."
    ),
    "note_too_long": N_("Keep the note under {max} characters."),
    "booking_in_past.callback": N_("A callback cannot be booked for a time that has passed."),
    "booking_in_past.appointment": N_(
        "An appointment cannot be booked for a time that has passed."
    ),
    # Carts, prices and sales.
    "cart_closed": N_("This cart was already {state}; start a new cart."),
    "currency_required.cart": N_("Say which currency the cart is priced in."),
    "currency_required.order": N_("Say which currency the order is in."),
    "invalid_quantity.cart": N_(
        "The quantity must be a whole number from {min} to {max}, not {quantity}."
    ),
    "invalid_quantity.price": N_(
        "The quantity of {what} must be a whole number from 1 to {max}, not {quantity}."
    ),
    "invalid_quantity.line_limit": N_("At most {max} units of {label} fit on one line."),
    "invalid_quantity.return": N_(
        "Return at least one unit of {label}, as a whole number (not {quantity})."
    ),
    "invalid_quantity.hand_over": N_(
        "Hand over at least one unit of {label}, as a whole number (not {quantity})."
    ),
    "quantity_too_large": N_(
        "The cart already holds {held} of this product; adding {quantity} would exceed the "
        "limit of {max} per line."
    ),
    "duplicate_line": N_("The cart already has a line {line} for another product."),
    "unknown_line": N_(
        "That line is no longer in the cart (it may have been removed on another device); "
        "add the product again."
    ),
    "unknown_product": N_("Product {product} is not in the catalogue."),
    "product_unavailable": N_("{name} ({sku}) is no longer sold."),
    "no_price": N_(
        "{name} ({sku}) has no {currency} price valid at {at} UTC, so it cannot be sold."
    ),
    "no_tax_rate": N_(
        "{name} ({sku}) cannot be sold: there is no {country} VAT rate for its tax class "
        "{tax_class}."
    ),
    "bad_price_data": N_(
        "The price data is inconsistent ({error}); ask a manager to correct the price lists."
    ),
    "empty_cart.price": N_("There is nothing to price: add at least one product."),
    "empty_cart.cart": N_("The cart is empty: add at least one product."),
    "customer_mismatch": N_("This cart belongs to another customer."),
    "currency_mismatch": N_("This cart is in {cart_currency} but the sale is in {currency}."),
    "price_mismatch": N_(
        "The total shown was {expected} but the price is {total}; check the prices and "
        "confirm the new total with the customer."
    ),
    "store_required.sale": N_("A sale is made in a store."),
    "store_required.ship": N_("Orders are shipped from a store."),
    "invalid_period": N_("A price must end after it starts."),
    "unknown_segment": N_("There is no price segment called {segment}."),
    "wrong_store.stock": N_("A manager may only adjust their own store's stock."),
    # Orders and payments.
    "customer_required": N_("An order needs a customer: find or create them first."),
    "pickup_store_required": N_("Choose the store to pick up from."),
    "not_a_pickup_store": N_(
        "{store} is an office and sells nothing: choose a shop or branch to pick up from."
    ),
    "ship_address_required": N_("Give the address to ship to."),
    "payments_not_expected": N_("A pay-on-pickup order is paid when it is collected."),
    "payment_required": N_("This order must be paid now."),
    "invalid_payment_mode": N_(
        "Pay on pickup is only possible for orders picked up in a store; this order must be "
        "paid now."
    ),
    "invalid_payment_method.web": N_("Orders from the web channel can only be paid online."),
    "invalid_payment_method.cash": N_("Cash can only be taken in a store."),
    "missing_reference": N_("An online payment needs the payment provider's reference."),
    "invalid_payment": N_(
        "A payment must be a positive amount with at most two decimals, not {amount}."
    ),
    "payment_short": N_("The payments ({paid}) fall short of the total ({total}) by {short}."),
    "payment_short.advance": N_(
        "This order is paid in advance: {due} more is due now (new total {total}, {held} "
        "already paid)."
    ),
    "payment_short.advance_offered": N_(
        "This order is paid in advance: {due} more is due now (new total {total}, {held} "
        "already paid, {offered} offered)."
    ),
    "overpaid": N_("The payments exceed the {due} due by {change}; only cash can be over-paid."),
    "already_paid.order_total": N_(
        "The {total} this order is now worth is already paid: take no payment."
    ),
    "already_paid.handed_over": N_(
        "{paid} was already paid, which covers the goods handed over: take no payment."
    ),
    "refund_exceeds_payments": N_(
        "Only {left} paid for this order is left to refund; refund in cash or store credit."
    ),
    "not_paid.collect": N_(
        "Collect the {due} still due (total {total}) before handing this order over."
    ),
    "not_paid.collect_goods": N_(
        "Collect the {due} still due (total {total}) before handing these goods over."
    ),
    "not_paid.short": N_(
        "This order is not fully paid: {paid} of {total} received, {due} still due."
    ),
    "not_paid.ship": N_("This order is not fully paid: {paid} of {total} received."),
    "invalid_transition.order": N_("{kind} that is {status} cannot {target}."),
    "invalid_transition.order_return": N_(
        "{kind} that is {status} cannot {target}. To take goods back, record a return."
    ),
    "invalid_transition.hand_over": N_("An order that is {status} cannot be handed over."),
    "already_picked_up": N_("This order was already picked up, so it cannot {target}."),
    "order_cancelled": N_("This order was cancelled, so it cannot {target}."),
    "order_expired": N_("This order expired uncollected, so it cannot {target}."),
    "not_pickup": N_("This order is not collected in a store."),
    "not_pickup.hand_over": N_("{kind} is not collected in a store, so it cannot be handed over."),
    "not_ship": N_("This order is not shipped; it is collected in a store."),
    "not_ready": N_(
        "This order is not prepared yet: mark it ready for pickup before handing it over."
    ),
    "wrong_store.pickup": N_(
        "This order is collected at {store}; only that store can prepare and hand it over."
    ),
    "cancel_in_store": N_(
        "Part of order {number} was paid in a store, so it can only be cancelled there, "
        "where the money is given back."
    ),
    "partly_handed_over": N_(
        "Part of order {number} was already handed over, so it cannot be cancelled: hand "
        "over the rest, or cancel the rest at the hand-over (the goods handed over can then "
        "be returned)."
    ),
    "nothing_to_hand_over.choose": N_("Choose at least one unit to hand over."),
    "nothing_to_hand_over.cancel": N_(
        "Nothing was handed over: to give the customer nothing, cancel the order."
    ),
    "over_hand_over.all_handed_over": N_(
        "Everything ordered of {label} ({ordered}) was already handed over."
    ),
    "over_hand_over.ordered": N_(
        "Only {ordered} of {label} ordered, so {asked} cannot be handed over."
    ),
    "over_hand_over.partly": N_(
        "Only {waiting} of the {ordered} of {label} ordered still to hand over: "
        "{handed_over} already handed over."
    ),
    # Changing an order at the till.
    "not_changeable.not_pickup": N_(
        "Order {number} is not collected in a store, so it cannot be changed at the till."
    ),
    "not_changeable.closed": N_("Order {number} was {state}, so it can no longer be changed."),
    "not_changeable.handed_over": N_(
        "Part of order {number} was already handed over, so it can no longer be changed: "
        "hand over the rest, or cancel the rest at the hand-over."
    ),
    "missing_only_reduces.more": N_(
        "Missing items can only reduce an order: {label} has quantity {ordered}, not {quantity}."
    ),
    "missing_only_reduces.add": N_(
        "Missing items can only reduce an order: add products as a change the customer asked for."
    ),
    "missing_only_reduces.payment": N_(
        "Missing items can only reduce an order: change how it is paid as a change the "
        "customer asked for."
    ),
    "order_empty": N_("A change cannot remove every line of an order: cancel the order instead."),
    "nothing_to_change": N_("Order {number} is already like this: nothing to change."),
    # Returns.
    "over_return.none_left": N_(
        "Nothing is left to return of {label}: everything bought ({bought}) was already returned."
    ),
    "over_return.bought": N_("Only {bought} of {label} bought, so {asked} cannot be returned."),
    "over_return.partly": N_(
        "Only {returnable} of the {bought} of {label} bought can still be returned: "
        "{returned} already returned."
    ),
    "return_window_expired": N_(
        "The {days}-day return window for this sale closed on {closed_on}; a manager can "
        "approve a late return."
    ),
    "not_returnable": N_(
        "Order {number} has not reached the customer yet; cancel it instead of a return."
    ),
    "cash_needs_store": N_("A cash refund can only be paid in a store."),
    # Customers.
    "duplicate_customer.card": N_("Loyalty card {card} already belongs to customer {customer}."),
    "duplicate_customer.email": N_("The e-mail {email} already belongs to customer {customer}."),
    "invalid_first_name": N_("A customer needs a first and a last name."),
    "invalid_last_name": N_("A customer needs a first and a last name."),
    "invalid_email": N_("{value} is not an e-mail address."),
    "invalid_phone": N_("{value} is not a phone number; use the form {example}."),
    "invalid_tax_id.nip": N_("{value} is not a valid NIP (10 digits with a check digit)."),
    "invalid_tax_id.it": N_(
        "{value} is neither a valid codice fiscale (16 characters) nor a valid partita IVA "
        "(11 digits)."
    ),
    "invalid_tax_id.country": N_("Tax numbers from {country} cannot be checked."),
    "invalid_postal_code": N_("{value} is not a postal code in {country} (for example {example})."),
    # Bank applications.
    "invalid_transition.application": N_(
        "An application that is {app_status} cannot {app_target}."
    ),
    "unknown_step": N_("A {kind} application has no step {step}."),
    "unknown_field": N_("A {kind} application has no field {field}."),
    "invalid_field.number_type": N_("{field} must be a number written as text or a whole number."),
    "invalid_field.number": N_("{field} must be a number, not {value}."),
    "invalid_field.positive": N_("{field} must be a positive number, not {value}."),
    "invalid_field.too_large": N_("{field} is far too large: {value}."),
    "invalid_branch": N_("An application is handled at a branch of the customer's country."),
    "invalid_field.whole": N_("{field} must be a whole number, not {value}."),
    "invalid_field.decimals": N_("{field} may have at most two decimal places, not {value}."),
    "invalid_field.text": N_("{field} must be text."),
    "missing_fields": N_("Fill in these fields before submitting: {fields}."),
    "not_approved.signed": N_("This application is already signed."),
    "not_approved.status": N_(
        "Only an approved application can be signed; this one is {app_status}."
    ),
    "documents_not_verified": N_("Verify these documents before signing: {documents}."),
    "missing_signature": N_("Still to sign: {signers}."),
    "application_locked.online": N_(
        "This application can no longer be changed online; ask the branch."
    ),
    "application_locked.staff": N_("This application can no longer be changed."),
    "unknown_document": N_("A {kind} application needs no document {document}."),
    "application_closed": N_("This application is {app_status}."),
    "invalid_signature.typed": N_(
        "A typed signature is the signer's full name (at most 120 characters)."
    ),
    "invalid_signature.drawn": N_(
        "A drawn signature must be a PNG image (base64, at most 200 kB)."
    ),
    "unknown_signer": N_("A {kind} application has no signer {signer}."),
    "unknown_consent": N_("There is no consent {consent}."),
    "not_checkable": N_("A signed agreement is not checked."),
    "duplicate_id.file": N_("This file is already attached."),
    "reason_required.document": N_("Say why the document is rejected."),
    "reason_required.reject": N_("Say why the application is rejected."),
    "invalid_identity.type": N_("Unknown identity document."),
    "invalid_identity.number": N_("The document number has 5 to 20 letters and digits."),
    "invalid_identity.pl_id_card": N_(
        "This is not a valid Polish identity card number (3 letters, 6 digits)."
    ),
    "invalid_identity.country": N_("The issuing country is a two-letter code."),
    "invalid_identity.expired": N_("This document expired on {expiry}."),
    "application_signed": N_("This application is already signed."),
    "application_signed.online": N_(
        "The agreement is signed and cannot be changed; ask the branch."
    ),
    "application_signed.staff": N_(
        "The agreement is signed and cannot be changed; start a new version to sign again."
    ),
    "not_ready_to_sign": N_("Not everything is ready for signing yet: {missing}."),
    "four_eyes": N_(
        "Someone other than the advisor who signed and submitted it must decide on this "
        "application."
    ),
    "signed_content_changed": N_(
        "The application changed after the customer signed it (a document was added or "
        "changed, e.g. on the web): start a new version and have it signed again."
    ),
    "file_too_large": N_(
        "The file is too large ({size_mb} MB); at most {limit_mb} MB can be attached."
    ),
    "file_type": N_("{filename} is not a PDF, JPEG or PNG file."),
    "offer_out_of_limits.amount": N_(
        "The amount {value} {currency} is outside this product's limits ({min}–{max} {currency})."
    ),
    "offer_out_of_limits.term_months": N_(
        "A term of {value} months is outside this product's limits ({min}–{max})."
    ),
    "offer_expired": N_("The offer expired at {valid_until}; make a new offer."),
    "invalid_signature.empty": N_("The customer has not signed yet."),
    "invalid_signature.too_small": N_(
        "This is too small to be a signature: ask the customer to sign across the pad."
    ),
    "invalid_signature.malformed": N_("The signature could not be read; sign again."),
    "invalid_signature.too_long": N_("The signature is too long; clear it and sign again."),
    "upload_offset": N_("The server holds {received} bytes of this file; send from there."),
    "upload_too_long": N_("The file has {size} bytes; these go past its end."),
}

WORDS: dict[tuple[str, str], str] = {
    # An order's status, after "that is" / "was".
    ("status", "placed"): N_("placed and not yet prepared"),
    ("status", "ready_for_pickup"): N_("ready for pickup"),
    ("status", "picked_up"): N_("already picked up"),
    ("status", "shipped"): N_("already shipped"),
    ("status", "completed"): N_("completed"),
    ("status", "cancelled"): N_("cancelled"),
    ("status", "expired"): N_("expired"),
    # What the order was asked to do, after "cannot".
    ("target", "placed"): N_("go back to placed"),
    ("target", "ready_for_pickup"): N_("be marked ready for pickup"),
    ("target", "picked_up"): N_("be handed over"),
    ("target", "shipped"): N_("be shipped"),
    ("target", "completed"): N_("be completed"),
    ("target", "cancelled"): N_("be cancelled"),
    ("target", "expired"): N_("expire"),
    ("kind", "take_away"): N_("A take-away sale"),
    ("kind", "pickup"): N_("A pickup order"),
    ("kind", "ship"): N_("A shipping order"),
    # What became of an order or a cart.
    ("state", "picked_up"): N_("already picked up"),
    ("state", "cancelled"): N_("cancelled"),
    ("state", "expired"): N_("expired uncollected"),
    ("state", "completed"): N_("completed"),
    ("state", "shipped"): N_("shipped"),
    ("state", "checked_out"): N_("checked out"),
    ("state", "abandoned"): N_("abandoned"),
    ("app_status", "draft"): N_("still a draft"),
    ("app_status", "submitted"): N_("submitted"),
    ("app_status", "in_review"): N_("in review"),
    ("app_status", "approved"): N_("approved"),
    ("app_status", "rejected"): N_("rejected"),
    ("app_status", "signed"): N_("signed"),
    ("app_status", "withdrawn"): N_("withdrawn"),
    ("app_target", "draft"): N_("go back to draft"),
    ("app_target", "submitted"): N_("be submitted"),
    ("app_target", "in_review"): N_("be taken into review"),
    ("app_target", "approved"): N_("be approved"),
    ("app_target", "rejected"): N_("be rejected"),
    ("app_target", "signed"): N_("be signed"),
    ("app_target", "withdrawn"): N_("be withdrawn"),
    ("kind", "loan"): N_("loan"),
    ("kind", "order"): N_("order"),
    ("reason", "pin_changed"): N_("the person changed their PIN"),
    ("reason", "device_revoked"): N_("this device was revoked"),
    ("reason", "staff_left"): N_("the person's account was closed"),
    ("reason", "ended"): N_("it was ended"),
    ("role", "cashier"): N_("cashier"),
    ("role", "advisor"): N_("advisor"),
    ("role", "field_rep"): N_("field rep"),
    ("role", "manager"): N_("manager"),
    ("role", "pricing"): N_("pricing"),
    ("what", "application"): N_("application"),
    ("what", "branch"): N_("branch"),
    ("what", "cart"): N_("cart"),
    ("what", "customer"): N_("customer"),
    ("what", "order"): N_("order"),
    ("what", "price list"): N_("price list"),
    ("what", "product"): N_("product"),
    ("what", "staff member"): N_("staff member"),
    ("what", "store"): N_("store"),
}
"""Parameters whose value is one of a few words, and those words in English."""
