"""The OpenAPI document is the contract: every status a route answers is in it, with the
one error shape, the protocol header and the bearer scheme the route takes. Schemathesis
generates requests from the served document (valid and invalid ones) and checks every
answer against it.

The run here is short (OMNIDESK_CONTRACT_EXAMPLES examples per route and mode, 8 by
default); `python scripts/contract.py` runs a longer one.
"""

from __future__ import annotations

import os
from collections import Counter
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from hypothesis.errors import Unsatisfiable
from schemathesis import GenerationMode, checks

from sync.protocol import VERSION_HEADER
from tests.server.conftest import Api

EXAMPLES = int(os.environ.get("OMNIDESK_CONTRACT_EXAMPLES", "8"))

CONFORMANCE = [
    checks.not_a_server_error,
    checks.status_code_conformance,
    checks.content_type_conformance,
    checks.response_headers_conformance,
    checks.response_schema_conformance,
    # and a request the document calls invalid is refused, never served:
    checks.negative_data_rejection,
    checks.missing_required_header,
    checks.ignored_auth,
]
ERROR_REF = "#/components/schemas/ErrorResponse"
CONFIG = schemathesis.Config.from_dict(
    {
        "checks": {
            # Invalid data is refused with a 4xx, never served: also 413 (too large) and 426 (a
            # protocol version that is not 1), which schemathesis does not expect by default.
            "negative_data_rejection": {
                "expected-statuses": [
                    "400",
                    "401",
                    "403",
                    "404",
                    "405",
                    "406",
                    "409",
                    "413",
                    "415",
                    "422",
                    "426",
                    "428",
                    "429",
                ]
            },
        }
    }
)
FRAMING = {
    "content-length",
    "transfer-encoding",
    "host",
    "connection",
    "expect",
    "upgrade",
    "te",
    "trailer",
}
SECURED_BY_NOTHING = {("post", "/v1/devices/enrol"), ("get", "/v1/health")}


def _document(api: Api) -> dict[str, Any]:
    response = api.http.get("/v1/openapi.json")
    assert response.status_code == 200
    return response.json()


def _operations(document: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    return [
        (method, path, operation)
        for path, item in document["paths"].items()
        for method, operation in item.items()
    ]


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_the_document_names_statuses_error_shape_header_and_schemes(api: Api) -> None:
    document = _document(api)
    schemes = document["components"]["securitySchemes"]
    assert schemes["deviceToken"] == schemes["deviceToken"] | {
        "type": "http",
        "scheme": "bearer",
        "bearerFormat": "dev_...",
    }
    assert schemes["channelKey"]["bearerFormat"] == "web_..."
    assert "HTTPValidationError" not in document["components"]["schemas"]
    for method, path, operation in _operations(document):
        where = f"{method.upper()} {path}"
        responses = operation["responses"]
        for status, entry in responses.items():
            if status.startswith(("4", "5")):
                schema = entry["content"]["application/json"]["schema"]
                assert schema == {"$ref": ERROR_REF}, where
        assert "422" in responses, where
        if path == "/v1/health":
            continue
        assert {"400", "426", "503"} <= set(responses), where
        header = [p for p in operation["parameters"] if p["name"] == VERSION_HEADER]
        assert header and header[0]["in"] == "header" and header[0]["required"], where
        if (method, path) in SECURED_BY_NOTHING:
            assert not operation.get("security"), where
            continue
        assert operation["security"], where
        assert "401" in responses, where
        named = {name for requirement in operation["security"] for name in requirement}
        expected = (
            {"channelKey"}
            if path.startswith("/v1/web/")
            else {"deviceToken", "channelKey"}
            if path == "/v1/prices/quote"
            else {"deviceToken"}
        )
        assert named == expected, where
        if method == "post" and "requestBody" in operation:
            assert "413" in responses, where
    paths = document["paths"]
    assert {"409", "410"} <= set(paths["/v1/sync/changes"]["get"]["responses"])
    assert {"403", "429", "413"} <= set(paths["/v1/devices/enrol"]["post"]["responses"])
    assert {"403", "404", "409"} <= set(paths["/v1/web/commands/{name}"]["post"]["responses"])


def _credentials(api: Api, operation: dict[str, Any], draw: st.DataObject) -> dict[str, str]:
    names = [name for requirement in operation.get("security", []) for name in requirement]
    if not names:
        return {}
    name = draw.draw(st.sampled_from(names), label="scheme")
    token = (
        api._contract_device.token
        if name == "deviceToken"
        # type: ignore[attr-defined]
        else (api.world.channel_key)
    )
    return {"Authorization": f"Bearer {token}"}


def _last(label: str) -> bool:
    """Routes that end the device's token go last, so the others run with a live one."""
    return label.endswith("/revoke") or "wipe" in label


def _exercise(
    api: Api, operation: schemathesis.APIOperation, mode: GenerationMode, statuses: Counter[int]
) -> str | None:
    """Send `EXAMPLES` generated requests to one route; the first failure, if any."""
    raw = operation.definition.raw
    long_poll = operation.path == "/v1/sync/live"

    @settings(
        max_examples=EXAMPLES,
        deadline=None,
        database=None,
        phases=[Phase.explicit, Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @given(case=operation.as_strategy(generation_mode=mode), data=st.data())
    def run(case: schemathesis.Case, data: st.DataObject) -> None:
        if isinstance(case.headers, dict):
            # Broken framing (a content-length that is not a number) is refused by the
            # HTTP server before the API sees the request; the document cannot speak for it.
            case.headers = {
                name: value for name, value in case.headers.items() if name.lower() not in FRAMING
            }
        if long_poll:  # it need not hold the run for its default wait
            query = case.query if isinstance(case.query, dict) else {}
            if isinstance(query.get("wait", 0), int | float):
                case.query = {**query, "wait": 0}
        response = case.call_and_validate(
            base_url=api.url, headers=_credentials(api, raw, data), checks=CONFORMANCE
        )
        statuses[response.status_code] += 1

    try:
        run()
    except Unsatisfiable:  # nothing of this route can be made invalid
        assert mode is GenerationMode.NEGATIVE, operation.label
    except Exception as error:  # schemathesis' failures, one group per route and mode
        return f"{operation.label} ({mode.value}): {error}"
    return None


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_every_answer_to_generated_requests_is_in_the_contract(api: Api) -> None:
    api._contract_device = api.enrol("PL-WAW-01")  # type: ignore[attr-defined]
    document = _document(api)
    schema = schemathesis.openapi.from_dict(document, config=CONFIG)
    operations = sorted(
        (result.ok() for result in schema.get_all_operations()),
        key=lambda operation: (_last(operation.label), operation.label),
    )
    assert len(operations) == len(_operations(document))
    statuses: Counter[int] = Counter()
    failures = [
        failure
        for operation in operations
        for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE)
        if (failure := _exercise(api, operation, mode, statuses)) is not None
    ]
    assert not failures, "\n\n".join(failures)
    # The run reached the routes' work, not only their refusals.
    assert sum(n for status, n in statuses.items() if status < 300) >= len(operations)
    assert sum(n for status, n in statuses.items() if 400 <= status < 500) > 0
