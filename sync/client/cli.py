"""`omnidesk`: enrol this machine, sync it, and show where it stands.

`main(argv)` is the whole command (the desktop app may call it for its own `omnidesk`
entry point). Exit codes: 0 ok, 1 failure, 2 usage or configuration. Known errors are
printed as one clear line, never as a traceback.
"""

from __future__ import annotations

import argparse
import platform
import sys
import threading
import uuid
from collections.abc import Callable, Sequence
from pathlib import Path
from urllib.parse import urlsplit

from sync.client import outbox, state
from sync.client.credentials import CredentialStore, NoKeyring, default_store
from sync.client.engine import EngineStatus, SyncEngine
from sync.client.identity import WrongDevice
from sync.client.profile import (
    AlreadyEnrolled,
    NotEnrolled,
    Profile,
    enrol_profile,
)
from sync.client.replica import Replica, ReplicaTooNew, WrongReplicaKey
from sync.client.replica_key import ReplicaKeyMissing
from sync.client.tables import CURSOR, DEVICE_ID, LAST_SYNC_AT, SERVER_URL, STORE_ID, TERRITORY_ID
from sync.client.transport import (
    InsecureAddress,
    ProtocolError,
    ServerError,
    ServerUnreachable,
    UntrustedServer,
    check_address,
)
from sync.client.wipe import wipe_ordered, wipe_profile
from sync.model import Store, Territory

OK, FAILED, USAGE = 0, 1, 2
CODE_HINTS = {
    "enrolment_code_used": "that enrolment code was used already; ask a manager for a new one",
    "enrolment_code_expired": "that enrolment code has expired; ask a manager for a new one",
    "invalid_enrolment_code": "that enrolment code is not valid; check it or ask for a new one",
    "token_revoked": "this device was revoked by a manager; enrol it again with a new code",
    "invalid_token": "the server does not know this device any more; enrol it again",
}


class Failure(Exception):
    """A problem explained in one line, with the exit code to end with."""

    def __init__(self, message: str, code: int = FAILED) -> None:
        super().__init__(message)
        self.code = code


def _explain(error: BaseException, url: str | None = None) -> Failure:
    if isinstance(error, ServerError):
        hint = CODE_HINTS.get(error.code)
        return Failure(f"the server refused: {hint or error.message} ({error.code})")
    if isinstance(error, ServerUnreachable):
        where = f" at {url}" if url else ""
        return Failure(f"cannot reach the server{where}: check the address and the network")
    if isinstance(error, UntrustedServer):
        return Failure(
            f"{error}; check the address, or give the server's CA with --ca-bundle when enrolling",
            USAGE,
        )
    if isinstance(error, NoKeyring | InsecureAddress | WrongReplicaKey | ReplicaKeyMissing):
        return Failure(str(error), USAGE)
    if isinstance(error, ReplicaTooNew | ProtocolError | WrongDevice):
        return Failure(str(error), USAGE if isinstance(error, ReplicaTooNew) else FAILED)
    return Failure(f"unexpected error: {type(error).__name__}: {error}")


def _check_url(url: str) -> str:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise Failure(f"{url!r} is not a server address (e.g. https://omnidesk.example.com)", USAGE)
    try:
        check_address(url)
    except InsecureAddress as error:
        raise Failure(str(error), USAGE) from None
    return url.rstrip("/")


def _profile(name: str, credentials: CredentialStore) -> Profile:
    try:
        profile = Profile(name, credentials)
    except NotEnrolled:
        raise Failure(
            f"profile {name!r} is not enrolled on this machine: run "
            "`omnidesk enrol URL CODE` first",
            USAGE,
        ) from None
    except InsecureAddress as error:
        raise Failure(
            f"profile {name!r} will not be used: {error}; enrol this machine with "
            "that address (`omnidesk enrol --profile NAME URL CODE`)",
            USAGE,
        ) from None
    if profile.recovery is not None:
        print(f"warning: {profile.recovery.message()}", file=sys.stderr)
    return profile


def _enrol(args: argparse.Namespace, credentials: CredentialStore) -> int:
    url = _check_url(args.url)
    if args.ca_bundle and not Path(args.ca_bundle).is_file():
        raise Failure(f"the CA bundle {args.ca_bundle} does not exist", USAGE)
    ca_bundle = str(Path(args.ca_bundle).resolve()) if args.ca_bundle else None
    try:
        done = enrol_profile(args.profile, url, args.code, args.name, credentials, ca_bundle)
    except AlreadyEnrolled:
        raise Failure(
            f"profile {args.profile!r} is enrolled already; use --profile NAME "
            "for another server or device",
            USAGE,
        ) from None
    answer = done.answer
    where = (
        f"territory {answer.territory_id}" if answer.territory_id else f"store {answer.store_id}"
    )
    print(
        f"enrolled as device {answer.device_id} ({args.name}, {where}) with {url}; "
        f"token kept in {credentials.backend_name}. Run `omnidesk sync` next."
    )
    return OK


def _watch(engine: SyncEngine, stop: threading.Event) -> None:
    shown: list[tuple[bool, str]] = []

    def on_status(status: EngineStatus) -> None:
        key = (status.online, status.message)
        if shown and shown[-1] == key:
            return
        shown[:] = [key]
        print(
            f"{'online' if status.online else 'OFFLINE'}: {status.message}; "
            f"{status.pending} pending, {status.rejected} need attention",
            flush=True,
        )

    worker = threading.Thread(
        target=engine.run, args=(stop, on_status), name="omnidesk-sync", daemon=True
    )
    worker.start()
    try:
        while worker.is_alive():
            worker.join(0.5)
    except KeyboardInterrupt:
        print("stopping...", flush=True)
    finally:
        stop.set()
        worker.join(5)


