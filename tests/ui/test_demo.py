"""`omnidesk demo`: an embedded API with demo data, this desktop enrolled and signed in."""

from __future__ import annotations

from contextlib import ExitStack
from pathlib import Path

import pytest

from desktop.demo import DEMO_LOGIN, banner, prepare, ready_lines
from sync.client.credentials import MemoryCredentialStore
from sync.client.engine import SyncEngine
from sync.model import Customer
from sync.server.demo import DEMO_PIN


def test_the_demo_enrols_signs_in_and_syncs_the_demo_store(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OMNIDESK_DATA_DIR", str(tmp_path))
    credentials = MemoryCredentialStore()
    with ExitStack() as stack:
        setup = prepare(stack, tmp_path, credentials, customers=200)
        assert setup.staff.login == DEMO_LOGIN and setup.staff.role == "cashier"
        assert not setup.staff.offline
        engine = SyncEngine(setup.profile.replica, setup.profile.http)
        try:
            engine.sync_once()
        finally:
            engine.close()
        with setup.profile.replica.read() as session:
            assert session.query(Customer).count() > 0
        text = banner(setup.url)
        assert "memory only" in text and setup.url in text
        assert not credentials.is_secure  # nothing went to an OS keyring


def test_the_terminal_is_told_the_address_the_place_the_logins_and_the_pin(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OMNIDESK_DATA_DIR", str(tmp_path))
    with ExitStack() as stack:
        setup = prepare(stack, tmp_path, MemoryCredentialStore(), customers=50)
        text = "\n".join(ready_lines(setup))
    assert setup.url in text
    assert "PL-WAW-01 Omnidesk Warszawa Centrum" in text and DEMO_LOGIN in text
    # The logins with their roles and places, and the PIN, as `omnidesk-server demo` says.
    for login, where in [
        ("manager.waw (manager", "PL-WAW-01"),
        ("cashier.mil (cashier", "IT-MIL-01"),
        ("advisor.waw (advisor", "PL-WAW-B1"),
        ("rep.north (field rep", "PL-FIELD-N"),
        ("pricing.it (pricing", "IT-HQ"),
    ]:
        assert f"{login}, {where})" in text
    assert DEMO_PIN in text


@pytest.mark.parametrize(
    ("place", "role", "login"),
    [
        ("PL-WAW-B1", "advisor", "advisor.waw"),
        ("IT-FIELD-NORD", "field_rep", "rep.nord"),
        ("PL-HQ", "pricing", "pricing.pl"),
        ("IT-ROM-01", "cashier", None),  # a cashier of the data, not a fixed login
    ],
)
def test_every_kind_of_place_signs_in_a_person_who_works_there(
    place: str, role: str, login: str | None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OMNIDESK_DATA_DIR", str(tmp_path))
    with ExitStack() as stack:
        setup = prepare(stack, tmp_path, MemoryCredentialStore(), customers=20, place=place)
        assert setup.staff.role == role and not setup.staff.offline
        assert login is None or setup.staff.login == login
        assert setup.place.startswith(f"{place} ")
        if role == "field_rep":
            assert setup.staff.territory_id is not None
        else:
            assert setup.staff.store_id is not None
