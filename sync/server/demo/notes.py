"""Notes on customers' timelines from every channel: calls, visits, complaints."""

from __future__ import annotations

from sync.server.demo.journal import World

# (kind, channel, text); {product} and {store} are filled in.
SHOP_NOTES = (
    (
        "call",
        "phone",
        "Called the contact centre to ask when {product} is back in stock; "
        "offered pickup at {store}.",
    ),
    ("visit", "store", "Came to {store} to compare models; interested in {product}."),
    (
        "complaint",
        "phone",
        "Complained that {product} stopped working after two weeks; "
        "asked to bring it to {store} for a replacement.",
    ),
    (
        "callback_request",
        "web",
        "Asked online to be called back about paying for {product} in instalments.",
    ),
    ("note", "store", "Prefers SMS to e-mail; usually shops at {store} on Saturdays."),
)
FIELD_NOTES = (
    ("visit", "field", "Visited the customer's shop; presented {product} for their showroom."),
    ("visit", "field", "Follow-up visit: left a quote for {product}, decision next week."),
    ("call", "phone", "Called the rep's office to confirm the quote for {product}."),
)


def seed_notes(world: World) -> None:
    """One of each kind of note per shop, and field visits in each territory."""
    for store in world.org.shops():
        for n, (kind, channel, text) in enumerate(SHOP_NOTES[: world.scaled(len(SHOP_NOTES))]):
            customer = world.customer(store.code, n + 2)
            if customer is None:
                continue
            in_store = channel == "store"
            world.journal.event(
                customer,
                kind,
                text.format(product=world.product().name, store=store.spec.name),
                channel,
                world.clock.ago(days=world.rng.uniform(0.5, 20)),
                None,
                None,
                staff_id=world.org.one_of(store.code, "cashier", n) if in_store else None,
                store_id=store.id if in_store else None,
                event_id=world.new_id(),
            )
    for code in world.org.territories:
        home = world.org.stores[world.org.territory_home[code]]
        rep = world.org.one_of(code, "field_rep")
        for n, (kind, channel, text) in enumerate(FIELD_NOTES[: world.scaled(len(FIELD_NOTES))]):
            customer = world.customer(code, n)
            if customer is None:
                continue
            in_field = channel == "field"
            world.journal.event(
                customer,
                kind,
                text.format(product=world.product().name, store=home.spec.name),
                channel,
                world.clock.ago(days=world.rng.uniform(0.5, 20)),
                None,
                None,
                staff_id=rep if in_field else None,
                store_id=home.id if in_field else None,
                event_id=world.new_id(),
            )
