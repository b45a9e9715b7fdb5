"""Turning any error into a sentence staff can read: never a traceback."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication

from desktop.services.staff import SignInRefused
from sync.rules.errors import RuleViolation

log = logging.getLogger("omnidesk.desktop")


def explain(error: BaseException) -> str:
    """A message for staff; unexpected errors are logged with their traceback."""
    if isinstance(error, RuleViolation):
        return error.message
    if isinstance(error, SignInRefused):
        return str(error)
    log.error("unexpected error", exc_info=error)
    return QCoreApplication.translate(
        "errors", "Something went wrong ({kind}). The change was not saved; try again, "
        "and tell your manager if it happens again.").format(kind=type(error).__name__)
