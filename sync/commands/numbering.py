"""Human-readable numbers derived from the client-minted UUID of a row.

Devices number orders, returns, applications and customers offline, so a number
cannot come from a central counter. It is derived from the row's UUID instead: the
same UUID always gives the same number (a re-run on the central API agrees with the
device), and two devices minting different UUIDs practically never collide.

A number is a prefix and 10 Crockford base32 characters (50 bits of a SHA-256 of the
UUID): "O-7K3M9Q2XBT". Crockford's alphabet leaves out I, L, O and U, so a number read
aloud or typed from a receipt is hard to get wrong.
"""

from __future__ import annotations

import hashlib
import uuid

CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
DIGITS = 10

ORDER = "O"
RETURN = "R"
APPLICATION = "A"
CUSTOMER = "C"


def code(row_id: uuid.UUID, digits: int = DIGITS) -> str:
    """`digits` Crockford base32 characters derived from `row_id`."""
    value = int.from_bytes(hashlib.sha256(row_id.bytes).digest()[:8], "big")
    value >>= 64 - 5 * digits
    chars = []
    for _ in range(digits):
        chars.append(CROCKFORD[value & 31])
        value >>= 5
    return "".join(reversed(chars))


def number(prefix: str, row_id: uuid.UUID) -> str:
    return f"{prefix}-{code(row_id)}"


def order_number(order_id: uuid.UUID) -> str:
    return number(ORDER, order_id)


def return_number(return_id: uuid.UUID) -> str:
    return number(RETURN, return_id)


def application_number(application_id: uuid.UUID) -> str:
    return number(APPLICATION, application_id)


def customer_number(customer_id: uuid.UUID) -> str:
    return number(CUSTOMER, customer_id)
