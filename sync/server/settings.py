"""Where the central API keeps its data: SQLite in the user data directory by default."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_dir
from sqlalchemy.engine import make_url

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


FILES_DIR_ENV = "OMNIDESK_FILES_DIR"


def files_dir(url: str) -> Path:
    """Where the files attached to applications are kept (`sync.server.blobs`):
    OMNIDESK_FILES_DIR when set, else a `files` folder next to an SQLite database file,
    else `files` in the server's data directory (PostgreSQL, an in-memory SQLite)."""
    configured = os.environ.get(FILES_DIR_ENV, "").strip()
    if configured:
        return Path(configured)
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite" and parsed.database not in (None, "", ":memory:"):
        return Path(parsed.database).parent / "files"
    return default_sqlite_path().parent / "files"
