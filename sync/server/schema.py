"""Brings a central API database to the current schema with Alembic."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util import CommandError
from sqlalchemy import create_engine, insert, select

from sync.server.db import private_sqlite_file
from sync.server.tables import FeedHead

MIGRATIONS = Path(__file__).parent / "migrations"


class SchemaTooNew(RuntimeError):
    """The database was migrated by a newer Omnidesk than this one."""


def alembic_config(url: str) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


def _known(script: ScriptDirectory, revision: str) -> bool:
    try:
        return script.get_revision(revision) is not None
    except CommandError:
        return False


def upgrade(url: str) -> None:
    """Migrate the database at `url` to the newest schema this code knows."""
    config = alembic_config(url)
    script = ScriptDirectory.from_config(config)
    private_sqlite_file(url)  # before SQLite creates it with wider permissions
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            current = MigrationContext.configure(connection).get_current_revision()
        if current is not None and not _known(script, current):
            raise SchemaTooNew(
                f"the database schema ({current}) is newer than this server knows; "
                "upgrade Omnidesk before using this database"
            )
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
        with engine.begin() as connection:
            if connection.execute(select(FeedHead.id)).first() is None:
                connection.execute(insert(FeedHead).values(id=1, seq=0, floor=0))
    finally:
        engine.dispose()
