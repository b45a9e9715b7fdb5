"""Notes and other events staff add to a customer's timeline."""

from __future__ import annotations

import uuid

from pydantic import Field

from sync.commands.base import Args, CommandContext, command
from sync.model import Customer, Interaction

NOTE_KINDS = ("note", "call", "visit", "complaint", "callback_request")


class AddInteraction(Args):
    interaction_id: uuid.UUID
    customer_id: uuid.UUID
    kind: str = Field(pattern="^(" + "|".join(NOTE_KINDS) + ")$")
    text: str = Field(min_length=1, max_length=4000)


@command(
    "interaction.add",
    AddInteraction,
    web=True,
    reads=lambda a: [(Customer, a.customer_id)],
    creates=lambda a: [(Interaction, a.interaction_id)],
)
def add_interaction(ctx: CommandContext, args: AddInteraction) -> None:
    """Add a note, call, visit or complaint; every channel then sees it."""
    ctx.get(Customer, args.customer_id, "customer")
    if ctx.find(Interaction, args.interaction_id) is not None:
        return  # already recorded: the same note twice is one note
    ctx.session.add(
        Interaction(
            id=args.interaction_id,
            customer_id=args.customer_id,
            channel=ctx.channel,
            kind=args.kind,
            text=args.text.strip(),
            staff_id=ctx.actor_id,
            store_id=ctx.store_id,
            occurred_at=ctx.at,
        )
    )
