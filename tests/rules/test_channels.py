"""A device's channel follows the kind of place it works at, one answer everywhere."""

from __future__ import annotations

import pytest

from sync.rules.channels import channel_for


@pytest.mark.parametrize(
    ("kind", "channel"),
    [
        ("shop", "store"),
        ("branch", "branch"),
        ("contact_centre", "phone"),
        ("office", "store"),
        ("head_office", "store"),
        (None, "store"),
    ],
)
def test_the_kind_of_place_gives_the_channel(kind: str | None, channel: str) -> None:
    assert channel_for(kind) == channel


def test_a_field_territory_works_in_the_field() -> None:
    assert channel_for(None, field=True) == "field"
    assert channel_for("shop", field=True) == "field"
