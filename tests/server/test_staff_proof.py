"""Proof of the person: a device acts only for people who signed in on it.

Every mutation carries its actor's staff session on the device and an HMAC by that
session's secret. The server refuses, with its own code and no effect, a mutation
without proof, with a forged or altered one, or under a session that ended or expired.
"""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select, update

from sync import model as m
from sync import proof
from sync.model.types import utcnow
from sync.server import staff_sessions
from sync.server.enrolment import revoke_device
from sync.server.tables import AppliedMutation, StaffSession
from tests.server.conftest import Api, Device


def _note_args(api: Api, text: str) -> dict[str, Any]:
    return {
        "interaction_id": str(uuid.uuid4()),
        "customer_id": str(api.world.customers["ala"]),
        "kind": "note",
        "text": text,
    }


def _notes(api: Api, text: str) -> int:
    with api.db.read() as session:
        return session.scalar(
            select(func.count()).select_from(m.Interaction).where(m.Interaction.text == text)
        )


def _codes(results: list[dict[str, Any]]) -> list[str]:
    return [r["code"] or r["status"] for r in results]


def test_a_device_cannot_act_for_a_manager_who_never_signed_in_on_it(api: Api) -> None:
    """The staff ids come with every snapshot, but knowing one is not enough."""
    till = api.enrol("PL-WAW-01")
    manager = api.world.staff["manager.waw"]
    till.sessions[manager] = None  # nobody signs the manager in on this till
    unsigned = till.mutation("interaction.add", manager, _note_args(api, "as the manager"))
    assert "proof" not in unsigned
    assert _codes(till.push(unsigned)) == ["proof_missing"]
    assert _notes(api, "as the manager") == 0


def test_a_forged_proof_is_refused_and_changes_nothing(api: Api) -> None:
    till = api.enrol("PL-WAW-01")
    cashier, manager = api.world.staff["cashier.waw"], api.world.staff["manager.waw"]
    assert till.sign_in("cashier.waw").status_code == 200
    forged = till.mutation("interaction.add", cashier, _note_args(api, "forged"))
    # The manager's id with the cashier's session and a proof made up by the device.
    forged["actor"] = str(manager)
    forged["proof"] = proof.sign(
        proof.new_secret(),
        uuid.UUID(forged["id"]),
        manager,
        forged["name"],
        datetime.fromisoformat(forged["at"]),
        forged["args"],
        uuid.UUID(forged["session"]),
    )
    assert _codes(till.push(forged)) == ["proof_invalid"]
    assert _notes(api, "forged") == 0


def test_a_change_altered_after_it_was_signed_is_refused(api: Api) -> None:
    till = api.enrol("PL-WAW-01")
    signed = till.mutation(
        "interaction.add", api.world.staff["cashier.waw"], _note_args(api, "as written")
    )
    signed["args"]["text"] = "as altered"
    later = till.mutation(
        "interaction.add", api.world.staff["cashier.waw"], _note_args(api, "the next one")
    )
    assert _codes(till.push(signed, later)) == ["proof_invalid", "accepted"]
    assert (_notes(api, "as written"), _notes(api, "as altered")) == (0, 0)


def test_a_session_from_another_device_proves_nothing_here(api: Api) -> None:
    till, other = api.enrol("PL-WAW-01"), api.enrol("PL-WAW-01", name="till 2")
    cashier = api.world.staff["cashier.waw"]
    assert other.sign_in("cashier.waw").status_code == 200
    till.sessions[cashier] = other.sessions[cashier]  # the secret copied from the other till
    assert _codes(
        till.push(till.mutation("interaction.add", cashier, _note_args(api, "borrowed")))
    ) == ["proof_invalid"]
    assert _notes(api, "borrowed") == 0


def test_the_manager_acts_on_the_till_only_after_signing_in_there(api: Api) -> None:
    till = api.enrol("PL-WAW-01")
    manager = api.world.staff["manager.waw"]
    till.sessions[manager] = None
    refused = till.mutation("interaction.add", manager, _note_args(api, "no PIN given"))
    assert _codes(till.push(refused)) == ["proof_missing"]
    assert till.sign_in("manager.waw").status_code == 200
    signed = till.mutation("interaction.add", manager, _note_args(api, "PIN given"))
    assert _codes(till.push(signed)) == ["accepted"]
    assert (_notes(api, "no PIN given"), _notes(api, "PIN given")) == (0, 1)
    with api.db.read() as session:  # the record says who, under which sign-in
        record = session.get(AppliedMutation, uuid.UUID(signed["id"]))
    assert record is not None and record.actor_id == manager
    assert record.session_id == uuid.UUID(signed["session"])


