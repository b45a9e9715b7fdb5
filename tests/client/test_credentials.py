"""Device secrets live in the OS keyring only; no keyring means a clear refusal."""

from __future__ import annotations

from collections.abc import Iterator

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail, null
from keyring.errors import PasswordDeleteError

from sync.client.credentials import (
    SERVICE,
    KeyringCredentialStore,
    MemoryCredentialStore,
    NoKeyring,
    default_store,
)


class MemoryKeyring(KeyringBackend):
    """An explicit in-memory keyring for tests (never the machine's real one).

    Also usable in a child process: PYTHON_KEYRING_BACKEND=tests.client.test_credentials.
    MemoryKeyring.
    """

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.secrets.pop((service, username), None) is None:
            raise PasswordDeleteError("not stored")


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    """Selects a fresh in-memory keyring for the test; the previous one after it."""
    before = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(before)


def test_the_device_token_goes_to_the_keyring_per_profile(memory_keyring: MemoryKeyring) -> None:
    store = default_store()
    assert store.is_secure and store.backend_name.endswith("MemoryKeyring")
    assert store.device_token("default") is None
    store.save_device_token("default", "secret-1")
    store.save_device_token("training", "secret-2")
    assert store.device_token("default") == "secret-1"
    assert memory_keyring.secrets[(SERVICE, "device-token:training")] == "secret-2"
    store.forget("default")
    store.forget("default")  # forgetting twice is fine
    assert store.device_token("default") is None
    assert store.device_token("training") == "secret-2"


@pytest.mark.parametrize("backend", [fail.Keyring(), null.Keyring()], ids=["fail", "null"])
def test_no_os_keyring_is_a_clear_refusal_not_a_plain_text_fallback(
    backend: KeyringBackend,
) -> None:
    before = keyring.get_keyring()
    keyring.set_keyring(backend)
    try:
        with pytest.raises(NoKeyring) as error:
            default_store()
    finally:
        keyring.set_keyring(before)
    text = str(error.value)
    assert "GNOME Keyring" in text and "KWallet" in text
    assert "keyrings.alt are not acceptable" in text
    assert type(backend).__module__ in text
    with pytest.raises(NoKeyring):
        KeyringCredentialStore(backend)


def test_the_memory_store_says_it_is_not_secure() -> None:
    store = MemoryCredentialStore()
    assert not store.is_secure and "not secure" in store.backend_name
    store.save_device_token("default", "t")
    assert store.device_token("default") == "t"
    store.forget("default")
    assert store.device_token("default") is None
