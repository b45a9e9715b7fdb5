"""Records read straight from SQLite pages (salvage of a damaged replica)."""

from __future__ import annotations

import struct

import pytest

from sync.client.pages import decode_record


def test_a_record_with_every_value_whole_is_decoded() -> None:
    # Header: its own size (5 bytes), then the serial types: NULL, 1-byte int, float,
    # a 1-character text (15).
    payload = bytes((5, 0, 1, 7, 15)) + b"\x2a" + struct.pack(">d", 1.5) + b"x"
    assert decode_record(payload) == [None, 42, 1.5, "x"]


def test_a_float_cut_short_is_refused_like_any_record_cut_short() -> None:
    # A garbage cell on a damaged page may end inside an 8-byte float.
    payload = bytes((2, 7)) + b"\0\0\0"
    with pytest.raises(IndexError, match="cut short"):
        decode_record(payload)
