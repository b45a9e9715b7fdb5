"""Creating and updating customers from any channel."""

from __future__ import annotations

import uuid

import pytest

from sync import model as m
from sync.rules.errors import RuleViolation

from .conftest import World, new_id


def _create(world: World, who: str | None, **fields: object) -> dict[str, object]:
    args = {
        "customer_id": new_id(),
        "first_name": "Ewa",
        "last_name": "Zielińska",
        "country": "PL",
        **fields,
    }
    return world.do(who, "customer.create", args)


def test_create_at_a_till_homes_the_customer_in_the_store(world: World) -> None:
    result = _create(
        world,
        "cashier",
        email=" Ewa@Example.com ",
        phone="+48 601 234 567",
        tax_id="123-456-32-18",
        postal_code="00-950",
        consents={"marketing_email": True},
    )
    customer = world.session.get(m.Customer, uuid.UUID(str(result["customer_id"])))
    assert result["customer_number"] == customer.number and customer.number.startswith("C-")
    assert customer.home_store_id == world.stores["WAW"].id and customer.territory_id is None
    assert (customer.email, customer.phone, customer.tax_id) == (
        "ewa@example.com",
        "+48601234567",
        "1234563218",
    )
    assert customer.segment == "retail"
    assert customer.consents["marketing_email"]["granted"] is True
    assert customer.consents["marketing_email"]["channel"] == "store"
    events = world.session.query(m.Interaction).filter_by(customer_id=customer.id).all()
    assert [(e.kind, e.channel) for e in events] == [("customer_created", "store")]


def test_a_field_rep_customer_belongs_to_the_territory(world: World) -> None:
    result = _create(world, "rep")
    customer = world.session.get(m.Customer, uuid.UUID(str(result["customer_id"])))
    assert customer.territory_id == world.staff["rep"].territory_id
    assert customer.home_store_id is None


def test_web_customer_has_no_home_store(world: World) -> None:
    result = _create(world, None, email="web@example.com")
    customer = world.session.get(m.Customer, uuid.UUID(str(result["customer_id"])))
    assert customer.home_store_id is None
    assert world.timeline_of(customer.id)[0].channel == "web"


@pytest.mark.parametrize(
    ("fields", "code"),
    [
        ({"email": "not-an-email"}, "invalid_email"),
        ({"phone": "12ab"}, "invalid_phone"),
        ({"tax_id": "1234563217"}, "invalid_tax_id"),
        ({"country": "IT", "tax_id": "RSSMRA80A01H501X"}, "invalid_tax_id"),
        ({"country": "IT", "tax_id": "12345678904"}, "invalid_tax_id"),
        ({"postal_code": "00950"}, "invalid_postal_code"),
        ({"email": "anna@example.com"}, "duplicate_customer"),
        ({"segment": "vip"}, "segment_needs_manager"),
    ],
)
def test_bad_customer_data_is_refused(world: World, fields: dict[str, object], code: str) -> None:
    with pytest.raises(RuleViolation) as refused:
        _create(world, "cashier", **fields)
    assert refused.value.code == code
    assert world.count(m.Customer) == 3


def test_italian_tax_ids_are_accepted(world: World) -> None:
    _create(world, "cashier.mil", country="IT", tax_id="rssmra80a01h501u")
    _create(world, "cashier.mil", country="IT", tax_id="IT12345678903")
    assert world.count(m.Customer) == 5


def test_duplicate_loyalty_card_is_refused(world: World) -> None:
    _create(world, "cashier", loyalty_card="LC-1")
    with pytest.raises(RuleViolation) as refused:
        _create(world, "cashier", loyalty_card="LC-1")
    assert refused.value.code == "duplicate_customer"


def test_manager_sets_a_known_segment_only(world: World) -> None:
    _create(world, "manager", segment="vip")
    with pytest.raises(RuleViolation) as refused:
        _create(world, "manager", segment="platinum")
    assert refused.value.code == "unknown_segment"


def test_update_changes_only_the_given_fields(world: World) -> None:
    anna = world.customers["anna"]
    world.do(
        "cashier",
        "customer.update",
        {"customer_id": str(anna), "phone": "601-234-567", "city": "Warszawa"},
    )
    customer = world.session.get(m.Customer, anna)
    assert (customer.phone, customer.city, customer.email, customer.first_name) == (
        "601234567",
        "Warszawa",
        "anna@example.com",
        "Anna",
    )
    world.do(None, "customer.update", {"customer_id": str(anna), "city": None})
    assert customer.city is None and customer.phone == "601234567"
    with pytest.raises(RuleViolation) as refused:
        world.do(
            "cashier", "customer.update", {"customer_id": str(anna), "email": "VIP@example.com"}
        )
    assert refused.value.code == "duplicate_customer"
    with pytest.raises(RuleViolation) as refused:
        world.do("cashier", "customer.update", {"customer_id": str(anna), "segment": "vip"})
    assert refused.value.code == "segment_needs_manager"
