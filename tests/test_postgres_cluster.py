"""Checks of the database fixtures in conftest.py (test infrastructure only)."""

from __future__ import annotations

import pytest
import sqlalchemy as sa
from postgres_cluster import PostgresCluster


def test_db_url_round_trip(db_url: str) -> None:
    engine = sa.create_engine(db_url)
    try:
        table = sa.Table(
            "probe",
            sa.MetaData(),
            sa.Column("id", sa.Integer, primary_key=True),
            sa.Column("name", sa.String(50), nullable=False),
        )
        with engine.begin() as conn:
            table.create(conn)
            conn.execute(table.insert(), [{"id": 1, "name": "héllo"}])
        with engine.connect() as conn:
            assert conn.execute(sa.select(table.c.id, table.c.name)).all() == [(1, "héllo")]
    finally:
        engine.dispose()


@pytest.mark.postgres
def test_postgres_databases_are_independent(postgres_url: str, pg_cluster: PostgresCluster) -> None:
    other_url = pg_cluster.create_database()
    assert other_url != postgres_url
    first, second = sa.create_engine(postgres_url), sa.create_engine(other_url)
    try:
        with first.begin() as conn:
            conn.execute(sa.text("CREATE TABLE only_here (x integer)"))
        assert sa.inspect(first).get_table_names() == ["only_here"]
        assert sa.inspect(second).get_table_names() == []
        with second.connect() as conn:
            assert conn.execute(sa.text("SELECT current_database()")).scalar_one() != (
                first.url.database
            )
    finally:
        first.dispose()
        second.dispose()
        pg_cluster.drop_database(other_url)
