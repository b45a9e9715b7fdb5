"""A person's requests to the central API from this device: signing in, changing their
PIN (`POST /v1/staff/pin`: needed once for a PIN shorter than the rules now ask, possible
any time) and a manager lifting a colleague's sign-in lock-out (`POST /v1/staff/unlock`).

A sign-in's answer is the person's profile and their staff session here
(`sync.client.staff_key`): from then on, every change they make on this device is signed
with it. Each request raises the transport's errors: `ServerError` with the server's code
for a refusal, `ServerUnreachable`, `ProtocolError` for an answer not understood.
"""

from __future__ import annotations

from dataclasses import dataclass

from pydantic import ValidationError

from sync.client.staff_key import StaffKey
from sync.client.transport import Http, ProtocolError
from sync.protocol import (
    PinChanged,
    PinChangeRequest,
    SignInRequest,
    StaffProfile,
    StaffUnlocked,
    StaffUnlockRequest,
)

SIGN_IN = "/v1/staff/sign-in"
PIN_CHANGE = "/v1/staff/pin"
STAFF_UNLOCK = "/v1/staff/unlock"


@dataclass(frozen=True)
class SignedIn:
    profile: StaffProfile
    key: StaffKey


def sign_in_online(http: Http, login: str, pin: str) -> SignedIn:
    """Check `login` and `pin` with the server."""
    body = http.post_json(SIGN_IN, SignInRequest(login=login, secret=pin).model_dump(mode="json"))
    try:
        profile = StaffProfile.model_validate(body)
    except ValidationError as error:
        raise ProtocolError(f"the server's sign-in answer is not understood: {error}") from error
    if profile.session is None:
        raise ProtocolError(
            "the server's sign-in answer carries no staff session; "
            "the server is older than this application"
        )
    return SignedIn(profile, StaffKey.from_grant(profile.id, profile.session))


def change_pin_online(http: Http, login: str, pin: str, new_pin: str) -> PinChanged:
    """Ask the server to replace `login`'s PIN `pin` by `new_pin` (refused for a wrong
    PIN, a PIN breaking the rules, a locked login...)."""
    body = http.post_json(
        PIN_CHANGE,
        PinChangeRequest(login=login, secret=pin, new_secret=new_pin).model_dump(mode="json"),
    )
    try:
        return PinChanged.model_validate(body)
    except ValidationError as error:
        raise ProtocolError(
            f"the server's answer to a PIN change is not understood: {error}"
        ) from error


def unlock_online(http: Http, login: str, manager_login: str, manager_pin: str) -> bool:
    """Ask the server to lift `login`'s sign-in lock-out at this device's place, on a
    manager's own login and PIN; False if it was not locked."""
    body = http.post_json(
        STAFF_UNLOCK,
        StaffUnlockRequest(
            login=login, manager_login=manager_login, manager_secret=manager_pin
        ).model_dump(mode="json"),
    )
    try:
        return StaffUnlocked.model_validate(body).unlocked
    except ValidationError as error:
        raise ProtocolError(
            f"the server's answer to an unlock is not understood: {error}"
        ) from error
