"""Alembic environment for a device's replica (shared model + outbox and sync state)."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from sync.client.files import uploads as _uploads  # noqa: F401 - its table on ClientBase
from sync.client.tables import ClientBase
from sync.model import Base

target_metadata = [Base.metadata, ClientBase.metadata]


def run_migrations_online() -> None:
    connection = context.config.attributes.get("connection")
    if connection is not None:
        context.configure(
            connection=connection, target_metadata=target_metadata, render_as_batch=True
        )
        with context.begin_transaction():
            context.run_migrations()
        return
    url = context.config.get_main_option("sqlalchemy.url")
    if url is None:
        raise RuntimeError("migrations need a connection or a sqlalchemy.url to connect to")
    engine = create_engine(url)
    with engine.connect() as conn:
        context.configure(connection=conn, target_metadata=target_metadata, render_as_batch=True)
        with context.begin_transaction():
            context.run_migrations()


run_migrations_online()
