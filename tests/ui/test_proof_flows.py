"""Every flow of the desktop still goes through with proof of who made each change, online
and offline, against the real API on SQLite and on PostgreSQL: a sale, a pickup
hand-over, a late return approved by a manager on the spot, a sync centre retry. The
server records each change as made by the person who signed it."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from desktop.sync_centre import actions as sync_centre
from sync import model as m
from sync.client import outbox
from sync.client.staff import StaffSignIn
from sync.client.transport import Http
from sync.server.tables import AppliedMutation
from tests.client.helpers import running_api, sale_args
from tests.server.conftest import Api
from tests.server.world import PIN
from tests.ui.conftest import Desk, enrol_desk, web_command
from tests.ui.test_returns import collected_web_order


@pytest.fixture
def any_server(db_url: str) -> Iterator[Api]:
    with running_api(db_url) as api:
        yield api


@pytest.fixture
def desk(any_server: Api, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Desk]:
    monkeypatch.setenv("OMNIDESK_DATA_DIR", str(tmp_path))
    made = enrol_desk(any_server, tmp_path)
    yield made
    made.engine.close()
    made.profile.close()


def _recorded(api: Api, mutation_id: uuid.UUID) -> AppliedMutation:
    with api.db.read() as session:
        row = session.get(AppliedMutation, mutation_id)
    assert row is not None
    return row


def _unreachable(desk: Desk) -> StaffSignIn:
    return StaffSignIn(
        "default",
        desk.credentials,
        desk.profile.replica,
        lambda: Http("http://127.0.0.1:9", desk.profile.token, timeout=2),
    )


def test_a_sale_online_and_one_made_offline_are_accepted_as_their_makers(desk: Desk) -> None:
    api, cashier = desk.api, desk.api.world.staff["cashier.waw"]
    online = desk.workspace.apply("sale.complete", sale_args(api))
    desk.workspace.staff = _unreachable(desk).sign_in("cashier.waw", PIN)  # offline now
    assert desk.workspace.staff.offline
    offline = desk.workspace.apply(
        "sale.complete", sale_args(api, quantity=1, expected_total="19.99", paid="20.00")
    )
    desk.sync()
    for done in (online, offline):
        record = _recorded(api, done.mutation_id)
        assert (record.status, record.actor_id) == ("accepted", cashier)
        assert record.session_id == desk.workspace.key.session_id


def test_a_pickup_order_is_prepared_and_handed_over(desk: Desk) -> None:
    api = desk.api
    order_id = str(uuid.uuid4())
    web_command(
        api,
        "order.place",
        {
            "order_id": order_id,
            "customer_id": str(api.world.customers["ala"]),
            "fulfilment": "pickup",
            "pickup_store_id": str(api.world.stores["PL-WAW-01"]),
            "payment_mode": "pay_now",
            "expected_total": "129.99",
            "payments": [
                {
                    "payment_id": str(uuid.uuid4()),
                    "method": "online",
                    "amount": "129.99",
                    "reference": "PSP-1",
                }
            ],
            "lines": [
                {
                    "line_id": str(uuid.uuid4()),
                    "quantity": 1,
                    "product_id": str(api.world.products["SKU-KETTLE"]),
                }
            ],
        },
    )
    desk.sync()
    ready = desk.workspace.apply("order.mark_ready", {"order_id": order_id})
    handed = desk.workspace.apply("order.hand_over", {"order_id": order_id})
    desk.sync()
    assert [_recorded(api, d.mutation_id).status for d in (ready, handed)] == [
        "accepted",
        "accepted",
    ]
    with api.db.read() as session:
        assert session.get(m.Order, uuid.UUID(order_id)).status == "picked_up"


def test_a_late_return_carries_the_managers_own_proof(desk: Desk) -> None:
    api = desk.api
    order_id, _ = collected_web_order(api, quantity=1, closed_days_ago=45)
    desk.sync()
    with api.db.read() as session:
        line_id = session.scalars(
            select(m.OrderLine.id).where(m.OrderLine.order_id == uuid.UUID(order_id))
        ).one()
    manager = desk.sign_in.sign_in("manager.waw", PIN, remember=False)  # on the spot
    args: dict[str, Any] = {
        "return_id": str(uuid.uuid4()),
        "order_id": order_id,
        "lines": [
            {
                "return_line_id": str(uuid.uuid4()),
                "order_line_id": str(line_id),
                "quantity": 1,
                "condition": "sellable",
            }
        ],
        "reason": "Broke after a month",
        "refund_method": "store_credit",
        "manager_override": True,
    }
    done = desk.workspace.apply("return.submit", args, approved_by=manager)
    desk.sync()
    record = _recorded(api, done.mutation_id)
    assert (record.status, record.actor_id) == ("accepted", manager.id)
    with api.db.read() as session:
        assert session.get(m.Return, uuid.UUID(args["return_id"])).override_by == manager.id


def test_a_refused_sale_retried_from_the_sync_centre_is_signed_by_who_retries(desk: Desk) -> None:
    api = desk.api
    with api.db.write() as session:
        session.get(m.Product, api.world.products["SKU-CABLE"]).active = False
    desk.workspace.apply("sale.complete", sale_args(api))
    desk.sync()
    with desk.workspace.read() as session:
        [refused] = outbox.rejected(session)
    with api.db.write() as session:
        session.get(m.Product, api.world.products["SKU-CABLE"]).active = True
    desk.sync()  # the cable is sold again
    desk.workspace.staff = desk.sign_in.sign_in("manager.waw", PIN)  # the manager retries
    retried = sync_centre.retry(desk.workspace, refused.seq, "checked with the customer")
    desk.sync()
    assert retried.new_mutation_id is not None
    record = _recorded(api, retried.new_mutation_id)
    assert (record.status, record.actor_id) == ("accepted", api.world.staff["manager.waw"])
