"""Hostile values on the wire: numbers past what the databases store, date-times that are
not date-times, NUL characters and lone surrogates, forged snapshot tokens, bodies that
never end. Each is a 4xx with a code, changes nothing, and hurts no other device."""

from __future__ import annotations

import base64
import json
import threading
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import httpx
import orjson
import pytest
from sqlalchemy import delete, func, select

from sync import model as m
from sync.model.types import utcnow
from sync.protocol import MAX_SEQ, Mutation
from sync.server.app import build
from sync.server.db import Database, open_database
from sync.server.keys import SNAPSHOT, server_key
from sync.server.push import BatchOutcome, Push, apply_pushes
from sync.server.request_body import SMALL_BODY
from sync.server.tables import AppliedMutation, Device, FeedHead, ServerKey
from tests.server.conftest import Api, headers
from tests.server.conftest import Device as DeviceSide
from tests.server.live_server import serve


def state(api: Api) -> tuple[int, int, int, int]:
    """What any accepted change would move: the feed head, the answers kept, the
    devices' mutation numbers, the notes."""
    with api.db.read() as session:
        return (
            session.scalar(select(FeedHead.seq)),
            session.scalar(select(func.count()).select_from(AppliedMutation)),
            session.scalar(select(func.coalesce(func.sum(Device.high_seq), 0))),
            session.scalar(select(func.count()).select_from(m.Interaction)),
        )


def refusal(response: httpx.Response, status: int, code: str | None = None) -> dict[str, Any]:
    assert response.status_code == status, response.text
    error = response.json()["error"]
    assert error["message"]
    if code is not None:
        assert error["code"] == code, error
    return error


def raw_post(
    api: Api, path: str, body: Any, token: str | None = None, extra: dict[str, str] | None = None
) -> httpx.Response:
    """POST `body` as JSON text with every non-ASCII character escaped (\\uXXXX), as a
    hostile client may write it, lone surrogates included."""
    return api.http.post(
        path,
        content=json.dumps(body, ensure_ascii=True).encode(),
        headers=headers(token) | {"content-type": "application/json"} | (extra or {}),
    )


def note(api: Api, till: DeviceSide, text: str = "hello") -> dict[str, Any]:
    return till.mutation(
        "interaction.add",
        api.world.staff["cashier.waw"],
        {
            "interaction_id": str(uuid.uuid4()),
            "customer_id": str(api.world.customers["ala"]),
            "kind": "note",
            "text": text,
        },
    )


def push_body(*mutations: dict[str, Any], sent_at: object = None) -> dict[str, Any]:
    return {
        "sent_at": sent_at if sent_at is not None else utcnow().isoformat(),
        "mutations": list(mutations),
    }


# ------------------------------------------------------------------ numbers and dates


HOSTILE_SEQS = [
    MAX_SEQ + 1,
    2**63 - 1,
    2**63,
    2**64,
    10**30,
    0,
    -1,
    -(2**63) - 1,
    1.5,
    "1",
    True,
    None,
]


def test_a_mutation_number_past_the_bound_is_refused_and_the_device_goes_on(api: Api) -> None:
    till = api.enrol("PL-WAW-01")
    assert till.push(note(api, till))[0]["status"] == "accepted"
    for seq in HOSTILE_SEQS:
        before = state(api)
        hostile = note(api, till) | {"seq": seq}
        refusal(till.post("/v1/sync/push", push_body(hostile)), 422, "invalid_request")
        assert state(api) == before, seq
        # Nothing of it stuck: the device's next change goes through.
        assert till.push(note(api, till))[0]["status"] == "accepted"


def test_the_highest_mutation_number_is_stored_on_both_databases(api: Api) -> None:
    till = api.enrol("PL-WAW-01")
    till.seq = MAX_SEQ - 1
    assert till.push(note(api, till))[0]["status"] == "accepted"
    with api.db.read() as session:
        assert (
            session.scalar(select(Device.high_seq).where(Device.id == uuid.UUID(till.device_id)))
            == MAX_SEQ
        )
        info = till.get("/v1/devices/me").json()
    assert info["high_seq"] == MAX_SEQ


NOT_DATE_TIMES = [
    0,
    1,
    1_700_000_000,
    1.5,
    True,
    "0",
    "1700000000",
    "2026-05-01",
    "2026-05-01T10:00:00",
    "yesterday",
    "2026-13-01T00:00:00Z",
    "9999-12-31T23:59:59Z",
    "0001-01-01T00:00:00+00:00",
    "1969-12-31T23:59:59Z",
    "3000-01-01T00:00:00Z",
    [],
    {},
]


