"""Guessing is slow and tells nothing: lock-outs per login, device and address; one
answer for unknown, wrong and foreign logins; short PINs changed at the next sign-in."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta
from typing import Any

import httpx
import pytest
from sqlalchemy import event, select

from sync.model.types import utcnow
from sync.server import enrolment
from sync.server import sign_in_guard as guard
from sync.server.app import build
from sync.server.auth import HASHING, HashingBusy, HashingPool, hash_secret
from sync.server.tables import SignInGuard, StaffCredential, StaffSession
from tests.server.conftest import Api, Device, headers
from tests.server.live_server import serve
from tests.server.world import PIN

WRONG = "000000"


def _sign_in(till: Device, login: str, pin: str) -> httpx.Response:
    return till.post("/v1/staff/sign-in", {"login": login, "secret": pin})


def _error(response: httpx.Response) -> dict[str, Any]:
    return response.json()["error"]


def _cli(url: str, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, OMNIDESK_DATABASE_URL=url)
    return subprocess.run(
        [sys.executable, "-m", "sync.server.cli", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_the_sixth_wrong_pin_in_a_row_locks_the_login_until_a_manager_unlocks_it(
    api: Api, db_url: str
) -> None:
    till = api.enrol("PL-WAW-01")
    for _ in range(5):
        assert _error(_sign_in(till, "cashier.waw", WRONG))["code"] == "invalid_credentials"
    locked = _sign_in(till, "cashier.waw", PIN)  # even the right PIN: it is not checked
    assert locked.status_code == 429
    assert _error(locked)["code"] == "sign_in_locked"
    assert int(locked.headers["Retry-After"]) == _error(locked)["details"]["retry_after"] > 0
    assert _error(locked)["details"]["locked"] == "login"
    # Others on the same till are not affected.
    assert _sign_in(till, "manager.waw", PIN).status_code == 200

    unlocked = _cli(db_url, "unlock-staff", "cashier.waw")
    assert unlocked.returncode == 0, unlocked.stderr
    assert "unlocked" in unlocked.stdout
    assert _sign_in(till, "cashier.waw", PIN).status_code == 200


def test_a_locked_unknown_login_answers_like_a_locked_real_one(api: Api) -> None:
    till = api.enrol("PL-WAW-01")
    answers = {}
    for login in ("cashier.waw", "nobody.waw"):
        first = [_sign_in(till, login, WRONG) for _ in range(5)]
        assert {r.status_code for r in first} == {401}
        answers[login] = _sign_in(till, login, WRONG)
    real, unknown = answers["cashier.waw"], answers["nobody.waw"]
    assert real.status_code == unknown.status_code == 429
    bodies = []
    for response in (real, unknown):
        body = response.json()
        details = body["error"]["details"]
        assert 0 < details.pop("retry_after") == int(response.headers["Retry-After"]) <= 60
        details.pop("until")
        bodies.append(body)
    assert bodies[0] == bodies[1]


def test_a_right_pin_forgets_the_failures_before_it(api: Api) -> None:
    till = api.enrol("PL-WAW-01")
    for _ in range(2):
        for _ in range(4):
            assert _sign_in(till, "cashier.waw", WRONG).status_code == 401
        assert _sign_in(till, "cashier.waw", PIN).status_code == 200


@contextmanager
def _statements(api: Api) -> Iterator[list[str]]:
    seen: list[str] = []

    def count(conn, cursor, statement, parameters, context, executemany) -> None:
        seen.append(statement.split()[0])

    event.listen(api.db.write_engine, "before_cursor_execute", count)
    try:
        yield seen
    finally:
        event.remove(api.db.write_engine, "before_cursor_execute", count)


def test_unknown_wrong_and_foreign_logins_get_the_same_answer_after_the_same_work(api: Api) -> None:
    """Same status, headers and body; one scrypt run and the same statements each, so the
    time taken tells nothing either."""
    till = api.enrol("PL-WAW-01")
    tries = {
        "unknown": ("nobody.waw", PIN),
        "wrong PIN": ("cashier.waw", WRONG),
        "another store's person, right PIN": ("cashier.mil", PIN),
    }
    answers, runs, statements = {}, {}, {}
    for what, (login, pin) in tries.items():
        before = HASHING.runs
        with _statements(api) as seen:
            answers[what] = _sign_in(till, login, pin)
        runs[what] = HASHING.runs - before
        statements[what] = [s for s in seen if s not in ("BEGIN", "COMMIT", "ROLLBACK")]
    assert set(runs.values()) == {1}
    assert len({tuple(s) for s in statements.values()}) == 1
    bodies = {what: response.content for what, response in answers.items()}
    assert len(set(bodies.values())) == 1
    assert {r.status_code for r in answers.values()} == {401}
    assert (
        len(
            {
                tuple(sorted((k, v) for k, v in r.headers.items() if k != "date"))
                for r in answers.values()
            }
        )
        == 1
    )
    assert _error(answers["unknown"]) == {
        "code": "invalid_credentials",
        "message": "Wrong login or PIN.",
        "details": None,
        "params": {},
    }


def test_a_device_trying_many_logins_is_locked_itself(api: Api) -> None:
    till, other = api.enrol("PL-WAW-01"), api.enrol("PL-WAW-01")
    for n in range(guard.DEVICE_LIMIT):
        assert _sign_in(till, f"guess.{n}", WRONG).status_code == 401
    locked = _sign_in(till, "cashier.waw", PIN)
    assert locked.status_code == 429
    assert _error(locked)["details"]["locked"] == "device"
    assert _sign_in(other, "cashier.waw", PIN).status_code == 200


def test_the_lock_time_doubles_each_time_it_is_earned_again(api: Api) -> None:
    rules, now, waits = [guard.login_rule("manager.waw")], utcnow(), []
    while len(waits) < 4:  # fail until locked, wait the lock out, again
        try:
            with api.db.write() as session:
                guard.take(session, rules, now)
        except guard.Locked as locked:
            waits.append(locked.details["retry_after"])
            now += timedelta(seconds=waits[-1])
    assert waits == [60, 120, 240, 480]


def test_a_lock_holds_across_api_processes_on_one_database(api: Api) -> None:
    second = build(api.db.url)
    try:
        with serve(second) as url, httpx.Client(base_url=url, timeout=30) as http:
            till = api.enrol("PL-WAW-01")
            for _ in range(5):
                assert _sign_in(till, "cashier.waw", WRONG).status_code == 401
            elsewhere = http.post(
                "/v1/staff/sign-in",
                json={"login": "cashier.waw", "secret": PIN},
                headers=headers(till.token),
            )
            assert elsewhere.status_code == 429
    finally:
        second.state.db.dispose()


def test_wrong_enrolment_codes_from_one_address_are_limited(api: Api) -> None:
    for n in range(guard.ADDRESS_LIMIT):
        wrong = api.http.post(
            "/v1/devices/enrol",
            json={"code": f"AAAA-BBBB-CCCC-{n:04d}", "name": "x"},
            headers=headers(),
        )
        assert _error(wrong)["code"] == "invalid_enrolment_code"
    with api.db.write() as session:
        code = enrolment.create_code(session, "PL-WAW-01", utcnow())
    locked = api.http.post(
        "/v1/devices/enrol", json={"code": code, "name": "till"}, headers=headers()
    )
    assert locked.status_code == 429
    assert _error(locked)["code"] == "enrolment_locked"
    assert int(locked.headers["Retry-After"]) > 0


def _give_short_pin(api: Api, login: str, pin: str = "2468") -> None:
    with api.db.write() as session:
        credential = session.get(StaffCredential, api.world.staff[login])
        credential.secret_hash = hash_secret(pin)


def _change(till: Device, login: str, pin: str, new: str) -> httpx.Response:
    return till.post("/v1/staff/pin", {"login": login, "secret": pin, "new_secret": new})


def test_a_short_pin_must_be_changed_at_the_next_sign_in(api: Api) -> None:
    _give_short_pin(api, "cashier.waw")
    till = api.enrol("PL-WAW-01")
    must = _sign_in(till, "cashier.waw", "2468")
    assert must.status_code == 403
    assert _error(must)["code"] == "pin_change_required"
    assert _error(must)["details"] == {"min_length": 6}
    for weak in ("12345", "111111", "123456", "12ab56"):
        refused = _change(till, "cashier.waw", "2468", weak)
        assert refused.status_code == 422
        assert _error(refused)["code"] == "pin_too_weak"
    assert _change(till, "cashier.waw", "2468", "583920").status_code == 200
    assert _sign_in(till, "cashier.waw", "2468").status_code == 401
    assert _sign_in(till, "cashier.waw", "583920").status_code == 200


def test_a_pin_change_ends_the_persons_sessions_everywhere(api: Api) -> None:
    till, other = api.enrol("PL-WAW-01"), api.enrol("PL-WAW-01")
    assert other.sign_in("cashier.waw").status_code == 200
    changed = _change(till, "cashier.waw", PIN, "583920")
    assert changed.json() == {"staff_id": str(api.world.staff["cashier.waw"]), "sessions_ended": 1}
    with api.db.read() as session:
        ended = session.scalars(
            select(StaffSession.end_reason).where(
                StaffSession.staff_id == api.world.staff["cashier.waw"]
            )
        ).all()
    assert ended == ["pin_changed"]
    assert other.sign_in("cashier.waw", PIN).status_code == 401
    assert other.sign_in("cashier.waw", "583920").status_code == 200


def test_a_pin_change_is_refused_like_a_sign_in(api: Api) -> None:
    """Wrong PIN, unknown login, another store's person: the sign-in's one answer; and
    PIN changes count towards the same lock-out."""
    till = api.enrol("PL-WAW-01")
    answers = [
        _change(till, "cashier.waw", WRONG, "583920"),
        _change(till, "nobody.waw", PIN, "583920"),
        _change(till, "cashier.mil", PIN, "583920"),
    ]
    assert {r.status_code for r in answers} == {401}
    assert len({r.content for r in answers}) == 1
    for _ in range(4):
        _change(till, "cashier.waw", WRONG, "583920")
    assert _change(till, "cashier.waw", PIN, "583920").status_code == 429


def test_new_pins_follow_the_rules_where_they_are_set(api: Api) -> None:
    with api.db.write() as session, pytest.raises(ValueError, match="at least 6 digits"):
        enrolment.set_staff_secret(session, api.world.staff["cashier.waw"], "1234")


def test_the_hashing_pool_refuses_beyond_its_queue() -> None:
    pool = HashingPool(workers=1, queue=1)
    with pool.slot(), pool.slot(), pytest.raises(HashingBusy), pool.slot():
        pass
    with pool.slot():
        assert pool.verify("x", hash_secret("x"))
    assert pool.runs == 1


def test_a_sign_in_beyond_the_pools_queue_is_told_to_retry(api: Api) -> None:
    till = api.enrol("PL-WAW-01")
    held = [HASHING.slot() for _ in range(HASHING.workers + HASHING.queue)]
    for slot in held:
        slot.__enter__()
    try:
        busy = _sign_in(till, "cashier.waw", PIN)
    finally:
        for slot in held:
            slot.__exit__(None, None, None)
    assert busy.status_code == 503
    assert _error(busy)["code"] == "sign_in_busy"
    assert busy.headers["Retry-After"] == "1"
    assert _sign_in(till, "cashier.waw", PIN).status_code == 200  # and nothing counted
    with api.db.read() as session:
        key = guard.login_rule("cashier.waw", api.world.stores["PL-WAW-01"]).key
        assert session.get(SignInGuard, key).failures == 0


def test_old_counts_are_forgotten_but_not_live_locks(api: Api) -> None:
    long_ago = utcnow() - timedelta(days=40)
    with api.db.write() as session:
        guard.take(session, [guard.login_rule("typo.once")], long_ago)
        for _ in range(guard.LOGIN_LIMIT + 12):  # locked for a day from 40 days ago
            try:
                with session.begin_nested():
                    guard.take(session, [guard.login_rule("locked.long")], long_ago)
            except guard.Locked:
                break
        session.add(
            SignInGuard(
                key="login:still.locked",
                failures=30,
                updated_at=long_ago,
                locked_until=utcnow() + timedelta(hours=1),
            )
        )
    with api.db.write() as session:
        assert guard.forget_old(session, utcnow()) == 2
    with api.db.read() as session:
        assert session.scalars(select(SignInGuard.key)).all() == ["login:still.locked"]


def test_nobody_at_another_store_can_lock_a_colleague_out(api: Api) -> None:
    """Wrong PINs for a Warsaw login typed at a Kraków till lock it at Kraków only (where
    even the right PIN is refused): the Warsaw cashier still signs in at home."""
    krakow, warsaw = api.enrol("PL-KRK-01"), api.enrol("PL-WAW-01")
    for _ in range(guard.LOGIN_LIMIT + 1):
        answer = _sign_in(krakow, "cashier.waw", "000000")
    assert answer.status_code == 429
    assert _sign_in(warsaw, "cashier.waw", PIN).status_code == 200


def test_a_manager_at_the_store_lifts_a_colleagues_lock_out_on_the_spot(api: Api) -> None:
    till = api.enrol("PL-WAW-01")
    for _ in range(guard.LOGIN_LIMIT + 1):
        locked = _sign_in(till, "cashier.waw", WRONG)
    assert locked.status_code == 429

    def unlock(manager: str, pin: str) -> httpx.Response:
        return till.post(
            "/v1/staff/unlock",
            {"login": "cashier.waw", "manager_login": manager, "manager_secret": pin},
        )

    assert _error(unlock("manager.waw", WRONG))["code"] == "invalid_credentials"
    assert _error(unlock("cashier.waw2", PIN))["code"] == "invalid_credentials"  # elsewhere
    not_manager = unlock("cashier.waw", PIN)  # locked itself: refused unchecked
    assert not_manager.status_code == 429
    assert _sign_in(till, "cashier.waw", PIN).status_code == 429  # still locked
    answer = unlock("manager.waw", PIN)
    assert answer.status_code == 200 and answer.json() == {"unlocked": True}
    assert _sign_in(till, "cashier.waw", PIN).status_code == 200
