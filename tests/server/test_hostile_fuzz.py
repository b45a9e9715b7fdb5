"""A hostile client, generated: one hostile value (a number past any bound, NUL, a lone
surrogate, text longer than any field takes, a wrong type, a date-time that is not one)
in any field of any command — its arguments at any depth, or the mutation around them —
and in any parameter of any route. The API never answers 5xx, and nothing changes.

CI runs a few examples per test and database; OMNIDESK_HOSTILE_EXAMPLES=2000 runs more.
"""

from __future__ import annotations

import json
import os
import urllib.parse
import uuid
from collections.abc import Iterator
from typing import Any

import httpx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sync.commands import COMMANDS
from sync.commands import registry as _registry  # noqa: F401 - registers every command
from sync.model.types import utcnow
from tests.server.conftest import Api, headers
from tests.server.conftest import Device as DeviceSide
from tests.server.test_hostile_wire import state
from tests.server.world import PIN

EXAMPLES = int(os.environ.get("OMNIDESK_HOSTILE_EXAMPLES", "60"))
SETTINGS = settings(
    max_examples=EXAMPLES, deadline=None, database=None, suppress_health_check=list(HealthCheck)
)
NAMES = sorted(COMMANDS)

# Values no field of any command, route or envelope takes (so none can be accepted):
HOSTILE: list[Any] = [
    2**63 - 1,
    2**63,
    -(2**63) - 1,
    2**64,
    10**30,
    -(10**30),
    2**53 + 1,
    1.5,
    1e308,
    float("nan"),
    float("inf"),
    "\x00",
    "a\x00b",
    "\ud800",
    "x\udfffy",
    "\udbff\x00",
    "ż" * 5001,
    "\U0001f600" * 4001,
    "9" * 5001,
    [[None]],
    {"$": [None]},
    [{"\x00": 1}],
]
# ... and for a date-time, also these, which are not date-times:
NOT_DATES: list[Any] = [
    0,
    1_700_000_000,
    "1700000000",
    "0",
    "2026-05-01",
    "2026-05-01T10:00:00",
    "9999-12-31T23:59:59Z",
    "0001-01-01T00:00:00+00:00",
    "2026-02-30T00:00:00Z",
    "١٢٣٤-٠١-٠١T00:00:00Z",
    "2026-05-01T10:00:00+25:00",
    True,
]
PATTERNS = {"^[A-Z]{3}$": "PLN", "^[A-Z]{2}$": "PL", "^[a-z0-9_]{1,32}$": "retail"}


def _ids(api: Api) -> list[str]:
    world = api.world
    pools = [world.stores, world.staff, world.products, world.customers, world.price_lists]
    return [str(v) for pool in pools for v in pool.values()]


