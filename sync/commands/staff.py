"""What staff change about themselves: the language of their screens.

The choice is the person's, not the device's: it syncs like any change and follows them
to every till they sign in at (their row is in the scope of their store's devices).
"""

from __future__ import annotations

from typing import Literal

from sync.commands.base import Args, CommandContext, command
from sync.commands.permissions import EVERYONE
from sync.model import StaffUser
from sync.rules.errors import RuleViolation


class SetLanguage(Args):
    language: Literal["pl", "it", "en"] | None
    """None: the language of the place they work at."""


@command("staff.set_language", SetLanguage, roles=EVERYONE)
def set_language(ctx: CommandContext, args: SetLanguage) -> None:
    """The signed-in person's language, on every device they use."""
    if ctx.actor is None:
        raise RuleViolation(
            "forbidden_channel", "Only staff choose their own language.", {"case": "language"}
        )
    person = ctx.get(StaffUser, ctx.actor.id, "staff member", lock=True)
    person.language = args.language
