"""Sentences for the limits on guessing PINs: lock-outs (online and on this device), PIN
rules, a PIN that must be changed."""

from __future__ import annotations

from datetime import datetime, timedelta

from desktop.shared.i18n import tr
from sync.client.offline_guard import OfflineLocked
from sync.client.transport import ServerError
from sync.model.types import utcnow
from sync.rules.pins import MIN_PIN_LENGTH


def _time(moment: datetime) -> str:
    """A moment as the till's clock shows it (hours and minutes, local time)."""
    return moment.astimezone().strftime("%H:%M")


def _server_error(error: BaseException) -> ServerError | None:
    """The server's refusal behind `error` (a sign-in refusal keeps it as its cause)."""
    for candidate in (error, error.__cause__):
        if isinstance(candidate, ServerError):
            return candidate
    return None


def pin_rule_text(rule: str) -> str:
    """What a new PIN breaking `rule` (`sync.rules.pins.broken_pin_rule`) must be instead."""
    return {
        "digits": tr("A PIN is made of digits only."),
        "short": tr("A PIN has at least %n digit(s).", "", MIN_PIN_LENGTH),
        "long": tr("That PIN is too long."),
        "easy": tr("That PIN is too easy to guess: not one digit repeated, nor a run like 123456."),
    }[rule]


def explain_limit(error: BaseException) -> str | None:
    """A sentence for a refusal due to the limits on guessing, else None."""
    if isinstance(error, OfflineLocked):
        return tr(
            "Too many wrong PINs for this login on this device. Try again after "
            "{time}, or sign in while the server can be reached."
        ).format(time=_time(error.until))
    refusal = _server_error(error)
    code = getattr(error, "code", None)
    if code == "sign_in_locked":
        details = refusal.details if refusal is not None else None
        seconds = details.get("retry_after") if isinstance(details, dict) else None
        when = _time(utcnow() + timedelta(seconds=seconds)) if isinstance(seconds, int) else "?"
        if isinstance(details, dict) and details.get("locked") == "device":
            return tr(
                "Too many failed sign-ins on this device. Try again after {time}, "
                "or ask a manager to unlock it."
            ).format(time=when)
        return tr(
            "Too many wrong PINs for this login. Try again after {time}, or ask a "
            "manager to unlock it."
        ).format(time=when)
    return {
        "enrolment_locked": tr(
            "Too many wrong enrolment codes from this computer. Wait a "
            "while, then try again with a new code from a manager."
        ),
        "pin_change_required": tr(
            "Your PIN is too short: choose a new PIN of at least {n} digits."
        ).format(n=MIN_PIN_LENGTH),
        "pin_unchanged": tr("The new PIN must differ from the old one."),
        "pin_too_weak": tr(
            "That PIN is not allowed: use at least {n} digits, not one digit "
            "repeated nor a run like 123456."
        ).format(n=MIN_PIN_LENGTH),
        "sign_in_busy": tr("The server is busy checking sign-ins; try again in a moment."),
    }.get(code or "")


def login_locked(error: BaseException) -> bool:
    """Whether `error` is the server's lock-out of a login (which a manager of the store
    can lift on the spot), not of the device."""
    if getattr(error, "code", None) != "sign_in_locked":
        return False
    refusal = _server_error(error)
    details = refusal.details if refusal is not None else None
    return isinstance(details, dict) and details.get("locked") == "login"
