"""Files of applications between devices and the real API on loopback: uploaded after
the push that made their row, fetched after the rows, resumed after a cut, hash checked;
a failing file recorded and tried again ever later, never stopping the sync."""

from __future__ import annotations

import hashlib
import os
import uuid
from datetime import timedelta
from pathlib import Path

from sync.client.engine import SyncEngine
from sync.client.files.store import CHUNK, FileStore
from sync.client.files.transfer import STALE_UPLOAD, FileTransfers, retry_delay
from sync.client.files.uploads import DONE, PENDING, FileUpload, queue_upload
from sync.client.transport import Http
from sync.model import ApplicationFile
from sync.model.types import utcnow
from tests.client.conftest import TillFactory
from tests.client.helpers import Till, new_id
from tests.client.test_engine import running, wait_until
from tests.server.conftest import Api

BRANCH = "PL-WAW-B1"
SIZE = 3 * CHUNK + 12_345  # four sealed chunks, the last one short


def _pdf(size: int = SIZE) -> bytes:
    return b"%PDF-1.7\n" + os.urandom(size - 9)


def _store(till: Till) -> FileStore:
    return FileStore.of_replica(till.path, till.replica_key)


def _engine(till: Till, budget: int = 64 * CHUNK) -> SyncEngine:
    return SyncEngine(
        till.replica, lambda: Http(till.api.url, till.token), files=_store(till), file_budget=budget
    )


def _device(api: Api, make_till: TillFactory, login: str, name: str) -> Till:
    """A branch device enrolled and synced once (rows only)."""
    till = make_till(api, BRANCH, login, name=name)
    till.snapshot()
    return till


def _branch_devices(api: Api, make_till: TillFactory) -> tuple[Till, Till]:
    first = _device(api, make_till, "advisor.waw", "first")
    second = _device(api, make_till, "manager.branch", "second")
    return first, second


def _attach(till: Till, data: bytes) -> str:
    """What the desk does: keep the file sealed, attach its row, queue its upload."""
    sha = _store(till).put(data)
    application_id = new_id()
    till.do(
        "application.start",
        {
            "application_id": application_id,
            "customer_id": str(till.api.world.customers["ewa"]),
            "kind": "loan",
            "branch_store_id": str(till.store_id),
        },
    )
    till.do(
        "application.attach_file",
        {
            "file_id": str(uuid.uuid4()),
            "application_id": application_id,
            "document": "id_card",
            "sha256": sha,
            "size": len(data),
            "media_type": "application/pdf",
            "filename": "id.pdf",
        },
    )
    with till.replica.write() as session:
        queue_upload(session, sha, len(data))
    return sha


def _uploads(till: Till) -> dict[str, str]:
    with till.replica.read() as session:
        return {row.sha256: row.state for row in session.query(FileUpload)}


def test_a_file_attached_on_one_device_arrives_whole_on_another(
    server: Api, make_till: TillFactory
) -> None:
    first, second = _branch_devices(server, make_till)
    data = _pdf()
    sha = _attach(first, data)
    assert _uploads(first) == {sha: PENDING}

    _engine(first).sync_once()  # the push makes the row, then the file goes up
    assert _uploads(first) == {sha: DONE}

    engine = _engine(second)
    engine.sync_once()
    assert _store(second).read(sha) == data  # decrypted and checked against its hash
    status = engine.status()
    assert status.files is not None and status.files.text() == "documents: 1 of 1 fetched"
    raw = (_store(second).folder / sha).read_bytes()
    assert data[:4096] not in raw and len(raw) > len(data)  # sealed at rest


def test_a_download_cut_half_way_resumes_after_a_kill_and_arrives_whole(
    server: Api, make_till: TillFactory
) -> None:
    first, second = _branch_devices(server, make_till)
    data = _pdf()
    sha = _attach(first, data)
    _engine(first).sync_once()
    second.sync()  # the rows only

    cut = FileTransfers(second.replica, _store(second), second.http)
    progress = cut.download_missing(budget_bytes=CHUNK + 1)  # the connection closed mid-file
    assert (progress.fetched, progress.more) == (0, True)
    held = _store(second).partial_size(sha)
    assert CHUNK <= held < len(data)
    assert not _store(second).has(sha)

    # killed: a new process, a new store and transfers, the same files folder
    again = FileTransfers(second.replica, _store(second), second.http)
    progress = again.download_missing()
    assert (progress.fetched, progress.present, progress.total) == (1, 1, 1)
    assert progress.received == len(data) - held  # resumed, not fetched again
    assert _store(second).read(sha) == data


