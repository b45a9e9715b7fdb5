"""Bad input of every kind gets a 4xx with a code and a message, and changes nothing."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import func, select

from sync.model.types import utcnow
from sync.protocol import MAX_BATCH, VERSION_HEADER
from sync.server.tables import AppliedMutation, ChangeLog
from tests.server.conftest import Api, headers


def _counts(api: Api) -> tuple[int, int]:
    with api.db.read() as session:
        return (
            session.scalar(select(func.count()).select_from(ChangeLog)),
            session.scalar(select(func.count()).select_from(AppliedMutation)),
        )


def _error(response) -> dict:
    assert 400 <= response.status_code < 500, response.text
    body = response.json()["error"]
    assert body["code"] and body["message"]
    return body


def test_missing_protocol_version_is_refused_before_anything_runs(api: Api) -> None:
    till = api.enrol("PL-WAW-01")
    before = _counts(api)
    response = api.http.post(
        "/v1/sync/push",
        json={"sent_at": utcnow().isoformat(), "mutations": []},
        headers={"Authorization": f"Bearer {till.token}"},
    )
    assert _error(response)["code"] == "protocol_version_missing"
    assert _counts(api) == before


@pytest.mark.parametrize("version", ["0", "2", "99", "one", ""])
def test_an_unsupported_protocol_version_is_refused_clearly(api: Api, version: str) -> None:
    response = api.http.get(
        "/v1/sync/changes", params={"cursor": 0}, headers={VERSION_HEADER: version}
    )
    body = _error(response)
    assert response.status_code in (400, 426)
    assert body["code"].startswith("protocol_version")


def test_openapi_document_is_served(api: Api) -> None:
    response = api.http.get("/v1/openapi.json")
    assert response.status_code == 200
    paths = response.json()["paths"]
    assert "/v1/sync/push" in paths and "/v1/sync/changes" in paths


def test_malformed_json(api: Api) -> None:
    till = api.enrol("PL-WAW-01")
    before = _counts(api)
    response = api.http.post(
        "/v1/sync/push",
        content=b'{"sent_at": "2026-',
        headers=headers(till.token) | {"content-type": "application/json"},
    )
    assert _error(response)["code"] == "malformed_json"
    assert _counts(api) == before


@pytest.mark.parametrize(
    "body",
    [
        {"sent_at": "yesterday", "mutations": []},
        {"sent_at": "2026-01-01T00:00:00", "mutations": []},  # no timezone
        {"sent_at": "2026-01-01T00:00:00Z", "mutations": [{"id": "nope"}]},
        {"sent_at": "2026-01-01T00:00:00Z", "mutations": "all of them"},
        {"sent_at": "2026-01-01T00:00:00Z", "mutations": [], "extra": 1},
        [1, 2, 3],
        "just a string",
    ],
)
def test_wrong_types_and_unknown_fields(api: Api, body: object) -> None:
    till = api.enrol("PL-WAW-01")
    before = _counts(api)
    response = till.post("/v1/sync/push", body)
    assert _error(response)["code"] == "invalid_request"
    assert _counts(api) == before


def test_an_oversized_batch_is_refused_whole(api: Api) -> None:
    till = api.enrol("PL-WAW-01")
    actor = api.world.staff["cashier.waw"]
    customer = str(api.world.customers["ala"])
    mutations = [
        till.mutation(
            "interaction.add",
            actor,
            {
                "interaction_id": str(uuid.uuid4()),
                "customer_id": customer,
                "kind": "note",
                "text": "x",
            },
        )
        for _ in range(MAX_BATCH + 1)
    ]
    before = _counts(api)
    response = till.post("/v1/sync/push", {"sent_at": utcnow().isoformat(), "mutations": mutations})
    _error(response)
    assert _counts(api) == before


def test_a_huge_body_is_refused(api: Api) -> None:
    till = api.enrol("PL-WAW-01")
    response = api.http.post(
        "/v1/sync/push", content=b"x" * (9 * 1024 * 1024), headers=headers(till.token)
    )
    assert _error(response)["code"] == "request_too_large"


@pytest.mark.parametrize(
    "params",
    [
        {"cursor": -1},
        {"cursor": "abc"},
        {"cursor": 10**30},
        {},
        {"cursor": 0, "limit": 0},
        {"cursor": 0, "limit": 10**9},
    ],
)
def test_bad_cursors(api: Api, params: dict) -> None:
    till = api.enrol("PL-WAW-01")
    _error(till.get("/v1/sync/changes", **params))


def test_a_cursor_from_the_future_is_refused(api: Api) -> None:
    till = api.enrol("PL-WAW-01")
    assert _error(till.get("/v1/sync/changes", cursor=10**9))["code"] == "cursor_ahead"


@pytest.mark.parametrize("token", ["garbage", "e30", "eyJjIjotMSwiZSI6MCwiYSI6bnVsbH0", "x" * 500])
def test_bad_snapshot_tokens(api: Api, token: str) -> None:
    till = api.enrol("PL-WAW-01")
    _error(till.get("/v1/sync/snapshot", token=token))


@pytest.mark.parametrize(
    "auth",
    [None, "Bearer", "Bearer nonsense", "Basic abc", "Bearer dev_forged", "Bearer web_forged"],
)
def test_bad_tokens(api: Api, auth: str | None) -> None:
    extra = {"Authorization": auth} if auth else {}
    response = api.http.get("/v1/sync/changes", params={"cursor": 0}, headers=headers() | extra)
    assert response.status_code == 401
    _error(response)


def test_unknown_endpoint_and_method(api: Api) -> None:
    assert _error(api.http.get("/v1/nothing-here", headers=headers()))["code"] == "not_found"
    till = api.enrol("PL-WAW-01")
    assert _error(till.get("/v1/sync/push"))["code"] == "method_not_allowed"
