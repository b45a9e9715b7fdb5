"""Verifiers of secrets (staff PINs, enrolment secrets): scrypt, salted, never the secret.

Both sides keep them: the central API for every staff member's PIN, a device for the
offline sign-in of the people who signed in on it online. One format, so a verifier
made on either side is checked the same way on the other.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets

_SCRYPT = {"n": 2**14, "r": 8, "p": 1}

__all__ = ["hash_secret", "verify_secret"]


def hash_secret(secret: str) -> str:
    """A new verifier of `secret`: `scrypt$<salt>$<digest>` (base64), a fresh salt each time."""
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(secret.encode(), salt=salt, **_SCRYPT)
    return "scrypt$" + base64.b64encode(salt).decode() + "$" + base64.b64encode(digest).decode()


def verify_secret(secret: str, stored: str) -> bool:
    """Whether `secret` matches the verifier `stored`; False for a damaged or unknown one."""
    try:
        scheme, salt_b64, digest_b64 = stored.split("$")
        if scheme != "scrypt":
            return False
        salt = base64.b64decode(salt_b64)
        expected = base64.b64decode(digest_b64)
    except ValueError:
        return False
    actual = hashlib.scrypt(secret.encode(), salt=salt, **_SCRYPT)
    return hmac.compare_digest(actual, expected)