def test_only_an_iso_8601_date_time_with_a_zone_is_a_date_time(api: Api) -> None:
    till = api.enrol("PL-WAW-01")
    before = state(api)
    for value in NOT_DATE_TIMES:
        refusal(
            till.post("/v1/sync/push", push_body(note(api, till) | {"at": value})),
            422,
            "invalid_request",
        )
        refusal(
            till.post("/v1/sync/push", push_body(note(api, till), sent_at=value)),
            422,
            "invalid_request",
        )
        quote = {
            "store_id": str(api.world.stores["PL-WAW-01"]),
            "at": value,
            "lines": [{"product_id": str(api.world.products["SKU-CABLE"]), "quantity": 1}],
        }
        refusal(till.post("/v1/prices/quote", quote), 422, "invalid_request")
    assert state(api) == before
    # The forms a date-time may take: any offset, a space or a T.
    for value in (
        "2026-05-01T10:00:00+02:00",
        "2026-05-01 10:00:00Z",
        "2026-05-01T10:00:00.123456-05:30",
    ):
        assert Mutation.model_validate(note(api, till) | {"at": value}).at.tzinfo is not None


@pytest.mark.parametrize(
    "valid_from", [0, "1700000000", "2026-05-01T00:00:00", "9999-01-01T00:00:00Z"]
)
def test_a_price_from_a_number_is_refused_as_an_invalid_argument(
    api: Api, valid_from: object
) -> None:
    office = api.enrol("PL-HQ")
    with api.db.read() as session:
        price_list = session.scalars(
            select(m.PriceList).where(m.PriceList.currency == "PLN", m.PriceList.segment.is_(None))
        ).first()
    before = state(api)
    [answer] = office.push(
        office.mutation(
            "price.set",
            api.world.staff["pricing.pl"],
            {
                "price_id": str(uuid.uuid4()),
                "price_list_id": str(price_list.id),
                "product_id": str(api.world.products["SKU-CABLE"]),
                "amount": "10.00",
                "valid_from": valid_from,
            },
        )
    )
    assert (answer["status"], answer["code"]) == ("rejected", "invalid_arguments")
    assert "valid_from" in answer["message"]
    assert state(api)[0] == before[0]  # no price changed: the feed did not move


@pytest.mark.parametrize("quantity", [0, -1, 10**6, 2**63, 10**30, 1.5, "many"])
def test_quote_quantities_are_bounded(api: Api, quantity: object) -> None:
    till = api.enrol("PL-WAW-01")
    refusal(
        till.post(
            "/v1/prices/quote",
            {
                "store_id": str(api.world.stores["PL-WAW-01"]),
                "lines": [
                    {"product_id": str(api.world.products["SKU-CABLE"]), "quantity": quantity}
                ],
            },
        ),
        422,
        "invalid_request",
    )


@pytest.mark.parametrize(
    "params",
    [
        {"cursor": 2**62 + 1},
        {"cursor": 2**63},
        {"cursor": 0, "limit": 2**63},
        {"cursor": 0, "wait": "nan"},
        {"cursor": 0, "wait": "inf"},
        {"cursor": 0, "wait": -1},
    ],
)
def test_cursors_limits_and_waits_are_bounded(api: Api, params: dict[str, Any]) -> None:
    till = api.enrol("PL-WAW-01")
    path = "/v1/sync/live" if "wait" in params else "/v1/sync/changes"
    refusal(till.get(path, **params), 422, "invalid_request")


def test_application_field_values_are_bounded(api: Api) -> None:
    till = api.enrol("PL-WAW-B1")
    before = state(api)
    for fields in (
        {"monthly_income": 2**63},
        {"monthly_income": -(10**20)},
        {"notes": "x" * 5000},
        {"x" * 100: "1"},
    ):
        [answer] = till.push(
            till.mutation(
                "application.start",
                api.world.staff["manager.branch"],
                {
                    "application_id": str(uuid.uuid4()),
                    "customer_id": str(api.world.customers["ala"]),
                    "kind": "loan",
                    "fields": fields,
                },
            )
        )
        assert (answer["status"], answer["code"]) == ("rejected", "invalid_arguments"), answer
    assert state(api)[0] == before[0]


# ------------------------------------------------------------------ NUL and surrogates


