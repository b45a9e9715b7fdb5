"""`omnidesk-server`: run the central API and administer it."""

from __future__ import annotations

import argparse
import ssl
import sys
import uuid
from collections.abc import Sequence
from datetime import timedelta
from typing import TypedDict

from sqlalchemy import select

from sync.addresses import is_loopback
from sync.model import Store, Territory
from sync.model.types import utcnow
from sync.server import enrolment, schema, settings
from sync.server.db import open_database


class BadTlsFiles(ValueError):
    """--certfile/--keyfile missing, unreadable or not a certificate and its key."""


class TlsOptions(TypedDict, total=False):
    """uvicorn's TLS options (none: plain http)."""

    ssl_certfile: str
    ssl_keyfile: str


def _tls(args: argparse.Namespace) -> TlsOptions:
    """uvicorn's TLS options from --certfile and --keyfile (both or neither), checked."""
    if not args.certfile and not args.keyfile:
        return {}
    if not (args.certfile and args.keyfile):
        raise BadTlsFiles("give both --certfile and --keyfile (or neither, behind a TLS proxy)")
    try:
        ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER).load_cert_chain(args.certfile, args.keyfile)
    except (OSError, ssl.SSLError) as error:
        raise BadTlsFiles(
            f"cannot serve TLS with {args.certfile} and {args.keyfile}: {error}"
        ) from None
    return {"ssl_certfile": args.certfile, "ssl_keyfile": args.keyfile}


def _serve(args: argparse.Namespace, tls: TlsOptions | None = None) -> int:
    import uvicorn

    from sync.server.app import build

    try:
        tls = _tls(args) if tls is None else tls
    except BadTlsFiles as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    url = settings.database_url()
    app = build(url)
    scheme = "https" if tls else "http"
    print(
        f"Omnidesk central API on {scheme}://{args.host}:{args.port} (database: {url})", flush=True
    )
    if not tls and not is_loopback(args.host):
        print(
            "warning: plain http on a network address: devices refuse plain http:// to "
            "another machine (their token and staff PINs would cross the network in "
            "clear). Give --certfile and --keyfile, or serve on 127.0.0.1 behind a TLS "
            "proxy.",
            file=sys.stderr,
            flush=True,
        )
    # None (not given): uvicorn's own default.
    uvicorn.run(
        app,
        host=args.host,
        port=args.port,
        log_level=args.log_level,
        forwarded_allow_ips=args.forwarded_allow_ips,
        **tls,
    )
    return 0


def _demo_data(args: argparse.Namespace) -> int:
    from sync.server.demo import seed

    url = settings.database_url()
    schema.upgrade(url)
    db = open_database(url)
    try:
        summary = seed(db, customers=args.customers, products=args.products)
    finally:
        db.dispose()
    for line in summary:
        print(line)
    return 0


def _demo(args: argparse.Namespace) -> int:
    """Seed the demo data if the database is empty, print how to connect, and serve."""
    try:
        tls = _tls(args)  # checked before seeding
    except BadTlsFiles as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    _demo_data(args)
    db = _open()
    with db.write() as session:
        code = enrolment.create_code(session, "PL-WAW-01", utcnow())
    db.dispose()
    print(f"one-time enrolment code for store PL-WAW-01: {code}")
    return _serve(args, tls)


def _stores(args: argparse.Namespace) -> int:
    db = _open()
    with db.read() as session:
        for store in session.scalars(select(Store).order_by(Store.code)):
            print(f"{store.code}\t{store.name}\t{store.city}\t{store.currency}")
        for territory in session.scalars(select(Territory).order_by(Territory.code)):
            print(f"{territory.code}\t{territory.name}\tfield territory")
    return 0


def _enrol_code(args: argparse.Namespace) -> int:
    db = _open()
    try:
        with db.write() as session:
            code = enrolment.create_code(session, args.store, utcnow())
    except LookupError as error:
        print(f"error: {error}; `omnidesk-server stores` lists them", file=sys.stderr)
        return 2
    print(f"One-time enrolment code for {args.store} (valid {enrolment.CODE_LIFETIME.days} days):")
    print(code)
    return 0


def _channel_key(args: argparse.Namespace) -> int:
    db = _open()
    with db.write() as session:
        key = enrolment.create_channel_key(session, args.name)
    print(f"Channel key for {args.name} (shown once, keep it secret):")
    print(key)
    return 0


def _revoke_device(args: argparse.Namespace) -> int:
    db = _open()
    try:
        device_id = uuid.UUID(args.device_id)
    except ValueError:
        print("error: not a device id", file=sys.stderr)
        return 2
    with db.write() as session:
        found = enrolment.revoke_device(session, device_id, utcnow(), wipe=args.wipe)
    if not found:
        print("error: no such device", file=sys.stderr)
        return 1
    if args.wipe:
        print(
            f"revoked {device_id}; at its next contact it will erase its local data "
            "(database, saved files, keyring entries) and confirm it: see "
            "`omnidesk-server devices`"
        )
    else:
        print(f"revoked {device_id}")
    return 0


def _devices(args: argparse.Namespace) -> int:
    from sync.server import wipe
    from sync.server.tables import Device

    db = _open()
    with db.read() as session:
        for device in session.scalars(select(Device).order_by(Device.created_at)):
            print(f"{device.id}\t{device.name}\t{wipe.describe(device)}")
    db.dispose()
    return 0


def _unlock_staff(args: argparse.Namespace) -> int:
    from sync.server import sign_in_guard as guard

    db = _open()
    with db.write() as session:
        found = guard.unlock_login(session, args.login)
    db.dispose()
    print(
        f"sign-in for {args.login} unlocked"
        if found
        else f"sign-in for {args.login} was not locked (no failed attempts)"
    )
    return 0


