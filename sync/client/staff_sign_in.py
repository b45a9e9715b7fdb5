"""Signing a person in with the central API, on this device.

The answer is their profile and their staff session here (`sync.client.staff_key`):
from then on, every change they make on this device is signed with it.
"""

from __future__ import annotations

from dataclasses import dataclass

from pydantic import ValidationError

from sync.client.staff_key import StaffKey
from sync.client.transport import Http, ProtocolError
from sync.protocol import SignInRequest, StaffProfile

SIGN_IN = "/v1/staff/sign-in"


@dataclass(frozen=True)
class SignedIn:
    profile: StaffProfile
    key: StaffKey


def sign_in_online(http: Http, login: str, pin: str) -> SignedIn:
    """Check `login` and `pin` with the server; raises the transport's errors
    (`ServerError` with the server's code for a refusal, `ServerUnreachable`)."""
    body = http.post_json(SIGN_IN, SignInRequest(login=login, secret=pin)
                          .model_dump(mode="json"))
    try:
        profile = StaffProfile.model_validate(body)
    except ValidationError as error:
        raise ProtocolError(f"the server's sign-in answer is not understood: {error}"
                            ) from error
    if profile.session is None:
        raise ProtocolError("the server's sign-in answer carries no staff session; "
                            "the server is older than this application")
    return SignedIn(profile, StaffKey.from_grant(profile.id, profile.session))
