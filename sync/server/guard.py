"""The server's scope check: a device touches only rows its scope covers."""

from __future__ import annotations

from sqlalchemy.orm import Session

from sync.rules.errors import RuleViolation
from sync.server.scopes import BY_MODEL, DeviceScope, tags_of


class ScopeGuard:
    def __init__(self, session: Session, scope: DeviceScope) -> None:
        self.session = session
        self.scope = scope

    def check(self, row: object) -> None:
        if type(row) in BY_MODEL and not self.scope.allows(tags_of(self.session, row)):
            raise RuleViolation(
                "out_of_scope",
                f"This device may not see or change that {type(row).__name__.lower()}: "
                "it belongs to another store or territory.",
            )

    def check_session_changes(self) -> None:
        """Every row the command created or changed must stay inside the scope."""
        for row in list(self.session.new) + list(self.session.dirty):
            self.check(row)