def test_nul_and_lone_surrogates_are_refused_anywhere_in_a_body(api: Api) -> None:
    till = api.enrol("PL-WAW-01")
    staff = api.world.staff["cashier.waw"]
    before = state(api)
    for bad in ("a\x00b", "\x00", "a\ud800b", "\udfff", "\ud83d"):
        # In a command's text, deep in its arguments, in its name, in the envelope.
        refusal(
            raw_post(api, "/v1/sync/push", push_body(note(api, till, bad)), till.token),
            422,
            "invalid_text",
        )
        refusal(
            raw_post(
                api,
                "/v1/sync/push",
                push_body(
                    till.mutation(
                        "customer.update", staff, {"customer_id": bad, "fields": {"city": [bad]}}
                    ),
                ),
                till.token,
            ),
            422,
            "invalid_text",
        )
        refusal(
            raw_post(api, "/v1/sync/push", push_body(note(api, till) | {"name": bad}), till.token),
            422,
            "invalid_text",
        )
        refusal(
            raw_post(api, "/v1/sync/push", push_body(note(api, till) | {bad: 1}), till.token),
            422,
            "invalid_text",
        )
        # Web commands, enrolment, sign-in, quotes.
        refusal(
            raw_post(
                api,
                "/v1/web/commands/customer.register",
                {
                    "customer_id": str(uuid.uuid4()),
                    "first_name": bad,
                    "last_name": "X",
                    "country": "PL",
                },
                api.world.channel_key,
                {"Idempotency-Key": str(uuid.uuid4())},
            ),
            422,
            "invalid_text",
        )
        refusal(
            raw_post(api, "/v1/devices/enrol", {"code": "abcdefgh", "name": bad}),
            422,
            "invalid_text",
        )
        refusal(
            raw_post(api, "/v1/staff/sign-in", {"login": bad, "secret": "123456"}, till.token),
            422,
            "invalid_text",
        )
        refusal(
            raw_post(
                api,
                "/v1/prices/quote",
                {
                    "store_id": str(api.world.stores["PL-WAW-01"]),
                    "segment": bad,
                    "lines": [{"product_id": str(api.world.products["SKU-CABLE"]), "quantity": 1}],
                },
                till.token,
            ),
            422,
            "invalid_text",
        )
    assert state(api) == before


@pytest.mark.parametrize("query", ["email=a%00b%40c.pl", "email=%00%00%00", "email=abc&x=%00"])
def test_nul_in_a_query_is_refused(api: Api, query: str) -> None:
    response = api.http.get(f"/v1/web/customers?{query}", headers=headers(api.world.channel_key))
    refusal(response, 422, "invalid_text")


def test_nul_in_a_path_is_refused(api: Api) -> None:
    response = api.http.get("/v1/web/orders/%00/qr.svg", headers=headers(api.world.channel_key))
    assert response.status_code == 422, response.text


def test_text_that_only_looks_like_an_escape_and_real_pairs_are_kept(api: Api) -> None:
    till = api.enrol("PL-WAW-01")
    texts = ["\\u0000 is how JSON writes NUL", "\\\\u0000", "a \U0001f600 smile", "\\ud800"]
    response = raw_post(
        api, "/v1/sync/push", push_body(*[note(api, till, t) for t in texts]), till.token
    )
    assert response.status_code == 200, response.text
    assert [r["status"] for r in response.json()["results"]] == ["accepted"] * len(texts)
    with api.db.read() as session:
        stored = set(session.scalars(select(m.Interaction.text)))
    assert set(texts) <= stored


# ------------------------------------------------------------------ snapshot tokens


def _first_token(till: DeviceSide) -> str:
    page = till.get("/v1/sync/snapshot", limit=1)
    assert page.status_code == 200, page.text
    token = page.json()["next"]
    assert token
    return token


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def test_snapshot_tokens_are_signed_for_their_device(api: Api) -> None:
    till, other = api.enrol("PL-WAW-01"), api.enrol("PL-WAW-01", "till 2")
    token = _first_token(till)
    payload, _, signature = token.partition(".")
    position = orjson.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    moved = _b64(orjson.dumps(position | {"e": position["e"] + 1}))
    forged = [
        _b64(orjson.dumps({"c": 0, "e": 1, "a": None, "p": 0})),  # the old, unsigned form
        _b64(json.dumps({"c": 10**30, "e": "x", "a": [], "p": -1}).encode()) + "." + signature,
        moved + "." + signature,  # a position changed under a real signature
        payload + "." + signature[:-2] + ("AA" if not signature.endswith("AA") else "BB"),
        payload + "." + _b64(b"\x00" * 16),
        payload,
        payload + ".",
        "." + signature,
        "..",
        "%%%",
    ]
    for token_text in forged:
        error = refusal(till.get("/v1/sync/snapshot", token=token_text), 400, "bad_snapshot_token")
        assert "snapshot" in error["message"]
    # Another device's token is refused too, even of the same store.
    refusal(other.get("/v1/sync/snapshot", token=token), 400, "bad_snapshot_token")
    # The device's own goes on, and the whole snapshot can be followed to its end.
    assert till.get("/v1/sync/snapshot", token=token).status_code == 200
    assert till.snapshot(limit=7) > 0


