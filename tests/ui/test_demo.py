"""`omnidesk demo`: an embedded API with demo data, this desktop enrolled and signed in."""

from __future__ import annotations

from contextlib import ExitStack
from pathlib import Path

import pytest

from desktop.demo import DEMO_LOGIN, banner, prepare
from sync.client.credentials import MemoryCredentialStore
from sync.client.engine import SyncEngine
from sync.model import Customer


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
