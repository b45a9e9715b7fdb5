"""The HTTP client: clear errors for garbage or refusals, retries only when idempotent."""

from __future__ import annotations

import gzip
import ipaddress
import json
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import uvicorn
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, Response

from sync.client.transport import (
    Http,
    ProtocolError,
    RetryPolicy,
    ServerError,
    ServerUnreachable,
    UntrustedServer,
)
from sync.protocol import PROTOCOL_VERSION, VERSION_HEADER
from tests.server.conftest import Api
from tests.server.live_server import free_port, serve


def _odd_server() -> FastAPI:
    """A server answering the ways a real one should not (or only when failing)."""
    app = FastAPI()
    calls = {"flaky": 0}

    @app.get("/html")
    def html() -> Response:
        return Response("<html>captive portal</html>", media_type="text/html")

    @app.get("/broken")
    def broken() -> Response:
        return Response(b'{"cursor": 1, "rows": [', media_type="application/json")

    @app.get("/list")
    def listing() -> Response:
        return Response(b"[1, 2]", media_type="application/json")

    @app.get("/proxy-error")
    def proxy_error() -> Response:
        return Response("<h1>Bad gateway</h1>", status_code=502, media_type="text/html")

    @app.api_route("/flaky", methods=["GET", "POST"])
    def flaky() -> Response:
        calls["flaky"] += 1
        if calls["flaky"] % 3:
            return JSONResponse(
                {"error": {"code": "database_unavailable", "message": "busy"}}, status_code=503
            )
        return JSONResponse({"ok": calls["flaky"]})

    @app.get("/echo")
    def echo(request: Request) -> Response:
        body = json.dumps({k.lower(): v for k, v in request.headers.items()}).encode()
        return Response(
            gzip.compress(body), media_type="application/json", headers={"Content-Encoding": "gzip"}
        )

    return app


@pytest.fixture(scope="module")
def odd_url() -> Iterator[str]:
    with serve(_odd_server()) as url:
        yield url


def _client(
    url: str, sleeps: list[float] | None = None, attempts: int = 4, token: str | None = "dev_secret"
) -> Http:
    record = sleeps.append if sleeps is not None else (lambda _: None)
    return Http(
        url,
        token,
        retry=RetryPolicy(attempts=attempts, base_delay=0.1, max_delay=0.3),
        sleep=record,
        draw=lambda: 0.999,
    )


def test_garbage_answers_are_protocol_errors(odd_url: str) -> None:
    with _client(odd_url) as http:
        for path, words in [
            ("/html", "not JSON"),
            ("/broken", "not valid JSON"),
            ("/list", "not a JSON object"),
            ("/nowhere", "HTTP 404"),
        ]:
            with pytest.raises(ProtocolError, match=words):
                http.get_json(path)


def test_headers_sent_and_gzip_answers_read(odd_url: str) -> None:
    with _client(odd_url) as http:
        headers = http.get_json("/echo")
    assert headers[VERSION_HEADER.lower()] == str(PROTOCOL_VERSION)
    assert headers["authorization"] == "Bearer dev_secret"
    assert "gzip" in headers["accept-encoding"]


def test_idempotent_requests_are_retried_with_growing_capped_delays(odd_url: str) -> None:
    sleeps: list[float] = []
    with _client(odd_url, sleeps) as http:
        assert http.get_json("/flaky") == {"ok": 3}
        assert http.post_json("/flaky", {}, idempotent=True) == {"ok": 6}
    assert sleeps == pytest.approx([0.1, 0.2, 0.1, 0.2], abs=0.001)
    # A request that is not idempotent is never sent twice.
    sleeps.clear()
    with _client(odd_url, sleeps) as http, pytest.raises(ServerError) as refused:
        http.post_json("/flaky", {})
    assert (refused.value.status, refused.value.code, sleeps) == (503, "database_unavailable", [])
    with _client(odd_url, sleeps, attempts=2) as http, pytest.raises(ServerError) as failed:
        http.get_json("/proxy-error")
    assert failed.value.status == 502 and failed.value.code == "http_error"


