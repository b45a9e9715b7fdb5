"""A handwritten signature as strokes, and when it is good enough to be kept.

Strokes travel as `[[[x, y, t_ms], ...], ...]`: one list of points per stroke (the pen down
to the pen up), `x` and `y` from 0 to 1000 in the pad's box (whatever its size on screen),
`t_ms` the milliseconds since the first touch, never going back. The same check runs on the
device that drew them and on the server that keeps them.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import math
from collections.abc import Sequence

from sync.rules.errors import RuleViolation

BOX = 1000  # the pad's box: 0..1000 in both directions
MAX_STROKES = 200
MAX_POINTS = 5_000
MIN_EXTENT = BOX * 5 // 100  # 5 % of the pad
MIN_LENGTH = 150  # units of the box, the whole path

Point = tuple[int, int, int]
Strokes = tuple[tuple[Point, ...], ...]
"""The canonical form: whole numbers, tuples."""


def _refuse(case: str, message: str) -> RuleViolation:
    return RuleViolation("invalid_signature", message, {"case": case})


def _number(value: object) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise _refuse("malformed", "The signature holds a value that is not a number.")
    if not math.isfinite(value):
        raise _refuse("malformed", "The signature holds a value that is not a number.")
    return float(value)


def _point(raw: object) -> Point:
    if not isinstance(raw, list | tuple) or len(raw) != 3:
        raise _refuse("malformed", "A point of the signature is not [x, y, time].")
    x, y, t = (_number(value) for value in raw)
    if not (0 <= x <= BOX and 0 <= y <= BOX):
        raise _refuse("malformed", "A point of the signature lies outside the pad.")
    if t < 0:
        raise _refuse("malformed", "A point of the signature has a negative time.")
    return round(x), round(y), round(t)


def _shape(strokes: object) -> list[Sequence[object]]:
    """The strokes as lists of raw points; refused when not lists or too many."""
    if not isinstance(strokes, list | tuple):
        raise _refuse("malformed", "The signature is not a list of strokes.")
    if len(strokes) > MAX_STROKES:
        raise _refuse("too_long", f"The signature has more than {MAX_STROKES} strokes.")
    shaped: list[Sequence[object]] = []
    points = 0
    for stroke in strokes:
        if not isinstance(stroke, list | tuple):
            raise _refuse("malformed", "A stroke of the signature is not a list of points.")
        points += len(stroke)
        if points > MAX_POINTS:
            raise _refuse("too_long", f"The signature has more than {MAX_POINTS} points.")
        shaped.append(stroke)
    if points == 0:
        raise _refuse("empty", "Nothing was signed.")
    if any(len(stroke) == 0 for stroke in shaped):
        raise _refuse("malformed", "A stroke of the signature has no points.")
    return shaped


def normalise(strokes: object) -> Strokes:
    """The strokes in their canonical form (whole numbers, tuples); refused when malformed,
    too long or empty, or when time goes back."""
    canonical: list[tuple[Point, ...]] = []
    last = 0
    for stroke in _shape(strokes):
        points = tuple(_point(raw) for raw in stroke)
        for _, _, t in points:
            if t < last:
                raise _refuse("malformed", "The times of the signature go backwards.")
            last = t
        canonical.append(points)
    return tuple(canonical)


def path_length(strokes: Strokes) -> float:
    """The length of the pen's path on the pad, in units of the box (jumps between strokes
    not counted)."""
    total = 0.0
    for stroke in strokes:
        for (x0, y0, _), (x1, y1, _) in itertools.pairwise(stroke):
            total += math.hypot(x1 - x0, y1 - y0)
    return total


def extent(strokes: Strokes) -> tuple[int, int]:
    """The width and the height of the box around every point."""
    xs = [x for stroke in strokes for x, _, _ in stroke]
    ys = [y for stroke in strokes for _, y, _ in stroke]
    return max(xs) - min(xs), max(ys) - min(ys)


def point_count(strokes: Strokes) -> int:
    return sum(len(stroke) for stroke in strokes)


def duration_ms(strokes: Strokes) -> int:
    """From the first touch to the last point, in milliseconds."""
    return strokes[-1][-1][2] if strokes else 0


def check_strokes(strokes: object) -> None:
    """Refuse (`invalid_signature`, with its `case`) a signature that is empty, a dot or a
    scribble too small, malformed, or too long."""
    canonical = normalise(strokes)
    width, height = extent(canonical)
    if (width < MIN_EXTENT and height < MIN_EXTENT) or path_length(canonical) < MIN_LENGTH:
        raise _refuse("too_small", "The signature is too small: please sign across the pad.")


def canonical_json(strokes: object) -> str:
    """The canonical strokes as compact JSON: `[[[x,y,t],...],...]`."""
    return json.dumps(normalise(strokes), separators=(",", ":"))


def strokes_digest(strokes: object) -> str:
    """The SHA-256 (lowercase hex) of the canonical JSON of the strokes."""
    return hashlib.sha256(canonical_json(strokes).encode("ascii")).hexdigest()
