"""The central API as an ASGI app."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

from fastapi import FastAPI
from fastapi.responses import JSONResponse
from starlette.datastructures import Headers
from starlette.types import ASGIApp, Receive, Scope, Send

from sync.protocol import PROTOCOL_VERSION, SUPPORTED_VERSIONS, VERSION_HEADER
from sync.server import contract, housekeeping, schema
from sync.server.blobs import BlobStore
from sync.server.db import Database, open_database
from sync.server.errors import error_response, install_handlers
from sync.server.live import ChangeNotifier
from sync.server.request_body import (
    CountedBody,
    bad_text,
    has_bad_query,
    limit_for,
    too_large,
)
from sync.server.routes import devices, orders, prices, web, wipe
from sync.server.routes import files as file_routes
from sync.server.routes import sync as sync_routes
from sync.server.settings import files_dir, staff_session_days

UNVERSIONED = ("/v1/openapi.json", "/v1/docs", "/v1/health")


def _refusal(scope: Scope) -> JSONResponse | None:
    """Why a request must be refused before anything runs (another protocol version, too
    large a body, a NUL in its address), or None."""
    path: str = scope["path"]
    request_headers = Headers(scope=scope)
    if path.startswith("/v1/") and not path.startswith(UNVERSIONED):
        version = request_headers.get(VERSION_HEADER)
        if version is None:
            return error_response(
                400,
                "protocol_version_missing",
                f"Every request must carry the {VERSION_HEADER} header.",
            )
        if not version.isdigit() or int(version) not in SUPPORTED_VERSIONS:
            return error_response(
                426,
                "protocol_version_unsupported",
                f"This server speaks protocol version {PROTOCOL_VERSION}, not {version!r}; "
                "update the application.",
                {"supported": sorted(SUPPORTED_VERSIONS)},
            )
    length = request_headers.get("content-length")
    limit = limit_for(path)
    if length is not None and (
        not length.isdigit() or (int(length) > limit and not file_routes.raw_body(path))
    ):
        refusal = too_large(limit)
        return error_response(413, refusal.code, refusal.message, refusal.details)
    if "\x00" in path or has_bad_query(scope["query_string"]):
        refusal = bad_text("query" if "\x00" not in path else "path")
        return error_response(422, refusal.code, refusal.message, refusal.details)
    return None


class RequestCheck:
    """Refuses, before anything runs, a client speaking another protocol or too much, and
    counts and checks the body as it streams in (`sync.server.request_body`).

    Plain ASGI rather than an HTTP middleware function: it runs on every request, and
    the function form costs an extra task and a re-streamed body each time."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            refusal = _refusal(scope)
            if refusal is not None:
                await refusal(scope, receive, send)
                return
            if not file_routes.raw_body(scope["path"]):  # file routes count their bytes
                receive = CountedBody(receive, limit_for(scope["path"])).receive
        await self.app(scope, receive, send)


def create_app(db: Database, *, upkeep: bool = True, files_root: Path | None = None) -> FastAPI:
    @contextlib.asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        if not upkeep:
            yield
            return
        async with housekeeping.running(db):
            yield

    app = FastAPI(
        lifespan=lifespan,
        title="Omnidesk central API",
        version=f"protocol {PROTOCOL_VERSION}",
        openapi_url="/v1/openapi.json",
        docs_url="/v1/docs",
        redoc_url=None,
    )
    app.state.db = db
    app.state.blobs = BlobStore(files_root or files_dir(db.url))
    app.state.notifier = ChangeNotifier()
    install_handlers(app)
    app.add_middleware(RequestCheck)

    build_document = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            # FastAPI's own builds the document and keeps it as app.openapi_schema.
            return contract.document(build_document(), UNVERSIONED)
        return app.openapi_schema

    # FastAPI's documented way to extend the document: replace the app's method.
    app.openapi = openapi  # type: ignore[method-assign]

    @app.get("/v1/health", tags=["meta"], responses=contract.errors(422))
    def health() -> dict[str, object]:
        return {"status": "ok", "protocol": PROTOCOL_VERSION}

    for module in (devices, sync_routes, orders, prices, web, wipe, file_routes):
        app.include_router(module.router)
    return app


def build(url: str, files_root: Path | None = None) -> FastAPI:
    """Migrate the database at `url` and return an app serving it (its files under
    `files_root`, else where the settings say: `settings.files_dir`)."""
    staff_session_days()  # a bad setting stops the start, rather than failing sign-ins
    schema.upgrade(url)
    notifier = ChangeNotifier()
    db = open_database(url, on_commit=notifier.notify)
    app = create_app(db, files_root=files_root)
    app.state.notifier = notifier
    return app
