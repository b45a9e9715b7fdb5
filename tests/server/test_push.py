"""Push: each mutation applied exactly once, refusals explained and never blocking."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

from sqlalchemy import func, select

from sync import model as m
from sync.server.enrolment import revoke_device
from tests.server.conftest import Api, Device


def _note(
    till: Device,
    api: Api,
    text: str,
    customer: str = "ala",
    actor: str = "cashier.waw",
    at: datetime | None = None,
) -> dict:
    return till.mutation(
        "interaction.add",
        api.world.staff[actor],
        {
            "interaction_id": str(uuid.uuid4()),
            "customer_id": str(api.world.customers[customer]),
            "kind": "note",
            "text": text,
        },
        at=at,
    )


def _notes(api: Api, text: str) -> int:
    with api.db.read() as session:
        return session.scalar(
            select(func.count()).select_from(m.Interaction).where(m.Interaction.text == text)
        )


def test_replaying_a_batch_changes_nothing_and_gets_the_same_answers(api: Api) -> None:
    till = api.enrol("PL-WAW-01")
    batch = [
        _note(till, api, "replayed"),
        _note(till, api, "x", customer="marco"),
        _note(till, api, "replayed"),
    ]
    first = till.push(*batch)
    assert [r["status"] for r in first] == ["accepted", "rejected", "accepted"]
    again = till.push(*batch)
    assert again == first
    partly = till.push(batch[1], batch[2])
    assert partly == first[1:]
    assert _notes(api, "replayed") == 2


def test_a_note_sent_again_under_a_new_mutation_is_one_note(api: Api) -> None:
    """The server takes the notes of a batch as new without looking them up; one that
    is already there (sent again after the device lost its outbox record) must still
    be one note, and the batch's other notes must go in."""
    till = api.enrol("PL-WAW-01")
    first = _note(till, api, "written once")
    assert till.push(first) == [
        {"id": first["id"], "status": "accepted", "code": None, "message": None, "result": None}
    ]
    before = _note(till, api, "before")
    again = till.mutation("interaction.add", api.world.staff["cashier.waw"], first["args"])
    results = till.push(before, again, _note(till, api, "after"))
    assert [r["status"] for r in results] == ["accepted"] * 3
    assert (_notes(api, "written once"), _notes(api, "before"), _notes(api, "after")) == (1, 1, 1)


def test_a_refusal_does_not_block_what_follows(api: Api) -> None:
    till = api.enrol("PL-WAW-01")
    bad = till.mutation(
        "interaction.add",
        api.world.staff["cashier.waw"],
        {"customer_id": str(api.world.customers["ala"]), "kind": "note", "text": ""},
    )
    unknown = till.mutation("no.such.command", api.world.staff["cashier.waw"], {})
    good = _note(till, api, "after the refusals")
    results = till.push(bad, unknown, good)
    assert results[0]["status"] == "rejected"
    assert results[0]["code"] == "invalid_arguments"
    assert "interaction_id" in results[0]["message"]
    assert results[1]["code"] == "unknown_command"
    assert results[2]["status"] == "accepted"
    assert _notes(api, "after the refusals") == 1


def test_a_change_pushed_reaches_other_devices_of_the_store(api: Api) -> None:
    till = api.enrol("PL-WAW-01")
    other_till = api.enrol("PL-WAW-01", name="till 2")
    other_till.snapshot()
    till.push(_note(till, api, "seen everywhere"))
    texts = [row["text"] for row in other_till.table("interactions").values()]
    assert "seen everywhere" not in texts
    other_till.pull()
    texts = [row["text"] for row in other_till.table("interactions").values()]
    assert "seen everywhere" in texts


def test_staff_of_another_store_cannot_act_through_this_device(api: Api) -> None:
    till = api.enrol("PL-WAW-01")
    results = till.push(_note(till, api, "sneaky", actor="cashier.mil"))
    assert results[0]["code"] == "proof_missing"
    assert _notes(api, "sneaky") == 0


def test_a_disabled_staff_member_is_refused(api: Api) -> None:
    till = api.enrol("PL-WAW-01")
    assert till.sign_in("cashier.waw").status_code == 200  # before the account is closed
    with api.db.write() as session:
        session.get(m.StaffUser, api.world.staff["cashier.waw"]).active = False
    results = till.push(_note(till, api, "after leaving"))
    assert results[0]["code"] == "inactive_actor"


