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
    path.parent.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{path}"