def test_an_online_sign_in_renews_the_same_session(api: Api) -> None:
    till = api.enrol("PL-WAW-01")
    first = till.sign_in("cashier.waw").json()["session"]
    second = till.sign_in("cashier.waw").json()["session"]
    assert first["id"] == second["id"] and first["secret"] == second["secret"]
    assert datetime.fromisoformat(second["expires_at"]) >= datetime.fromisoformat(
        first["expires_at"]
    )
    expires = datetime.fromisoformat(second["expires_at"])
    assert timedelta(days=29) < expires - datetime.now(UTC) <= timedelta(days=30)


def test_changes_made_after_the_session_expired_are_refused(api: Api) -> None:
    till = api.enrol("PL-WAW-01")
    cashier = api.world.staff["cashier.waw"]
    till.sign_in("cashier.waw")
    with api.db.write() as session:
        session.execute(
            update(StaffSession).values(expires_at=datetime.now(UTC) - timedelta(hours=1))
        )
    in_time = till.mutation(
        "interaction.add",
        cashier,
        _note_args(api, "in time"),
        at=datetime.now(UTC) - timedelta(hours=2),
    )
    too_late = till.mutation("interaction.add", cashier, _note_args(api, "too late"))
    assert _codes(till.push(in_time, too_late)) == ["accepted", "session_expired"]
    # Signing in online again starts a new session, and work goes on.
    del till.sessions[cashier]
    assert _codes(
        till.push(till.mutation("interaction.add", cashier, _note_args(api, "after")))
    ) == ["accepted"]


def test_a_pin_change_ends_the_persons_sessions_for_what_comes_after(api: Api) -> None:
    """Work made before the change (offline, not yet sent) stands; after it, the old
    session proves nothing."""
    till = api.enrol("PL-WAW-01")
    cashier = api.world.staff["cashier.waw"]
    before = till.mutation(
        "interaction.add",
        cashier,
        _note_args(api, "made before"),
        at=datetime.now(UTC) - timedelta(minutes=5),
    )
    with api.db.write() as session:
        assert (
            staff_sessions.end_for_staff(
                session, cashier, staff_sessions.ENDED_PIN_CHANGED, utcnow()
            )
            == 1
        )
    after = till.mutation("interaction.add", cashier, _note_args(api, "made after"))
    results = till.push(before, after)
    assert _codes(results) == ["accepted", "session_ended"]
    assert "PIN" in results[1]["message"]
    assert (_notes(api, "made before"), _notes(api, "made after")) == (1, 0)


def test_a_closed_account_ends_everything_not_yet_applied(api: Api) -> None:
    till = api.enrol("PL-WAW-01")
    cashier = api.world.staff["cashier.waw"]
    before = till.mutation(
        "interaction.add",
        cashier,
        _note_args(api, "before leaving"),
        at=datetime.now(UTC) - timedelta(minutes=5),
    )
    with api.db.write() as session:
        staff_sessions.end_for_staff(session, cashier, staff_sessions.ENDED_STAFF_LEFT, utcnow())
    assert _codes(till.push(before)) == ["session_ended"]
    assert _notes(api, "before leaving") == 0


def test_revoking_a_device_ends_every_session_on_it(api: Api) -> None:
    till, other = api.enrol("PL-WAW-01"), api.enrol("PL-WAW-01", name="till 2")
    till.sign_in("cashier.waw")
    other.sign_in("cashier.waw")
    with api.db.write() as session:
        revoke_device(session, uuid.UUID(till.device_id), utcnow())
    with api.db.read() as session:
        rows = session.execute(select(StaffSession.device_id, StaffSession.end_reason)).all()
        ended = {device_id: reason for device_id, reason in rows}
    assert ended == {uuid.UUID(till.device_id): "device_revoked", uuid.UUID(other.device_id): None}


