"""What every benchmark shares: progress output, timing, percentiles, the device headers."""

from __future__ import annotations

import math
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from sync.protocol import PROTOCOL_VERSION, VERSION_HEADER

REPO_ROOT = Path(__file__).resolve().parent.parent
HOST = "127.0.0.1"

_START = time.monotonic()


def log(message: str) -> None:
    """One line of progress on stderr, with the seconds since the benchmark started."""
    print(f"[{time.monotonic() - _START:7.1f}s] {message}", file=sys.stderr, flush=True)


def headers(token: str | None = None) -> dict[str, str]:
    """The headers every device request carries."""
    result = {VERSION_HEADER: str(PROTOCOL_VERSION)}
    if token:
        result["Authorization"] = f"Bearer {token}"
    return result


def percentile(values: Sequence[float], pct: float) -> float:
    """The `pct`-th percentile (nearest rank) of `values`; 0.0 when there are none."""
    if not values:
        return 0.0
    ordered = sorted(values)
    rank = max(1, math.ceil(pct / 100 * len(ordered)))
    return ordered[rank - 1]


def rounded(value: float, digits: int = 3) -> float:
    return round(value, digits)
