"""When a network request is tried again, and how long the device waits first.

The one place that decides it, for both users of the network:

- the sync engine's loop (`sync.client.engine`), which retries a whole sync for as long
  as the app is open: its requests are each sent once (`Http.for_loop`), so retries are
  never nested;
- a single idempotent request made by a caller with no loop of its own (a one-off
  `omnidesk sync`, an order look-up): `RetryPolicy`, a few attempts, then the error.

Waits grow exponentially with jitter (`Backoff`). A server that says how long to wait
(`Retry-After` on 429 and 503, in seconds or as an HTTP date) is believed, up to
`MAX_RETRY_AFTER`. Every wait is on a stop event, so stopping cuts it short.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
"""Answers worth sending the same request again for: busy, overloaded or failing."""

ASKS_TO_WAIT = frozenset({429, 503})
"""Answers whose `Retry-After` header says how long to wait."""

MAX_RETRY_AFTER = 300.0
"""The longest wait a server's `Retry-After` can ask of the device (seconds)."""


def parse_retry_after(value: str | None, now: datetime) -> float | None:
    """Seconds to wait from a `Retry-After` header (delay-seconds or an HTTP date), or
    None when there is none or it cannot be read. A date in the past is no wait (0)."""
    if value is None or not value.strip():
        return None
    text = value.strip()
    if text.isdigit():
        return float(text)
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:  # "-0000": UTC with no zone said (RFC 5322)
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - now).total_seconds())


@dataclass(frozen=True)
class Backoff:
    """Exponential back-off with jitter: after `failures` failures in a row (0-based),
    wait about `min(cap, base * 2**failures)` seconds.

    `jitter` is the random share of that ceiling: 1 draws anywhere up to it ("full
    jitter"), 0.5 anywhere in its upper half ("equal jitter"), so devices that lost the
    network together do not come back in lockstep. `floor` keeps an unlucky draw from
    making a hot loop.
    """

    base: float = 1.0
    cap: float = 60.0
    floor: float = 0.1
    jitter: float = 1.0

    def ceiling(self, failures: int) -> float:
        return min(self.cap, self.base * 2.0 ** min(failures, 32))

    def delay(self, failures: int, draw: float) -> float:
        """Seconds to wait after `failures` failures in a row; `draw` in [0, 1]."""
        share = 1.0 - self.jitter + self.jitter * draw
        return max(self.floor, self.ceiling(failures) * share)

    def wait(self, failures: int, draw: float, asked: float | None = None) -> float:
        """Seconds to wait: what the server asked for (`Retry-After`), up to
        `MAX_RETRY_AFTER`, or else the back-off."""
        if asked is None:
            return self.delay(failures, draw)
        return min(max(asked, self.floor), MAX_RETRY_AFTER)


@dataclass(frozen=True)
class RetryPolicy:
    """The retries of one idempotent request, for a caller with no retry loop of its own:
    `attempts` in all (the first included), waits of `Backoff(base_delay, max_delay)`."""

    attempts: int = 5
    base_delay: float = 0.5
    max_delay: float = 30.0
    backoff: Backoff = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(
            self, "backoff", Backoff(self.base_delay, self.max_delay, floor=0.0, jitter=0.5)
        )

    def delay(self, retry: int, draw: float) -> float:
        """Seconds to wait before retry number `retry` (0-based); `draw` in [0, 1)."""
        return self.backoff.delay(retry, draw)

    def wait(self, retry: int, draw: float, asked: float | None = None) -> float | None:
        """Seconds to wait before retry number `retry`, or None for no retry: the last
        attempt failed, or the server asks for more patience than this one request has
        (`Retry-After` beyond `max_delay`: the caller is told at once instead)."""
        if retry + 1 >= self.attempts:
            return None
        if asked is not None and asked > self.max_delay:
            return None
        return self.backoff.wait(retry, draw, asked)


ONE_ATTEMPT = RetryPolicy(attempts=1)
"""For a request inside a loop that retries on its own: sent once."""
