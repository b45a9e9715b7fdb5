"""A real central API on a loopback port, in a background thread, for tests."""

from __future__ import annotations

from sync.server.embedded import free_port, serve

__all__ = ["free_port", "serve"]
