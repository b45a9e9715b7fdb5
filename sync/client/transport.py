"""The device's HTTP client for the central API: a small wrapper around httpx.

Every request carries the protocol version header and the device's bearer token; TLS
is verified (a custom CA bundle may be given); answers may be gzip-compressed. Errors
come out as exceptions a caller can act on:

- `ServerError`: the server refused or failed, with its status, code and message;
- `ProtocolError`: the answer is not what an Omnidesk server sends (garbage, HTML,
  wrong shape): a misconfigured address or an incompatible server;
- `ServerUnreachable`: no answer at all (network down, timeouts), after retries;
- `UntrustedServer`: the TLS certificate does not verify (never retried);
- `Stopped`: the stop event of a client handed to a loop (`Http.for_loop`) was set.

Plain `http://` is refused (`InsecureAddress`) except to this machine (loopback): the
device token and staff PINs would cross the network in clear.

Only idempotent requests are retried (GETs, and pushes, whose mutations carry their
ids), on connection errors and 429/5xx answers, as `sync.client.retry` decides (back-off
with jitter, the server's `Retry-After` believed). A client handed to a loop that
retries on its own sends each request once, and gives a request up as soon as the loop's
stop event is set: the request runs on a daemon thread of its own, which a server that
never answers keeps to itself (until its timeout), never the caller or the app's exit.
"""

from __future__ import annotations

import random
import ssl
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future
from concurrent.futures import wait as wait_for
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import Any
from urllib.parse import urlsplit

import httpx
import orjson

from sync.addresses import is_loopback
from sync.client.retry import (
    ASKS_TO_WAIT,
    ONE_ATTEMPT,
    RETRY_STATUSES,
    RetryPolicy,
    parse_retry_after,
)
from sync.protocol import PROTOCOL_VERSION, VERSION_HEADER

__all__ = [
    "RETRY_STATUSES",
    "SLICE",
    "Http",
    "InsecureAddress",
    "ProtocolError",
    "RetryPolicy",
    "ServerError",
    "ServerUnreachable",
    "Stopped",
    "UntrustedServer",
    "check_address",
]

SLICE = 0.25
"""The longest a request handed to a loop runs without its stop event being looked at."""


class ServerError(Exception):
    """The server answered with an error: {"error": {"code", "message", "details"}}.

    `retry_after`: the seconds the server asked to wait before trying again (its
    `Retry-After` header on a 429 or 503), if it said."""

    def __init__(
        self,
        status: int,
        code: str,
        message: str,
        details: Any = None,
        *,
        retry_after: float | None = None,
        params: dict[str, Any] | None = None,
    ) -> None:
        super().__init__(f"{status} {code}: {message}")
        self.status = status
        self.code = code
        self.message = message
        self.details = details
        self.retry_after = retry_after
        self.params = params or {}
        """The values `message` mentions, as the server sent them (none from an older
        server)."""


class ProtocolError(Exception):
    """The answer is not one an Omnidesk server of this protocol version sends."""


class ServerUnreachable(Exception):
    """The server could not be reached (or did not answer) after the allowed retries."""


class UntrustedServer(Exception):
    """The server's TLS certificate is not trusted (wrong address, or a CA bundle is
    needed): retrying cannot help, someone must look at the configuration."""


class Stopped(Exception):
    """The loop this client was handed to is stopping: the request was given up (an
    answer that still comes is dropped)."""


class InsecureAddress(ValueError):
    """A plain http:// address of another machine: the device will not use it."""

    def __init__(self, url: str) -> None:
        super().__init__(
            f"{url} is a plain http:// address of another machine: the device token and "
            "staff PINs would cross the network in clear. Use the server's https:// "
            "address (plain http:// is only for this machine: localhost, 127.0.0.1, ::1)"
        )
        self.url = url


def check_address(url: str) -> None:
    """Raise `InsecureAddress` for plain http:// to anything but this machine."""
    parts = urlsplit(url.strip())
    if parts.scheme.lower() == "http" and not is_loopback(parts.hostname):
        raise InsecureAddress(url.strip())


def _untrusted(error: BaseException) -> ssl.SSLCertVerificationError | None:
    seen: BaseException | None = error
    for _ in range(10):
        if seen is None:
            return None
        if isinstance(seen, ssl.SSLCertVerificationError):
            return seen
        seen = seen.__cause__ or seen.__context__
    return None


def _verify(ca_bundle: str | Path | None) -> ssl.SSLContext | bool:
    if ca_bundle is None:
        return True
    return ssl.create_default_context(cafile=str(ca_bundle))


