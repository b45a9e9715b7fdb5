"""Wrong PINs against this device's offline verifier: five in a row lock that login here.

The count is kept in the OS keyring, one entry per person and device (beside the
verifier itself), so quitting or restarting the application does not reset it. Each
attempt is counted before its PIN is checked, so stopping the application in the middle
of a check does not undo it either. A lock lasts a minute, doubling each time it is
earned again (at most a day); a right PIN, offline or online, forgets the failures.

The clock is the machine's: setting it back does not shorten a lock (a lock is measured
from the latest attempt seen), setting it forward does. Someone who can read the keyring
can test PINs against the verifier without this count: it slows guessing at the till,
it does not protect a copied keyring.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sync.client.credentials import CredentialStore
from sync.model.types import utcnow
from sync.verifiers import verify_secret

LIMIT = 5
FIRST_LOCK = timedelta(minutes=1)
LONGEST_LOCK = timedelta(hours=24)


class OfflineLocked(Exception):
    """Too many wrong PINs here for this login: no check until `until`."""

    code = "offline_locked"

    def __init__(self, until: datetime) -> None:
        super().__init__(
            "Too many wrong PINs on this device for this login; try again "
            f"after {until:%H:%M} UTC, or sign in while the server is online."
        )
        self.until = until


@dataclass
class _Count:
    failures: int = 0
    locked_until: datetime | None = None
    last_attempt: datetime | None = None

    def to_json(self) -> str:
        return json.dumps(
            {
                "failures": self.failures,
                "locked_until": self.locked_until.isoformat() if self.locked_until else None,
                "last_attempt": self.last_attempt.isoformat() if self.last_attempt else None,
            }
        )

    @classmethod
    def from_json(cls, text: str | None) -> _Count:
        if not text:
            return cls()
        try:
            data = json.loads(text)
            return cls(
                int(data["failures"]),
                datetime.fromisoformat(data["locked_until"]) if data["locked_until"] else None,
                datetime.fromisoformat(data["last_attempt"]) if data["last_attempt"] else None,
            )
        except (ValueError, KeyError, TypeError):
            # A damaged entry must not give more tries: take it as at the limit.
            return cls(LIMIT, None, None)


def lock_time(failures: int) -> timedelta:
    """How long the lock earned by the `failures`-th wrong PIN in a row lasts (at least
    `LIMIT` of them): a minute, doubling each time, at most a day."""
    doublings: int = max(0, min(failures - LIMIT, 20))
    return min(FIRST_LOCK * (1 << doublings), LONGEST_LOCK)


class OfflineGuard:
    """Counts offline PIN checks of one device, per login."""

    def __init__(
        self,
        credentials: CredentialStore,
        device_id: uuid.UUID,
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        self._credentials = credentials
        self._device_id = device_id
        self._clock = clock

    def _name(self, login: str) -> str:
        return f"offline-guard:{self._device_id}:{login.strip().lower()}"

    def verify(self, login: str, pin: str, verifier: str) -> bool:
        """Whether `pin` matches `verifier`; raises `OfflineLocked` without checking when
        this login is locked here."""
        name = self._name(login)
        count = _Count.from_json(self._credentials.get(name))
        now = self._clock()
        if count.last_attempt is not None and count.last_attempt > now:
            now = count.last_attempt  # the clock was set back
        if count.locked_until is not None and count.locked_until > now:
            raise OfflineLocked(count.locked_until)
        count.failures += 1
        count.last_attempt = now
        if count.failures >= LIMIT:
            count.locked_until = now + lock_time(count.failures)
        self._credentials.put(name, count.to_json())
        if not verify_secret(pin, verifier):
            return False
        self.forget(login)
        return True

    def forget(self, login: str) -> None:
        """The person proved their PIN (here or online): their failures here are gone."""
        self._credentials.delete(self._name(login))
