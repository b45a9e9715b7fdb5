"""The server's scope check: a device touches only rows its scope covers."""

from __future__ import annotations

from sqlalchemy import event
from sqlalchemy.orm import Session

from sync.rules.errors import RuleViolation
from sync.server.scopes import BY_MODEL, DeviceScope, tags_of


class ScopeGuard:
    """Checks every row a command reads (`check`) and every row it creates or changes:
    those are checked as they are about to be written, so no flush, automatic or not,
    lets one through."""

    def __init__(self, session: Session, scope: DeviceScope) -> None:
        self.session = session
        self.scope = scope
        self._written: list[object] = []
        event.listen(session, "before_flush", self._before_flush)
        event.listen(session, "after_flush_postexec", self._after_flush)

    def check(self, row: object) -> None:
        if type(row) in BY_MODEL and not self.scope.allows(tags_of(self.session, row)):
            raise RuleViolation(
                "out_of_scope",
                f"This device may not see or change that {type(row).__name__.lower()}: "
                "it belongs to another store or territory.",
                {"what": type(row).__name__.lower()},
            )

    def _before_flush(self, session: Session, flush_context: object, instances: object) -> None:
        self._written = [
            row for row in list(session.new) + list(session.dirty) if type(row) in BY_MODEL
        ]

    def _after_flush(self, session: Session, flush_context: object) -> None:
        # Checked once written, when every row a tag depends on (the order of a new
        # order line...) can be found; a refusal rolls the flush back.
        written, self._written = self._written, []
        for row in written:
            self.check(row)
