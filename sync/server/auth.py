"""Secrets: device tokens, channel keys, enrolment codes and staff PINs.

Staff PINs are kept as scrypt verifiers (`sync.verifiers`) and must follow the PIN rules
(`sync.rules.pins`); both are shared with the devices and re-exported here. The API
checks them in `HASHING`, a small pool of its own threads (scrypt releases the GIL) with
a bounded queue: a burst of sign-ins waits there, or is told the server is busy, instead
of taking the threads and CPU that serve every other device's pulls and pushes.
"""

from __future__ import annotations

import hashlib
import os
import secrets
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from typing import TypeVar

from sync.rules.pins import MAX_PIN_LENGTH, MIN_PIN_LENGTH, broken_pin_rule, is_short_pin
from sync.verifiers import hash_secret, verify_secret

__all__ = [
    "HASHING",
    "MAX_PIN_LENGTH",
    "MIN_PIN_LENGTH",
    "HashingBusy",
    "HashingPool",
    "broken_pin_rule",
    "dummy_verifier",
    "hash_secret",
    "is_short_pin",
    "new_enrolment_code",
    "new_token",
    "normalise_code",
    "pin_problem",
    "token_hash",
    "verify_secret",
]

_T = TypeVar("_T")


def new_token(prefix: str) -> str:
    """A random bearer token; only its hash is stored."""
    return f"{prefix}_{secrets.token_urlsafe(32)}"


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def new_enrolment_code() -> str:
    """A one-time code staff can type: 4 groups of 4 unambiguous characters."""
    alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    raw = "".join(secrets.choice(alphabet) for _ in range(16))
    return "-".join(raw[i : i + 4] for i in range(0, 16, 4))


def normalise_code(code: str) -> str:
    return code.strip().upper().replace(" ", "")


def pin_problem(pin: str) -> str | None:
    """Why `pin` may not be chosen as a new PIN (an English sentence), or None."""
    rule = broken_pin_rule(pin)
    return (
        None
        if rule is None
        else {
            "digits": "A PIN is made of digits only.",
            "short": f"A PIN has at least {MIN_PIN_LENGTH} digits.",
            "long": f"A PIN has at most {MAX_PIN_LENGTH} digits.",
            "easy": "That PIN is too easy to guess (one digit repeated, or a run like 123456).",
        }[rule]
    )


_DUMMY: str | None = None


def dummy_verifier() -> str:
    """A verifier no PIN matches, checked when a login has none, so that an unknown
    login costs the same one scrypt as a wrong PIN."""
    global _DUMMY
    if _DUMMY is None:
        _DUMMY = hash_secret(secrets.token_urlsafe(16))
    return _DUMMY


class HashingBusy(Exception):
    """The hashing pool's queue is full: the caller should answer "busy, retry"."""


class HashingPool:
    """At most `workers` scrypt runs at once and at most `queue` more waiting: `slot()`
    raises `HashingBusy` at once when all are taken, instead of queueing without bound.
    Hold a slot around the checks of one request (`verify`, `hash`)."""

    def __init__(self, workers: int, queue: int) -> None:
        self.workers = workers
        self.queue = queue
        self._slots = threading.BoundedSemaphore(workers + queue)
        self._executor: ThreadPoolExecutor | None = None
        self._lock = threading.Lock()
        self.runs = 0
        """scrypt runs done so far (a structural measure: one per PIN check)."""

    def _pool(self) -> ThreadPoolExecutor:
        with self._lock:
            if self._executor is None:
                self._executor = ThreadPoolExecutor(self.workers, "scrypt")
            return self._executor

    @contextmanager
    def slot(self) -> Iterator[None]:
        """A place in the pool for one request's checks; `HashingBusy` if none is free."""
        if not self._slots.acquire(blocking=False):
            raise HashingBusy()
        try:
            yield
        finally:
            self._slots.release()

    def run(self, work: Callable[[], _T]) -> _T:
        """Run `work` on the pool's threads and wait for it (hold a `slot()`)."""
        with self._lock:
            self.runs += 1
        return self._pool().submit(work).result()

    def verify(self, secret: str, stored: str) -> bool:
        return self.run(lambda: verify_secret(secret, stored))

    def hash(self, secret: str) -> str:
        return self.run(lambda: hash_secret(secret))


def _default_workers() -> int:
    raw = os.environ.get("OMNIDESK_HASHING_WORKERS", "").strip()
    if raw.isdigit() and int(raw) > 0:
        return int(raw)
    return max(1, (os.cpu_count() or 2) // 2)


HASHING = HashingPool(workers=_default_workers(), queue=16)
"""The API process's PIN hashing pool (OMNIDESK_HASHING_WORKERS threads, default half the
CPUs); sign-ins beyond 16 waiting are told to retry."""
