"""No request a client can send makes the server fail: random commands and arguments
(with real ids mixed in) are each answered accepted or rejected, never with a fault."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sync.commands import COMMANDS
from sync.commands import registry as _registry  # noqa: F401 - registers every command
from tests.server.conftest import Api
from tests.server.test_web_channel import command

NAMES = sorted(COMMANDS)


def _ids(api: Api) -> list[str]:
    world = api.world
    pools = [world.stores, world.staff, world.products, world.customers, world.price_lists]
    return [str(v) for pool in pools for v in pool.values()]


# Text without NUL: a NUL anywhere refuses the whole request (test_hostile_fuzz.py).
TEXT = st.characters(codec="utf-8", exclude_characters="\x00")  # JSON text: no surrogates


def _values(ids: list[str]) -> st.SearchStrategy[Any]:
    scalars = st.one_of(
        st.none(),
        st.booleans(),
        st.integers(-(10**6), 10**6),
        st.text(TEXT, max_size=30),
        st.sampled_from(ids),
        st.uuids().map(str),
        st.sampled_from(
            [
                "0",
                "1.00",
                "-5",
                "12.345",
                "1e9",
                "NaN",
                "cash",
                "card",
                "pickup",
                "ship",
                "pay_now",
                "pay_on_pickup",
                "loan",
                "sellable",
                "PLN",
                "2026-01-01T00:00:00Z",
                "+48600100200",
                "a@b.pl",
            ]
        ),
        st.floats(allow_nan=False, allow_infinity=False),
    )
    return st.recursive(
        scalars,
        lambda inner: (
            st.lists(inner, max_size=3)
            | st.dictionaries(st.text(TEXT, max_size=12), inner, max_size=3)
        ),
        max_leaves=6,
    )


def _args(name: str, ids: list[str]) -> st.SearchStrategy[dict[str, Any]]:
    fields = sorted(COMMANDS[name].args.model_fields)
    return st.dictionaries(st.sampled_from(fields), _values(ids), max_size=len(fields))


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[
        HealthCheck.function_scoped_fixture,
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
    ],
)
@given(data=st.data())
def test_random_pushes_are_answered_not_crashed_on(api: Api, data: st.DataObject) -> None:
    till = getattr(api, "_fuzz_till", None) or api.enrol("PL-WAW-01")
    api._fuzz_till = till  # type: ignore[attr-defined]
    ids = _ids(api)
    actors = ["cashier.waw", "manager.waw"]
    mutations = []
    for _ in range(data.draw(st.integers(1, 12))):
        name = data.draw(st.sampled_from(NAMES))
        args = data.draw(_args(name, ids))
        actor = data.draw(st.sampled_from(actors))
        mutations.append(till.mutation(name, api.world.staff[actor], args))
    results = till.push(*mutations)
    for mutation, result in zip(mutations, results, strict=True):
        assert result["status"] in ("accepted", "rejected")
        assert result["code"] != "internal_error", (mutation, result)


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
def test_random_web_commands_never_fail_the_server(api: Api, data: st.DataObject) -> None:
    ids = _ids(api)
    name = data.draw(st.sampled_from([*NAMES, "x", "cart..open"]))
    args = data.draw(_args(name, ids)) if name in COMMANDS else {}
    response = command(api, name, args)
    assert response.status_code < 500, (name, args, response.text)