def _json(response: httpx.Response) -> Any:
    kind = response.headers.get("content-type", "")
    if not kind.startswith("application/json"):
        raise ProtocolError(
            f"the server answered {response.status_code} with {kind or 'no content type'}, "
            "not JSON: is this the address of an Omnidesk server?"
        )
    try:
        return orjson.loads(response.content)
    except orjson.JSONDecodeError as error:
        raise ProtocolError(f"the server's answer is not valid JSON ({error})") from None


def _retry_after(response: httpx.Response) -> float | None:
    if response.status_code not in ASKS_TO_WAIT:
        return None
    return parse_retry_after(response.headers.get("retry-after"), datetime.now(UTC))


def _error(response: httpx.Response) -> ServerError | ProtocolError:
    wait = _retry_after(response)
    try:
        body = _json(response)
        error = body["error"]
        return ServerError(
            response.status_code,
            str(error["code"]),
            str(error["message"]),
            error.get("details"),
            retry_after=wait,
            params=error.get("params") if isinstance(error.get("params"), dict) else None,
        )
    except (ProtocolError, KeyError, TypeError, AttributeError):
        if response.status_code >= 500:  # a proxy's error page: transient, retried
            return ServerError(
                response.status_code,
                "http_error",
                f"The server failed with HTTP {response.status_code}.",
                retry_after=wait,
            )
        return ProtocolError(
            f"the server answered HTTP {response.status_code} without an "
            "Omnidesk error: is this the address of an Omnidesk server?"
        )


def _retryable(error: Exception) -> bool:
    return isinstance(error, ServerUnreachable) or (
        isinstance(error, ServerError) and error.status in RETRY_STATUSES
    )


