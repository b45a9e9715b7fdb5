"""Push: refusals are unwound and listed; lost answers never double anything."""

from __future__ import annotations

import uuid
from decimal import Decimal

import httpx
import pytest
from sqlalchemy import func, select, update

from sync import model as m
from sync.client import outbox, staff_key
from sync.client.tables import ACCEPTED, PENDING, REJECTED, OutboxRow
from sync.client.transport import Http, RetryPolicy, ServerUnreachable
from sync.server.tables import AppliedMutation
from tests.client.conftest import TillFactory
from tests.client.helpers import (
    FAST_RETRY,
    Till,
    assert_same_as_server,
    note_args,
    sale_args,
)
from tests.server.conftest import Api


def _cable_stock(session, api: Api) -> int:
    return session.scalar(
        select(m.Stock.on_hand).where(
            m.Stock.store_id == api.world.stores["PL-WAW-01"],
            m.Stock.product_id == api.world.products["SKU-CABLE"],
        )
    )


def test_a_rejected_mutation_is_unwound_and_listed_the_rest_go_through(
    server: Api, make_till: TillFactory
) -> None:
    api = server
    till = make_till(api)
    till.pull()
    # Meanwhile, on the server, the cable stops being sold; the till does not know yet.
    with api.db.write() as session:
        session.get(m.Product, api.world.products["SKU-CABLE"]).active = False
    till.do("interaction.add", note_args(api, "before"))
    cable = sale_args(api)
    till.do("sale.complete", cable)
    stranger = str(uuid.uuid4())  # a customer of another store: not this device's to make
    till.do(
        "customer.create",
        {
            "customer_id": stranger,
            "first_name": "Anna",
            "last_name": "Obca",
            "country": "PL",
            "home_store_id": str(api.world.stores["PL-KRK-01"]),
        },
    )
    till.do("interaction.add", {**note_args(api, "about the stranger"), "customer_id": stranger})
    kettle = sale_args(
        api, product="SKU-KETTLE", quantity=1, expected_total="129.99", paid="129.99"
    )
    till.do("sale.complete", kettle)
    till.do("interaction.add", note_args(api, "after"))
    with till.replica.read() as session:
        assert _cable_stock(session, api) == 7
        assert session.get(m.Customer, uuid.UUID(stranger)) is not None

    summary = till.push(batch_size=2)
    assert (summary.sent, summary.accepted, summary.rejected) == (6, 3, 3)
    states = [(r.name, r.state) for r in till.outbox()]
    assert states == [
        ("interaction.add", ACCEPTED),
        ("sale.complete", REJECTED),
        ("customer.create", REJECTED),
        ("interaction.add", REJECTED),
        ("sale.complete", ACCEPTED),
        ("interaction.add", ACCEPTED),
    ]
    attention = till.needs_attention()
    assert [(r.name, r.code) for r in attention] == [
        ("sale.complete", "product_unavailable"),
        ("customer.create", "out_of_scope"),
        ("interaction.add", "not_found"),
    ]
    assert all(r.message for r in attention)
    assert attention[0].args == cable  # what staff did, to decide what to do about it
    with till.replica.read() as session:
        assert outbox.counts(session) == outbox.Counts(pending=0, rejected=3, failed_locally=0)
    # The refused sale and customer are gone from the replica; the others stay.
    with till.replica.read() as session:
        assert session.get(m.Order, uuid.UUID(cable["order_id"])) is None
        assert _cable_stock(session, api) == 10
        assert session.get(m.Customer, uuid.UUID(stranger)) is None
        assert session.get(m.Order, uuid.UUID(kettle["order_id"])) is not None
        note_id = till.outbox()[0].args["interaction_id"]
        assert session.get(m.Interaction, uuid.UUID(note_id)) is not None
    till.pull()
    assert_same_as_server(till)
    assert len(till.needs_attention()) == 3  # kept until staff deal with them


class LosingTransport(httpx.BaseTransport):
    """Delivers requests to the real server but loses the first `lose` push answers."""

    def __init__(self, lose: int) -> None:
        self.inner = httpx.HTTPTransport()
        self.lose = lose
        self.pushes = 0

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self.inner.handle_request(request)
        if request.url.path.endswith("/sync/push"):
            self.pushes += 1
            if self.lose > 0:
                self.lose -= 1
                response.read()
                response.close()
                raise httpx.ReadError("connection reset after the server answered", request=request)
        return response


