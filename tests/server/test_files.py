"""Files attached to applications over the real API on loopback: stored once by hash,
served only where the application is, uploads and downloads resumable, bad input refused."""

from __future__ import annotations

import hashlib
import os
import socket
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx
import pytest
from sqlalchemy import select

from sync import model as m
from sync.rules.files import MAX_FILE_BYTES
from sync.server.app import build
from sync.server.blobs import BadHash, BlobStore, TooLong, WrongOffset
from sync.server.db import Database
from tests.server.conftest import Api, Device, headers
from tests.server.live_server import serve
from tests.server.test_web_channel import command
from tests.server.world import build_world

MakeApi = Callable[[str], Api]


@pytest.fixture
def make_api(tmp_path: Path) -> Iterator[MakeApi]:
    """A real API on loopback over the database at a URL, its files under tmp_path."""
    with_exit: list[Any] = []

    def make(url: str) -> Api:
        app = build(url, files_root=tmp_path / "files")
        db: Database = app.state.db
        world = build_world(db)
        server = serve(app)
        base = server.__enter__()
        http = httpx.Client(base_url=base, timeout=30)
        with_exit.append((server, http, db))
        return Api(base, db, world, http)

    yield make
    for server, http, db in reversed(with_exit):
        http.close()
        server.__exit__(None, None, None)
        db.dispose()


@pytest.fixture
def files_api(make_api: MakeApi, sqlite_url: str) -> Api:
    return make_api(sqlite_url)


def stored(root: Path) -> list[str]:
    """Every file kept under the files folder (whole or partial)."""
    if not root.exists():
        return []
    return sorted(str(p.relative_to(root)) for p in root.rglob("*") if p.is_file())


def pdf(size: int) -> bytes:
    return b"%PDF-1.7\n" + os.urandom(size - 9)


def start_application(api: Api, customer: str = "ola", branch: str = "PL-KRK-01") -> str:
    application_id = str(uuid.uuid4())
    response = command(
        api,
        "application.start",
        {
            "application_id": application_id,
            "customer_id": str(api.world.customers[customer]),
            "kind": "loan",
            "branch_store_id": str(api.world.stores[branch]),
        },
    )
    assert response.status_code == 200, response.text
    return application_id


def attach_on(
    api: Api, device: Device, actor: str, application_id: str, data: bytes, sha: str | None = None
) -> str:
    """A file row attached on `device` by `actor` (pushed like any change); its hash."""
    sha = sha or hashlib.sha256(data).hexdigest()
    args = {
        "file_id": str(uuid.uuid4()),
        "application_id": application_id,
        "document": "id_card",
        "sha256": sha,
        "size": len(data),
        "media_type": "application/pdf",
        "filename": "id.pdf",
    }
    result = device.push(device.mutation("application.attach_file", api.world.staff[actor], args))
    assert result[0]["status"] == "accepted", result
    return sha


def put(device: Device, sha: str, offset: int, chunk: bytes) -> httpx.Response:
    return device.http.put(
        f"/v1/files/{sha}",
        params={"offset": offset},
        content=chunk,
        headers=headers(device.token) | {"Content-Type": "application/octet-stream"},
    )


def head(device: Device, sha: str) -> httpx.Response:
    return device.http.head(f"/v1/files/{sha}", headers=headers(device.token))


def fetch(device: Device, sha: str, range_: str | None = None) -> httpx.Response:
    extra = {"Range": range_} if range_ else {}
    return device.http.get(f"/v1/files/{sha}", headers=headers(device.token) | extra)


