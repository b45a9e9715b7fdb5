"""The central API served in a background thread of another program, on loopback.

Used by the desktop's demo (an embedded API with demo data) and by tests.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Literal

import uvicorn
from fastapi import FastAPI


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def serve(
    app: FastAPI,
    port: int | None = None,
    *,
    lifespan: Literal["auto", "on", "off"] = "off",
    start_timeout: float = 20.0,
) -> Iterator[str]:
    """Serve `app` on 127.0.0.1 until the block ends; yields the base URL."""
    port = port or free_port()
    config = uvicorn.Config(
        app, host="127.0.0.1", port=port, log_level="warning", lifespan=lifespan
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, name="omnidesk-api", daemon=True)
    thread.start()
    deadline = time.monotonic() + start_timeout
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            server.should_exit = True
            raise RuntimeError("the embedded central API did not start")
        time.sleep(0.01)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        close_live_waits(app)  # else stopping waits for every open long-poll to time out
        server.should_exit = True
        thread.join(timeout=10)


def close_live_waits(app: FastAPI) -> None:
    """Open and new long-polls answer at once ("nothing changed"): the API is stopping."""
    app.state.closing = True