class Http:
    """JSON over HTTP to one central API, as one enrolled device."""

    def __init__(
        self,
        base_url: str,
        token: str | None = None,
        *,
        timeout: float = 30.0,
        connect_timeout: float = 5.0,
        ca_bundle: str | Path | None = None,
        retry: RetryPolicy | None = None,
        transport: httpx.BaseTransport | None = None,
        sleep: Callable[[float], object] | None = None,
        draw: Callable[[], float] = random.random,
    ) -> None:
        check_address(base_url)
        self.base_url = base_url.rstrip("/")
        self.token = token
        self.retry = retry or RetryPolicy()
        self._sleep = sleep  # None: the clock's
        self._draw = draw
        self._stop: threading.Event | None = None
        self._client = httpx.Client(
            base_url=self.base_url,
            timeout=httpx.Timeout(timeout, connect=connect_timeout),
            verify=_verify(ca_bundle),
            transport=transport,
            headers={
                VERSION_HEADER: str(PROTOCOL_VERSION),
                "Accept": "application/json",
                "Accept-Encoding": "gzip, deflate",
            },
            follow_redirects=False,
        )

    def for_loop(self, stop: threading.Event) -> Http:
        """Hand this client to a loop that retries on its own (the sync engine): from now
        on each request is sent once, and gives up with `Stopped` as soon as `stop` is
        set, however long the server takes to answer."""
        self.retry = ONE_ATTEMPT
        self._stop = stop
        return self

    def _headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}"} if self.token else {}

    def _once(
        self,
        method: str,
        path: str,
        params: dict[str, Any] | None,
        body: Any,
        timeout: float | None,
    ) -> dict[str, Any]:
        """One request and its answer; every failure as one of this module's errors."""
        content = None if body is None else orjson.dumps(body)
        headers = self._headers()
        if content is not None:
            headers["Content-Type"] = "application/json"
        extra: dict[str, Any] = {} if timeout is None else {"timeout": timeout}
        try:
            response = self._client.request(
                method, path, params=params, content=content, headers=headers, **extra
            )
        except httpx.TransportError as error:
            refusal = _untrusted(error)
            if refusal is not None:
                raise UntrustedServer(
                    f"the server at {self.base_url} presented a certificate this device "
                    f"does not trust ({refusal.verify_message})"
                ) from error
            raise ServerUnreachable(
                f"cannot reach the server at {self.base_url}: {error!r}"
            ) from error
        if response.status_code >= 400:
            raise _error(response)
        if response.status_code != 200:
            raise ProtocolError(f"unexpected HTTP {response.status_code} from the server")
        answer = _json(response)
        if not isinstance(answer, dict):
            raise ProtocolError("the server's answer is not a JSON object")
        return answer

    def submit(
        self,
        method: str,
        path: str,
        *,
        params: dict[str, Any] | None = None,
        body: Any = None,
        timeout: float | None = None,
    ) -> Future[dict[str, Any]]:
        """Send one request (never retried) on a daemon thread of its own; its answer, or
        its error, comes in the returned future. Nobody has to wait for it: a request
        given up on ends at its timeout and never holds up the process's exit."""
        answer: Future[dict[str, Any]] = Future()

        def send() -> None:
            if not answer.set_running_or_notify_cancel():
                return
            try:
                answer.set_result(self._once(method, path, params, body, timeout))
            except Exception as error:  # the caller's to raise
                answer.set_exception(error)

        threading.Thread(target=send, name=f"omnidesk-http {method} {path}", daemon=True).start()
        return answer

    def _send(
        self,
        method: str,
        path: str,
        params: dict[str, Any] | None,
        body: Any,
        timeout: float | None,
    ) -> dict[str, Any]:
        stop = self._stop
        if stop is None:
            return self._once(method, path, params, body, timeout)
        if stop.is_set():
            raise Stopped(f"{method} {path} not sent: stopping")
        answer = self.submit(method, path, params=params, body=body, timeout=timeout)
        while not wait_for([answer], timeout=SLICE).done:
            if stop.is_set():
                answer.cancel()
                raise Stopped(f"{method} {path} given up: stopping")
        return answer.result()

    def _wait(self, seconds: float) -> None:
        """A wait between a single request's attempts (a client handed to a loop makes
        none: the loop's own wait is cut short by its stop event)."""
        (self._sleep or time.sleep)(seconds)

    def request_json(
        self,
        method: str,
        path: str,
        *,
        params: dict[str, Any] | None = None,
        body: Any = None,
        idempotent: bool,
        timeout: float | None = None,
    ) -> dict[str, Any]:
        """Send a request and return its JSON object answer (retried if `idempotent`)."""
        retry = 0
        while True:
            try:
                return self._send(method, path, params, body, timeout)
            except (ServerUnreachable, ServerError) as error:
                if not idempotent or not _retryable(error):
                    raise
                asked = error.retry_after if isinstance(error, ServerError) else None
                delay = self.retry.wait(retry, self._draw(), asked)
                if delay is None:
                    raise
            self._wait(delay)
            retry += 1

    def get_json(
        self, path: str, params: dict[str, Any] | None = None, *, timeout: float | None = None
    ) -> dict[str, Any]:
        return self.request_json("GET", path, params=params, idempotent=True, timeout=timeout)

    def post_json(
        self, path: str, body: Any, *, idempotent: bool = False, timeout: float | None = None
    ) -> dict[str, Any]:
        return self.request_json("POST", path, body=body, idempotent=idempotent, timeout=timeout)

    def _unreachable(self, error: httpx.TransportError) -> Exception:
        refusal = _untrusted(error)
        if refusal is not None:
            return UntrustedServer(
                f"the server at {self.base_url} presented a certificate this device "
                f"does not trust ({refusal.verify_message})"
            )
        return ServerUnreachable(f"cannot reach the server at {self.base_url}: {error!r}")

    def put_bytes(
        self, path: str, content: bytes, *, params: dict[str, Any] | None = None
    ) -> dict[str, Any]:
        """PUT raw bytes (a piece of a file) once; the JSON object answer."""
        if self._stop is not None and self._stop.is_set():
            raise Stopped(f"PUT {path} not sent: stopping")
        headers = self._headers() | {"Content-Type": "application/octet-stream"}
        try:
            response = self._client.put(path, params=params, content=content, headers=headers)
        except httpx.TransportError as error:
            raise self._unreachable(error) from error
        if response.status_code >= 400:
            raise _error(response)
        answer = _json(response)
        if not isinstance(answer, dict):
            raise ProtocolError("the server's answer is not a JSON object")
        return answer

    def download(self, path: str, offset: int, sink: Callable[[bytes], bool]) -> int:
        """GET a file from byte `offset` on (`Range`), handing its bytes to `sink` as they
        arrive until it returns False (the connection is then closed). Returns the
        answer's status (200: from the start, 206: from `offset`). Between pieces the
        loop's stop event is looked at (`Stopped`)."""
        headers = self._headers() | {"Accept": "*/*", "Accept-Encoding": "identity"}
        if offset:
            headers["Range"] = f"bytes={offset}-"
        try:
            with self._client.stream("GET", path, headers=headers) as response:
                if response.status_code >= 400:
                    response.read()
                    raise _error(response)
                if response.status_code not in (200, 206):
                    raise ProtocolError(f"unexpected HTTP {response.status_code} for a file")
                skip = offset if response.status_code == 200 else 0  # a Range not honoured
                for piece in response.iter_bytes():
                    if self._stop is not None and self._stop.is_set():
                        raise Stopped(f"GET {path} given up: stopping")
                    if skip:
                        piece, skip = piece[skip:], max(skip - len(piece), 0)
                    if piece and not sink(piece):
                        break
                return response.status_code
        except httpx.TransportError as error:
            raise self._unreachable(error) from error

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> Http:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.close()
