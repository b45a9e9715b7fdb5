"""Where a device's secrets live: the OS keyring (`keyring`), and nowhere else.

`KeyringCredentialStore` refuses to work without a real keyring (`NoKeyring`): the
product never falls back to a plain-text file, and a keyring that keeps secrets in a plain
file (keyrings.alt, or any backend keyring itself ranks as not recommended) counts as none,
unless the user opts in with OMNIDESK_ALLOW_PLAINTEXT_KEYRING=1; the store then says it is
not secure (`is_secure` False, `warning`). `MemoryCredentialStore` keeps secrets in memory
only, says so (`is_secure` is False) and is meant for the demo and for tests.
"""

from __future__ import annotations

import os
from typing import Protocol

import keyring
from keyring.backend import KeyringBackend
from keyring.backends import chainer, fail, null
from keyring.errors import KeyringError, PasswordDeleteError

SERVICE = "Omnidesk"
NO_KEYRING_HELP = (
    "no OS keyring is available to keep this device's token safe. On Windows and macOS "
    "the system keychain is used; on Linux install and unlock GNOME Keyring "
    "(gnome-keyring) or KWallet, with a running Secret Service (D-Bus) session. "
    "Plain-text keyrings such as keyrings.alt are not acceptable for production."
)


PLAINTEXT_OPT_IN = "OMNIDESK_ALLOW_PLAINTEXT_KEYRING"
PLAINTEXT_WARNING = (
    "this device's secrets (its token, staff sign-in secrets) are kept by {backend}, a "
    "keyring that does not protect them: anyone who can read this machine's files can take "
    "them and act as this device. Allowed only because " + PLAINTEXT_OPT_IN + "=1 is set; "
    "not acceptable for production."
)


class NoKeyring(RuntimeError):
    """There is no usable OS keyring: secrets cannot be stored safely on this machine."""

    def __init__(self, backend_name: str, detail: str = "") -> None:
        extra = f" ({detail})" if detail else ""
        super().__init__(f"{NO_KEYRING_HELP} Active backend: {backend_name}{extra}.")
        self.backend_name = backend_name


def _token_key(profile: str) -> str:
    return f"device-token:{profile}"


def _secret_key(profile: str, name: str) -> str:
    return f"secret:{profile}:{name}"


class CredentialStore(Protocol):
    """The secrets of device profiles."""

    is_secure: bool
    backend_name: str
    warning: str  # what staff must be told about where secrets are kept ("" if nothing)

    def put(self, name: str, value: str) -> None:
        """Keep `value` under the entry `name` (replacing what was there)."""
        ...

    def get(self, name: str) -> str | None:
        """The value kept under `name`, if any."""
        ...

    def delete(self, name: str) -> None:
        """Forget the entry `name` (nothing happens if there is none)."""
        ...

    def save_device_token(self, profile: str, token: str) -> None: ...

    def device_token(self, profile: str) -> str | None: ...

    def forget(self, profile: str) -> None: ...

    def save_secret(self, profile: str, name: str, value: str) -> None: ...

    def secret(self, profile: str, name: str) -> str | None: ...


def _name(backend: KeyringBackend) -> str:
    kind = type(backend)
    return f"{kind.__module__}.{kind.__qualname__}"


def _absent(backend: KeyringBackend) -> bool:
    """No keyring at all: keyring's fail and null backends, or a chainer of nothing."""
    if isinstance(backend, fail.Keyring | null.Keyring):
        return True
    if isinstance(backend, chainer.ChainerBackend):
        chained = list(backend.backends)
        return not chained or _absent(chained[0])
    return False


def plaintext_reason(backend: KeyringBackend) -> str | None:
    """Why `backend` does not protect what it keeps, or None for a real OS keyring.

    keyrings.alt's backends (a plain or home-made encrypted file, the registry) are not;
    nor is any backend keyring itself ranks below 1 ("suitable, not recommended"). A
    chainer writes to its first backend, so it is judged by that one.
    """
    if isinstance(backend, chainer.ChainerBackend):
        chained = list(backend.backends)
        return plaintext_reason(chained[0]) if chained else "it chains no keyring"
    if type(backend).__module__.split(".")[0] == "keyrings":
        return "it keeps secrets in a file or the registry, not in an OS keyring"
    try:
        priority = float(backend.priority)
    except Exception as error:  # keyring's way of saying "not usable here"
        return f"it is not usable here: {error}"
    if priority < 1:
        return f"keyring ranks it as not recommended (priority {priority:g})"
    return None


