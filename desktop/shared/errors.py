"""Turning any error into a sentence staff can read: never a traceback."""

from __future__ import annotations

import logging

from desktop.logs import log_file
from desktop.shared.i18n import tr
from desktop.shared.refusals import describe, say
from desktop.shared.sign_in_limits import explain_limit
from sync.client.replica import WrongReplicaKey
from sync.client.replica_key import ReplicaKeyMissing
from sync.client.staff import SignInRefused
from sync.client.transport import (
    InsecureAddress,
    ServerError,
    ServerUnreachable,
    UntrustedServer,
)
from sync.rules.errors import RuleViolation

log = logging.getLogger("omnidesk.desktop")  # written to desktop.logs.log_file()


def _known(code: str) -> str | None:
    messages = {
        "invalid_credentials": tr("Wrong login or PIN."),
        "wrong_store": tr("This person does not work at this device's store or territory."),
        "staff_disabled": tr("This account is disabled; ask a manager."),
        "offline_first_time": tr(
            "The server cannot be reached and you have not signed in on this device before. "
            "Sign in once while it is online."
        ),
        "offline_expired": tr(
            "The server cannot be reached and your sign-in on this device has expired (it "
            "lasts a while after each online sign-in). Sign in once while it is online."
        ),
        "not_enrolled": tr("This device is not enrolled yet."),
        "not_a_manager": tr("Only a manager can lift a sign-in lock-out."),
        "missing": tr("Enter your login and PIN."),
        "enrolment_code_used": tr(
            "That enrolment code was used already; ask a manager for a new one."
        ),
        "enrolment_code_expired": tr(
            "That enrolment code has expired; ask a manager for a new one."
        ),
        "invalid_enrolment_code": tr(
            "That enrolment code is not valid; check it or ask a manager for a new one."
        ),
        "token_revoked": tr(
            "This device was revoked by a manager; enrol it again with a new code."
        ),
    }
    return messages.get(code)


def explain(error: BaseException) -> str:
    """A message for staff; unexpected errors are logged with their traceback."""
    limit = explain_limit(error)
    if limit is not None:
        return limit
    if isinstance(error, SignInRefused | ServerError):
        return _known(error.code) or (
            describe(error.code, error.params, error.message)
            if isinstance(error, ServerError)
            else str(error)
        )
    if isinstance(error, RuleViolation):
        return say(error)
    if isinstance(error, ServerUnreachable):
        return tr("The server cannot be reached. Check the address and the network.")
    if isinstance(error, UntrustedServer):
        return tr(
            "The server's certificate is not trusted. Check the address, or give the "
            "server's CA bundle."
        )
    if isinstance(error, InsecureAddress):
        return tr(
            "This device's server address, {url}, is plain http:// to another machine: "
            "its token and staff PINs would cross the network in clear, so it is not "
            "used. Enrol this device again with the server's https:// address."
        ).format(url=error.url)
    if isinstance(error, WrongReplicaKey | ReplicaKeyMissing):
        log.error("the replica cannot be opened: %s", error)
        return tr(
            "This computer's keyring does not hold the key of the local database "
            "{path}, so it cannot be opened. Nothing was changed or deleted: its unsent "
            "changes are still in it. Ask support before enrolling this device again."
        ).format(path=str(error.path))
    log.error("unexpected error", exc_info=error)
    return tr(
        "Something went wrong ({kind}). It was not saved; try again, and tell your "
        "manager if it happens again (the details are in {path})."
    ).format(kind=type(error).__name__, path=str(log_file()))
