"""A keyring that keeps secrets in a plain file is refused like no keyring, unless the user
opts in (OMNIDESK_ALLOW_PLAINTEXT_KEYRING=1); then it works and says it is not secure."""

from __future__ import annotations

import base64
import configparser
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends.chainer import ChainerBackend
from keyrings.alt.file import PlaintextKeyring

from sync.client.cli import main
from sync.client.credentials import (
    NO_KEYRING_HELP,
    PLAINTEXT_OPT_IN,
    KeyringCredentialStore,
    NoKeyring,
    default_store,
)
from sync.model.types import utcnow
from sync.server import enrolment
from tests.client.test_credentials import MemoryKeyring
from tests.server.conftest import Api


class HomeMadeFileKeyring(MemoryKeyring):
    """A named fake: a backend that ranks itself "suitable, not recommended" (below 1),
    as keyring asks of backends that do not protect what they keep."""

    priority = 0.2  # type: ignore[assignment]


def _plain_file(folder: Path) -> PlaintextKeyring:
    backend = PlaintextKeyring()
    backend.file_path = str(folder / "keyring_pass.cfg")  # never the user's own file
    return backend


def _stored_values(backend: PlaintextKeyring) -> list[str]:
    """What the file holds, read without any key: base64 is the only "protection"."""
    parser = configparser.RawConfigParser()
    parser.read(backend.file_path, encoding="utf-8")
    return [
        base64.b64decode(value).decode("utf-8", "replace")
        for section in parser.sections()
        for _, value in parser.items(section)
    ]


@pytest.fixture
def plain_keyring(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[PlaintextKeyring]:
    """keyrings.alt's plain-text file as the machine's keyring, in a private folder."""
    monkeypatch.delenv(PLAINTEXT_OPT_IN, raising=False)
    monkeypatch.setenv("OMNIDESK_DATA_DIR", str(tmp_path / "data"))
    before = keyring.get_keyring()
    backend = _plain_file(tmp_path)
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(before)


def test_a_plain_text_keyring_is_refused_like_none_with_the_same_explanation(
    plain_keyring: PlaintextKeyring,
) -> None:
    with pytest.raises(NoKeyring) as refused:
        default_store()
    text = str(refused.value)
    assert text.startswith(NO_KEYRING_HELP)  # the same explanation as no keyring at all
    assert "keyrings.alt.file.PlaintextKeyring" in text and f"{PLAINTEXT_OPT_IN}=1" in text
    assert not Path(plain_keyring.file_path).exists()  # nothing was written


@pytest.mark.parametrize(
    "backend",
    [
        HomeMadeFileKeyring(),
        type("OnlyPlainText", (ChainerBackend,), {"backends": [PlaintextKeyring()]})(),
        type(
            "PlainTextFirst",
            (ChainerBackend,),
            {"backends": [PlaintextKeyring(), HomeMadeFileKeyring()]},
        )(),
    ],
    ids=["low-priority", "chainer-of-plain-text", "chainer-writing-plain-text"],
)
def test_other_keyrings_that_do_not_protect_secrets_are_refused(
    backend: KeyringBackend, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(PLAINTEXT_OPT_IN, raising=False)
    with pytest.raises(NoKeyring, match=PLAINTEXT_OPT_IN):
        KeyringCredentialStore(backend)


def test_a_chainer_writing_to_a_real_keyring_is_accepted(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(PLAINTEXT_OPT_IN, raising=False)
    real = MemoryKeyring()
    chained = type("RealFirst", (ChainerBackend,), {"backends": [real, PlaintextKeyring()]})
    store = KeyringCredentialStore(chained())
    assert store.is_secure and not store.warning
    store.put("device-token:x", "secret")
    assert real.secrets


def test_the_opt_in_lets_it_work_and_the_command_line_warns_every_time(
    plain_keyring: PlaintextKeyring,
    server: Api,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv(PLAINTEXT_OPT_IN, "1")
    store = default_store()
    assert not store.is_secure and "not secure" in store.backend_name
    assert "PlaintextKeyring" in store.warning and "not acceptable for production" in (
        store.warning
    )
    with server.db.write() as session:
        code = enrolment.create_code(session, "PL-WAW-01", utcnow())
    assert main(["enrol", server.url, code]) == 0
    captured = capsys.readouterr()
    assert "warning:" in captured.err and "does not protect them" in captured.err
    assert "plain text: not secure" in captured.out  # where the token was kept
    # It is what it says: the token is in the file, readable by anyone who has the file.
    assert any(value.startswith("dev_") for value in _stored_values(plain_keyring))
    assert main(["status"]) == 0
    captured = capsys.readouterr()
    assert "warning:" in captured.err and "plain text: not secure" in captured.out

    monkeypatch.setenv(PLAINTEXT_OPT_IN, "yes")  # only the documented value opts in
    assert main(["status"]) == 2
    assert NO_KEYRING_HELP in capsys.readouterr().err