def test_a_first_sync_has_its_rows_before_its_files(server: Api, make_till: TillFactory) -> None:
    first = _device(server, make_till, "advisor.waw", "first")
    shas = [_attach(first, _pdf(2 * CHUNK + n)) for n in (1, 2, 3)]
    _engine(first).sync_once()

    fresh = make_till(server, BRANCH, "manager.branch", name="fresh")
    engine = _engine(fresh, budget=CHUNK)
    engine.sync_once()
    with fresh.replica.read() as session:
        rows = {row.sha256 for row in session.query(ApplicationFile)}
    assert rows == set(shas)  # every row is here, usable
    status = engine.status()
    assert status.files is not None and status.files.present < 3 and status.files.more
    assert engine.files_more  # the engine syncs again at once for the rest
    for _ in range(20):
        if not engine.files_more:
            break
        engine.sync_once()
    store = _store(fresh)
    assert all(store.has(sha) for sha in shas)
    assert engine.status().files.text() == "documents: 3 of 3 fetched"  # type: ignore[union-attr]


def test_a_file_not_uploaded_yet_is_asked_for_again_later(
    server: Api, make_till: TillFactory
) -> None:
    first, second = _branch_devices(server, make_till)
    data = _pdf(CHUNK // 2)
    sha = _attach(first, data)
    first.push()  # the row, not the file
    second.sync()
    transfers = FileTransfers(second.replica, _store(second), second.http, absent_retry=3600)
    assert transfers.download_missing().waiting == 1  # 404: not there yet
    FileTransfers(first.replica, _store(first), first.http).upload_pending()
    assert transfers.download_missing().waiting == 1  # not asked again so soon
    transfers.absent_retry = 0
    assert transfers.download_missing().fetched == 1
    assert _store(second).read(sha) == data


def test_an_upload_cut_half_way_resumes_where_the_server_stopped(
    server: Api, make_till: TillFactory, tmp_path: Path
) -> None:
    first, second = _branch_devices(server, make_till)
    data = _pdf()
    sha = _attach(first, data)
    first.push()
    first.http.put_bytes(f"/v1/files/{sha}", data[:CHUNK], params={"offset": 0})  # then cut
    summary = FileTransfers(first.replica, _store(first), first.http).upload_pending()
    assert (summary.done, summary.sent) == (1, len(data) - CHUNK)
    assert _uploads(first) == {sha: DONE}
    second.sync()
    FileTransfers(second.replica, _store(second), second.http).download_missing()
    assert hashlib.sha256(_store(second).read(sha)).hexdigest() == sha


def test_an_upload_waits_while_its_row_is_not_on_the_server(
    server: Api, make_till: TillFactory
) -> None:
    first = _device(server, make_till, "advisor.waw", "first")
    sha = _attach(first, _pdf(1000))
    summary = FileTransfers(first.replica, _store(first), first.http).upload_pending()
    assert (summary.done, summary.waiting) == (0, 1)
    with first.replica.read() as session:
        row = session.get(FileUpload, sha)
        assert row is not None and row.state == PENDING and row.tries == 1
        assert row.last_error == "the server does not know this file yet"
    _engine(first).sync_once()
    assert _uploads(first) == {sha: DONE}


def test_a_live_device_fetches_every_file_without_waiting_for_a_change(
    server: Api, make_till: TillFactory
) -> None:
    """The budget only spaces the files out: a running engine syncs again at once while
    files are still to fetch (rather than listening for the next change)."""
    first = _device(server, make_till, "advisor.waw", "first")
    shas = [_attach(first, _pdf(CHUNK + n)) for n in (1, 2, 3)]
    _engine(first).sync_once()
    fresh = make_till(server, BRANCH, "manager.branch", name="fresh")
    engine = SyncEngine(
        fresh.replica,
        lambda: Http(fresh.api.url, fresh.token),
        files=_store(fresh),
        file_budget=CHUNK // 2,
        live_wait=25,
    )
    store = _store(fresh)
    with running(engine) as statuses:
        wait_until(lambda: all(store.has(sha) for sha in shas), 60)
        wait_until(lambda: any(s.files and s.files.missing == 0 for s in list(statuses)), 60)
    seen = [s.files.present for s in statuses if s.files is not None]
    assert seen == sorted(seen) and seen[0] < 3 and seen[-1] == 3


def _damage(till: Till, sha: str) -> None:
    """Change one byte of the sealed copy kept on `till` (a bad disk sector)."""
    path = _store(till).folder / sha
    raw = bytearray(path.read_bytes())
    raw[len(raw) // 2] ^= 0xFF
    path.write_bytes(bytes(raw))


def _upload_row(till: Till, sha: str) -> FileUpload:
    with till.replica.read() as session:
        row = session.get(FileUpload, sha)
        assert row is not None
        session.expunge(row)
        return row


def test_an_upload_queued_for_a_command_never_applied_is_dropped_after_ten_minutes(
    server: Api, make_till: TillFactory
) -> None:
    """Killed between queueing a file and applying its command: the upload waits for its
    row without being tried, then is dropped once it has waited `STALE_UPLOAD`."""
    first = _device(server, make_till, "advisor.waw", "first")
    orphan = _store(first).put(_pdf(1000))
    recent = _store(first).put(_pdf(2000))
    with first.replica.write() as session:
        queue_upload(session, orphan, 1000)
        queue_upload(session, recent, 2000)
        row = session.get(FileUpload, orphan)
        assert row is not None
        row.queued_at = utcnow() - STALE_UPLOAD - timedelta(seconds=1)
    transfers = FileTransfers(first.replica, _store(first), first.http)
    summary = transfers.upload_pending()
    assert (summary.dropped, summary.waiting, summary.done) == (1, 1, 0)
    assert _uploads(first) == {recent: PENDING}
    assert _upload_row(first, recent).tries == 0  # not sent: no row names it yet


def test_an_upload_the_server_does_not_know_is_not_read(
    server: Api, make_till: TillFactory
) -> None:
    """The server is asked first: a file whose row it lacks is not read (nor decrypted),
    so a damaged copy is not even noticed until the server wants it."""
    first = _device(server, make_till, "advisor.waw", "first")
    sha = _attach(first, _pdf(CHUNK + 10))
    _damage(first, sha)
    FileTransfers(first.replica, _store(first), first.http).upload_pending()
    assert _upload_row(first, sha).last_error == "the server does not know this file yet"


def test_a_damaged_file_is_recorded_and_the_sync_goes_on(
    server: Api, make_till: TillFactory
) -> None:
    first, second = _branch_devices(server, make_till)
    good, bad = _pdf(CHUNK + 1), _pdf(CHUNK + 2)
    good_sha, bad_sha = _attach(first, good), _attach(first, bad)
    _damage(first, bad_sha)

    engine = _engine(first)
    engine.sync_once()  # no exception: the rows went, the good file too
    assert _uploads(first) == {good_sha: DONE, bad_sha: PENDING}
    row = _upload_row(first, bad_sha)
    assert row.tries == 1 and row.last_error is not None and "damaged" in row.last_error
    assert engine.status().pending == 0  # every row pushed
    engine.sync_once()  # not tried again so soon
    assert _upload_row(first, bad_sha).tries == 1

    # a download that cannot be kept (here: its partial file's name is taken by a folder,
    # as a full disk would refuse it) is skipped; the other file arrives
    store = _store(second)
    store.kept()
    (store.folder / f"{bad_sha}.part").mkdir()
    first.http.put_bytes(f"/v1/files/{bad_sha}", bad, params={"offset": 0})  # sent whole
    engine = _engine(second)
    engine.sync_once()
    status = engine.status()
    assert status.files is not None and status.files.failed == 1
    assert store.read(good_sha) == good and not store.has(bad_sha)


def test_a_failing_file_waits_longer_after_each_failure(
    server: Api, make_till: TillFactory
) -> None:
    first, second = _branch_devices(server, make_till)
    sha = _attach(first, _pdf(1000))
    now = [0.0]
    uploads = FileTransfers(first.replica, _store(first), first.http, clock=lambda: now[0])

    def tries_at(moment: float) -> int:
        now[0] = moment
        uploads.upload_pending()  # 404: the row is not pushed
        return _upload_row(first, sha).tries

    assert [tries_at(t) for t in (0, 29, 31, 31 + 59, 31 + 61)] == [1, 1, 2, 2, 3]

    first.push()  # the row, not the file
    second.sync()
    downloads = FileTransfers(second.replica, _store(second), second.http, clock=lambda: now[0])
    now[0] = 1000.0
    assert downloads.download_missing().waiting == 1
    assert downloads.download_retry_in(sha) == 30
    now[0] = 1031.0
    downloads.download_missing()
    assert downloads.download_retry_in(sha) == 60
    assert [retry_delay(n) for n in (1, 2, 3, 8, 50)] == [30, 60, 120, 3600, 3600]
