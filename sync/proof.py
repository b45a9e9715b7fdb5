"""Proof of the person behind a mutation: an HMAC by their staff session's secret.

An online sign-in gives the device a secret for that person on that device (a staff
session). Every mutation the person makes there carries the session's id and an
HMAC-SHA256, by that secret, over the mutation's content in one canonical form. The
server, which keeps the secret, recomputes it: a device cannot act for someone who never
signed in on it, and nobody can change a mutation's content on the way.

The canonical form covers the mutation's id, actor, command name, time and arguments.
Not its sequence number: that is the device's place in its own queue, which the device
may renumber (a replica restored from a backup), and the server checks it separately.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
import uuid
from datetime import UTC, datetime
from typing import Any

SECRET_BYTES = 32
PROOF_LENGTH = 43
"""Characters of a proof: 32 bytes of HMAC-SHA256, base64url without padding."""


def new_secret() -> str:
    """A session secret, as text (base64url, 43 characters)."""
    return _b64(secrets.token_bytes(SECRET_BYTES))


def _b64(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def canonical(
    mutation_id: uuid.UUID,
    actor: uuid.UUID,
    name: str,
    at: datetime,
    args: dict[str, Any],
    session_id: uuid.UUID,
) -> bytes:
    """The bytes a proof signs: the same on every device and server for the same change.

    `args` must be the arguments as they travel (plain JSON values); `at` any aware time
    (it is signed in UTC, to the microsecond)."""
    if at.tzinfo is None:
        raise ValueError("naive datetime: times must carry a timezone")
    document = [
        "omnidesk-mutation-1",
        str(mutation_id),
        str(actor),
        name,
        at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ"),
        args,
        str(session_id),
    ]
    return json.dumps(
        document, sort_keys=True, separators=(",", ":"), ensure_ascii=True, allow_nan=False
    ).encode("ascii")


def sign(
    secret: str,
    mutation_id: uuid.UUID,
    actor: uuid.UUID,
    name: str,
    at: datetime,
    args: dict[str, Any],
    session_id: uuid.UUID,
) -> str:
    """The proof of a mutation made under the session whose secret is `secret`."""
    message = canonical(mutation_id, actor, name, at, args, session_id)
    return _b64(hmac.new(_unb64(secret), message, hashlib.sha256).digest())


def verify(
    secret: str,
    proof: str,
    mutation_id: uuid.UUID,
    actor: uuid.UUID,
    name: str,
    at: datetime,
    args: dict[str, Any],
    session_id: uuid.UUID,
) -> bool:
    """Whether `proof` is the session's proof of this mutation (in constant time)."""
    try:
        expected = sign(secret, mutation_id, actor, name, at, args, session_id)
    except (ValueError, TypeError):
        return False  # arguments that cannot be put in canonical form prove nothing
    return hmac.compare_digest(expected.encode("ascii"), proof.encode("ascii", "replace"))
