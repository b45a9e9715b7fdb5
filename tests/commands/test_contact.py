"""Callbacks and branch appointments booked for a customer, from a call or a desk."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from sync import model as m
from sync.commands import timeline
from sync.rules.channels import channel_for
from sync.rules.errors import RuleViolation

from .conftest import T0, World, new_id


@pytest.fixture
def agent(world: World) -> str:
    """An advisor at a Polish contact centre."""
    centre = m.Store(
        id=uuid.uuid4(),
        code="CC",
        name="Omnidesk Contact Center",
        kind="contact_centre",
        country="PL",
        currency="PLN",
        city="Warszawa",
        address="Main St 2",
        timezone="Europe/Warsaw",
    )
    world.session.add(centre)
    world.session.flush()
    world.stores["CC"] = centre
    staff = m.StaffUser(
        id=uuid.uuid4(), login="agent", display_name="Agent", role="advisor", store_id=centre.id
    )
    world.session.add(staff)
    world.session.commit()
    world.staff["agent"] = staff
    return "agent"


def _event(args: dict[str, Any], kind: str) -> uuid.UUID:
    return timeline.event_id(uuid.UUID(args["interaction_id"]), kind)


def _phone(world: World, who: str, name: str, args: dict[str, Any]) -> dict[str, Any]:
    return world.do(who, name, args, channel=channel_for("contact_centre"))


def _callback(world: World, due: datetime, **extra: Any) -> dict[str, Any]:
    return {
        "interaction_id": new_id(),
        "customer_id": str(world.customers["anna"]),
        "due_at": due.isoformat(),
        **extra,
    }


def _appointment(world: World, at: datetime, branch: str = "BRANCH", **extra: Any) -> dict:
    return {
        "interaction_id": new_id(),
        "customer_id": str(world.customers["anna"]),
        "branch_store_id": str(world.stores[branch].id),
        "at": at.isoformat(),
        **extra,
    }


def test_a_callback_is_on_the_timeline_in_the_phone_channel(world: World, agent: str) -> None:
    due = T0 + timedelta(days=1, hours=4)
    args = _callback(world, due, note=" about the loan documents ")
    _phone(world, agent, "customer.book_callback", args)
    event = world.session.get(m.Interaction, _event(args, "callback_booked"))
    assert (event.kind, event.channel, event.store_id) == (
        "callback_booked",
        "phone",
        world.stores["CC"].id,
    )
    assert event.staff_id == world.staff["agent"].id
    assert event.params == {"due_at": due.isoformat(), "note": "about the loan documents"}
    assert event.text == f"Callback booked for {due.isoformat()}. about the loan documents"


def test_the_time_is_kept_in_utc_whatever_zone_it_came_in(world: World, agent: str) -> None:
    warsaw = datetime(2025, 3, 4, 15, 30, tzinfo=UTC).astimezone(ZoneInfo("Europe/Warsaw"))
    args = _callback(world, warsaw)
    _phone(world, agent, "customer.book_callback", args)
    event = world.session.get(m.Interaction, _event(args, "callback_booked"))
    assert event.params["due_at"] == "2025-03-04T15:30:00+00:00"


def test_booking_twice_is_one_booking(world: World, agent: str) -> None:
    args = _callback(world, T0 + timedelta(hours=2))
    _phone(world, agent, "customer.book_callback", args)
    _phone(world, agent, "customer.book_callback", args)
    assert [e.kind for e in world.timeline("anna")] == ["callback_booked"]


def test_an_appointment_names_the_branch(world: World, agent: str) -> None:
    at = T0 + timedelta(days=2)
    args = _appointment(world, at, note="to sign")
    _phone(world, agent, "customer.book_appointment", args)
    event = world.session.get(m.Interaction, _event(args, "appointment_booked"))
    assert (event.kind, event.channel) == ("appointment_booked", "phone")
    assert event.params == {
        "at": at.isoformat(),
        "branch": "Omnidesk BRANCH",
        "branch_code": "BRANCH",
        "note": "to sign",
    }


@pytest.mark.parametrize(
    ("name", "build", "case"),
    [
        ("customer.book_callback", _callback, "callback"),
        ("customer.book_appointment", _appointment, "appointment"),
    ],
)
@pytest.mark.parametrize("delta", [timedelta(0), -timedelta(minutes=1), -timedelta(days=3)])
def test_a_time_that_has_passed_is_refused(
    world: World, agent: str, name: str, build: Any, case: str, delta: timedelta
) -> None:
    with pytest.raises(RuleViolation) as refused:
        _phone(world, agent, name, build(world, T0 + delta))
    assert refused.value.code == "booking_in_past"
    assert refused.value.params == {"case": case, "at": (T0 + delta).isoformat()}
    assert world.timeline("anna") == []


def test_a_time_without_its_zone_is_refused(world: World, agent: str) -> None:
    args = _callback(world, T0)
    args["due_at"] = "2025-03-04T10:00:00"
    with pytest.raises(RuleViolation) as refused:
        _phone(world, agent, "customer.book_callback", args)
    assert refused.value.code == "invalid_arguments"


@pytest.mark.parametrize("store", ["WAW", "CC"])
def test_an_appointment_is_at_a_branch(world: World, agent: str, store: str) -> None:
    with pytest.raises(RuleViolation) as refused:
        _phone(
            world, agent, "customer.book_appointment", _appointment(world, T0 + timedelta(1), store)
        )
    assert refused.value.code == "not_found"
    assert refused.value.params["what"] == "branch"


def test_an_unknown_customer_is_refused(world: World, agent: str) -> None:
    args = _callback(world, T0 + timedelta(hours=1))
    args["customer_id"] = new_id()
    with pytest.raises(RuleViolation) as refused:
        _phone(world, agent, "customer.book_callback", args)
    assert refused.value.code == "not_found"


@pytest.mark.parametrize("who", ["advisor", "manager", "rep"])
def test_advisors_managers_and_field_reps_book(world: World, who: str) -> None:
    world.do(who, "customer.book_callback", _callback(world, T0 + timedelta(hours=1)))
    world.do(who, "customer.book_appointment", _appointment(world, T0 + timedelta(hours=1)))
    assert len(world.timeline("anna")) == 2


@pytest.mark.parametrize("who", ["cashier", None])
def test_a_cashier_and_the_web_do_not(world: World, who: str | None) -> None:
    with pytest.raises(RuleViolation) as refused:
        world.do(who, "customer.book_callback", _callback(world, T0 + timedelta(hours=1)))
    assert refused.value.code in ("forbidden_role", "forbidden_channel")