def plausible(schema: dict[str, Any], defs: dict[str, Any], ids: list[str]) -> Any:
    """A value of the JSON schema `schema` (loosely: the base that one hostile value goes
    into), with real ids where an id goes."""
    if "$ref" in schema:
        return plausible(defs[schema["$ref"].rsplit("/", 1)[-1]], defs, ids)
    if "anyOf" in schema:
        options = [s for s in schema["anyOf"] if s.get("type") != "null"]
        return plausible(options[0], defs, ids)
    if "enum" in schema:
        return schema["enum"][0]
    if "const" in schema:
        return schema["const"]
    kind = schema.get("type")
    if kind == "string":
        if schema.get("format") == "uuid":
            return ids[len(ids) // 2]
        if schema.get("format") == "date-time":
            return utcnow().isoformat()
        pattern = schema.get("pattern", "")
        if pattern in PATTERNS:
            return PATTERNS[pattern]
        if pattern.startswith("^(") and pattern.endswith(")$"):
            return pattern[2:-2].split("|")[0]
        return "x"
    if kind == "integer":
        return max(schema.get("minimum", 1), 1) if schema.get("maximum", 1) >= 1 else 0
    if kind == "number":
        return 1
    if kind == "boolean":
        return False
    if kind == "array":
        if "prefixItems" in schema:
            return [plausible(item, defs, ids) for item in schema["prefixItems"]]
        return [plausible(schema.get("items", {}), defs, ids)]
    if kind == "object" or "properties" in schema:
        if "properties" in schema:
            return {name: plausible(sub, defs, ids) for name, sub in schema["properties"].items()}
        extra = schema.get("additionalProperties")
        return {"k": plausible(extra, defs, ids)} if isinstance(extra, dict) else {}
    return "x"


Path = tuple[Any, ...]


def paths(value: Any, here: Path = ()) -> Iterator[Path]:
    """Every place in `value` a hostile value can go: each value at any depth, and (as
    ("key", k)) each key of an object."""
    if here:
        yield here
    if isinstance(value, dict):
        for key, item in value.items():
            yield (*here, ("key", key))
            yield from paths(item, (*here, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from paths(item, (*here, index))


def get(value: Any, path: Path) -> Any:
    for step in path:
        value = value[step[1]] if isinstance(step, tuple) else value[step]
    return value


def put(value: Any, path: Path, hostile: Any) -> Any:
    """A copy of `value` with `hostile` at `path` (for a key: the key replaced)."""
    copy = json.loads(json.dumps(value))
    *parents, last = path
    target = copy
    for step in parents:
        target = target[step]
    if isinstance(last, tuple):
        target[hostile] = target.pop(last[1])
    else:
        target[last] = hostile
    return copy


KEYS = [
    value
    for value in HOSTILE
    if isinstance(value, str)
    and (len(value) > 1000 or "\x00" in value or any(0xD800 <= ord(c) <= 0xDFFF for c in value))
]
"""Hostile as a key of any object: NUL, a lone surrogate, or longer than any name."""


def hostile_for(base: Any, path: Path) -> st.SearchStrategy[Any]:
    if isinstance(path[-1], tuple):
        return st.sampled_from(KEYS)
    current = get(base, path)
    looks_like_date = isinstance(current, str) and current[:4].isdigit() and "T" in current
    return st.sampled_from(HOSTILE + NOT_DATES if looks_like_date else HOSTILE)


def send(
    http: httpx.Client,
    method: str,
    url: str,
    token: str | None,
    body: Any = None,
    extra: dict[str, str] | None = None,
) -> httpx.Response:
    """The request as a hostile client writes it: every non-ASCII character escaped, lone
    surrogates and NaN included."""
    content = None if body is None else json.dumps(body, ensure_ascii=True).encode()
    return http.request(
        method,
        url,
        content=content,
        headers=headers(token) | {"content-type": "application/json"} | (extra or {}),
    )


def assert_answered(response: httpx.Response, what: object) -> None:
    assert response.status_code < 500, (what, response.status_code, response.text[:500])
    if (
        response.status_code >= 400
        and response.content  # a HEAD answer has no body
        and response.headers.get("content-type", "").startswith("application/json")
    ):
        error = response.json()["error"]
        assert error["code"] and error["message"], (what, error)


def _device(api: Api) -> DeviceSide:
    if not hasattr(api, "_hostile_till"):
        api._hostile_till = api.enrol("PL-WAW-01")  # type: ignore[attr-defined]
    return api._hostile_till  # type: ignore[attr-defined]


@SETTINGS
@given(data=st.data())
def test_a_hostile_value_in_any_field_of_any_command_changes_nothing(
    api: Api, data: st.DataObject
) -> None:
    till = _device(api)
    ids = _ids(api)
    name = data.draw(st.sampled_from(NAMES), label="command")
    spec = COMMANDS[name]
    schema = spec.args.model_json_schema()
    args = plausible(schema, schema.get("$defs", {}), ids)
    actor = api.world.staff["manager.waw"]
    envelope = data.draw(st.booleans(), label="in the envelope")
    before = state(api)
    if envelope:
        mutation = till.mutation(name, actor, args)
        body = {"sent_at": utcnow().isoformat(), "mutations": [mutation]}
        where = data.draw(
            st.sampled_from([("mutations", 0, field) for field in mutation] + [("sent_at",)]),
            label="field",
        )
        body = put(body, where, data.draw(hostile_for(body, where), label="value"))
    else:
        where = data.draw(st.sampled_from(list(paths(args))), label="field")
        plain, args = args, put(args, where, data.draw(hostile_for(args, where), label="value"))
        try:
            mutation = till.mutation(name, actor, args)
        except ValueError:  # NaN cannot be signed: the proof is of the plain arguments
            mutation = till.mutation(name, actor, plain) | {"args": args}
        body = {"sent_at": utcnow().isoformat(), "mutations": [mutation]}
    response = send(api.http, "POST", "/v1/sync/push", till.token, body)
    assert_answered(response, (name, where))
    if response.status_code == 200:
        [answer] = response.json()["results"]
        assert answer["status"] == "rejected", (name, where, answer)
        assert answer["code"] != "internal_error", (name, where, answer)
    if spec.web and not envelope:
        response = send(
            api.http,
            "POST",
            f"/v1/web/commands/{name}",
            api.world.channel_key,
            args,
            {"Idempotency-Key": str(uuid.uuid4())},
        )
        assert_answered(response, ("web", name, where))
        assert response.status_code >= 400, ("web", name, where, response.text)
    after = state(api)
    assert after[0] == before[0] and after[3] == before[3], (name, where)  # no change made


def routes(api: Api, till: DeviceSide) -> list[tuple[str, str, str | None, dict[str, Any], Any]]:
    """Every route but the two that end the device's token, with plausible parameters:
    (method, path, token, query or path parameters, body)."""
    world = api.world
    store, product = str(world.stores["PL-WAW-01"]), str(world.products["SKU-CABLE"])
    key = world.channel_key
    some = str(world.customers["ala"])
    return [
        ("POST", "/v1/devices/enrol", None, {}, {"code": "abcdefgh", "name": "till"}),
        ("GET", "/v1/devices/me", till.token, {}, None),
        ("POST", "/v1/staff/sign-in", till.token, {}, {"login": "cashier.waw", "secret": PIN}),
        (
            "POST",
            "/v1/staff/pin",
            till.token,
            {},
            {"login": "cashier.waw", "secret": PIN, "new_secret": "480915"},
        ),
        (
            "POST",
            "/v1/staff/unlock",
            till.token,
            {},
            {"login": "cashier.waw", "manager_login": "manager.waw", "manager_secret": PIN},
        ),
        (
            "GET",
            "/v1/sync/snapshot",
            till.token,
            {"limit": 10, "format": "wire", "token": "x"},
            None,
        ),
        ("GET", "/v1/sync/changes", till.token, {"cursor": 0, "limit": 10}, None),
        ("GET", "/v1/sync/live", till.token, {"cursor": 0, "wait": 0}, None),
        (
            "POST",
            "/v1/sync/push",
            till.token,
            {},
            {"sent_at": utcnow().isoformat(), "mutations": []},
        ),
        ("GET", "/v1/orders/lookup", till.token, {"q": "O-0123456789"}, None),
        (
            "POST",
            "/v1/prices/quote",
            till.token,
            {},
            {
                "store_id": store,
                "segment": "retail",
                "at": utcnow().isoformat(),
                "lines": [{"product_id": product, "quantity": 1}],
            },
        ),
        ("GET", "/v1/web/commands", key, {}, None),
        (
            "POST",
            "/v1/web/commands/{name}",
            key,
            {"name": "interaction.add"},
            {"interaction_id": str(uuid.uuid4()), "customer_id": some, "kind": "note", "text": "x"},
        ),
        ("GET", "/v1/web/customers", key, {"email": "ala@example.pl"}, None),
        ("GET", "/v1/web/customers/{customer_id}", key, {"customer_id": some}, None),
        ("GET", "/v1/web/carts/{cart_id}", key, {"cart_id": some}, None),
        ("GET", "/v1/web/orders/{order_id}", key, {"order_id": some}, None),
        ("GET", "/v1/web/orders/{order_id}/qr.svg", key, {"order_id": some}, None),
        ("GET", "/v1/web/applications/{application_id}", key, {"application_id": some}, None),
        ("GET", "/v1/web/credit-products", key, {"country": "PL", "kind": "loan"}, None),
        (
            "GET",
            "/v1/web/offers/quote",
            key,
            {"product": "PL-CASH", "amount": "5000", "term_months": 12, "customer_id": some},
            None,
        ),
        ("HEAD", "/v1/files/{sha256}", till.token, {"sha256": "0" * 64}, None),
        ("GET", "/v1/files/{sha256}", till.token, {"sha256": "0" * 64}, None),
        ("GET", "/v1/files/{sha256}/upload", till.token, {"sha256": "0" * 64}, None),
        ("PUT", "/v1/files/{sha256}", till.token, {"sha256": "0" * 64, "offset": 0}, None),
        (
            "POST",
            "/v1/web/applications/{application_id}/files",
            key,
            {"application_id": some, "document": "id_card", "filename": "id.pdf"},
            None,
        ),
        (
            "GET",
            "/v1/web/applications/{application_id}/files/{file_id}",
            key,
            {"application_id": some, "file_id": some},
            None,
        ),
        ("GET", "/v1/health", None, {}, None),
    ]


def _in_url(value: Any) -> str:
    text = value if isinstance(value, str) else json.dumps(value)
    return urllib.parse.quote(text.encode("utf-8", "surrogatepass"), safe="")


def test_every_route_is_in_the_hostile_route_list(api: Api) -> None:
    served = {(method, route.path) for route in api_routes(api) for method in route.methods}
    listed = {(method, path) for method, path, *_ in routes(api, _device(api))}
    ending = {("POST", "/v1/devices/me/revoke"), ("POST", "/v1/devices/me/wiped")}
    assert served - ending == listed


def api_routes(api: Api) -> list[Any]:
    response = api.http.get("/v1/openapi.json")
    document = response.json()

    class Route:
        def __init__(self, path: str, methods: list[str]) -> None:
            self.path, self.methods = path, methods

    return [Route(path, [m.upper() for m in item]) for path, item in document["paths"].items()]


@SETTINGS
@given(data=st.data())
def test_a_hostile_value_in_any_parameter_of_any_route_changes_nothing(
    api: Api, data: st.DataObject
) -> None:
    till = _device(api)
    method, path, token, params, body = data.draw(st.sampled_from(routes(api, till)), label="route")
    places = [("param", name) for name in params] + (
        [("body", p) for p in paths(body)] if body is not None else []
    )
    if not places:
        places = [("param", "extra")]
    kind, where = data.draw(st.sampled_from(places), label="where")
    before = state(api)
    if kind == "param":
        hostile = data.draw(st.sampled_from(HOSTILE + NOT_DATES), label="value")
        params = {**params, where: hostile}
    else:
        hostile = data.draw(hostile_for(body, where), label="value")
        body = put(body, where, hostile)
    url = path
    query = {}
    for name, value in params.items():
        if "{" + name + "}" in url:
            url = url.replace("{" + name + "}", _in_url(value))
        else:
            query[name] = value
    if query:
        url += "?" + "&".join(f"{name}={_in_url(value)}" for name, value in query.items())
    response = send(api.http, method, url, token, body)
    assert_answered(response, (method, path, kind, where))
    if method == "POST" and path != "/v1/prices/quote":
        assert response.status_code >= 400, (method, path, where, response.text[:300])
    after = state(api)
    assert after[0] == before[0] and after[1] == before[1], (method, path, where)