def test_every_api_process_serving_the_database_accepts_the_others_tokens(
    api: Api, db_url: str
) -> None:
    till = api.enrol("PL-WAW-01")
    token = _first_token(till)
    second = build(db_url)
    try:
        with serve(second) as url, httpx.Client(base_url=url, timeout=30) as http:
            response = http.get(
                "/v1/sync/snapshot", params={"token": token}, headers=headers(till.token)
            )
            assert response.status_code == 200, response.text
    finally:
        second.state.db.dispose()


# ------------------------------------------------------------------ bodies


def _chunks(total: int, size: int = 16 * 1024) -> Iterator[bytes]:
    yield b'{"code": "abcdefgh", "name": "'
    sent = 0
    while sent < total:
        yield b"x" * size
        sent += size
    yield b'"}'


def test_a_chunked_body_past_the_limit_is_refused_on_the_open_enrolment_route(api: Api) -> None:
    response = api.http.post(
        "/v1/devices/enrol",
        content=_chunks(2 * SMALL_BODY),
        headers=headers() | {"content-type": "application/json"},
    )
    assert "content-length" not in response.request.headers  # it went chunked
    refusal(response, 413, "request_too_large")


def test_a_chunked_push_past_the_limit_is_refused(api: Api) -> None:
    till = api.enrol("PL-WAW-01")
    before = state(api)

    def body() -> Iterator[bytes]:
        yield b'{"sent_at": "2026-01-01T00:00:00Z", "mutations": [], "x": "'
        for _ in range(9 * 16):
            yield b"x" * 65536
        yield b'"}'

    try:
        response = api.http.post(
            "/v1/sync/push",
            content=body(),
            headers=headers(till.token) | {"content-type": "application/json"},
        )
    except httpx.WriteError:  # the server stopped reading at the limit and hung up
        pass
    else:
        refusal(response, 413, "request_too_large")
    assert state(api) == before


def test_a_declared_length_past_the_limit_is_refused_before_reading(api: Api) -> None:
    response = api.http.post(
        "/v1/devices/enrol",
        content=b"{" + b" " * SMALL_BODY + b"}",
        headers=headers() | {"content-type": "application/json"},
    )
    refusal(response, 413, "request_too_large")


def test_a_chunked_body_within_the_limit_is_served(api: Api) -> None:
    till = api.enrol("PL-WAW-01")
    data = json.dumps(push_body(note(api, till))).encode()
    response = api.http.post(
        "/v1/sync/push",
        content=iter([data[:10], data[10:50], data[50:]]),
        headers=headers(till.token) | {"content-type": "application/json"},
    )
    assert response.status_code == 200, response.text
    assert response.json()["results"][0]["status"] == "accepted"


# ------------------------------------------------------------------ 405


@pytest.mark.parametrize(
    ("method", "path", "allowed"),
    [
        ("GET", "/v1/sync/push", "POST"),
        ("DELETE", "/v1/devices/enrol", "POST"),
        ("POST", "/v1/sync/changes", "GET"),
        ("HEAD", "/v1/health", "GET"),
        ("PUT", "/v1/web/orders/" + str(uuid.UUID(int=1)), "GET"),
    ],
)
def test_a_wrong_method_is_answered_with_allow(
    api: Api, method: str, path: str, allowed: str
) -> None:
    response = api.http.request(method, path, headers=headers())
    if method == "HEAD":  # no body
        assert response.status_code == 405
    else:
        refusal(response, 405, "method_not_allowed")
    assert response.headers["allow"] == allowed


# ------------------------------------------------------------------ other devices