def _losing(till: Till, lose: int, attempts: int) -> LosingTransport:
    transport = LosingTransport(lose)
    till.http.close()
    till.http = Http(
        till.api.url,
        till.token,
        transport=transport,
        retry=RetryPolicy(attempts=attempts, base_delay=0.01, max_delay=0.02),
    )
    return transport


def _orders_and_money(api: Api, order_id: str) -> tuple[int, int, object]:
    with api.db.read() as session:
        orders = session.scalar(
            select(func.count()).select_from(m.Order).where(m.Order.id == uuid.UUID(order_id))
        )
        payments = session.execute(
            select(func.count(), func.sum(m.Payment.amount)).where(
                m.Payment.order_id == uuid.UUID(order_id)
            )
        ).one()
    return orders, payments[0], payments[1]


def test_a_lost_answer_is_retried_without_doubling(server: Api, make_till: TillFactory) -> None:
    api = server
    till = make_till(api)
    till.pull()
    sale = sale_args(api)
    till.do("sale.complete", sale)
    transport = _losing(till, lose=1, attempts=3)
    summary = till.push()
    assert transport.pushes == 2 and summary.accepted == 1
    assert _orders_and_money(api, sale["order_id"])[:2] == (1, 1)
    till.pull()
    assert_same_as_server(till)


def test_a_push_whose_answers_never_come_back_is_sent_again_later(
    server: Api, make_till: TillFactory
) -> None:
    api = server
    till = make_till(api)
    till.pull()
    sale = sale_args(api)
    till.do("sale.complete", sale)
    till.do("interaction.add", note_args(api, "paid cash"))
    _losing(till, lose=2, attempts=2)
    with pytest.raises(ServerUnreachable):
        till.push()
    assert [r.state for r in till.outbox()] == [PENDING, PENDING]
    # The server did apply the batch. A pull now brings its rows; the still-pending
    # sale cannot run twice locally either (same order id), so nothing doubles.
    till.http.close()
    till.http = Http(api.url, till.token, retry=FAST_RETRY)
    till.pull()
    with till.replica.read() as session:
        assert session.scalar(select(func.count()).select_from(m.Order)) == 1
        assert _cable_stock(session, api) == 7
    assert till.outbox()[0].local_code == "duplicate_id"  # shown, but not run twice
    till.reopen()  # even across a restart of the app
    summary = till.push()
    assert (summary.accepted, summary.rejected) == (2, 0)
    orders, payments, paid = _orders_and_money(api, sale["order_id"])
    assert (orders, payments, paid) == (1, 1, Decimal("39.98"))
    with api.db.read() as session:
        assert _cable_stock(session, api) == 7
        assert (
            session.scalar(
                select(func.count())
                .select_from(m.Interaction)
                .where(m.Interaction.text == "paid cash")
            )
            == 1
        )
    till.pull()
    assert_same_as_server(till)


def test_pushing_the_same_batch_twice_changes_nothing(server: Api, make_till: TillFactory) -> None:
    api = server
    till = make_till(api)
    till.pull()
    sale = sale_args(api)
    till.do("sale.complete", sale)
    till.do("interaction.add", note_args(api, "twice?"))
    first = till.push()
    answers = [(r.id, r.state, r.result) for r in till.outbox()]
    # As if the answers had been lost: the same mutations go out again.
    with till.replica.write() as session:
        session.execute(update(OutboxRow).values(state=PENDING, result=None, ack_head=None))
    again = till.push()
    assert (first.accepted, again.accepted) == (2, 2)
    assert [(r.id, r.state, r.result) for r in till.outbox()] == answers
    assert _orders_and_money(api, sale["order_id"]) == (1, 1, Decimal("39.98"))
    till.pull()
    assert_same_as_server(till)


def test_changes_left_unsigned_by_an_older_version_are_signed_at_their_makers_sign_in(
    server: Api, make_till: TillFactory
) -> None:
    """Changes queued before an upgrade carry no proof: refused if sent so, they are
    signed when the person who made them signs in online on the device again."""
    api = server
    till = make_till(api)
    till.pull()
    done = till.do("interaction.add", note_args(api, "queued before the upgrade"))
    with till.replica.write() as session:
        row = session.get(OutboxRow, done.seq)
        assert row is not None
        row.session_id, row.proof = None, None  # as an older version wrote it
    assert staff_key.adopt_unsigned(till.replica, till.sign_in("cashier.waw")) == 1
    assert till.push().accepted == 1
    with api.db.read() as session:
        assert session.get(AppliedMutation, done.mutation_id).status == "accepted"
