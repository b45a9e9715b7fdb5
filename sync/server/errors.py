"""Every error the API answers has one shape:
{"error": {"code", "message", "details", "params"}}."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from sqlalchemy.exc import DBAPIError
from starlette.exceptions import HTTPException as StarletteHTTPException

from sync.protocol import error_json
from sync.server.messages import language, say

log = logging.getLogger(__name__)

WEB_CHANNEL = "/v1/web/"
"""Where errors are said in the caller's language (`Accept-Language`); devices say
them themselves, from the code and parameters."""


class ApiError(Exception):
    """A refusal with an HTTP status, a machine-readable code and a sentence for people."""

    def __init__(
        self,
        status: int,
        code: str,
        message: str,
        details: Any = None,
        headers: dict[str, str] | None = None,
        params: dict[str, Any] | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.details = details
        self.headers = headers
        self.params = params or {}


class RequestRefused(StarletteHTTPException):
    """A refusal raised while the request is being read (its body too large, bad text in
    it): an HTTPException, so the framework passes it on while reading the body, and
    answered in the one error shape."""

    def __init__(self, status: int, code: str, message: str, details: Any = None) -> None:
        super().__init__(status_code=status, detail=message)
        self.code = code
        self.message = message
        self.details = details


def error_response(
    status: int,
    code: str,
    message: str,
    details: Any = None,
    headers: Mapping[str, str] | None = None,
    params: dict[str, Any] | None = None,
) -> JSONResponse:
    return JSONResponse(
        error_json(code, message, details, params), status_code=status, headers=headers
    )


def allowed_methods(exc: StarletteHTTPException) -> list[str]:
    """The methods served at the path, as the router named them when it raised the 405."""
    allow = (exc.headers or {}).get("Allow", "")
    return sorted({method.strip().upper() for method in allow.split(",") if method.strip()})


def _describe(errors: list[dict[str, Any]]) -> tuple[str, list[dict[str, Any]]]:
    details = [
        {"location": ".".join(str(p) for p in e.get("loc", ())), "problem": e.get("msg", "")}
        for e in errors
    ]
    if any(e.get("type") == "json_invalid" for e in errors):
        return "The request body is not valid JSON.", details
    first = details[0] if details else {"location": "body", "problem": "invalid"}
    more = f" (and {len(details) - 1} more)" if len(details) > 1 else ""
    return f"Invalid request: {first['location']}: {first['problem']}{more}.", details


def install_handlers(app: FastAPI) -> None:
    @app.exception_handler(ApiError)
    async def _api_error(request: Request, exc: ApiError) -> JSONResponse:
        message = exc.message
        if request.url.path.startswith(WEB_CHANNEL):  # the shop shows it to its customers
            wanted = language(request.headers.get("accept-language"))
            message = say(exc.code, exc.params, message, wanted)
        response = error_response(exc.status, exc.code, message, exc.details, params=exc.params)
        response.headers.update(exc.headers or {})
        return response

    @app.exception_handler(RequestValidationError)
    async def _validation(request: Request, exc: RequestValidationError) -> JSONResponse:
        message, details = _describe(list(exc.errors()))
        code = (
            "malformed_json"
            if message.startswith("The request body is not")
            else ("invalid_request")
        )
        return error_response(
            422 if code == "invalid_request" else 400, code, message, _safe(details)
        )

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        if isinstance(exc, RequestRefused):
            return error_response(exc.status_code, exc.code, exc.message, exc.details)
        if exc.status_code == 405:
            allowed = allowed_methods(exc)
            return error_response(
                405,
                "method_not_allowed",
                f"{request.method} is not served here; use {', '.join(allowed)}.",
                {"allowed": allowed},
                {"Allow": ", ".join(allowed)},
            )
        if exc.status_code == 404:
            return error_response(404, "not_found", "There is no such endpoint.")
        if exc.status_code == 400:  # the framework could not read the body
            return error_response(
                400, "malformed_body", "The request body could not be read as JSON."
            )
        return error_response(exc.status_code, "http_error", str(exc.detail), headers=exc.headers)

    @app.exception_handler(DBAPIError)
    async def _database(request: Request, exc: DBAPIError) -> JSONResponse:
        log.warning("database unavailable on %s %s: %s", request.method, request.url.path, exc)
        return error_response(
            503,
            "database_unavailable",
            "The server's database is busy or unavailable; nothing was applied. Try again shortly.",
        )

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
        log.exception("unexpected error on %s %s", request.method, request.url.path)
        return error_response(
            500, "internal_error", "The server failed unexpectedly; nothing was applied."
        )


def _safe(details: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{k: str(v) for k, v in d.items()} for d in details]
