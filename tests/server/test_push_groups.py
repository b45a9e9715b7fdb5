"""Several devices' pushes applied in one transaction: each still gets exactly its own
answers, checked against its own device's scope and staff, and a refusal or a bad token
in one push changes nothing for the others."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

from sqlalchemy import func, select

from sync import model as m
from sync.model.types import utcnow
from sync.protocol import Mutation
from sync.server.enrolment import revoke_device
from sync.server.errors import ApiError
from sync.server.push import BatchOutcome, Outcome, Push, apply_pushes
from sync.server.tables import AppliedMutation
from tests.server.conftest import Api, Device


def _note(api: Api, device: Device, text: str, customer: str, actor: str) -> Mutation:
    return Mutation.model_validate(
        device.mutation(
            "interaction.add",
            api.world.staff[actor],
            {
                "interaction_id": str(uuid.uuid4()),
                "customer_id": str(api.world.customers[customer]),
                "kind": "note",
                "text": text,
            },
        )
    )


def _push(device: Device, *mutations: Mutation) -> Push:
    return Push(device.token, list(mutations), datetime.now(UTC))


def _apply(api: Api, *pushes: Push) -> list[Outcome]:
    return apply_pushes(api.db, list(pushes), utcnow())


def _statuses(outcome: Outcome) -> list[str | None]:
    assert isinstance(outcome, BatchOutcome), outcome
    return [r.code or r.status for r in outcome.results]


def _notes(api: Api, text: str) -> int:
    with api.db.read() as session:
        return session.scalar(
            select(func.count()).select_from(m.Interaction).where(m.Interaction.text == text)
        )


def test_pushes_of_several_stores_commit_together_each_with_its_answers(api: Api) -> None:
    warsaw, milan = api.enrol("PL-WAW-01"), api.enrol("IT-MIL-01")
    outcomes = _apply(
        api,
        _push(
            warsaw,
            _note(api, warsaw, "waw 1", "ala", "cashier.waw"),
            _note(api, warsaw, "waw 2", "ala", "cashier.waw"),
        ),
        _push(milan, _note(api, milan, "mil 1", "marco", "cashier.mil")),
    )
    assert [_statuses(o) for o in outcomes] == [["accepted", "accepted"], ["accepted"]]
    heads = {o.head for o in outcomes if isinstance(o, BatchOutcome)}
    assert len(heads) == 1 and None not in heads  # one commit
    assert [_notes(api, t) for t in ("waw 1", "waw 2", "mil 1")] == [1, 1, 1]
    with api.db.read() as session:
        owners = dict(
            session.execute(
                select(AppliedMutation.seq, AppliedMutation.device_id).where(
                    AppliedMutation.device_id.is_not(None)
                )
            ).all()
        )
    assert len(owners) == 2  # seq 1 and 2 of Warsaw; Milan's seq 1 shares a number
    warsaw.pull()
    milan.pull()
    assert {r["text"] for r in warsaw.table("interactions").values()} >= {"waw 1", "waw 2"}
    assert "mil 1" not in {r["text"] for r in warsaw.table("interactions").values()}
    assert "mil 1" in {r["text"] for r in milan.table("interactions").values()}


def test_each_push_is_checked_against_its_own_devices_scope(api: Api) -> None:
    warsaw, milan = api.enrol("PL-WAW-01"), api.enrol("IT-MIL-01")
    outcomes = _apply(
        api,
        _push(milan, _note(api, milan, "fine in Milan", "marco", "cashier.mil")),
        # Marco is Milan's customer: Warsaw's till may not write on his timeline.
        _push(warsaw, _note(api, warsaw, "Marco from Warsaw", "marco", "cashier.waw")),
        _push(
            warsaw2 := api.enrol("PL-WAW-01", name="till 2"),
            _note(api, warsaw2, "fine in Warsaw", "ala", "cashier.waw"),
        ),
    )
    assert [_statuses(o) for o in outcomes] == [["accepted"], ["out_of_scope"], ["accepted"]]
    assert [_notes(api, t) for t in ("fine in Milan", "Marco from Warsaw", "fine in Warsaw")] == [
        1,
        0,
        1,
    ]


def test_each_push_is_checked_against_its_own_devices_staff(api: Api) -> None:
    warsaw, milan = api.enrol("PL-WAW-01"), api.enrol("IT-MIL-01")
    outcomes = _apply(
        api,
        _push(milan, _note(api, milan, "by Milan staff", "marco", "cashier.mil")),
        _push(warsaw, _note(api, warsaw, "Milan staff in Warsaw", "ala", "cashier.mil")),
    )
    assert _statuses(outcomes[0]) == ["accepted"]
    assert _statuses(outcomes[1]) == ["proof_missing"]
    assert [_notes(api, t) for t in ("by Milan staff", "Milan staff in Warsaw")] == [1, 0]


def test_a_bad_token_refuses_only_its_own_push(api: Api) -> None:
    warsaw, gone, krakow = (
        api.enrol("PL-WAW-01"),
        api.enrol("PL-WAW-01", name="old"),
        api.enrol("PL-KRK-01"),
    )
    with api.db.write() as session:
        revoke_device(session, uuid.UUID(gone.device_id), utcnow())
    stranger = Push(
        "dev_not-a-real-token",
        [_note(api, warsaw, "stranger", "ala", "cashier.waw")],
        datetime.now(UTC),
    )
    outcomes = _apply(
        api,
        _push(warsaw, _note(api, warsaw, "kept", "ala", "cashier.waw")),
        _push(gone, _note(api, gone, "revoked", "ala", "cashier.waw")),
        stranger,
        _push(krakow, _note(api, krakow, "also kept", "ola", "cashier.krk")),
    )
    assert _statuses(outcomes[0]) == ["accepted"]
    assert isinstance(outcomes[1], ApiError) and outcomes[1].code == "token_revoked"
    assert isinstance(outcomes[2], ApiError) and outcomes[2].code == "invalid_token"
    assert _statuses(outcomes[3]) == ["accepted"]
    assert [_notes(api, t) for t in ("kept", "revoked", "stranger", "also kept")] == [1, 0, 0, 1]


def test_two_pushes_of_one_device_apply_in_turn_and_a_replay_changes_nothing(api: Api) -> None:
    till, other = api.enrol("PL-WAW-01"), api.enrol("PL-WAW-01", name="till 2")
    first = _push(till, _note(api, till, "first", "ala", "cashier.waw"))
    second = _push(till, _note(api, till, "second", "ala", "cashier.waw"))
    outcomes = _apply(
        api,
        first,
        other_push := _push(other, _note(api, other, "other", "ala", "cashier.waw")),
        second,
        first,
    )
    assert [_statuses(o) for o in outcomes] == [["accepted"]] * 4
    assert outcomes[3] == BatchOutcome(outcomes[0].results, outcomes[3].head)  # type: ignore[union-attr]
    assert [_notes(api, t) for t in ("first", "second", "other")] == [1, 1, 1]
    again = _apply(api, other_push, second)
    assert [o.results for o in again] == [outcomes[1].results, outcomes[2].results]  # type: ignore[union-attr]
    assert [_notes(api, t) for t in ("first", "second", "other")] == [1, 1, 1]


def test_many_pushes_with_refusals_each_get_their_own_answers(api: Api) -> None:
    tills = [api.enrol("PL-WAW-01", name=f"till {n}") for n in range(5)]
    pushes = [
        _push(
            till,
            _note(api, till, f"fine {n}", "ala", "cashier.waw"),
            _note(api, till, f"refused {n}", "ala", "cashier.mil"),
            _note(api, till, f"after {n}", "ala", "cashier.waw"),
        )
        for n, till in enumerate(tills)
    ]
    outcomes = _apply(api, *pushes)
    assert [_statuses(o) for o in outcomes] == [["accepted", "proof_missing", "accepted"]] * 5
    for n in range(5):
        assert [_notes(api, f"{kind} {n}") for kind in ("fine", "refused", "after")] == [1, 0, 1]
