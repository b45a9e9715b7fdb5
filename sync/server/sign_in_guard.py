"""Limits on guessing: failed attempts in a row per login, per device and per client
address, with a lock-out that doubles each time it is earned again.

An attempt is counted *before* its PIN (or code) is checked, in a transaction of its
own, so attempts running side by side cannot slip past the limit; the attempt that
reaches the limit locks the subject at once, and a right PIN (`succeeded`) lifts it
again. Logins are counted by the name typed, whether or not such a login exists, so a
lock-out says nothing about which logins exist. The counts live in the `sign_in_guard`
table: every API process on one database shares them.
"""

from __future__ import annotations

import math
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, cast

from sqlalchemy import ColumnElement, CursorResult, case, delete, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from sync.server.errors import ApiError
from sync.server.tables import SignInGuard

FIRST_LOCK = timedelta(minutes=1)
LONGEST_LOCK = timedelta(hours=24)


@dataclass(frozen=True)
class Rule:
    """`limit` failures in a row lock `key`; a success forgets them if `reset_on_success`;
    `forgive_after` of quiet forgets them too."""

    key: str
    limit: int
    reset_on_success: bool
    forgive_after: timedelta | None
    what: str
    """"login", "device" or "address": which one is locked, for the answer."""


LOGIN_LIMIT = 5
DEVICE_LIMIT = 20
ADDRESS_LIMIT = 10


def login_rule(login: str, place: uuid.UUID | None = None) -> Rule:
    """Five wrong PINs in a row for one login (known or not) from the devices of one
    store or territory (`place`) lock it there; a right PIN (or a manager) unlocks it.

    Counted per place so that nobody elsewhere can keep a colleague locked out: from
    another place even the right PIN is refused (people sign in where they work), so
    guessing there learns nothing."""
    where = f"@{place}" if place is not None else ""
    return Rule(f"login:{login.strip().lower()[:150]}{where}", LOGIN_LIMIT, True, None, "login")


def device_rule(device_id: uuid.UUID) -> Rule:
    """Twenty failed sign-ins on one device within an hour of each other (any logins)
    lock the device's sign-ins: spraying one PIN over many logins is limited too."""
    return Rule(f"device:{device_id}", DEVICE_LIMIT, False, timedelta(hours=1), "device")


def address_rule(address: str) -> Rule:
    """Ten wrong enrolment codes from one client address within an hour of each other
    lock enrolment from it."""
    return Rule(f"enrol:{address[:190]}", ADDRESS_LIMIT, False, timedelta(hours=1), "address")


def lock_time(failures: int, limit: int) -> timedelta:
    """How long the `failures`th failure in a row locks (`limit` or more): one minute,
    doubling with each further one, at most a day."""
    return min(FIRST_LOCK * 2 ** min(failures - limit, 20), LONGEST_LOCK)


class Locked(ApiError):
    """Too many failures: refused without checking anything, with when to try again."""

    def __init__(self, what: str, retry_after: int, until: datetime) -> None:
        minutes = max(1, math.ceil(retry_after / 60))
        subject = {
            "login": "this login",
            "device": "this device",
            "address": "this network address",
        }[what]
        if what == "address":
            code, message = (
                "enrolment_locked",
                (
                    f"Too many wrong enrolment codes from {subject}; try again in {minutes} "
                    "minute(s)."
                ),
            )
        else:
            code, message = (
                "sign_in_locked",
                (
                    f"Too many wrong attempts: sign-in on {subject} is locked for {minutes} "
                    "minute(s), or until a manager unlocks it."
                ),
            )
        super().__init__(
            429,
            code,
            message,
            {"locked": what, "retry_after": retry_after, "until": until.isoformat()},
            headers={"Retry-After": str(retry_after)},
        )


def _insert(session: Session) -> postgresql.Insert | sqlite.Insert:
    if session.get_bind().dialect.name == "postgresql":
        return postgresql.insert(SignInGuard)
    return sqlite.insert(SignInGuard)


def take(session: Session, rules: Sequence[Rule], now: datetime) -> dict[str, int]:
    """Count one attempt against each rule's key; raises `Locked` (the caller's
    transaction must then roll back, so nothing is counted) if one is locked. Returns
    each key's failures in a row, this attempt included."""
    table = SignInGuard.__table__
    counts: dict[str, int] = {}
    for rule in sorted(rules, key=lambda r: r.key):  # one order: no deadlocks
        locked = table.c.locked_until > now
        fresh = table.c.updated_at < now - rule.forgive_after if rule.forgive_after else None
        whens: list[tuple[ColumnElement[bool], ColumnElement[int] | int]] = [
            (locked, table.c.failures)
        ]
        if fresh is not None:
            whens.append((fresh, 1))
        first = _insert(session).values(key=rule.key, failures=1, locked_until=None, updated_at=now)
        statement = first.on_conflict_do_update(
            index_elements=[table.c.key],
            set_={
                "failures": case(*whens, else_=table.c.failures + 1),
                "updated_at": case((locked, table.c.updated_at), else_=now),
            },
        ).returning(table.c.failures, table.c.locked_until)
        failures, until = session.execute(statement).one()
        if until is not None and until > now:
            retry = max(1, math.ceil((until - now).total_seconds()))
            raise Locked(rule.what, retry, until)
        if failures >= rule.limit:
            session.execute(
                update(SignInGuard)
                .where(SignInGuard.key == rule.key)
                .values(locked_until=now + lock_time(failures, rule.limit))
            )
        counts[rule.key] = failures
    return counts


def succeeded(session: Session, rules: Sequence[Rule]) -> None:
    """The attempt was right: forget the failures of the rules that reset on success,
    and take this attempt back from the others (it was counted before the check)."""
    table = SignInGuard.__table__
    keys = [rule.key for rule in rules if rule.reset_on_success]
    if keys:
        session.execute(
            update(table).where(table.c.key.in_(keys)).values(failures=0, locked_until=None)
        )
    for rule in rules:
        if not rule.reset_on_success:
            session.execute(
                update(table)
                .where(table.c.key == rule.key)
                .values(
                    failures=case((table.c.failures > 0, table.c.failures - 1), else_=0),
                    locked_until=case(
                        (table.c.failures - 1 < rule.limit, None), else_=table.c.locked_until
                    ),
                )
            )


def unlock_login(session: Session, login: str) -> bool:
    """A manager lifts a login's lock-outs at every place (and forgets the failures);
    False if there was none."""
    key = login_rule(login).key
    escaped = key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    keys = (SignInGuard.key == key) | SignInGuard.key.like(f"{escaped}@%", escape="\\")
    found = session.execute(select(SignInGuard.key).where(keys)).first()
    session.execute(delete(SignInGuard).where(keys))
    return found is not None


def unlock(session: Session, rule: Rule) -> bool:
    """A manager lifts a lock-out (and forgets the failures); False if there was none."""
    found = session.execute(
        select(SignInGuard.key).where(SignInGuard.key == rule.key)
    ).scalar_one_or_none()
    session.execute(delete(SignInGuard).where(SignInGuard.key == rule.key))
    return found is not None


def forget_old(session: Session, now: datetime, age: timedelta = timedelta(days=30)) -> int:
    """Drop counts nobody touched for `age` and that lock nothing any more."""
    # A DELETE's result is a CursorResult (SQLAlchemy types every result as Result).
    result = cast(
        CursorResult[Any],
        session.execute(
            delete(SignInGuard).where(
                SignInGuard.updated_at < now - age,
                (SignInGuard.locked_until.is_(None)) | (SignInGuard.locked_until < now),
            )
        ),
    )
    return result.rowcount