def _wipe(profile: Profile) -> Failure:
    """Carry out the server's order to erase this device's data; the line to end with."""
    return Failure(wipe_profile(profile).message())


def _sync(
    args: argparse.Namespace, credentials: CredentialStore, stop: threading.Event | None
) -> int:
    profile = _profile(args.profile, credentials)
    engine = SyncEngine(profile.replica, profile.http, files=profile.files)
    try:
        if args.watch:
            print(f"staying in step with {profile.url} (Ctrl+C to stop)", flush=True)
            _watch(engine, stop or threading.Event())
            if engine.wipe_ordered:
                raise _wipe(profile)
            return OK
        try:
            report = engine.sync_once()
        except (
            ServerError,
            ServerUnreachable,
            UntrustedServer,
            ProtocolError,
            WrongDevice,
        ) as error:
            if wipe_ordered(error):
                raise _wipe(profile) from None
            raise _explain(error, profile.url) from None
        print(f"synced with {profile.url}: {report.summary()}")
        status = engine.status()
        if status.rejected:
            print(f"{status.rejected} change(s) need attention: see `omnidesk status`")
        return OK
    finally:
        profile.replica.close()


def _place(replica: Replica, values: dict[str, str | None]) -> str:
    with replica.read() as session:
        if values.get(TERRITORY_ID):
            row = session.get(Territory, uuid.UUID(values[TERRITORY_ID] or ""))
            return f"territory {row.code} {row.name}" if row else "territory (not synced yet)"
        if values.get(STORE_ID):
            found = session.get(Store, uuid.UUID(values[STORE_ID] or ""))
            return f"store {found.code} {found.name}" if found else "store (not synced yet)"
    return "no store or territory"


def _status(args: argparse.Namespace, credentials: CredentialStore) -> int:
    profile = _profile(args.profile, credentials)
    replica = profile.replica
    try:
        with replica.read() as session:
            values = state.everything(session)
            counts = outbox.counts(session)
            rejected = outbox.rejected(session)
            failed = [r for r in outbox.pending(session) if r.local_code]
        print(f"profile:     {profile.name} ({replica.path})")
        print(f"server:      {values.get(SERVER_URL) or profile.url}")
        print(f"device:      {values.get(DEVICE_ID)}")
        print(f"works at:    {_place(replica, values)}")
        print(f"last sync:   {values.get(LAST_SYNC_AT) or 'never'}")
        print(f"cursor:      {values.get(CURSOR) or 'none (no snapshot yet)'}")
        print(f"credentials: {credentials.backend_name}")
        print(f"pending:     {counts.pending} change(s) waiting to be sent")
        for row in failed:
            print(f"  #{row.seq} {row.name}: not shown locally: {row.local_message}")
        print(f"rejected:    {counts.rejected} change(s) need attention")
        for row in rejected:
            print(f"  #{row.seq} {row.name} ({row.code}): {row.message}")
        return OK
    finally:
        replica.close()


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(prog="omnidesk", description="Omnidesk device sync.")
    commands = top.add_subparsers(dest="command", required=True)
    enrol_cmd = commands.add_parser("enrol", help="register this machine with a server")
    enrol_cmd.add_argument("url", help="the central API, e.g. https://omnidesk.example.com")
    enrol_cmd.add_argument("code", help="the one-time enrolment code from a manager")
    enrol_cmd.add_argument(
        "--name",
        default=platform.node() or "device",
        help="how managers will see this device (default: host name)",
    )
    enrol_cmd.add_argument("--ca-bundle", help="a PEM file of CAs to trust for this server")
    sync_cmd = commands.add_parser("sync", help="push and pull once (or stay live)")
    sync_cmd.add_argument("--watch", action="store_true", help="stay live until Ctrl+C")
    commands.add_parser("status", help="server, last sync, cursor, pending and rejected")
    for command in commands.choices.values():
        command.add_argument("--profile", default="default", help="device profile")
    return top


def main(
    argv: Sequence[str] | None = None,
    *,
    credentials: Callable[[], CredentialStore] = default_store,
    stop: threading.Event | None = None,
) -> int:
    """Run `omnidesk`; returns the exit code (`stop` ends `sync --watch` when set)."""
    try:
        args = parser().parse_args(argv)
    except SystemExit as leaving:  # --help, or a usage error argparse has printed
        return leaving.code if isinstance(leaving.code, int) else USAGE
    try:
        store = credentials()
        if store.warning:
            print(f"omnidesk: warning: {store.warning}", file=sys.stderr)
        if args.command == "enrol":
            return _enrol(args, store)
        if args.command == "sync":
            return _sync(args, store, stop)
        return _status(args, store)
    except Failure as failure:
        print(f"omnidesk: {failure}", file=sys.stderr)
        return failure.code
    except KeyboardInterrupt:
        return FAILED
    except Exception as error:
        url = getattr(args, "url", None)
        print(f"omnidesk: {_explain(error, url)}", file=sys.stderr)
        return _explain(error).code


if __name__ == "__main__":
    sys.exit(main())
