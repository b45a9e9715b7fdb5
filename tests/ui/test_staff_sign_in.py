"""Staff sign in per person on a shared device: online first, then offline too."""

from __future__ import annotations

import pytest

from desktop.services.staff import SignInRefused, StaffSignIn
from sync.client.transport import Http
from tests.server.world import PIN
from tests.ui.conftest import Desk


def _unreachable_sign_in(desk: Desk) -> StaffSignIn:
    """The same device with its server gone: nothing listens on port 9 (discard)."""
    return StaffSignIn("default", desk.credentials, desk.profile.replica,
                       lambda: Http("http://127.0.0.1:9", desk.profile.token, timeout=2))


def test_online_sign_in_gives_the_person_and_role(desk: Desk) -> None:
    staff = desk.sign_in.sign_in("manager.waw", PIN)
    assert staff.login == "manager.waw" and staff.role == "manager" and not staff.offline


def test_wrong_pin_and_other_store_are_refused_with_reasons(desk: Desk) -> None:
    with pytest.raises(SignInRefused) as wrong:
        desk.sign_in.sign_in("cashier.waw", "0000")
    assert wrong.value.code == "invalid_credentials"
    with pytest.raises(SignInRefused) as elsewhere:
        desk.sign_in.sign_in("cashier.krk", PIN)
    assert elsewhere.value.code == "wrong_store"


def test_offline_sign_in_works_after_one_online_sign_in(desk: Desk) -> None:
    offline = _unreachable_sign_in(desk)
    staff = offline.sign_in("cashier.waw", PIN)  # signed in online by the fixture
    assert staff.offline and staff.role == "cashier"
    with pytest.raises(SignInRefused) as wrong:
        offline.sign_in("cashier.waw", "9999")
    assert wrong.value.code == "invalid_credentials"


def test_offline_sign_in_is_refused_to_someone_never_seen_online(desk: Desk) -> None:
    with pytest.raises(SignInRefused) as refused:
        _unreachable_sign_in(desk).sign_in("manager.waw", PIN)
    assert refused.value.code == "offline_first_time"
    assert "online" in str(refused.value)


def test_the_pin_itself_is_never_stored(desk: Desk) -> None:
    stored = desk.credentials.secret("default", "staff-pin:cashier.waw")
    assert stored is not None and PIN not in stored
