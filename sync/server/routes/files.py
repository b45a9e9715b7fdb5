"""Files attached to applications, over HTTP: devices fetch and upload them by hash,
resumably; the web channel uploads a customer's document and reads it back.

A device sees a file only when an `application_files` row naming its hash is in the
device's scope (the same rule as the row itself) and the file's bytes were uploaded for
that row's application (a claim in the `BlobStore`: knowing a hash is no proof of holding
the file); otherwise, and when the server has no such file, the answer is the same 404,
so a device cannot learn what exists elsewhere. A device earns the claim by uploading the
bytes (hash-checked), even when the server already has them; the web channel by its
upload route, the only way it attaches a file.
Bodies here are raw bytes, counted by the routes themselves as they stream in (see
`raw_body`), never read past their limit.
"""

from __future__ import annotations

import hashlib
import re
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Annotated, Any
from urllib.parse import quote

from fastapi import APIRouter, Header, Query, Request
from fastapi import Path as PathParam
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import Response, StreamingResponse
from sqlalchemy import select
from starlette.requests import ClientDisconnect

from sync import model as m
from sync import wire
from sync.model.types import utcnow
from sync.protocol import ErrorResponse
from sync.rules.errors import RuleViolation
from sync.rules.files import HEAD_BYTES, MAX_FILE_BYTES, check_file, check_size
from sync.server.blobs import BlobStore, HashMismatch, TooLong, WrongOffset, is_hash
from sync.server.contract import channel_route, device_route
from sync.server.db import Database
from sync.server.deps import ChannelDep, DbDep, DeviceDep
from sync.server.errors import ApiError
from sync.server.push_rules import DeviceContext
from sync.server.scopes import tags_of
from sync.server.web_commands import run_web_command

MAX_CHUNK = 4 * 1024 * 1024
"""The most one `PUT /v1/files/{sha256}` may carry."""
OCTETS = "application/octet-stream"
NOSNIFF = {"X-Content-Type-Options": "nosniff"}
"""On every file served: a browser takes it for what its type says, never guesses."""
SHA256 = Annotated[
    str,
    PathParam(pattern="^[0-9a-f]{64}$", description="The file's SHA-256: 64 lower-case hex digits"),
]
_RAW = re.compile(r"^/v1/files/[^/]*$|^/v1/web/applications/[^/]+/files$")
_RANGE = re.compile(r"^bytes=(\d{1,18})-(\d{1,18})?$")
_STATUS = {"forbidden_channel": 403, "not_found": 404, "duplicate_id": 409, "conflict": 409}

ATTACH = "application.attach_file"
"""For the web channel, only its upload route runs it: the hash comes from the bytes."""

router = APIRouter(tags=["files"])


def refuse_attach_by_hash(name: str) -> None:
    """Refuse, on the web channel's generic command route, attaching a file by naming
    its hash: the upload route attaches it from the bytes themselves."""
    if name == ATTACH:
        raise ApiError(
            403,
            "forbidden_channel",
            f"{name} cannot be sent by the web channel as a command: upload the file to "
            "POST /v1/web/applications/{application_id}/files instead.",
            params={"command": name, "case": "upload"},
        )


def raw_body(path: str) -> bool:
    """Whether `path` takes raw bytes its route counts itself (the API's request check
    then leaves the body alone: it is no JSON, and may be larger than a JSON body)."""
    return _RAW.match(path) is not None


def blobs_of(request: Request) -> BlobStore:
    store: BlobStore = request.app.state.blobs
    return store


def _not_found() -> ApiError:
    # One answer for "no such file" and "not yours": it says nothing of other places.
    return ApiError(
        404, "not_found", "There is no such file.", params={"case": "web", "what": "file"}
    )


@dataclass(frozen=True)
class _Row:
    """What the routes need of an `application_files` row in a device's scope."""

    application_id: str
    size: int
    filename: str


def _rows_in_scope(db: Database, device: DeviceContext, sha: str) -> list[_Row]:
    """The rows naming `sha` that are in the device's scope, oldest first (none: the
    device may not touch the file at all)."""
    with db.read() as session:
        rows = session.scalars(
            select(m.ApplicationFile)
            .where(m.ApplicationFile.sha256 == sha)
            .order_by(m.ApplicationFile.uploaded_at, m.ApplicationFile.id)
        ).all()
        return [
            _Row(str(row.application_id), row.size, row.filename)
            for row in rows
            if device.scope.allows(tags_of(session, row))
        ]


