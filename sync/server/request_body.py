"""A request's body as it streams in: counted, and its text checked, before any route sees it.

Content-Length alone cannot bound a body: a chunked request has none. So every chunk is
counted as it arrives and the request is refused (413) the moment it passes its limit,
whatever its framing, before the rest is read. When the whole body is in, its JSON
escapes are checked once: a NUL character (which PostgreSQL cannot store in text) or an
unpaired surrogate (which no database can encode) anywhere in it is refused (422), so it
never reaches a command or a database.
"""

from __future__ import annotations

import re

from starlette.types import Message, Receive

from sync.server.errors import RequestRefused

MAX_BODY = 8 * 1024 * 1024
"""The largest body any request may carry."""
SMALL_BODY = 64 * 1024
"""The largest body of the routes anyone can call before proving who they are
(enrolment) or that only carry a login and a PIN."""
SMALL_BODY_PATHS = ("/v1/devices/enrol", "/v1/staff/")

# A pair of surrogates (a character beyond the first 65,536, as JSON escapes it) is
# fine; NUL or a surrogate on its own is not.
_ESCAPE = re.compile(
    rb"\\u[dD][89abAB][0-9a-fA-F]{2}\\u[dD][c-fC-F][0-9a-fA-F]{2}"
    rb"|\\u(?:0000|[dD][89a-fA-F][0-9a-fA-F]{2})"
)
_PAIR_LENGTH = 12

BAD_TEXT = (
    "Text in a request may not contain the NUL character (\\u0000) or a lone "
    "surrogate (\\ud800 to \\udfff)."
)


def limit_for(path: str) -> int:
    return SMALL_BODY if path.startswith(SMALL_BODY_PATHS) else MAX_BODY


def too_large(limit: int) -> RequestRefused:
    size = f"{limit // (1024 * 1024)} MB" if limit >= 1024 * 1024 else f"{limit // 1024} KB"
    return RequestRefused(
        413, "request_too_large", f"This request may carry at most {size}.", {"limit": limit}
    )


def bad_text(where: str) -> RequestRefused:
    return RequestRefused(422, "invalid_text", BAD_TEXT, {"location": where})


def has_bad_text(body: bytes) -> bool:
    """Whether the JSON text `body` escapes a NUL or a lone surrogate in a string.

    (A raw NUL or an invalid UTF-8 sequence is not JSON at all: the parser refuses it.)"""
    position = body.find(b"\\u")
    while position >= 0:
        match = _ESCAPE.search(body, position)
        if match is None:
            return False
        start = match.start()
        backslashes = 0
        while start - backslashes - 1 >= 0 and body[start - backslashes - 1] == 0x5C:
            backslashes += 1
        if backslashes % 2:  # "\\u0000": an escaped backslash, then the text u0000
            position = start + 1
            continue
        if match.end() - start != _PAIR_LENGTH:
            return True
        position = match.end()
    return False


def has_bad_query(query: bytes) -> bool:
    return b"%00" in query or b"\x00" in query


class CountedBody:
    """Wraps an ASGI `receive`: counts the body's bytes as they come (refusing past
    `limit`), and hands the route the whole body at once, checked."""

    __slots__ = ("_chunks", "_done", "_limit", "_receive", "_size")

    def __init__(self, receive: Receive, limit: int) -> None:
        self._receive = receive
        self._limit = limit
        self._size = 0
        self._chunks: list[bytes] = []
        self._done = False

    async def receive(self) -> Message:
        if self._done:
            return await self._receive()
        while True:
            # State lives on the object: a receive cancelled half-way (a disconnect
            # check) loses nothing.
            message = await self._receive()
            if message["type"] != "http.request":
                return message  # the client went away
            chunk: bytes = message.get("body", b"")
            self._size += len(chunk)
            if self._size > self._limit:
                self._done = True
                raise too_large(self._limit)
            if message.get("more_body", False):
                self._chunks.append(chunk)
                continue
            self._done = True
            if self._chunks:
                self._chunks.append(chunk)
                chunk = b"".join(self._chunks)
                self._chunks = []
                message = {"type": "http.request", "body": chunk, "more_body": False}
            if has_bad_text(chunk):
                raise bad_text("body")
            return message