def _staff_leave(args: argparse.Namespace) -> int:
    from sync.model import StaffUser
    from sync.server import staff_sessions

    db = _open()
    with db.write() as session:
        staff = session.scalars(
            select(StaffUser).where(StaffUser.login == args.login)
        ).one_or_none()
        if staff is not None:
            staff.active = False
            ended = staff_sessions.end_for_staff(
                session, staff.id, staff_sessions.ENDED_STAFF_LEFT, utcnow()
            )
    db.dispose()
    if staff is None:
        print(f"error: no staff member with login {args.login!r}", file=sys.stderr)
        return 2
    print(
        f"{args.login} can no longer sign in; {ended} sign-in(s) on devices ended: "
        "changes they had not yet sent are refused"
    )
    return 0


def _unlock_device(args: argparse.Namespace) -> int:
    from sync.server import sign_in_guard as guard

    try:
        device_id = uuid.UUID(args.device_id)
    except ValueError:
        print("error: not a device id", file=sys.stderr)
        return 2
    db = _open()
    with db.write() as session:
        found = guard.unlock(session, guard.device_rule(device_id))
    db.dispose()
    print(
        f"sign-ins on device {device_id} unlocked"
        if found
        else f"sign-ins on device {device_id} were not locked"
    )
    return 0


def _compact(args: argparse.Namespace) -> int:
    from sync.server.feed.compaction import compact

    db = _open()
    with db.write() as session:
        floor = compact(session, utcnow() - timedelta(days=args.keep_days))
    print(f"change history kept from sequence {floor + 1}")
    return 0


def _expire_orders(args: argparse.Namespace) -> int:
    from sync.server.expiry import expire_due_orders

    db = _open()
    try:
        count = expire_due_orders(db)
    finally:
        db.dispose()
    print(f"{count} uncollected pickup order(s) expired")
    return 0


def _migrate(args: argparse.Namespace) -> int:
    schema.upgrade(settings.database_url())
    print("database schema is up to date")
    return 0


def _open():
    url = settings.database_url()
    schema.upgrade(url)
    return open_database(url)


def _listening(command: argparse.ArgumentParser) -> None:
    """Where and how `serve` and `demo` listen."""
    command.add_argument("--host", default="127.0.0.1")
    command.add_argument("--port", type=int, default=8470)
    command.add_argument("--log-level", default="info")
    command.add_argument("--certfile", help="serve HTTPS with this PEM certificate (chain)")
    command.add_argument("--keyfile", help="the certificate's PEM private key")
    command.add_argument(
        "--forwarded-allow-ips",
        help="addresses of TLS proxies whose "
        "X-Forwarded-For/-Proto headers are believed (default: 127.0.0.1,::1)",
    )


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="omnidesk-server", description=__doc__)
    sub = p.add_subparsers(dest="command", required=True)

    serve = sub.add_parser("serve", help="run the central API")
    _listening(serve)
    serve.set_defaults(run=_serve)

    demo = sub.add_parser("demo-data", help="seed a deterministic demo data set")
    demo.add_argument("--customers", type=int, default=2000)
    demo.add_argument("--products", type=int, default=500)
    demo.set_defaults(run=_demo_data)

    demo_serve = sub.add_parser("demo", help="seed the demo data if needed, then serve")
    _listening(demo_serve)
    demo_serve.add_argument("--customers", type=int, default=2000)
    demo_serve.add_argument("--products", type=int, default=500)
    demo_serve.set_defaults(run=_demo)

    sub.add_parser("stores", help="list stores and territories, code first").set_defaults(
        run=_stores
    )

    code = sub.add_parser("enrol-code", help="make a one-time device enrolment code")
    code.add_argument("--store", required=True, help="store or territory code")
    code.set_defaults(run=_enrol_code)

    key = sub.add_parser("channel-key", help="make a key for a web shop or portal")
    key.add_argument("--name", required=True)
    key.set_defaults(run=_channel_key)

    revoke = sub.add_parser("revoke-device", help="revoke a device's token")
    revoke.add_argument("device_id")
    revoke.add_argument(
        "--wipe",
        action="store_true",
        help="also have the device erase its local data at its next contact",
    )
    revoke.set_defaults(run=_revoke_device)

    unlock = sub.add_parser(
        "unlock-staff", help="lift a login's sign-in lock-out after too many wrong PINs"
    )
    unlock.add_argument("login")
    unlock.set_defaults(run=_unlock_staff)

    leave = sub.add_parser(
        "staff-leave",
        help="close a person's account: they can no "
        "longer sign in, and their sign-ins on every device end",
    )
    leave.add_argument("login")
    leave.set_defaults(run=_staff_leave)

    unlock_device = sub.add_parser(
        "unlock-device",
        help="lift a device's sign-in lock-out after too many failed sign-ins on it",
    )
    unlock_device.add_argument("device_id")
    unlock_device.set_defaults(run=_unlock_device)

    sub.add_parser(
        "devices", help="list devices: active, revoked, wipe ordered or wiped"
    ).set_defaults(run=_devices)

    compact = sub.add_parser("compact", help="drop change history older than N days")
    compact.add_argument("--keep-days", type=int, default=30)
    compact.set_defaults(run=_compact)

    sub.add_parser(
        "expire-orders",
        help="expire pickup orders not collected in time (the running API does it every 5 minutes)",
    ).set_defaults(run=_expire_orders)

    sub.add_parser("migrate", help="bring the database schema up to date").set_defaults(
        run=_migrate
    )
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        return args.run(args)
    except schema.SchemaTooNew as error:
        print(f"error: {error}", file=sys.stderr)
        return 3


if __name__ == "__main__":
    sys.exit(main())