def plaintext_allowed() -> bool:
    """Whether the user opted in to a plain-text keyring (OMNIDESK_ALLOW_PLAINTEXT_KEYRING=1)."""
    return os.environ.get(PLAINTEXT_OPT_IN, "").strip() == "1"


class KeyringCredentialStore:
    """The OS keyring (`keyring.get_keyring()`); raises `NoKeyring` if there is none."""

    is_secure = True
    warning = ""  # set when the user allowed a keyring that does not protect its secrets

    def __init__(
        self, backend: KeyringBackend | None = None, *, allow_plaintext: bool | None = None
    ) -> None:
        self._backend = backend or keyring.get_keyring()
        self.backend_name = _name(self._backend)
        if _absent(self._backend):
            raise NoKeyring(self.backend_name)
        weak = plaintext_reason(self._backend)
        if weak is not None:
            if not (plaintext_allowed() if allow_plaintext is None else allow_plaintext):
                raise NoKeyring(
                    self.backend_name,
                    f"{weak}; to use it anyway, knowing the risk, set {PLAINTEXT_OPT_IN}=1",
                )
            self.is_secure = False
            self.warning = PLAINTEXT_WARNING.format(backend=self.backend_name)
            self.backend_name += " (plain text: not secure)"

    def put(self, name: str, value: str) -> None:
        try:
            self._backend.set_password(SERVICE, name, value)
        except KeyringError as error:
            raise NoKeyring(self.backend_name, str(error)) from error

    def get(self, name: str) -> str | None:
        try:
            return self._backend.get_password(SERVICE, name)
        except KeyringError as error:
            raise NoKeyring(self.backend_name, str(error)) from error

    def delete(self, name: str) -> None:
        try:
            self._backend.delete_password(SERVICE, name)
        except PasswordDeleteError:
            pass  # nothing stored: forgotten already
        except KeyringError as error:
            raise NoKeyring(self.backend_name, str(error)) from error

    def save_device_token(self, profile: str, token: str) -> None:
        try:
            self._backend.set_password(SERVICE, _token_key(profile), token)
        except KeyringError as error:
            raise NoKeyring(self.backend_name, str(error)) from error

    def device_token(self, profile: str) -> str | None:
        try:
            return self._backend.get_password(SERVICE, _token_key(profile))
        except KeyringError as error:
            raise NoKeyring(self.backend_name, str(error)) from error

    def forget(self, profile: str) -> None:
        try:
            self._backend.delete_password(SERVICE, _token_key(profile))
        except PasswordDeleteError:
            pass  # nothing stored: forgotten already
        except KeyringError as error:
            raise NoKeyring(self.backend_name, str(error)) from error

    def save_secret(self, profile: str, name: str, value: str) -> None:
        try:
            self._backend.set_password(SERVICE, _secret_key(profile, name), value)
        except KeyringError as error:
            raise NoKeyring(self.backend_name, str(error)) from error

    def secret(self, profile: str, name: str) -> str | None:
        try:
            return self._backend.get_password(SERVICE, _secret_key(profile, name))
        except KeyringError as error:
            raise NoKeyring(self.backend_name, str(error)) from error


class MemoryCredentialStore:
    """Secrets in this process's memory only (the demo, tests): lost when it exits."""

    is_secure = False
    backend_name = "memory (not secure: demo/test only)"
    warning = ""  # the demo says so in its own banner

    def __init__(self) -> None:
        self._tokens: dict[str, str] = {}
        self._secrets: dict[str, str] = {}
        self._entries: dict[str, str] = {}

    def put(self, name: str, value: str) -> None:
        self._entries[name] = value

    def get(self, name: str) -> str | None:
        return self._entries.get(name)

    def delete(self, name: str) -> None:
        self._entries.pop(name, None)

    def save_device_token(self, profile: str, token: str) -> None:
        self._tokens[profile] = token

    def device_token(self, profile: str) -> str | None:
        return self._tokens.get(profile)

    def forget(self, profile: str) -> None:
        self._tokens.pop(profile, None)

    def save_secret(self, profile: str, name: str, value: str) -> None:
        self._secrets[_secret_key(profile, name)] = value

    def secret(self, profile: str, name: str) -> str | None:
        return self._secrets.get(_secret_key(profile, name))


def default_store() -> CredentialStore:
    """The OS keyring store (raises `NoKeyring` when the machine has none)."""
    return KeyringCredentialStore()
