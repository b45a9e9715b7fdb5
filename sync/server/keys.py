"""The API's own secrets, kept in its database so every API process shares them.

Each is made once: by the migration that created the table, or else by the first
process that needs it (an insert that does nothing if another process got there first,
then a read, so all of them end up with the same secret).
"""

from __future__ import annotations

import base64
import secrets
import threading
import weakref

from sqlalchemy import Engine, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from sync.model.types import utcnow
from sync.server.tables import ServerKey

SNAPSHOT = "snapshot"
"""Signs snapshot tokens (`sync.server.feed.snapshot`)."""

_cache: weakref.WeakKeyDictionary[Engine, dict[str, bytes]] = weakref.WeakKeyDictionary()
_lock = threading.Lock()


def _read(session: Session, name: str) -> str | None:
    return session.execute(
        select(ServerKey.secret).where(ServerKey.name == name)
    ).scalar_one_or_none()


def _make(engine: Engine, name: str) -> None:
    """Insert a new secret `name` in its own transaction, unless one exists by then."""
    insert = postgresql.insert if engine.dialect.name == "postgresql" else sqlite.insert
    with engine.begin() as connection:
        connection.execute(
            insert(ServerKey)
            .values(
                name=name,
                secret=secrets.token_urlsafe(32),
                created_at=utcnow(),
            )
            .on_conflict_do_nothing(index_elements=["name"])
        )


def server_key(session: Session, name: str) -> bytes:
    """The secret `name`, made now if no process has made it yet."""
    bind = session.get_bind()
    # The engine even for a session bound to one connection: a new secret is made in a
    # transaction of its own.
    engine = bind if isinstance(bind, Engine) else bind.engine
    known = _cache.get(engine, {}).get(name)
    if known is not None:
        return known
    text = _read(session, name)
    if text is None:
        _make(engine, name)
        with Session(engine) as fresh:  # sees the committed row, whoever made it
            text = _read(fresh, name)
        if text is None:
            raise RuntimeError(f"the server key {name} could not be made")
    key = base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    with _lock:
        _cache.setdefault(engine, {})[name] = key
    return key
