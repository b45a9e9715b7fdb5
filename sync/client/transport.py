"""The device's HTTP client for the central API: a small wrapper around httpx.

Every request carries the protocol version header and the device's bearer token; TLS
is verified (a custom CA bundle may be given); answers may be gzip-compressed. Errors
come out as three exceptions a caller can act on:

- `ServerError`: the server refused or failed, with its status, code and message;
- `ProtocolError`: the answer is not what an Omnidesk server sends (garbage, HTML,
  wrong shape): a misconfigured address or an incompatible server;
- `ServerUnreachable`: no answer at all (network down, timeouts), after retries;
- `UntrustedServer`: the TLS certificate does not verify (never retried).

Plain `http://` is refused (`InsecureAddress`) except to this machine (loopback): the
device token and staff PINs would cross the network in clear.

Only idempotent requests are retried (GETs, and pushes, whose mutations carry their
ids), on connection errors and 5xx answers, with capped exponential back-off and jitter.
"""

from __future__ import annotations

import random
import ssl
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any
from urllib.parse import urlsplit

import httpx
import orjson

from sync.addresses import is_loopback
from sync.protocol import PROTOCOL_VERSION, VERSION_HEADER

RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})


class ServerError(Exception):
    """The server answered with an error: {"error": {"code", "message", "details"}}."""

    def __init__(self, status: int, code: str, message: str, details: Any = None) -> None:
        super().__init__(f"{status} {code}: {message}")
        self.status = status
        self.code = code
        self.message = message
        self.details = details


class ProtocolError(Exception):
    """The answer is not one an Omnidesk server of this protocol version sends."""


class ServerUnreachable(Exception):
    """The server could not be reached (or did not answer) after the allowed retries."""


class UntrustedServer(Exception):
    """The server's TLS certificate is not trusted (wrong address, or a CA bundle is
    needed): retrying cannot help, someone must look at the configuration."""


class InsecureAddress(ValueError):
    """A plain http:// address of another machine: the device will not use it."""

    def __init__(self, url: str) -> None:
        super().__init__(
            f"{url} is a plain http:// address of another machine: the device token and "
            "staff PINs would cross the network in clear. Use the server's https:// "
            "address (plain http:// is only for this machine: localhost, 127.0.0.1, ::1)")
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


@dataclass(frozen=True)
class RetryPolicy:
    attempts: int = 5  # in all, the first one included
    base_delay: float = 0.5
    max_delay: float = 30.0

    def delay(self, retry: int, draw: float) -> float:
        """Seconds to wait before retry number `retry` (0-based); `draw` in [0, 1)."""
        ceiling = min(self.max_delay, self.base_delay * 2 ** retry)
        return ceiling * (0.5 + draw / 2)  # "equal jitter": never 0, never in lockstep


def _verify(ca_bundle: str | Path | None) -> ssl.SSLContext | bool:
    if ca_bundle is None:
        return True
    return ssl.create_default_context(cafile=str(ca_bundle))


def _json(response: httpx.Response) -> Any:
    kind = response.headers.get("content-type", "")
    if not kind.startswith("application/json"):
        raise ProtocolError(
            f"the server answered {response.status_code} with {kind or 'no content type'}, "
            "not JSON: is this the address of an Omnidesk server?")
    try:
        return orjson.loads(response.content)
    except orjson.JSONDecodeError as error:
        raise ProtocolError(f"the server's answer is not valid JSON ({error})") from None


def _error(response: httpx.Response) -> ServerError | ProtocolError:
    try:
        body = _json(response)
        error = body["error"]
        return ServerError(response.status_code, str(error["code"]), str(error["message"]),
                           error.get("details"))
    except (ProtocolError, KeyError, TypeError, AttributeError):
        if response.status_code >= 500:  # a proxy's error page: transient, retried
            return ServerError(response.status_code, "http_error",
                               f"The server failed with HTTP {response.status_code}.")
        return ProtocolError(f"the server answered HTTP {response.status_code} without an "
                             "Omnidesk error: is this the address of an Omnidesk server?")


class Http:
    """JSON over HTTP to one central API, as one enrolled device."""

    def __init__(self, base_url: str, token: str | None = None, *, timeout: float = 30.0,
                 connect_timeout: float = 5.0, ca_bundle: str | Path | None = None,
                 retry: RetryPolicy | None = None,
                 transport: httpx.BaseTransport | None = None,
                 sleep: Callable[[float], None] = time.sleep,
                 draw: Callable[[], float] = random.random) -> None:
        check_address(base_url)
        self.base_url = base_url.rstrip("/")
        self.token = token
        self.retry = retry or RetryPolicy()
        self._sleep = sleep
        self._draw = draw
        self._client = httpx.Client(
            base_url=self.base_url,
            timeout=httpx.Timeout(timeout, connect=connect_timeout),
            verify=_verify(ca_bundle),
            transport=transport,
            headers={VERSION_HEADER: str(PROTOCOL_VERSION), "Accept": "application/json",
                     "Accept-Encoding": "gzip, deflate"},
            follow_redirects=False,
        )

    def _headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}"} if self.token else {}

    def _once(self, method: str, path: str, params: dict[str, Any] | None,
              body: Any, timeout: float | None) -> Any:
        content = None if body is None else orjson.dumps(body)
        headers = self._headers()
        if content is not None:
            headers["Content-Type"] = "application/json"
        extra: dict[str, Any] = {} if timeout is None else {"timeout": timeout}
        response = self._client.request(method, path, params=params, content=content,
                                        headers=headers, **extra)
        if response.status_code >= 400:
            raise _error(response)
        if response.status_code != 200:
            raise ProtocolError(f"unexpected HTTP {response.status_code} from the server")
        answer = _json(response)
        if not isinstance(answer, dict):
            raise ProtocolError("the server's answer is not a JSON object")
        return answer

    def request_json(self, method: str, path: str, *, params: dict[str, Any] | None = None,
                     body: Any = None, idempotent: bool, timeout: float | None = None
                     ) -> dict[str, Any]:
        """Send a request and return its JSON object answer (retried if `idempotent`)."""
        attempts = self.retry.attempts if idempotent else 1
        for attempt in range(attempts):
            last = attempt + 1 >= attempts
            try:
                return self._once(method, path, params, body, timeout)
            except httpx.TransportError as error:
                refusal = _untrusted(error)
                if refusal is not None:
                    raise UntrustedServer(
                        f"the server at {self.base_url} presented a certificate this device "
                        f"does not trust ({refusal.verify_message})") from error
                if last:
                    raise ServerUnreachable(
                        f"cannot reach the server at {self.base_url}: {error!r}") from error
            except ServerError as error:
                if last or error.status not in RETRY_STATUSES:
                    raise
            self._sleep(self.retry.delay(attempt, self._draw()))
        raise AssertionError("unreachable")  # pragma: no cover

    def get_json(self, path: str, params: dict[str, Any] | None = None, *,
                 timeout: float | None = None) -> dict[str, Any]:
        return self.request_json("GET", path, params=params, idempotent=True, timeout=timeout)

    def post_json(self, path: str, body: Any, *, idempotent: bool = False,
                  timeout: float | None = None) -> dict[str, Any]:
        return self.request_json("POST", path, body=body, idempotent=idempotent,
                                 timeout=timeout)

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> Http:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        self.close()
