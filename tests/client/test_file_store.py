"""Files kept on a device: sealed at rest, checked when read, downloads resumable."""

from __future__ import annotations

import hashlib
import os
import stat
from pathlib import Path

import pytest

from sync.client.cipher import ReplicaKey
from sync.client.files.store import CHUNK, SEALED, FileDamaged, FileStore, erase, files_folder
from sync.client.wipe import erase_files

PLAIN = b"%PDF-1.7 customer Ala Kowalska, PESEL 85010112345 " * 60_000  # about 3 MiB


def _store(tmp_path: Path, key: ReplicaKey | None = None) -> FileStore:
    return FileStore.of_replica(tmp_path / "till.db", key or ReplicaKey.new())


def test_a_file_kept_is_read_back_whole_and_its_name_is_its_hash(tmp_path: Path) -> None:
    store = _store(tmp_path)
    sha = store.put(PLAIN)
    assert sha == hashlib.sha256(PLAIN).hexdigest()
    assert store.has(sha) and store.kept() == [sha]
    assert store.read(sha) == PLAIN
    assert store.size(sha) == len(PLAIN)
    assert store.put(PLAIN) == sha  # kept once
    path = files_folder(tmp_path / "till.db") / sha
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700


@pytest.mark.parametrize("size", [0, 1, CHUNK - 1, CHUNK, CHUNK + 1, 2 * CHUNK])
def test_every_size_round_trips(tmp_path: Path, size: int) -> None:
    store = _store(tmp_path)
    data = os.urandom(size)
    assert store.read(store.put(data)) == data


def test_at_rest_the_bytes_hold_no_plaintext(tmp_path: Path) -> None:
    store = _store(tmp_path)
    sha = store.put(PLAIN)
    raw = (files_folder(tmp_path / "till.db") / sha).read_bytes()
    assert b"Kowalska" not in raw and b"%PDF" not in raw and b"85010112345" not in raw


def test_a_changed_byte_is_refused(tmp_path: Path) -> None:
    store = _store(tmp_path)
    sha = store.put(PLAIN)
    path = files_folder(tmp_path / "till.db") / sha
    raw = bytearray(path.read_bytes())
    raw[CHUNK + 100] ^= 0x01
    path.write_bytes(bytes(raw))
    with pytest.raises(FileDamaged):
        store.read(sha)


@pytest.mark.parametrize("keep", [SEALED, 2 * SEALED, SEALED + 500, 5])
def test_a_file_cut_short_is_refused(tmp_path: Path, keep: int) -> None:
    """Cut at a chunk's end too: the chunk now last was not sealed as the last."""
    store = _store(tmp_path)
    sha = store.put(PLAIN)
    path = files_folder(tmp_path / "till.db") / sha
    path.write_bytes(path.read_bytes()[:keep])
    with pytest.raises(FileDamaged):
        store.read(sha)


def test_a_file_sealed_under_another_name_is_refused(tmp_path: Path) -> None:
    store = _store(tmp_path)
    first, second = store.put(b"first file"), store.put(b"second file")
    folder = files_folder(tmp_path / "till.db")
    (folder / second).write_bytes((folder / first).read_bytes())
    with pytest.raises(FileDamaged):
        store.read(second)


def test_another_key_reads_nothing_and_drops_what_it_cannot_read(tmp_path: Path) -> None:
    key = ReplicaKey.new()
    sha = _store(tmp_path, key).put(PLAIN)
    assert _store(tmp_path, key).read(sha) == PLAIN
    other = _store(tmp_path)
    assert not other.has(sha)  # a replica made again with a new key fetches them again


def test_a_download_resumes_from_its_whole_chunks(tmp_path: Path) -> None:
    key = ReplicaKey.new()
    sha = hashlib.sha256(PLAIN).hexdigest()
    store = _store(tmp_path, key)
    assert store.partial_size(sha) == 0
    store.append_part(sha, PLAIN[:CHUNK])
    store.append_part(sha, PLAIN[CHUNK : 2 * CHUNK])
    part = files_folder(tmp_path / "till.db") / f"{sha}.part"
    with part.open("ab") as file:  # killed while writing the third chunk
        file.write(b"torn")
    again = _store(tmp_path, key)  # the process started again
    assert again.partial_size(sha) == 2 * CHUNK
    assert not again.has(sha)
    assert b"Kowalska" not in part.read_bytes()
    again.append_part(sha, PLAIN[2 * CHUNK :])
    again.finish_part(sha)
    assert again.has(sha) and again.read(sha) == PLAIN
    assert not part.exists() and again.partial_size(sha) == 0


def test_a_download_that_does_not_match_its_hash_is_dropped(tmp_path: Path) -> None:
    store = _store(tmp_path)
    sha = hashlib.sha256(b"what was promised").hexdigest()
    store.append_part(sha, b"something else")
    with pytest.raises(FileDamaged):
        store.finish_part(sha)
    assert not store.has(sha) and store.partial_size(sha) == 0


def test_a_download_without_its_last_chunk_is_not_finished(tmp_path: Path) -> None:
    store = _store(tmp_path)
    data = os.urandom(2 * CHUNK)
    sha = hashlib.sha256(data).hexdigest()
    store.append_part(sha, data[:CHUNK])
    store.append_part(sha, data[CHUNK:])
    with pytest.raises(FileDamaged):  # a size that is a multiple of CHUNK ends with b""
        store.finish_part(sha)


def test_delete_and_erase(tmp_path: Path) -> None:
    store = _store(tmp_path)
    sha = store.put(PLAIN)
    other = store.put(b"other")
    store.append_part("0" * 64, b"x" * CHUNK)
    store.delete(sha)
    assert not store.has(sha) and store.has(other)
    erased = erase(tmp_path / "till.db")
    assert {path.name for path in erased} >= {other, "0" * 64 + ".part"}
    assert not files_folder(tmp_path / "till.db").exists()


def test_a_name_that_is_not_a_hash_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        _store(tmp_path).has("../till.db")


def test_a_wipe_erases_the_files_with_the_replica(tmp_path: Path) -> None:
    store = _store(tmp_path)
    sha = store.put(PLAIN)
    (tmp_path / "till.db").write_bytes(b"replica")
    erased = erase_files(tmp_path / "till.db")
    assert tmp_path / "till.db" in erased and files_folder(tmp_path / "till.db") / sha in erased
    assert not files_folder(tmp_path / "till.db").exists()