def _proven(blobs: BlobStore, sha: str, rows: list[_Row]) -> bool:
    """Whether the file's bytes were uploaded for one of these rows' applications."""
    return blobs.claimed(sha, {row.application_id for row in rows})


def _visible_size(db: Database, blobs: BlobStore, device: DeviceContext, sha: str) -> int:
    rows = _rows_in_scope(db, device, sha)
    size = blobs.size(sha)
    if not rows or size is None or not _proven(blobs, sha, rows):
        raise _not_found()
    return size


def _stream(blobs: BlobStore, sha: str, start: int, length: int) -> Iterator[bytes]:
    with blobs.open_range(sha, start) as file:
        while length > 0:
            data = file.read(min(64 * 1024, length))
            if not data:
                return
            length -= len(data)
            yield data


async def _body(request: Request, limit: int) -> tuple[bytes | None, int]:
    """The body, or None once it passes `limit` (then not read further); bytes counted."""
    parts: list[bytes] = []
    size = 0
    try:
        async for chunk in request.stream():
            size += len(chunk)
            if size > limit:
                return None, size
            parts.append(chunk)
    except ClientDisconnect:
        raise ApiError(400, "body_cut", "The connection closed before the body was in.") from None
    return b"".join(parts), size


def _declared_length(request: Request) -> int | None:
    length = request.headers.get("content-length")
    return int(length) if length is not None and length.isdigit() else None


def _refused(refusal: RuleViolation) -> ApiError:
    status = 413 if refusal.code == "file_too_large" else 422
    return ApiError(status, refusal.code, refusal.message, params=refusal.params)


_BYTES = {"description": "The file's bytes", "content": {OCTETS: {}}}
_RANGE_REFUSED = {
    "model": ErrorResponse,
    "description": "The range asked for starts at or after the file's end "
    "(code: range_not_satisfiable).",
}


def _download_route() -> dict[str, Any]:
    route = device_route(404, success=_BYTES)
    route["responses"][206] = {"description": "The bytes from the range's start", **_BYTES}
    route["responses"][416] = _RANGE_REFUSED
    return route


def _raw_body_route(route: dict[str, Any]) -> dict[str, Any]:
    route["openapi_extra"]["requestBody"] = {
        "required": True,
        "content": {OCTETS: {"schema": {"type": "string", "format": "binary"}}},
    }
    return route


# --- devices --------------------------------------------------------------------------


@router.head(
    "/v1/files/{sha256}",
    response_class=Response,
    **device_route(404, success={"description": "The file is here whole; its size"}),
)
def has_file(sha256: SHA256, request: Request, device: DeviceDep, db: DbDep) -> Response:
    """Whether the server has the whole file and this device may fetch it
    (`Content-Length`: its size); 404 otherwise, whether or not it exists elsewhere."""
    size = _visible_size(db, blobs_of(request), device, sha256)
    return Response(headers={"Content-Length": str(size), "Accept-Ranges": "bytes", **NOSNIFF})


@router.get("/v1/files/{sha256}", response_class=StreamingResponse, **_download_route())
def get_file(
    sha256: SHA256,
    request: Request,
    device: DeviceDep,
    db: DbDep,
    range: Annotated[
        str | None,
        Header(
            max_length=100,
            description="`bytes=N-` (or `bytes=N-M`): from byte N, to resume a download",
        ),
    ] = None,
) -> Response:
    """The file's bytes, streamed; with `Range: bytes=N-`, from byte N (206)."""
    blobs = blobs_of(request)
    size = _visible_size(db, blobs, device, sha256)
    headers = {"Accept-Ranges": "bytes", **NOSNIFF}
    asked = _RANGE.match(range.strip()) if range else None
    if asked is None:  # no range, or one this server does not serve: the whole file
        headers["Content-Length"] = str(size)
        return StreamingResponse(
            _stream(blobs, sha256, 0, size), media_type=OCTETS, headers=headers
        )
    start = int(asked.group(1))
    end = min(int(asked.group(2)), size - 1) if asked.group(2) else size - 1
    if start >= size or end < start:
        raise ApiError(
            416,
            "range_not_satisfiable",
            f"The file has {size} bytes; the range asked for is outside it.",
            {"size": size},
            {"Content-Range": f"bytes */{size}"},
        )
    headers["Content-Length"] = str(end - start + 1)
    headers["Content-Range"] = f"bytes {start}-{end}/{size}"
    return StreamingResponse(
        _stream(blobs, sha256, start, end - start + 1),
        status_code=206,
        media_type=OCTETS,
        headers=headers,
    )


