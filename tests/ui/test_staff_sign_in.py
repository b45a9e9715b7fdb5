"""Staff sign in per person on a shared device: online first, then offline too."""

from __future__ import annotations

import uuid
from dataclasses import replace

import pytest

from sync.client import staff_key, state
from sync.client.staff import SignInRefused, StaffSignIn
from sync.client.tables import DEVICE_ID
from sync.client.transport import Http
from sync.model.types import utcnow
from sync.server.tables import AppliedMutation
from tests.server.world import PIN
from tests.ui.conftest import Desk


def _unreachable_sign_in(desk: Desk) -> StaffSignIn:
    """The same device with its server gone: nothing listens on port 9 (discard)."""
    return StaffSignIn(
        "default",
        desk.credentials,
        desk.profile.replica,
        lambda: Http("http://127.0.0.1:9", desk.profile.token, timeout=2),
    )


def test_online_sign_in_gives_the_person_and_role(desk: Desk) -> None:
    staff = desk.sign_in.sign_in("manager.waw", PIN)
    assert staff.login == "manager.waw" and staff.role == "manager" and not staff.offline


def test_wrong_pin_and_other_store_are_refused_with_reasons(desk: Desk) -> None:
    with pytest.raises(SignInRefused) as wrong:
        desk.sign_in.sign_in("cashier.waw", "0000")
    assert wrong.value.code == "invalid_credentials"
    with pytest.raises(SignInRefused) as elsewhere:
        desk.sign_in.sign_in("cashier.krk", PIN)
    assert elsewhere.value.code == "invalid_credentials"  # the same answer: guessing PINs
    # of other stores' staff from here tells nothing


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


def _device_id(desk: Desk) -> str:
    with desk.profile.replica.read() as session:
        value = state.get(session, DEVICE_ID)
    assert value
    return value


def test_the_pin_itself_is_never_stored(desk: Desk) -> None:
    stored = desk.credentials.get(f"staff-pin:{_device_id(desk)}:cashier.waw")
    assert stored is not None and PIN not in stored


def test_changes_made_after_an_offline_sign_in_are_signed_and_accepted(desk: Desk) -> None:
    """The secret of the person's last online sign-in on this device signs their offline
    work, and the server accepts it as theirs."""
    staff = _unreachable_sign_in(desk).sign_in("cashier.waw", PIN)
    assert staff.offline and staff.key == desk.workspace.staff.key  # type: ignore[union-attr]
    desk.workspace.staff = staff
    customer = desk.api.world.customers["ala"]
    done = desk.workspace.apply(
        "interaction.add",
        {
            "interaction_id": str(uuid.uuid4()),
            "customer_id": str(customer),
            "kind": "note",
            "text": "written offline",
        },
    )
    assert desk.engine.sync_once().accepted == 1
    with desk.api.db.read() as session:
        applied = session.get(AppliedMutation, done.mutation_id)
    assert applied is not None and applied.status == "accepted"


def test_an_offline_sign_in_needs_a_live_session_on_this_device(desk: Desk) -> None:
    device_id = uuid.UUID(_device_id(desk))
    staff_id = desk.api.world.staff["cashier.waw"]
    kept = staff_key.kept(desk.credentials, device_id, staff_id)
    assert kept is not None and kept.secret not in repr(kept)
    staff_key.keep(desk.credentials, device_id, replace(kept, expires_at=utcnow()))
    with pytest.raises(SignInRefused) as expired:
        _unreachable_sign_in(desk).sign_in("cashier.waw", PIN)
    assert expired.value.code == "offline_expired"
    staff_key.forget(desk.credentials, device_id, staff_id)
    with pytest.raises(SignInRefused) as missing:
        _unreachable_sign_in(desk).sign_in("cashier.waw", PIN)
    assert missing.value.code == "offline_expired"
    # One online sign-in and the person can work offline again.
    desk.sign_in.sign_in("cashier.waw", PIN)
    assert _unreachable_sign_in(desk).sign_in("cashier.waw", PIN).offline
