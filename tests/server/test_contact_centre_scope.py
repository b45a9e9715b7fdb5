"""A contact centre serves every customer of its country by phone, and nothing else:
their timelines, applications and files; no stock; no other country's customer."""

from __future__ import annotations

import uuid
from typing import Any

import pytest

from sync import model as m
from sync.server.tables import StaffCredential
from tests.server.conftest import Api, Device, headers
from tests.server.test_web_channel import command
from tests.server.world import _pin_hash


def _contact_centre(api: Api, code: str, country: str, login: str) -> None:
    """A contact centre of `country` with one advisor, `login`."""
    with api.db.write() as session:
        store = m.Store(
            id=uuid.uuid4(),
            code=code,
            name=f"Contact Center {country}",
            kind="contact_centre",
            country=country,
            currency="PLN" if country == "PL" else "EUR",
            city="Warszawa" if country == "PL" else "Milano",
            address="Main St 2",
            timezone="Europe/Warsaw" if country == "PL" else "Europe/Rome",
        )
        session.add(store)
        session.flush()
        agent = m.StaffUser(
            id=uuid.uuid4(),
            login=login,
            display_name=login.title(),
            role=m.Role.ADVISOR,
            store_id=store.id,
        )
        session.add(agent)
        session.flush()
        session.add(StaffCredential(staff_id=agent.id, secret_hash=_pin_hash()))
    api.world.stores[code] = store.id
    api.world.staff[login] = agent.id


def _application_with_a_file(api: Api, customer: str) -> dict[str, str]:
    """An application started on the web for `customer`, with a scan uploaded there."""
    application_id = str(uuid.uuid4())
    customer_id = str(api.world.customers[customer])
    response = command(
        api,
        "application.start",
        {"application_id": application_id, "customer_id": customer_id, "kind": "loan"},
    )
    assert response.status_code == 200, response.text
    scan = b"%PDF-1.4\n" + customer.encode() + b"\n%%EOF\n"
    uploaded = api.http.post(
        f"/v1/web/applications/{application_id}/files",
        params={"document": "id_card", "filename": "id.pdf"},
        content=scan,
        headers=headers(api.world.channel_key) | {"Idempotency-Key": str(uuid.uuid4())},
    )
    assert uploaded.status_code == 200, uploaded.text
    return {"application": application_id, "file": uploaded.json()["id"]}


@pytest.fixture
def phone(api: Api) -> dict[str, Any]:
    """A Warsaw contact centre, and applications of a Polish and an Italian customer."""
    _contact_centre(api, "PL-CC-01", "PL", "agent.waw")
    return {
        "pl": _application_with_a_file(api, "ola"),
        "it": _application_with_a_file(api, "marco"),
    }


def _entities(device: Device) -> dict[str, set[str]]:
    device.snapshot()
    result: dict[str, set[str]] = {}
    for entity, row_id in device.rows:
        result.setdefault(entity, set()).add(row_id)
    return result


def test_a_contact_centre_sees_its_countrys_customers_and_no_stock(
    api: Api, phone: dict[str, Any]
) -> None:
    seen = _entities(api.enrol("PL-CC-01", "phone"))
    polish = {str(api.world.customers[k]) for k in ("ala", "jan", "ola", "piotr", "ewa")}
    assert seen["customers"] == polish
    assert phone["pl"]["application"] in seen["applications"]
    assert phone["pl"]["file"] in seen["application_files"]
    assert phone["it"]["application"] not in seen["applications"]
    assert phone["it"]["file"] not in seen.get("application_files", set())
    assert "stock" not in seen
    assert "products" in seen  # the catalogue is everyone's
    device = api.enrol("PL-CC-01", "phone 2")
    device.snapshot()
    customers = {row["customer_id"] for row in device.table("interactions").values()}
    assert customers and customers <= polish


def test_changes_to_its_countrys_customers_reach_it_and_no_others(
    api: Api, phone: dict[str, Any]
) -> None:
    device = api.enrol("PL-CC-01", "phone")
    device.snapshot()
    for customer in ("ola", "marco"):
        response = command(
            api,
            "interaction.add",
            {
                "interaction_id": str(uuid.uuid4()),
                "customer_id": str(api.world.customers[customer]),
                "kind": "note",
                "text": f"a note about {customer}",
            },
        )
        assert response.status_code == 200, response.text
    notes = [c["data"]["text"] for c in device.pull() if c["entity"] == "interactions"]
    assert notes == ["a note about ola"]


def _update(api: Api, device: Device, application_id: str) -> dict[str, Any]:
    mutation = device.mutation(
        "application.update_fields",
        api.world.staff["agent.waw"],
        {"application_id": application_id, "fields": {"amount": "5000"}},
    )
    return device.push(mutation)[0]


def test_it_changes_its_countrys_applications_only(api: Api, phone: dict[str, Any]) -> None:
    device = api.enrol("PL-CC-01", "phone")
    accepted = _update(api, device, phone["pl"]["application"])
    assert accepted["status"] == "accepted", accepted
    refused = _update(api, device, phone["it"]["application"])
    assert (refused["status"], refused["code"]) == ("rejected", "out_of_scope"), refused


def test_what_it_records_is_in_the_phone_channel(api: Api, phone: dict[str, Any]) -> None:
    device = api.enrol("PL-CC-01", "phone")
    note_id = str(uuid.uuid4())
    mutation = device.mutation(
        "interaction.add",
        api.world.staff["agent.waw"],
        {
            "interaction_id": note_id,
            "customer_id": str(api.world.customers["ewa"]),
            "kind": "call",
            "text": "Reached: wants to finish the application",
        },
    )
    assert device.push(mutation)[0]["status"] == "accepted"
    branch = api.enrol("PL-WAW-B1", "branch")
    branch.snapshot()
    note = branch.table("interactions")[note_id]
    assert (note["channel"], note["store_id"]) == ("phone", str(api.world.stores["PL-CC-01"]))


def test_store_devices_keep_their_scope(api: Api, phone: dict[str, Any]) -> None:
    """A till's scope holds no country: it still sees only its own store's customers."""
    till = _entities(api.enrol("PL-WAW-01"))
    assert till["customers"] == {str(api.world.customers["ala"])}
    assert phone["pl"]["application"] not in till.get("applications", set())
