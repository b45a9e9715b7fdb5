"""What staff decide about a change the server refused (Qt-free): retry it, correct it or
discard it, as the person signed in, from this device's workplace. Each changes the
replica: run them from a background change op."""

from __future__ import annotations

from typing import Any

from desktop.services.workspace import Workspace
from sync.client import attention
from sync.client.attention import Resolution


def retry(workspace: Workspace, seq: int, note: str | None = None) -> Resolution:
    place = workspace.workplace()
    return attention.retry(
        workspace.replica, seq, workspace.key, place.store_id, place.channel, note=note
    )


def fix(
    workspace: Workspace, seq: int, args: dict[str, Any], note: str | None = None
) -> Resolution:
    place = workspace.workplace()
    return attention.fix(
        workspace.replica, seq, args, workspace.key, place.store_id, place.channel, note=note
    )


def discard(workspace: Workspace, seq: int, note: str | None = None) -> Resolution:
    return attention.discard(workspace.replica, seq, workspace.actor_id, note)