def test_a_replayed_mutation_gets_its_first_answer_even_after_its_session_ended(api: Api) -> None:
    till = api.enrol("PL-WAW-01")
    cashier = api.world.staff["cashier.waw"]
    note = till.mutation("interaction.add", cashier, _note_args(api, "once"))
    first = till.push(note)
    with api.db.write() as session:
        staff_sessions.end_for_staff(session, cashier, staff_sessions.ENDED_PIN_CHANGED, utcnow())
    assert till.push(note) == first
    assert _notes(api, "once") == 1


def test_the_proof_covers_money_exactly(api: Api) -> None:
    """Arguments are signed as they travel: "10.50" and "10.5" are different changes."""
    till: Device = api.enrol("PL-WAW-01")
    cashier = api.world.staff["cashier.waw"]
    till.session_of(cashier)
    grant = till.sessions[cashier]
    assert grant is not None
    at, mid, sid = utcnow(), uuid.uuid4(), uuid.UUID(grant["id"])
    one = proof.sign(grant["secret"], mid, cashier, "x", at, {"amount": str(Decimal("10.50"))}, sid)
    two = proof.sign(grant["secret"], mid, cashier, "x", at, {"amount": "10.5"}, sid)
    assert one != two
    assert proof.verify(grant["secret"], one, mid, cashier, "x", at, {"amount": "10.50"}, sid)


def test_a_device_cannot_back_date_work_past_a_pin_change_for_ever(api: Api) -> None:
    """The device's clock says when a change was made. Work dated before a PIN change is
    taken while it could honestly still be on its way (a session's lifetime); later, a
    change dated before the end is refused however the device sets its clock."""
    till = api.enrol("PL-WAW-01")
    cashier = api.world.staff["cashier.waw"]
    till.sign_in("cashier.waw")
    long_ago = datetime.now(UTC) - timedelta(days=31)
    with api.db.write() as session:
        staff_sessions.end_for_staff(session, cashier, staff_sessions.ENDED_PIN_CHANGED, long_ago)
    claimed = long_ago - timedelta(hours=1)  # "made before the PIN changed"
    back_dated = till.mutation(
        "interaction.add", cashier, _note_args(api, "back-dated"), at=claimed
    )
    assert _codes(till.push(back_dated, sent_at=datetime.now(UTC))) == ["session_ended"]
    # Even with a clock that agrees with itself (sent "then" too).
    again = till.mutation("interaction.add", cashier, _note_args(api, "back-dated 2"), at=claimed)
    assert _codes(till.push(again, sent_at=claimed)) == ["session_ended"]
    assert _notes(api, "back-dated") + _notes(api, "back-dated 2") == 0


def test_work_made_before_expiry_is_taken_only_while_it_could_be_on_its_way(api: Api) -> None:
    till = api.enrol("PL-WAW-01")
    cashier = api.world.staff["cashier.waw"]
    till.sign_in("cashier.waw")
    expired = datetime.now(UTC) - timedelta(days=31)
    with api.db.write() as session:
        session.execute(update(StaffSession).values(expires_at=expired))
    made = till.mutation(
        "interaction.add",
        cashier,
        _note_args(api, "too late to send"),
        at=expired - timedelta(hours=1),
    )
    assert _codes(till.push(made, sent_at=expired - timedelta(minutes=30))) == ["session_expired"]


def test_a_person_who_leaves_can_no_longer_act_anywhere(api: Api, db_url: str) -> None:
    """`omnidesk-server staff-leave LOGIN`: the account is closed and every sign-in of the
    person on every device ends; what they left unsent is refused, and signing in again
    is refused."""
    till = api.enrol("PL-WAW-01")
    cashier = api.world.staff["cashier.waw"]
    unsent = till.mutation("interaction.add", cashier, _note_args(api, "left unsent"))
    left = subprocess.run(
        [sys.executable, "-m", "sync.server.cli", "staff-leave", "cashier.waw"],
        env=dict(os.environ, OMNIDESK_DATABASE_URL=db_url),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert left.returncode == 0, left.stderr
    assert "1 sign-in(s) on devices ended" in left.stdout
    results = till.push(unsent)
    assert _codes(results) == ["session_ended"] and "closed" in results[0]["message"]
    assert till.sign_in("cashier.waw").status_code in (401, 403)
    assert _notes(api, "left unsent") == 0
