"""Where the central API keeps its data: SQLite in the user data directory by default."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_dir

DATABASE_URL_ENV = "OMNIDESK_DATABASE_URL"


def default_sqlite_path() -> Path:
    return Path(user_data_dir("omnidesk-server", "Omnidesk")) / "central.db"


def database_url() -> str:
    """OMNIDESK_DATABASE_URL when set (e.g. postgresql+psycopg://...), else SQLite."""
    url = os.environ.get(DATABASE_URL_ENV, "").strip()
    if url:
        return url
    path = default_sqlite_path()
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)  # only its owner may enter
    return f"sqlite:///{path}"


STAFF_SESSION_DAYS_ENV = "OMNIDESK_STAFF_SESSION_DAYS"
STAFF_SESSION_DAYS = 30


def staff_session_days() -> int:
    """How long a person's signing secret on a device lasts without an online sign-in
    there (OMNIDESK_STAFF_SESSION_DAYS, default 30 days)."""
    raw = os.environ.get(STAFF_SESSION_DAYS_ENV, "").strip()
    if not raw:
        return STAFF_SESSION_DAYS
    try:
        days = int(raw)
    except ValueError:
        raise ValueError(
            f"{STAFF_SESSION_DAYS_ENV} must be a whole number of days, not {raw!r}"
        ) from None
    if not 1 <= days <= 366:
        raise ValueError(f"{STAFF_SESSION_DAYS_ENV} must be between 1 and 366 days")
    return days