def test_a_hostile_device_pushing_alongside_never_fails_another_devices_push(api: Api) -> None:
    good, hostile = api.enrol("PL-WAW-01", "good"), api.enrol("PL-WAW-01", "hostile")
    hostile_bodies = [
        push_body(note(api, hostile) | {"seq": 2**63}),
        push_body(note(api, hostile) | {"seq": 2**63 - 1}),
        push_body(note(api, hostile, "nul \x00 here")),
        push_body(note(api, hostile) | {"at": 0}),
        push_body(note(api, hostile, "\ud800")),
    ]
    rounds = 6
    barrier = threading.Barrier(2)
    good_answers: list[int] = []
    hostile_statuses: list[int] = []

    def run_good() -> None:
        with httpx.Client(base_url=api.url, timeout=30) as http:
            for _ in range(rounds):
                barrier.wait()
                body = json.dumps(push_body(note(api, good, "good"))).encode()
                response = http.post(
                    "/v1/sync/push",
                    content=body,
                    headers=headers(good.token) | {"content-type": "application/json"},
                )
                assert response.status_code == 200, response.text
                good_answers.extend(r["status"] == "accepted" for r in response.json()["results"])

    def run_hostile() -> None:
        with httpx.Client(base_url=api.url, timeout=30) as http:
            for round_ in range(rounds):
                barrier.wait()
                body = json.dumps(hostile_bodies[round_ % len(hostile_bodies)]).encode()
                hostile_statuses.append(
                    http.post(
                        "/v1/sync/push",
                        content=body,
                        headers=headers(hostile.token) | {"content-type": "application/json"},
                    ).status_code
                )

    threads = [threading.Thread(target=run_good), threading.Thread(target=run_hostile)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert good_answers == [True] * rounds
    assert all(400 <= status < 500 for status in hostile_statuses), hostile_statuses
    with api.db.read() as session:
        texts = list(session.scalars(select(m.Interaction.text)))
    assert texts.count("good") == rounds and len(texts) == rounds


def test_a_value_the_database_cannot_store_fails_only_its_own_push(api: Api) -> None:
    """Past the wire's checks (built here directly), a value the database refuses in a
    transaction shared with another device's push leaves that push unharmed."""
    good, hostile = api.enrol("PL-WAW-01", "good"), api.enrol("PL-WAW-01", "hostile")
    good_note = Mutation.model_validate(note(api, good, "good"))
    too_large = Mutation.model_validate(note(api, hostile, "too large")).model_copy(
        update={"seq": 2**64}
    )
    now = datetime.now(UTC)
    outcomes = apply_pushes(
        api.db,
        [Push(hostile.token, [too_large], now), Push(good.token, [good_note], now)],
        utcnow(),
    )
    assert isinstance(outcomes[1], BatchOutcome), outcomes[1]
    assert [r.status for r in outcomes[1].results] == ["accepted"]
    assert not isinstance(outcomes[0], BatchOutcome) or outcomes[0].results[0].status == (
        "rejected"
    )
    with api.db.read() as session:
        texts = list(session.scalars(select(m.Interaction.text)))
        hostile_seq = session.scalar(
            select(Device.high_seq).where(Device.id == uuid.UUID(hostile.device_id))
        )
    assert texts == ["good"] and hostile_seq == 0


def test_text_the_database_cannot_store_is_refused_with_the_mutation(api: Api) -> None:
    """A NUL past the wire's checks: PostgreSQL refuses it; that mutation is refused
    (SQLite stores it), the other device's push is applied either way."""
    good, hostile = api.enrol("PL-WAW-01", "good"), api.enrol("PL-WAW-01", "hostile")
    good_note = Mutation.model_validate(note(api, good, "good"))
    bad = Mutation.model_validate(note(api, hostile, "nul \x00"))
    now = datetime.now(UTC)
    outcomes = apply_pushes(
        api.db, [Push(hostile.token, [bad], now), Push(good.token, [good_note], now)], utcnow()
    )
    assert isinstance(outcomes[1], BatchOutcome), outcomes[1]
    assert [r.status for r in outcomes[1].results] == ["accepted"]
    assert isinstance(outcomes[0], BatchOutcome), outcomes[0]
    if api.db.is_sqlite:
        return
    assert outcomes[0].results[0].code == "invalid_value"


def test_the_snapshot_key_is_made_once_by_whichever_process_needs_it_first(
    api: Api, db_url: str
) -> None:
    """A database migrated before the key existed (its row gone): API processes that need
    it at the same moment all end up with the one key."""
    with api.db.write() as session:
        session.execute(delete(ServerKey))
    databases = [open_database(db_url) for _ in range(4)]
    barrier = threading.Barrier(len(databases))
    keys: list[bytes] = []

    def need_key(db: Database) -> None:
        with db.read() as session:
            barrier.wait()
            keys.append(server_key(session, SNAPSHOT))

    threads = [threading.Thread(target=need_key, args=(db,)) for db in databases]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for db in databases:
        db.dispose()
    assert len(keys) == len(databases) and len(set(keys)) == 1 and len(keys[0]) == 32
    with api.db.read() as session:
        assert session.scalar(select(func.count()).select_from(ServerKey)) == 1
