"""A handwritten signature's strokes: what is kept, what is refused, and their digest."""

from __future__ import annotations

import hashlib
import itertools
import json
import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sync.rules.errors import RuleViolation
from sync.rules.signatures import (
    MAX_POINTS,
    MAX_STROKES,
    check_strokes,
    duration_ms,
    normalise,
    point_count,
    strokes_digest,
)


def wave(x0: int = 100, width: int = 600, t0: int = 0, points: int = 40) -> list[list[int]]:
    """A stroke across the pad, like a written name."""
    return [
        [x0 + width * i // points, 500 + int(80 * math.sin(i / 3)), t0 + 15 * i]
        for i in range(points + 1)
    ]


def case_of(strokes: object) -> str | None:
    with pytest.raises(RuleViolation) as refused:
        check_strokes(strokes)
    assert refused.value.code == "invalid_signature"
    assert refused.value.message
    return refused.value.params["case"]  # type: ignore[return-value]


def test_a_written_name_is_kept() -> None:
    strokes = [wave(), wave(200, 300, t0=900, points=10)]
    check_strokes(strokes)
    canonical = normalise(strokes)
    assert point_count(canonical) == 41 + 11
    assert duration_ms(canonical) == 900 + 150


def test_tuples_and_floats_are_kept_as_whole_numbers() -> None:
    strokes = [[(100.4, 500.6, 0.2), (700.0, 520.0, 300.7)]]
    assert normalise(strokes) == (((100, 501, 0), (700, 520, 301)),)
    check_strokes(strokes)


@pytest.mark.parametrize("strokes", [[], [[]], [[], []]])
def test_nothing_signed_is_empty(strokes: object) -> None:
    assert case_of(strokes) == "empty"


def test_a_single_dot_is_too_small() -> None:
    assert case_of([[[500, 500, 0]]]) == "too_small"
    assert case_of([[[500, 500, 0], [500, 500, 40]]]) == "too_small"


def test_a_small_scribble_is_too_small() -> None:
    # long enough a path, but inside a box of 40 x 40 units
    scribble = [[400 + (i % 2) * 40, 400 + (i % 3) * 20, i * 10] for i in range(30)]
    assert case_of([scribble]) == "too_small"


def test_a_short_line_is_too_small() -> None:
    # wide enough (100 units) but the whole path is shorter than 150
    assert case_of([[[100, 500, 0], [200, 500, 50]]]) == "too_small"


@pytest.mark.parametrize(
    "strokes",
    [
        "signature",
        [[[1, 2]]],
        [[["1", 2, 3]]],
        [[[True, 2, 3]]],
        [[[float("nan"), 2, 3]]],
        [[[1001, 2, 3]]],
        [[[-1, 2, 3]]],
        [[[1, 2, -3]]],
        [wave(), [[100, 100, 10]]],  # the second stroke starts before the first ended
        [[[100, 100, 50], [600, 600, 40]]],
        [wave(), []],
        [5],
    ],
)
def test_malformed_strokes_are_refused(strokes: object) -> None:
    assert case_of(strokes) == "malformed"


def test_too_many_strokes_or_points_are_refused() -> None:
    many = [[[100 + i, 500, i]] for i in range(MAX_STROKES + 1)]
    assert case_of(many) == "too_long"
    long_stroke = [[i % 1000, 500, i] for i in range(MAX_POINTS + 1)]
    assert case_of([long_stroke]) == "too_long"


def test_the_digest_is_the_sha256_of_the_canonical_json() -> None:
    strokes = [[(100.2, 500, 0), (700, 520, 300)]]
    expected = hashlib.sha256(b"[[[100,500,0],[700,520,300]]]").hexdigest()
    assert strokes_digest(strokes) == expected
    assert strokes_digest([[[100, 500, 0], [700, 520, 300]]]) == expected


coordinate = st.integers(min_value=0, max_value=1000)
point = st.tuples(coordinate, coordinate, st.integers(min_value=0, max_value=10_000))
raw_strokes = st.lists(st.lists(point, min_size=1, max_size=30), min_size=1, max_size=8)


def in_time_order(strokes: list[list[tuple[int, int, int]]]) -> list[list[tuple[int, int, int]]]:
    times = iter(sorted(t for stroke in strokes for _, _, t in stroke))
    return [[(x, y, next(times)) for x, y, _ in stroke] for stroke in strokes]


@given(raw_strokes.map(in_time_order))
def test_any_well_formed_strokes_are_kept_or_refused_as_too_small(
    strokes: list[list[tuple[int, int, int]]],
) -> None:
    try:
        check_strokes(strokes)
    except RuleViolation as refused:
        assert refused.params == {"case": "too_small"}
    canonical = normalise(strokes)
    assert normalise(canonical) == canonical
    assert strokes_digest(strokes) == strokes_digest(json.loads(json.dumps(canonical)))
    assert len(strokes_digest(strokes)) == 64


@given(raw_strokes)
def test_time_going_back_is_always_refused(strokes: list[list[tuple[int, int, int]]]) -> None:
    times = [t for stroke in strokes for _, _, t in stroke]
    goes_back = any(later < earlier for earlier, later in itertools.pairwise(times))
    try:
        normalise(strokes)
    except RuleViolation as refused:
        assert goes_back and refused.params == {"case": "malformed"}
    else:
        assert not goes_back