def test_no_server_at_all_is_unreachable_after_capped_back_off() -> None:
    sleeps: list[float] = []
    with (
        _client(f"http://127.0.0.1:{free_port()}", sleeps, attempts=5) as http,
        pytest.raises(ServerUnreachable, match="cannot reach"),
    ):
        http.get_json("/v1/sync/changes", {"cursor": 0})
    assert sleeps == pytest.approx([0.1, 0.2, 0.3, 0.3], abs=0.001)
    low = RetryPolicy(base_delay=1, max_delay=8)
    assert [low.delay(n, 0.0) for n in range(6)] == [0.5, 1, 2, 4, 4, 4]


def test_the_real_servers_refusals_keep_their_code_and_message(server: Api) -> None:
    with _client(server.url, token="dev_unknown") as http, pytest.raises(ServerError) as bad:
        http.get_json("/v1/sync/changes", {"cursor": 0})
    assert (bad.value.status, bad.value.code) == (401, "invalid_token")
    assert "enrol" in bad.value.message
    with _client(server.url) as http:
        http._client.headers[VERSION_HEADER] = "99"  # an application from the future
        with pytest.raises(ServerError) as old:
            http.get_json("/v1/sync/changes", {"cursor": 0})
    assert (old.value.status, old.value.code) == (426, "protocol_version_unsupported")
    assert "update the application" in old.value.message


def _certificates(folder: Path) -> tuple[Path, Path, Path]:
    """A throwaway CA, and a certificate for 127.0.0.1 signed by it."""
    x509 = pytest.importorskip("cryptography.x509")
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    now = datetime.now(UTC)

    def name(text: str) -> x509.Name:
        return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, text)])

    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca = (
        x509.CertificateBuilder()
        .subject_name(name("Omnidesk test CA"))
        .issuer_name(name("Omnidesk test CA"))
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(hours=1))
        .not_valid_after(now + timedelta(days=1))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(True, False, False, False, False, True, True, False, False), critical=True
        )
        .sign(ca_key, hashes.SHA256())
    )
    key = ec.generate_private_key(ec.SECP256R1())
    cert = (
        x509.CertificateBuilder()
        .subject_name(name("127.0.0.1"))
        .issuer_name(ca.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(hours=1))
        .not_valid_after(now + timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False,
        )
        .sign(ca_key, hashes.SHA256())
    )
    pem = serialization.Encoding.PEM
    paths = folder / "ca.pem", folder / "server.pem", folder / "server.key"
    paths[0].write_bytes(ca.public_bytes(pem))
    paths[1].write_bytes(cert.public_bytes(pem))
    paths[2].write_bytes(
        key.private_bytes(pem, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    return paths


@contextmanager
def _serve_tls(app: FastAPI, cert: Path, key: Path) -> Iterator[str]:
    port = free_port()
    config = uvicorn.Config(
        app,
        host="127.0.0.1",
        port=port,
        log_level="critical",
        lifespan="off",
        ssl_certfile=str(cert),
        ssl_keyfile=str(key),
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        assert time.monotonic() < deadline and thread.is_alive(), "TLS server did not start"
        time.sleep(0.01)
    try:
        yield f"https://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


def test_tls_is_verified_and_a_custom_ca_bundle_can_be_trusted(tmp_path: Path) -> None:
    ca, cert, key = _certificates(tmp_path)
    with _serve_tls(_odd_server(), cert, key) as url:
        with _client(url) as http, pytest.raises(UntrustedServer, match="certificate"):
            http.get_json("/echo")  # not signed by a CA the system trusts: refused
        with Http(url, "dev_secret", ca_bundle=ca) as http:
            assert http.get_json("/echo")["authorization"] == "Bearer dev_secret"