@router.get("/v1/files/{sha256}/upload", **device_route(404))
def upload_state(sha256: SHA256, request: Request, device: DeviceDep, db: DbDep) -> dict[str, int]:
    """How many bytes of the file the server holds (`received`): where to resume an
    upload (0 when none; the whole size once it is in for this device's application).
    A file the server holds only for other applications counts as not here: the device
    sends it, which proves it holds it."""
    rows = _rows_in_scope(db, device, sha256)
    if not rows:
        raise _not_found()
    blobs = blobs_of(request)
    size = blobs.size(sha256)
    if size is not None and _proven(blobs, sha256, rows):
        return {"received": size}
    return {"received": blobs.partial_size(sha256, str(device.device_id))}


@router.put("/v1/files/{sha256}", **_raw_body_route(device_route(404, 409, body=True)))
async def upload_chunk(
    sha256: SHA256,
    request: Request,
    device: DeviceDep,
    db: DbDep,
    offset: Annotated[int, Query(ge=0, le=MAX_FILE_BYTES, description="Where the bytes go")],
) -> dict[str, int]:
    """Bytes of the file from `offset` (at most 4 MiB at a time) → `{"received": M}`.

    `offset` must be what the server holds (else 409 `upload_offset` with `received`,
    where to resume). When the last byte is in, the file's type is told from its first
    bytes (422 `file_type`) and its SHA-256 checked (409 `hash_mismatch`): a refused
    upload is dropped, start again from 0. Else the file is kept (once), and known to be
    uploaded for the applications of the device's rows naming it."""
    blobs = blobs_of(request)
    rows = await run_in_threadpool(_rows_in_scope, db, device, sha256)
    if not rows:
        raise _not_found()
    row = rows[0]
    expected, owner = row.size, str(device.device_id)
    declared = _declared_length(request)
    if declared is not None and declared > MAX_CHUNK:
        raise _chunk_too_large()
    body, _ = await _body(request, MAX_CHUNK)
    if body is None:
        raise _chunk_too_large()
    whole = await run_in_threadpool(blobs.size, sha256)
    if whole is not None and await run_in_threadpool(_proven, blobs, sha256, rows):
        return {"received": whole}  # already in for this device's application
    try:
        check_size(max(expected, offset + len(body)))
    except RuleViolation as refusal:
        raise _refused(refusal) from None
    try:
        received = await run_in_threadpool(blobs.append, sha256, offset, body, expected, owner)
        if received == expected:
            await run_in_threadpool(_complete, blobs, sha256, row, owner)
            await run_in_threadpool(_claim, blobs, sha256, rows)
    except WrongOffset as wrong:
        raise ApiError(
            409,
            "upload_offset",
            f"The server holds {wrong.received} bytes of this file; send from there.",
            {"received": wrong.received},
            params={"received": wrong.received},
        ) from None
    except TooLong:
        raise _too_long(expected) from None
    except HashMismatch:
        raise ApiError(
            409,
            "hash_mismatch",
            "The bytes received do not match the file's SHA-256; they were dropped. "
            "Upload the file again from the start.",
            {"received": 0},
        ) from None
    return {"received": received}


def _too_long(size: int) -> ApiError:
    return ApiError(
        409,
        "upload_too_long",
        f"The file has {size} bytes; these go past its end.",
        {"size": size},
        params={"size": size},
    )


def _complete(blobs: BlobStore, sha: str, row: _Row, owner: str) -> None:
    """An upload whose last byte is in: of an allowed type (its first bytes, the row's
    filename) and of the row's size, then hash-checked and kept; else dropped."""
    try:
        check_file(row.filename, blobs.head(sha, HEAD_BYTES, owner), row.size)
    except RuleViolation as refusal:
        blobs.drop_partial(sha, owner)
        raise _refused(refusal) from None
    if blobs.partial_size(sha, owner) != row.size:
        blobs.drop_partial(sha, owner)
        raise _other_size(row.size)
    blobs.finish(sha, owner)
    if blobs.size(sha) != row.size:  # the same hash, another size: not this row's file
        raise _other_size(row.size)


def _other_size(size: int) -> ApiError:
    return ApiError(
        409,
        "upload_size",
        f"The file attached has {size} bytes; the bytes uploaded have another size. "
        "They were dropped.",
        {"size": size, "received": 0},
    )


def _claim(blobs: BlobStore, sha: str, rows: list[_Row]) -> None:
    for application_id in sorted({row.application_id for row in rows}):
        blobs.claim(sha, application_id)


