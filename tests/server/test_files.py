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
from sync.rules.files import MAX_FILE_BYTES, megabytes
from sync.server.app import build
from sync.server.blobs import BadHash, BlobStore, HashMismatch, TooLong, WrongOffset
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
    """Every file kept under the files folder (whole or partial; claims apart)."""
    if not root.exists():
        return []
    return sorted(
        str(p.relative_to(root))
        for p in root.rglob("*")
        if p.is_file() and p.relative_to(root).parts[0] != "claims"
    )


def claims(root: Path) -> list[str]:
    """The applications each file was uploaded for, as `<sha>/<application id>`."""
    folder = root / "claims"
    if not folder.exists():
        return []
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file())


def pdf(size: int) -> bytes:
    return b"%PDF-1.7\n" + os.urandom(size - 9)


def start_application(api: Api, customer: str = "ola") -> str:
    """An application started on the web; devices of the customer's home store see it."""
    application_id = str(uuid.uuid4())
    response = command(
        api,
        "application.start",
        {
            "application_id": application_id,
            "customer_id": str(api.world.customers[customer]),
            "kind": "loan",
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
    assert claims(root) == [f"{sha}/{application_id}"]

    whole = head(krakow, sha)
    assert whole.status_code == 200
    assert int(whole.headers["content-length"]) == len(data)
    got = fetch(krakow, sha)
    assert got.status_code == 200
    assert hashlib.sha256(got.content).hexdigest() == sha
    assert got.headers["x-content-type-options"] == "nosniff"
    assert whole.headers["x-content-type-options"] == "nosniff"

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


def test_knowing_a_hash_does_not_get_the_file(files_api: Api, tmp_path: Path) -> None:
    """A device elsewhere that names another branch's file on its own application gets
    nothing: neither the file nor the news that it exists, nor a claim by sending junk."""
    api = files_api
    krakow, milan = api.enrol("PL-KRK-01"), api.enrol("IT-MIL-01")
    scan = pdf(40_000)
    sha = attach_on(api, krakow, "cashier.krk", start_application(api), scan)
    assert put(krakow, sha, 0, scan).json() == {"received": len(scan)}

    theirs = start_application(api, "marco")
    for size in (len(scan), 1234):
        attach_on(api, milan, "cashier.mil", theirs, pdf(size), sha=sha)
        assert received(milan, sha) == 0  # not the whole size: the server asks for the bytes
        assert head(milan, sha).status_code == 404
        hidden, missing = fetch(milan, sha), fetch(milan, hashlib.sha256(b"none").hexdigest())
        assert hidden.status_code == missing.status_code == 404
        assert hidden.json() == missing.json()
    junk = pdf(len(scan))
    refused = put(milan, sha, 0, junk)
    assert refused.status_code == 409
    assert refused.json()["error"]["code"] == "hash_mismatch"
    assert fetch(milan, sha).status_code == 404
    assert fetch(milan, sha, "bytes=100-").status_code == 404
    assert stored(tmp_path / "files") == [f"{sha[:2]}/{sha}"]
    assert [claim.split("/")[1] for claim in claims(tmp_path / "files")] != [theirs]
    assert fetch(krakow, sha).content == scan


def test_a_file_uploaded_on_one_device_reaches_another_of_the_branch(files_api: Api) -> None:
    api = files_api
    first, second = api.enrol("PL-KRK-01"), api.enrol("PL-KRK-01", "till 2")
    data = pdf(30_000)
    sha = attach_on(api, first, "cashier.krk", start_application(api), data)
    assert fetch(second, sha).status_code == 404  # not uploaded yet
    assert put(first, sha, 0, data).json() == {"received": len(data)}
    assert received(second, sha) == len(data)
    assert fetch(second, sha).content == data


def test_a_second_application_gets_a_known_file_once_its_bytes_are_sent(
    files_api: Api, tmp_path: Path
) -> None:
    api = files_api
    krakow, warsaw = api.enrol("PL-KRK-01"), api.enrol("PL-WAW-01")
    data = pdf(60_000)
    first = start_application(api)
    sha = attach_on(api, krakow, "cashier.krk", first, data)
    assert put(krakow, sha, 0, data).status_code == 200

    second = start_application(api, "ala")
    attach_on(api, warsaw, "cashier.waw", second, data)
    assert received(warsaw, sha) == 0
    assert fetch(warsaw, sha).status_code == 404
    half = put(warsaw, sha, 0, data[:20_000])
    assert half.json() == {"received": 20_000}
    assert received(warsaw, sha) == 20_000  # its own upload, resumed where it stopped
    assert fetch(warsaw, sha).status_code == 404
    assert put(warsaw, sha, 20_000, data[20_000:]).json() == {"received": len(data)}
    assert fetch(warsaw, sha).content == data
    assert received(warsaw, sha) == len(data)
    assert stored(tmp_path / "files") == [f"{sha[:2]}/{sha}"]  # kept once, not rewritten
    assert claims(tmp_path / "files") == sorted([f"{sha}/{first}", f"{sha}/{second}"])


def test_the_size_is_the_one_in_the_device_s_scope(files_api: Api) -> None:
    """A row elsewhere that names the hash with another size does not change the size an
    upload must have."""
    api = files_api
    krakow, milan = api.enrol("PL-KRK-01"), api.enrol("IT-MIL-01")
    data = pdf(25_000)
    sha = hashlib.sha256(data).hexdigest()
    attach_on(api, milan, "cashier.mil", start_application(api, "marco"), b"x", sha)
    attach_on(api, krakow, "cashier.krk", start_application(api), data)
    assert put(krakow, sha, 0, data).json() == {"received": len(data)}
    assert fetch(krakow, sha).content == data


def test_a_device_upload_of_a_program_is_refused_by_its_first_bytes(
    files_api: Api, tmp_path: Path
) -> None:
    krakow = files_api.enrol("PL-KRK-01")
    program = b"MZ\x90\x00\x03\x00\x00\x00" + os.urandom(8000)
    sha = attach_on(files_api, krakow, "cashier.krk", start_application(files_api), program)
    assert put(krakow, sha, 0, program[:3000]).status_code == 200
    answer = put(krakow, sha, 3000, program[3000:])
    assert answer.status_code == 422
    assert answer.json()["error"]["code"] == "file_type"
    assert answer.json()["error"]["params"] == {"filename": "id.pdf"}
    assert received(krakow, sha) == 0
    assert stored(tmp_path / "files") == []
    assert claims(tmp_path / "files") == []


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
    assert mine.headers["x-content-type-options"] == "nosniff"
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
    assert claims(tmp_path / "files") == [f"{sha}/{application_id}"]


def test_the_web_channel_is_refused_a_file_too_large(files_api: Api, tmp_path: Path) -> None:
    application_id = start_application(files_api)
    declared = web_upload(files_api, application_id, pdf(MAX_FILE_BYTES + 1))
    assert declared.status_code == 413
    error = declared.json()["error"]
    assert error["code"] == "file_too_large"
    assert error["params"] == {
        "size": MAX_FILE_BYTES + 1,
        "limit": MAX_FILE_BYTES,
        "size_mb": megabytes(MAX_FILE_BYTES + 1),
        "limit_mb": megabytes(MAX_FILE_BYTES),
    }

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


def test_the_web_channel_attaches_a_file_only_by_uploading_it(
    files_api: Api, tmp_path: Path
) -> None:
    api = files_api
    krakow = api.enrol("PL-KRK-01")
    data = pdf(10_000)
    sha = attach_on(api, krakow, "cashier.krk", start_application(api), data)
    put(krakow, sha, 0, data)
    application_id = start_application(api)
    args = {
        "file_id": str(uuid.uuid4()),
        "application_id": application_id,
        "document": "id_card",
        "sha256": sha,
        "size": len(data),
        "media_type": "application/pdf",
        "filename": "id.pdf",
    }
    answer = command(api, "application.attach_file", args)
    assert answer.status_code == 403
    error = answer.json()["error"]
    assert error["code"] == "forbidden_channel"
    assert error["params"] == {"command": "application.attach_file", "case": "upload"}
    assert "/v1/web/applications/" in error["message"]
    polish = api.http.post(
        "/v1/web/commands/application.attach_file",
        json=args,
        headers=headers(api.world.channel_key)
        | {"Idempotency-Key": str(uuid.uuid4()), "Accept-Language": "pl"},
    )
    assert "przesyłając" in polish.json()["error"]["message"]
    with api.db.read() as session:
        rows = session.scalars(
            select(m.ApplicationFile).where(
                m.ApplicationFile.application_id == uuid.UUID(application_id)
            )
        ).all()
    assert rows == []
    assert application_id not in _claimed(tmp_path, sha)


def _claimed(root: Path, sha: str) -> list[str]:
    return [claim.split("/")[1] for claim in claims(root / "files") if claim.startswith(sha)]


def test_a_web_upload_the_command_refuses_keeps_no_bytes(files_api: Api, tmp_path: Path) -> None:
    application_id = start_application(files_api)
    answer = files_api.http.post(
        f"/v1/web/applications/{application_id}/files",
        params={"document": "no_such_document", "filename": "scan.pdf"},
        content=pdf(5000),
        headers=headers(files_api.world.channel_key),
    )
    assert answer.status_code == 422, answer.text
    assert answer.json()["error"]["code"] == "unknown_document"
    assert stored(tmp_path / "files") == []
    assert claims(tmp_path / "files") == []


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


def test_claims_are_private_and_proven_by_the_bytes(tmp_path: Path) -> None:
    blobs = BlobStore(tmp_path / "files")
    data = pdf(4000)
    sha = blobs.put(data)
    mine, other = uuid.uuid4(), uuid.uuid4()
    assert not blobs.claimed(sha, [mine])
    blobs.claim(sha, mine)
    assert blobs.claimed(sha, [other, mine]) and not blobs.claimed(sha, [other])
    path = blobs.claim_path(sha, mine)
    assert path.stat().st_mode & 0o777 == 0o600
    for folder in (path.parent, path.parent.parent):
        assert folder.stat().st_mode & 0o777 == 0o700
    with pytest.raises(BadHash):
        blobs.claim(sha, "../../x")

    device = str(uuid.uuid4())  # the file is whole: its bytes still go to a partial
    assert blobs.append(sha, 0, data[:1000], len(data), device) == 1000
    assert blobs.partial_size(sha, device) == 1000 and blobs.partial_size(sha) == 0
    with pytest.raises(HashMismatch):
        blobs.append(sha, 1000, bytes(3000), len(data), device)
        blobs.finish(sha, device)
    assert blobs.partial_size(sha, device) == 0 and blobs.read(sha) == data
    blobs.append(sha, 0, data, len(data), device)
    blobs.finish(sha, device)
    assert blobs.partial_size(sha, device) == 0 and blobs.read(sha) == data
