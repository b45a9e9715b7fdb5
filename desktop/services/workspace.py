"""What the desktop works with: one enrolled profile, its replica and who is signed in.

Every change staff make goes through `Workspace.apply`, which runs the shared business
command on the replica and queues it in the outbox in one durable transaction (so it is
safe the moment the UI says "done"), then wakes the sync engine to send it.
Qt-free: call it from a background op (`desktop.services.ops`), never from the GUI thread.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy.orm import Session

from sync.client.device import Workplace, workplace
from sync.client.files.store import FileStore
from sync.client.local import LocalResult, apply_local, preview_local
from sync.client.profile import Profile
from sync.client.staff import Staff
from sync.client.staff_key import StaffKey
from sync.client.touched import Touched


class NotSignedIn(RuntimeError):
    def __init__(self) -> None:
        super().__init__("nobody is signed in on this device")


class Workspace:
    """The replica of one profile and the person signed in on it."""

    def __init__(
        self,
        profile: Profile,
        on_change: Callable[[], None] | None = None,
        on_touched: Callable[[Touched], None] | None = None,
    ) -> None:
        self.profile = profile
        self.replica = profile.replica
        self.staff: Staff | None = None
        self._on_change = on_change or (lambda: None)
        self._on_touched = on_touched or (lambda touched: None)

    def set_on_change(self, callback: Callable[[], None]) -> None:
        """`callback()` after each change staff make (the sync engine sends it)."""
        self._on_change = callback

    def set_on_touched(self, callback: Callable[[Touched], None]) -> None:
        """`callback(touched)` after each change staff make: what it changed."""
        self._on_touched = callback

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self.replica.read() as session:
            yield session

    def workplace(self) -> Workplace:
        with self.replica.read() as session:
            return workplace(session)

    def apply(
        self, name: str, args: dict[str, Any], *, approved_by: Staff | None = None
    ) -> LocalResult:
        """Run command `name` locally as the signed-in person; raises `RuleViolation`.

        `approved_by`: a manager who signed in for this one change (e.g. a late return)
        runs it instead, so the change is recorded, checked and signed as theirs: the
        proof the server sees is the manager's own, given on the spot.
        """
        if self.staff is None:
            raise NotSignedIn()
        actor = approved_by or self.staff
        place = self.workplace()
        result = apply_local(self.replica, name, args, actor.key, place.store_id, place.channel)
        self._on_change()
        self._on_touched(result.touched)
        return result

    def preview(self, name: str, args: dict[str, Any]) -> dict[str, Any]:
        """What `apply` would answer now, changing nothing; raises `RuleViolation`."""
        if self.staff is None:
            raise NotSignedIn()
        place = self.workplace()
        return preview_local(self.replica, name, args, self.staff.id, place.store_id, place.channel)

    @property
    def files(self) -> FileStore:
        """The profile's application files, sealed at rest (read them in an op)."""
        return self.profile.files

    @property
    def key(self) -> StaffKey:
        """The signed-in person's signing key on this device."""
        if self.staff is None:
            raise NotSignedIn()
        return self.staff.key

    @property
    def actor_id(self) -> uuid.UUID:
        if self.staff is None:
            raise NotSignedIn()
        return self.staff.id