def cut_put(api: Api, device: Device, sha: str, offset: int, chunk: bytes) -> None:
    """A PUT whose connection is cut half-way through its body."""
    address = urlsplit(api.url)
    with socket.create_connection((address.hostname, address.port)) as raw:
        lines = [
            f"PUT /v1/files/{sha}?offset={offset} HTTP/1.1",
            f"Host: {address.hostname}",
            f"Content-Length: {len(chunk)}",
            "Content-Type: application/octet-stream",
            *(f"{name}: {value}" for name, value in headers(device.token).items()),
            "",
            "",
        ]
        raw.sendall("\r\n".join(lines).encode() + chunk[: len(chunk) // 2])


def received(device: Device, sha: str) -> int:
    response = device.get(f"/v1/files/{sha}/upload")
    assert response.status_code == 200, response.text
    return int(response.json()["received"])


# --- devices ---------------------------------------------------------------------------


def _upload_resumes_and_downloads(api: Api, root: Path) -> None:
    krakow = api.enrol("PL-KRK-01")
    application_id = start_application(api)
    data = pdf(300_000)
    sha = attach_on(api, krakow, "cashier.krk", application_id, data)
    assert received(krakow, sha) == 0
    assert head(krakow, sha).status_code == 404  # the row is there, the bytes not yet

    first = put(krakow, sha, 0, data[:100_000])
    assert first.status_code == 200, first.text
    assert first.json() == {"received": 100_000}
    cut_put(api, krakow, sha, 100_000, data[100_000:])  # the connection drops
    assert received(krakow, sha) == 100_000

    late = put(krakow, sha, 0, data[:100_000])  # a client that lost count
    assert late.status_code == 409
    assert late.json()["error"]["code"] == "upload_offset"
    assert late.json()["error"]["details"] == {"received": 100_000}

    rest = put(krakow, sha, 100_000, data[100_000:])
    assert rest.status_code == 200, rest.text
    assert rest.json() == {"received": len(data)}
    assert received(krakow, sha) == len(data)
    assert stored(root) == [f"{sha[:2]}/{sha}"]

    whole = head(krakow, sha)
    assert whole.status_code == 200
    assert int(whole.headers["content-length"]) == len(data)
    got = fetch(krakow, sha)
    assert got.status_code == 200
    assert hashlib.sha256(got.content).hexdigest() == sha

    middle = fetch(krakow, sha, "bytes=150000-")
    assert middle.status_code == 206
    assert middle.content == data[150_000:]
    assert middle.headers["content-range"] == f"bytes 150000-{len(data) - 1}/{len(data)}"
    again = put(krakow, sha, len(data), b"")  # already whole: nothing more to send
    assert again.json() == {"received": len(data)}


def test_upload_resumes_after_a_cut_and_downloads_from_the_middle(
    make_api: MakeApi, db_url: str, tmp_path: Path
) -> None:
    _upload_resumes_and_downloads(make_api(db_url), tmp_path / "files")


def test_bytes_that_do_not_match_their_hash_are_dropped(files_api: Api, tmp_path: Path) -> None:
    krakow = files_api.enrol("PL-KRK-01")
    application_id = start_application(files_api)
    data = pdf(50_000)
    claimed = hashlib.sha256(b"something else").hexdigest()
    attach_on(files_api, krakow, "cashier.krk", application_id, data, sha=claimed)
    answer = put(krakow, claimed, 0, data)
    assert answer.status_code == 409
    assert answer.json()["error"]["code"] == "hash_mismatch"
    assert received(krakow, claimed) == 0
    assert head(krakow, claimed).status_code == 404
    assert stored(tmp_path / "files") == []


def test_a_device_outside_the_scope_learns_nothing(files_api: Api, tmp_path: Path) -> None:
    api = files_api
    krakow, milan, warsaw = (api.enrol(code) for code in ("PL-KRK-01", "IT-MIL-01", "PL-WAW-01"))
    application_id = start_application(api)
    data = pdf(20_000)
    sha = attach_on(api, krakow, "cashier.krk", application_id, data)
    unknown = hashlib.sha256(b"nobody has this").hexdigest()

    # Nobody else can upload a blob only a Kraków row names, nor one no row names.
    for outsider in (milan, warsaw):
        assert put(outsider, sha, 0, data).status_code == 404
        assert put(outsider, unknown, 0, data).status_code == 404
        assert outsider.get(f"/v1/files/{sha}/upload").status_code == 404
    assert stored(tmp_path / "files") == []
    assert put(krakow, sha, 0, data).json() == {"received": len(data)}

    assert fetch(krakow, sha).content == data
    for outsider in (milan, warsaw):
        hidden, missing = fetch(outsider, sha), fetch(outsider, unknown)
        assert hidden.status_code == missing.status_code == 404
        assert hidden.json() == missing.json()
        assert head(outsider, sha).status_code == 404
        assert fetch(outsider, sha, "bytes=10-").status_code == 404


@pytest.mark.parametrize(
    "path",
    [
        "/v1/files/..%2F..%2Fetc%2Fpasswd",
        "/v1/files/%2e%2e",
        "/v1/files/" + "A" * 64,
        "/v1/files/" + "0" * 63,
        "/v1/files/" + "0" * 64 + "%2F..",
        "/v1/files/partial",
        "/v1/files/" + "0" * 62 + "/..",
        "/v1/files/..%5C..%5Cwindows",
    ],
)
def test_hash_strings_that_are_no_hash_never_reach_a_path(files_api: Api, path: str) -> None:
    krakow = files_api.enrol("PL-KRK-01")
    auth = headers(krakow.token)
    for method in ("GET", "HEAD", "PUT"):
        answer = files_api.http.request(method, path, headers=auth, params={"offset": 0})
        assert answer.status_code in (404, 405, 422), (method, path, answer.status_code)
    upload = files_api.http.get(path + "/upload", headers=auth)
    assert upload.status_code in (404, 422)


def test_ranges_outside_the_file_and_odd_ranges(files_api: Api) -> None:
    krakow = files_api.enrol("PL-KRK-01")
    data = pdf(1000)
    sha = attach_on(files_api, krakow, "cashier.krk", start_application(files_api), data)
    put(krakow, sha, 0, data)
    assert fetch(krakow, sha, "bytes=1000-").status_code == 416
    assert fetch(krakow, sha, "bytes=10-19").content == data[10:20]
    assert fetch(krakow, sha, "items=3-").content == data  # not served: the whole file
    assert fetch(krakow, sha, "bytes=99999999999999999-").status_code == 416


def test_a_chunk_over_four_megabytes_is_refused(files_api: Api, tmp_path: Path) -> None:
    krakow = files_api.enrol("PL-KRK-01")
    data = pdf(5 * 1024 * 1024)
    sha = attach_on(files_api, krakow, "cashier.krk", start_application(files_api), data)
    answer = put(krakow, sha, 0, data)
    assert answer.status_code == 413
    assert answer.json()["error"]["code"] == "request_too_large"
    assert stored(tmp_path / "files") == []


# --- the web channel ------------------------------------------------------------------


def web_upload(
    api: Api, application_id: str, body: Any, filename: str = "scan.pdf", **extra: str
) -> httpx.Response:
    return api.http.post(
        f"/v1/web/applications/{application_id}/files",
        params={"document": "id_card", "filename": filename},
        content=body,
        headers=headers(api.world.channel_key) | {"Content-Type": "text/plain"} | extra,
    )


def test_the_web_channel_uploads_a_document_a_branch_then_fetches(
    files_api: Api, tmp_path: Path
) -> None:
    api = files_api
    application_id = start_application(api)
    data = pdf(70_000)
    key = str(uuid.uuid4())
    answer = web_upload(api, application_id, data, **{"Idempotency-Key": key})
    assert answer.status_code == 200, answer.text
    row = answer.json()
    sha = hashlib.sha256(data).hexdigest()
    assert row["sha256"] == sha
    assert row["media_type"] == "application/pdf"  # whatever the Content-Type said
    assert (row["size"], row["filename"], row["channel"]) == (len(data), "scan.pdf", "web")
    retry = web_upload(api, application_id, data, **{"Idempotency-Key": key})
    assert retry.json()["id"] == row["id"]

    mine = api.http.get(
        f"/v1/web/applications/{application_id}/files/{row['id']}",
        headers=headers(api.world.channel_key),
    )
    assert mine.status_code == 200
    assert mine.content == data
    assert mine.headers["content-type"] == "application/pdf"
    other = start_application(api)
    assert (
        api.http.get(
            f"/v1/web/applications/{other}/files/{row['id']}",
            headers=headers(api.world.channel_key),
        ).status_code
        == 404
    )

    krakow, milan = api.enrol("PL-KRK-01"), api.enrol("IT-MIL-01")
    assert fetch(krakow, sha).content == data
    assert fetch(milan, sha).status_code == 404
    assert stored(tmp_path / "files") == [f"{sha[:2]}/{sha}"]


def test_the_web_channel_is_refused_a_file_too_large(files_api: Api, tmp_path: Path) -> None:
    application_id = start_application(files_api)
    declared = web_upload(files_api, application_id, pdf(MAX_FILE_BYTES + 1))
    assert declared.status_code == 413
    error = declared.json()["error"]
    assert error["code"] == "file_too_large"
    assert error["params"] == {"size": MAX_FILE_BYTES + 1, "limit": MAX_FILE_BYTES}

    def chunks() -> Iterator[bytes]:  # no Content-Length: counted as it comes
        yield b"%PDF-1.7\n"
        for _ in range(12):
            yield bytes(1024 * 1024)

    streamed = web_upload(files_api, application_id, chunks())
    assert streamed.status_code == 413
    assert streamed.json()["error"]["code"] == "file_too_large"
    assert stored(tmp_path / "files") == []
    with files_api.db.read() as session:
        assert session.scalars(select(m.ApplicationFile)).all() == []


def test_a_program_renamed_pdf_is_refused(files_api: Api, tmp_path: Path) -> None:
    application_id = start_application(files_api)
    program = b"MZ\x90\x00\x03\x00\x00\x00" + os.urandom(4000)
    answer = web_upload(files_api, application_id, program, filename="invoice.pdf")
    assert answer.status_code == 422
    error = answer.json()["error"]
    assert error["code"] == "file_type"
    assert error["params"] == {"filename": "invoice.pdf"}
    assert stored(tmp_path / "files") == []


def test_the_web_channel_cannot_upload_to_an_unknown_application(files_api: Api) -> None:
    answer = web_upload(files_api, str(uuid.uuid4()), pdf(1000))
    assert answer.status_code == 404
    no_key = files_api.http.post(
        f"/v1/web/applications/{uuid.uuid4()}/files",
        params={"document": "id_card", "filename": "a.pdf"},
        content=pdf(100),
        headers=headers(),
    )
    assert no_key.status_code == 401


# --- the store itself -----------------------------------------------------------------


def test_the_store_keeps_one_private_copy_and_takes_only_hashes(tmp_path: Path) -> None:
    blobs = BlobStore(tmp_path / "files")
    data = pdf(3000)
    sha = blobs.put(data)
    assert blobs.put(data) == sha == hashlib.sha256(data).hexdigest()
    assert stored(tmp_path / "files") == [f"{sha[:2]}/{sha}"]
    assert blobs.path(sha).stat().st_mode & 0o777 == 0o600
    assert blobs.path(sha).parent.stat().st_mode & 0o777 == 0o700
    assert b"".join(blobs.chunks(sha, 1000)) == data[1000:]
    for bad in ("../" + sha[3:], sha.upper(), sha[:-1], "", "partial", sha + "/x"):
        with pytest.raises(BadHash):
            blobs.path(bad)
        with pytest.raises(BadHash):
            blobs.received(bad)


def test_a_partial_upload_grows_only_from_its_end_and_moves_in_place_once_whole(
    tmp_path: Path,
) -> None:
    blobs = BlobStore(tmp_path / "files")
    data = pdf(5000)
    sha = hashlib.sha256(data).hexdigest()
    assert blobs.append(sha, 0, data[:2000], len(data)) == 2000
    with pytest.raises(WrongOffset) as wrong:
        blobs.append(sha, 1000, data[1000:], len(data))
    assert wrong.value.received == 2000
    with pytest.raises(TooLong):
        blobs.append(sha, 2000, data[2000:] + b"x", len(data))
    assert blobs.append(sha, 2000, data[2000:], len(data)) == len(data)
    assert not blobs.has(sha)
    assert blobs.partial_path(sha).stat().st_mode & 0o777 == 0o600
    blobs.finish(sha)
    assert blobs.read(sha) == data
    assert not blobs.partial_path(sha).exists()
    assert blobs.received(sha) == len(data)
