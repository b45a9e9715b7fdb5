"""Which staff roles may issue which commands, in one place.

The web channel (no staff member) is allowed per command with `web=True`; a device
only ever acts for a signed-in staff member whose role is checked against these sets.
"""

from __future__ import annotations

from sync.commands.base import STAFF_ROLES
from sync.model import Role

EVERYONE = STAFF_ROLES
SELLERS = frozenset({Role.CASHIER, Role.FIELD_REP, Role.MANAGER})
REVIEWERS = frozenset({Role.ADVISOR, Role.MANAGER})
MANAGERS = frozenset({Role.MANAGER})
SIGNERS = frozenset({Role.ADVISOR, Role.FIELD_REP, Role.MANAGER})


def is_manager(role: str | None) -> bool:
    return role == Role.MANAGER.value