def test_a_device_clock_off_by_a_day_is_corrected(api: Api) -> None:
    till = api.enrol("PL-WAW-01")
    skew = timedelta(days=1)
    now = datetime.now(UTC)
    results = till.push(_note(till, api, "skewed clock", at=now + skew), sent_at=now + skew)
    assert results[0]["status"] == "accepted"
    with api.db.read() as session:
        note = session.scalars(
            select(m.Interaction).where(m.Interaction.text == "skewed clock")
        ).one()
    assert abs(note.occurred_at - now) < timedelta(minutes=1)


def test_mutations_out_of_order_are_refused(api: Api) -> None:
    till = api.enrol("PL-WAW-01")
    later = _note(till, api, "later")
    earlier = dict(_note(till, api, "earlier"), seq=1)
    later["seq"] = 5
    till.push(later)
    results = till.push(earlier)
    assert results[0]["code"] == "out_of_order"


def test_one_device_cannot_reuse_another_devices_mutation_id(api: Api) -> None:
    till = api.enrol("PL-WAW-01")
    thief = api.enrol("PL-WAW-01", name="other")
    mutation = _note(till, api, "mine")
    till.push(mutation)
    results = thief.push(mutation)
    assert results[0]["code"] == "duplicate_id"
    assert _notes(api, "mine") == 1


def test_a_refused_mutation_in_a_batch_leaves_no_trace_in_the_feed(api: Api) -> None:
    till = api.enrol("PL-WAW-01")
    observer = api.enrol("PL-WAW-01", name="observer")
    observer.snapshot()
    before = _note(till, api, "before")
    short_sale = till.mutation(
        "sale.complete",
        api.world.staff["cashier.waw"],
        {
            "order_id": str(uuid.uuid4()),
            "lines": [
                {
                    "line_id": str(uuid.uuid4()),
                    "product_id": str(api.world.products["SKU-TV"]),
                    "quantity": 1,
                }
            ],
            "payments": [{"payment_id": str(uuid.uuid4()), "method": "cash", "amount": "10.00"}],
            "expected_total": "2999.00",
        },
    )
    results = till.push(before, short_sale, _note(till, api, "after"))
    assert [r["status"] for r in results] == ["accepted", "rejected", "accepted"]
    assert results[1]["code"] == "payment_short"
    changes = observer.pull()
    assert {c["entity"] for c in changes} == {"interactions"}
    assert len(changes) == 2
    with api.db.read() as session:
        assert session.scalar(select(func.count()).select_from(m.Order)) == 0
        stock = session.scalars(
            select(m.Stock.on_hand).where(
                m.Stock.product_id == api.world.products["SKU-TV"],
                m.Stock.store_id == api.world.stores["PL-WAW-01"],
            )
        ).one()
    assert stock == 10


def test_the_answer_gives_the_head_that_covers_the_batch(api: Api) -> None:
    """A device pulls up to the head a push answers with and finds its own changes there;
    a replay, which changes nothing, answers with the head as it stands."""
    till = api.enrol("PL-WAW-01")
    till.snapshot()
    start = till.cursor
    batch = [_note(till, api, "first of two"), _note(till, api, "second of two")]
    answer = till.post(
        "/v1/sync/push", {"sent_at": datetime.now(UTC).isoformat(), "mutations": batch}
    )
    assert answer.status_code == 200
    head = answer.json()["head"]
    assert head > start
    changes = till.pull()
    texts = {c["data"]["text"] for c in changes if c["entity"] == "interactions"}
    assert texts == {"first of two", "second of two"}
    assert max(c["seq"] for c in changes) == head == till.cursor
    replay = till.post(
        "/v1/sync/push", {"sent_at": datetime.now(UTC).isoformat(), "mutations": batch}
    )
    assert replay.json() == answer.json()


def test_a_revoked_device_cannot_push(api: Api) -> None:
    till = api.enrol("PL-WAW-01")
    assert till.push(_note(till, api, "before"))[0]["status"] == "accepted"
    with api.db.write() as session:
        revoke_device(session, uuid.UUID(till.device_id), datetime.now(UTC))
    refused = till.post(
        "/v1/sync/push",
        {"sent_at": datetime.now(UTC).isoformat(), "mutations": [_note(till, api, "after")]},
    )
    assert refused.status_code == 401
    assert refused.json()["error"]["code"] == "token_revoked"
    assert _notes(api, "after") == 0