def _chunk_too_large() -> ApiError:
    return ApiError(
        413,
        "request_too_large",
        f"A chunk may carry at most {MAX_CHUNK // (1024 * 1024)} MB.",
        {"limit": MAX_CHUNK},
    )


# --- the web channel --------------------------------------------------------------------


def _application_exists(db: Database, application_id: uuid.UUID) -> bool:
    with db.read() as session:
        return session.get(m.Application, application_id) is not None


def _file_row(db: Database, file_id: uuid.UUID) -> dict[str, Any] | None:
    with db.read() as session:
        row = session.get(m.ApplicationFile, file_id)
        if row is None:
            return None
        table = m.ApplicationFile.__table__
        return wire.to_wire(table, {c.name: getattr(row, c.name) for c in table.columns})


def _no_application() -> ApiError:
    return ApiError(
        404,
        "not_found",
        "There is no such application.",
        params={"case": "web", "what": "application"},
    )


@router.post(
    "/v1/web/applications/{application_id}/files",
    **_raw_body_route(channel_route(403, 404, 409, body=True)),
)
async def web_upload(
    application_id: uuid.UUID,
    request: Request,
    client: ChannelDep,
    db: DbDep,
    document: Annotated[
        str, Query(min_length=1, max_length=32, description="The checklist code, e.g. id_card")
    ],
    filename: Annotated[str, Query(min_length=1, max_length=120)],
    idempotency_key: Annotated[
        uuid.UUID | None,
        Header(description="A UUID made by the shop; a retry with it adds no second file"),
    ] = None,
) -> dict[str, Any]:
    """Attach a customer's document to their application: the raw file as the body (PDF,
    JPEG or PNG, told by its first bytes; at most 10 MB). Answers the file's row."""
    if not await run_in_threadpool(_application_exists, db, application_id):
        raise _no_application()
    blobs = blobs_of(request)
    try:
        declared = _declared_length(request)
        if declared is not None:
            check_size(declared)
        body, size = await _body(request, MAX_FILE_BYTES)
        check_size(size)
        assert body is not None  # within the limit
        media_type = check_file(filename, body[:HEAD_BYTES], len(body))
    except RuleViolation as refusal:
        raise _refused(refusal) from None
    sha = hashlib.sha256(body).hexdigest()
    key = idempotency_key or uuid.uuid4()
    file_id = uuid.uuid5(key, "application file")
    args = {
        "file_id": str(file_id),
        "application_id": str(application_id),
        "document": document,
        "sha256": sha,
        "size": len(body),
        "media_type": media_type,
        "filename": filename,
    }
    answer = await run_in_threadpool(run_web_command, db, client, ATTACH, args, key, utcnow())
    if answer.status == "rejected":  # nothing kept: the bytes are dropped with the request
        code = answer.code or "rejected"
        raise ApiError(
            _STATUS.get(code, 422), code, answer.message or "Refused.", params=answer.params
        )
    row = await run_in_threadpool(_file_row, db, file_id)
    if row is None:  # the command kept no row under that id
        raise ApiError(409, "conflict", "The file was not attached.")
    if row["sha256"] == sha:  # (a retry of an upload with other bytes keeps the first)
        await run_in_threadpool(_keep, blobs, body, row["application_id"])
    return row


def _keep(blobs: BlobStore, body: bytes, application_id: str) -> None:
    """The web channel's file, kept and known to be uploaded for its application."""
    blobs.claim(blobs.put(body), application_id)


@router.get(
    "/v1/web/applications/{application_id}/files/{file_id}",
    response_class=StreamingResponse,
    **channel_route(404, success=_BYTES),
)
def web_download(
    application_id: uuid.UUID, file_id: uuid.UUID, request: Request, client: ChannelDep, db: DbDep
) -> Response:
    """A file attached to the application, for the customer to see again."""
    blobs = blobs_of(request)
    with db.read() as session:
        row = session.get(m.ApplicationFile, file_id)
        found = row is not None and row.application_id == application_id
        sha, media, name = (row.sha256, row.media_type, row.filename) if row else ("", "", "")
    proven = found and is_hash(sha) and blobs.claimed(sha, [application_id])
    size = blobs.size(sha) if proven else None
    if size is None:
        raise ApiError(
            404, "not_found", "There is no such file.", params={"case": "web", "what": "file"}
        )
    headers = {
        "Content-Length": str(size),
        "Content-Disposition": f"inline; filename*=UTF-8''{quote(name, safe='')}",
        **NOSNIFF,
    }
    return StreamingResponse(_stream(blobs, sha, 0, size), media_type=media, headers=headers)
