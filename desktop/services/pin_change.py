"""Changing a staff member's PIN through the central API (`POST /v1/staff/pin`): needed
once for a PIN shorter than the rules now ask, possible any time; and a manager lifting a
colleague's sign-in lock-out (`POST /v1/staff/unlock`)."""

from __future__ import annotations

from pydantic import ValidationError

from sync.client.transport import Http, ProtocolError
from sync.protocol import PinChanged, PinChangeRequest, StaffUnlocked, StaffUnlockRequest

PIN_CHANGE = "/v1/staff/pin"


def change_pin_online(http: Http, login: str, pin: str, new_pin: str) -> PinChanged:
    """Ask the server to replace `login`'s PIN `pin` by `new_pin` (`ServerError` if it
    refuses: wrong PIN, a PIN breaking the rules, locked...)."""
    body = http.post_json(PIN_CHANGE, PinChangeRequest(
        login=login, secret=pin, new_secret=new_pin).model_dump(mode="json"))
    try:
        return PinChanged.model_validate(body)
    except ValidationError as error:
        raise ProtocolError(f"the server's answer to a PIN change is not understood: "
                            f"{error}") from error


STAFF_UNLOCK = "/v1/staff/unlock"


def unlock_online(http: Http, login: str, manager_login: str, manager_pin: str) -> bool:
    """Ask the server to lift `login`'s sign-in lock-out at this device's place, on a
    manager's own login and PIN (`ServerError` if it refuses); False if it was not
    locked."""
    body = http.post_json(STAFF_UNLOCK, StaffUnlockRequest(
        login=login, manager_login=manager_login, manager_secret=manager_pin
    ).model_dump(mode="json"))
    try:
        return StaffUnlocked.model_validate(body).unlocked
    except ValidationError as error:
        raise ProtocolError(f"the server's answer to an unlock is not understood: "
                            f"{error}") from error
