"""Business commands shared by the replica and the central API."""

from sync.commands.base import (
    COMMANDS,
    AllowAll,
    CommandContext,
    Guard,
    declared_rows,
    run,
)

__all__ = ["COMMANDS", "AllowAll", "CommandContext", "Guard", "declared_rows", "run"]
