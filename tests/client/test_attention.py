"""Refused changes: retried once the cause is gone, corrected, or discarded, all logged."""

from __future__ import annotations

import uuid
from typing import Any

import pytest
from sqlalchemy import func, select

from sync import model as m
from sync.client import attention, outbox
from sync.client.device import workplace
from sync.client.tables import (
    ACCEPTED,
    DISCARDED,
    PENDING,
    REJECTED,
    RESOLVED,
    AttentionEntry,
)
from sync.rules.errors import RuleViolation
from tests.client.conftest import TillFactory
from tests.client.helpers import Till, assert_same_as_server, new_id, sale_args, web
from tests.server.conftest import Api


def _set_cable_active(api: Api, active: bool) -> None:
    with api.db.write() as session:
        session.get(m.Product, api.world.products["SKU-CABLE"]).active = active


def _refused_cable_sale(api: Api, till: Till) -> tuple[int, dict[str, Any]]:
    """A cable sale made while the server had stopped selling cables: refused, then pulled."""
    till.pull()
    _set_cable_active(api, False)
    sale = sale_args(api)
    seq = till.do("sale.complete", sale).seq
    summary = till.push()
    assert (summary.accepted, summary.rejected) == (0, 1)
    till.pull()  # the till now knows the cable is not sold any more
    return seq, sale


def _server_orders(api: Api, order_id: str) -> int:
    with api.db.read() as session:
        return session.scalar(
            select(func.count()).select_from(m.Order).where(m.Order.id == uuid.UUID(order_id))
        )


def _decisions(till: Till) -> list[AttentionEntry]:
    with till.replica.read() as session:
        return attention.history(session)


def _place(till: Till) -> tuple[uuid.UUID | None, str]:
    with till.replica.read() as session:
        place = workplace(session)
    return place.store_id, place.channel


def _retry(till: Till, seq: int, **kwargs: Any) -> attention.Resolution:
    return attention.retry(till.replica, seq, till.key, *_place(till), **kwargs)


def _fix(till: Till, seq: int, args: dict[str, Any], **kwargs: Any) -> attention.Resolution:
    return attention.fix(till.replica, seq, args, till.key, *_place(till), **kwargs)


def test_a_retry_succeeds_once_the_cause_is_gone_and_reaches_the_server_once(
    server: Api, make_till: TillFactory
) -> None:
    api = server
    till = make_till(api)
    seq, sale = _refused_cable_sale(api, till)
    [refused] = till.needs_attention()
    assert (refused.seq, refused.code) == (seq, "product_unavailable")

    # Still not sold: the retry is refused here and changes nothing.
    before = [(r.seq, r.state) for r in till.outbox()]
    with pytest.raises(RuleViolation) as again:
        _retry(till, seq)
    assert again.value.code == "product_unavailable"
    assert [(r.seq, r.state) for r in till.outbox()] == before
    assert _decisions(till) == []

    _set_cable_active(api, True)  # the cause is gone
    till.pull()
    done = _retry(till, seq, note="cable back on sale")
    assert done.new_seq == seq + 1
    assert till.needs_attention() == []
    with till.replica.read() as session:
        assert outbox.counts(session) == outbox.Counts(pending=1, rejected=0, failed_locally=0)
        assert session.get(m.Order, uuid.UUID(sale["order_id"])) is not None
    states = [(r.seq, r.state) for r in till.outbox()]
    assert states == [(seq, RESOLVED), (done.new_seq, PENDING)]

    summary = till.push()
    assert (summary.sent, summary.accepted, summary.rejected) == (1, 1, 0)
    assert till.push().sent == 0  # the refused original is never sent again
    assert _server_orders(api, sale["order_id"]) == 1
    assert [r.state for r in till.outbox()] == [RESOLVED, ACCEPTED]
    till.pull()
    assert_same_as_server(till)

    [entry] = _decisions(till)
    assert (entry.action, entry.seq, entry.new_seq) == ("retried", seq, done.new_seq)
    assert entry.staff_id == till.staff and entry.staff_name
    assert entry.code == "product_unavailable" and entry.message == refused.message
    assert entry.note == "cable back on sale" and entry.args == sale


def _web_return(api: Api, sale: dict[str, Any], quantity: int) -> None:
    web(
        api,
        "return.submit",
        {
            "return_id": new_id(),
            "order_id": sale["order_id"],
            "lines": [
                {
                    "return_line_id": new_id(),
                    "order_line_id": sale["lines"][0]["line_id"],
                    "quantity": quantity,
                    "condition": "sellable",
                }
            ],
            "reason": "sent back by post",
        },
    )


