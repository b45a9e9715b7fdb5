"""What the OpenAPI document says about each route: who may call it and every status it
can answer, each error in the one shape (`sync.protocol.ErrorResponse`).

A route's decorator takes the arguments of its kind, with the statuses of its own:

    @router.get("/orders/lookup", **device_route(404))
    @router.post("/web/commands/{name}", **channel_route(403, 404, 409, body=True))

What every route under /v1/ shares (the `Omnidesk-Protocol` header, the two bearer
schemes) is added to the document as a whole by `document`.
"""

from __future__ import annotations

from typing import Any

from sync.protocol import PROTOCOL_VERSION, SUPPORTED_VERSIONS, VERSION_HEADER, ErrorResponse

DEVICE_TOKEN = "deviceToken"
CHANNEL_KEY = "channelKey"

SECURITY_SCHEMES: dict[str, dict[str, Any]] = {
    DEVICE_TOKEN: {
        "type": "http",
        "scheme": "bearer",
        "bearerFormat": "dev_...",
        "description": "A device's token, given once at enrolment "
        "(`POST /v1/devices/enrol`): `Authorization: Bearer dev_...`.",
    },
    CHANNEL_KEY: {
        "type": "http",
        "scheme": "bearer",
        "bearerFormat": "web_...",
        "description": "A web shop's or customer portal's key (`omnidesk-server "
        "channel-key`): `Authorization: Bearer web_...`.",
    },
}

WHY: dict[int, str] = {
    400: "The request cannot be acted on: the protocol header is missing, the body is not "
    "JSON, or the code names what else (e.g. bad_snapshot_token, bad_batch_order).",
    401: "No token, or one the server does not know or has revoked (code: missing_token, "
    "invalid_token, token_revoked, invalid_credentials).",
    403: "Known, but not allowed to do this (the code says why).",
    404: "There is no such thing (code: not_found or more precise).",
    409: "It conflicts with the server's state (the code says how).",
    410: "Gone: the history this asks for was compacted (code: snapshot_required).",
    413: "The body is larger than this route takes, however it is sent (code: request_too_large).",
    422: "A value is missing, of the wrong type or out of bounds, or text holds a NUL "
    "character or a lone surrogate (code: invalid_request, invalid_text, or the "
    "rule refused).",
    423: "Locked until someone lifts it or it expires (the code says which).",
    426: "The client speaks a protocol version this server does not "
    "(code: protocol_version_unsupported); update the application.",
    429: "Too many attempts; wait for `Retry-After` seconds.",
    503: "The server's database is busy or unavailable, or the server is overloaded; "
    "nothing was applied. Try again shortly.",
}

_RETRY_AFTER = {
    "Retry-After": {
        "description": "Seconds to wait before trying again",
        "schema": {"type": "integer"},
    }
}


def errors(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """The `responses=` entries of these error statuses, in the one error shape."""
    result: dict[int | str, dict[str, Any]] = {}
    for status in sorted(set(statuses)):
        entry: dict[str, Any] = {"model": ErrorResponse, "description": WHY[status]}
        if status in (429, 503):
            entry["headers"] = _RETRY_AFTER
        result[status] = entry
    return result


VERSIONED = (400, 422, 426)
"""Any route under /v1/ but the document and health: no or another protocol version,
bad JSON or NUL in the query or body."""
STORED = (503,)
"""A route that reads or writes the database."""
BODY = (413,)


Success = dict[str, Any] | None
"""A route's own 200 entry, when FastAPI cannot tell it (e.g. an image)."""


def _route(
    security: list[dict[str, list[str]]], statuses: tuple[int, ...], body: bool, success: Success
) -> dict[str, Any]:
    found = set(VERSIONED) | set(STORED) | set(statuses) | (set(BODY) if body else set())
    responses = errors(*found)
    if success is not None:
        responses[200] = success
    return {"responses": responses, "openapi_extra": {"security": security}}


def device_route(*statuses: int, body: bool = False, success: Success = None) -> dict[str, Any]:
    """Decorator arguments of a route a device calls with its token (401 included);
    `statuses`: the route's own, `body`: it reads a body (413)."""
    return _route([{DEVICE_TOKEN: []}], (401, *statuses), body, success)


def channel_route(*statuses: int, body: bool = False, success: Success = None) -> dict[str, Any]:
    """Decorator arguments of a route of the web channel, called with its key."""
    return _route([{CHANNEL_KEY: []}], (401, *statuses), body, success)


def device_or_channel_route(
    *statuses: int, body: bool = False, success: Success = None
) -> dict[str, Any]:
    """Decorator arguments of a route either a device or the web channel may call."""
    return _route([{DEVICE_TOKEN: []}, {CHANNEL_KEY: []}], (401, *statuses), body, success)


def open_route(*statuses: int, body: bool = False, success: Success = None) -> dict[str, Any]:
    """Decorator arguments of a route anyone may call (enrolment: its code is the proof)."""
    return _route([], statuses, body, success)


def document(schema: dict[str, Any], unversioned: tuple[str, ...]) -> dict[str, Any]:
    """Add to FastAPI's document what every route shares: the bearer schemes, and the
    protocol header on every route under /v1/ except `unversioned` ones."""
    components = schema.setdefault("components", {})
    components.setdefault("securitySchemes", {}).update(SECURITY_SCHEMES)
    header = {
        "name": VERSION_HEADER,
        "in": "header",
        "required": True,
        "description": f"The protocol version the client speaks ({PROTOCOL_VERSION}); "
        "another is refused with 426, none with 400.",
        "schema": {"type": "string", "enum": [str(v) for v in sorted(SUPPORTED_VERSIONS)]},
    }
    for path, operations in schema.get("paths", {}).items():
        if not path.startswith("/v1/") or path.startswith(unversioned):
            continue
        for operation in operations.values():
            parameters = operation.setdefault("parameters", [])
            if not any(p.get("name") == VERSION_HEADER for p in parameters):
                parameters.insert(0, header)
    return schema