def _till_return(sale: dict[str, Any], quantity: int) -> dict[str, Any]:
    return {
        "return_id": new_id(),
        "order_id": sale["order_id"],
        "lines": [
            {
                "return_line_id": new_id(),
                "order_line_id": sale["lines"][0]["line_id"],
                "quantity": quantity,
                "condition": "sellable",
            }
        ],
        "reason": "does not fit",
        "refund_method": "cash",
    }


def _with_quantity(args: dict[str, Any], quantity: int) -> dict[str, Any]:
    return {**args, "lines": [{**args["lines"][0], "quantity": quantity}]}


def test_a_fix_with_a_smaller_quantity_goes_through(server: Api, make_till: TillFactory) -> None:
    api = server
    till = make_till(api)
    till.pull()
    sale = sale_args(api)  # 3 cables
    till.do("sale.complete", sale)
    till.sync()
    _web_return(api, sale, 2)  # meanwhile 2 come back by post; the till does not know yet
    returned = _till_return(sale, 2)
    seq = till.do("return.submit", returned).seq
    assert till.push().rejected == 1
    till.pull()
    [refused] = till.needs_attention()
    assert refused.code == "over_return" and "1" in (refused.message or "")

    with pytest.raises(RuleViolation) as still:
        _fix(till, seq, returned)
    assert still.value.code == "over_return"
    assert [r.state for r in till.outbox() if r.seq == seq] == [REJECTED]

    smaller = _with_quantity(returned, 1)
    done = _fix(till, seq, smaller, note="only one was left")
    assert till.needs_attention() == []
    summary = till.push()
    assert (summary.sent, summary.accepted) == (1, 1)
    with api.db.read() as session:
        line = session.get(m.OrderLine, uuid.UUID(sale["lines"][0]["line_id"]))
        assert line.returned_quantity == 3
        assert session.get(m.Return, uuid.UUID(returned["return_id"])) is not None
    till.pull()
    assert_same_as_server(till)
    [entry] = _decisions(till)
    assert (entry.action, entry.seq, entry.new_seq) == ("fixed", seq, done.new_seq)
    assert entry.args["lines"][0]["quantity"] == 2
    assert entry.new_args is not None and entry.new_args["lines"][0]["quantity"] == 1


def test_a_discarded_change_is_logged_and_never_sent(server: Api, make_till: TillFactory) -> None:
    api = server
    till = make_till(api)
    seq, sale = _refused_cable_sale(api, till)
    _set_cable_active(api, True)  # even if it would go through now
    till.pull()
    attention.discard(till.replica, seq, till.staff, "customer left without it")
    assert till.needs_attention() == []
    with till.replica.read() as session:
        assert outbox.counts(session) == outbox.Counts(0, 0, 0)
        assert outbox.pending(session) == []
        assert session.get(m.Order, uuid.UUID(sale["order_id"])) is None
    assert [r.state for r in till.outbox()] == [DISCARDED]
    assert till.push().sent == 0
    assert _server_orders(api, sale["order_id"]) == 0
    till.pull()
    assert_same_as_server(till)
    [entry] = _decisions(till)
    assert (entry.action, entry.seq, entry.new_seq) == ("discarded", seq, None)
    assert entry.note == "customer left without it" and entry.code == "product_unavailable"
    # Dealt with once: it cannot be retried, fixed or discarded again.
    for again in (
        lambda: _retry(till, seq),
        lambda: attention.discard(till.replica, seq, till.staff, "twice"),
    ):
        with pytest.raises(RuleViolation) as refused:
            again()
        assert refused.value.code == "already_resolved"
    assert len(_decisions(till)) == 1


def test_only_refused_changes_can_be_dealt_with(server: Api, make_till: TillFactory) -> None:
    till = make_till(server)
    till.pull()
    seq = till.do("sale.complete", sale_args(server)).seq  # pending, not refused
    with pytest.raises(RuleViolation) as pending:
        attention.discard(till.replica, seq, till.staff, "no")
    assert pending.value.code == "already_resolved"
    with pytest.raises(RuleViolation) as missing:
        _retry(till, 999)
    assert missing.value.code == "not_found"
    assert [r.state for r in till.outbox()] == [PENDING]


def test_the_log_survives_reopening_the_replica(server: Api, make_till: TillFactory) -> None:
    api = server
    till = make_till(api)
    seq, _ = _refused_cable_sale(api, till)
    attention.discard(till.replica, seq, till.staff, "duplicate of an earlier sale")
    till.reopen()
    [entry] = _decisions(till)
    assert (entry.action, entry.seq, entry.note) == (
        "discarded",
        seq,
        "duplicate of an earlier sale",
    )
    assert entry.message and entry.at.tzinfo is not None
    assert [r.state for r in till.outbox()] == [DISCARDED]
    assert till.needs_attention() == []
