"""Server rows (wire JSON) written into the replica in bulk, on the raw connection.

Each wire value becomes exactly what SQLAlchemy would store for it (`values`), so a
row written here reads back through the ORM as the server had it; but the statements
are plain executemany calls, with no ORM objects in between, which is what makes a
large sync fast.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from functools import cache
from typing import Any

from sqlalchemy import Table
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlcipher3 import dbapi2  # the replica's driver (SQLCipher)

from sync.client import values
from sync.client.transport import ProtocolError
from sync.model import Base

Params = Sequence[Any]


def synced_table(name: object) -> Table:
    table = Base.metadata.tables.get(name) if isinstance(name, str) else None
    if table is None:
        raise ProtocolError(f"the server sent rows of an unknown table {name!r}")
    return table


@cache
def _writers(table: Table) -> dict[str, Callable[[Any], Any]]:
    return {column.name: values.writer(column) for column in table.columns}


def converter(table: Table, columns: Sequence[str]) -> Callable[[Sequence[Any]], Params]:
    """Turns one wire row (values in `columns` order) into SQLite parameters."""
    check_columns(table, columns)
    writers = _writers(table)
    chain = [writers[name] for name in columns]

    def convert(values: Sequence[Any]) -> Params:
        if len(values) != len(chain):
            raise ProtocolError(
                f"a {table.name} row has {len(values)} values for {len(chain)} columns"
            )
        try:
            return tuple([None if v is None else f(v) for v, f in zip(values, chain, strict=True)])
        except (ValueError, TypeError, ArithmeticError, AttributeError) as error:
            raise ProtocolError(
                f"a {table.name} row from the server is malformed: {error}"
            ) from None

    return convert


def check_columns(table: Table, columns: Sequence[str]) -> None:
    """The server's column names must all be this table's, once each, with the id."""
    writers = _writers(table)
    unknown = [name for name in columns if name not in writers]
    if unknown or "id" not in columns or len(set(columns)) != len(columns):
        raise ProtocolError(
            f"the server's columns for {table.name} do not match this "
            f"application's (unknown: {unknown})"
        )


def stored_rows(table: Table, columns: Sequence[str], data: list[Any]) -> list[Params]:
    """Rows sent in SQLite's storage form (`sync.protocol.SQLITE_FORMAT`), as parameters.

    They are written as they come: checking each value would cost what converting it
    did. What is checked is the shape (a list of the right length per row); a value
    SQLite cannot bind (a list, an object) fails the page's write as a ProtocolError.
    """
    check_columns(table, columns)
    width = len(columns)
    for row in data:
        if type(row) is not list or len(row) != width:
            raise ProtocolError(f"a {table.name} row from the server does not have {width} values")
    return data


def record_params(table: Table, data: object) -> Params:
    """A change payload (a full row as a JSON object) as parameters in column order."""
    if not isinstance(data, dict):
        raise ProtocolError(f"a {table.name} change carries no row")
    names = _column_names(table)
    if len(data) != len(names) or not all(name in data for name in names):
        raise ProtocolError(f"a {table.name} change does not carry exactly its columns")
    return _full_converter(table)([data[name] for name in names])


@cache
def _column_names(table: Table) -> tuple[str, ...]:
    return tuple(column.name for column in table.columns)


@cache
def _full_converter(table: Table) -> Callable[[Sequence[Any]], Params]:
    return converter(table, _column_names(table))


def id_param(table: Table, value: object) -> Any:
    try:
        return _writers(table)["id"](value)
    except (ValueError, TypeError, AttributeError):
        raise ProtocolError(f"a {table.name} change has a malformed id {value!r}") from None


def _names(columns: Iterable[str]) -> str:
    return ", ".join(f'"{name}"' for name in columns)


def replace_rows(
    session: Session, table: Table, columns: Sequence[str], params: list[Params]
) -> None:
    """Insert rows, replacing any row they collide with (by id or a unique column).

    A snapshot page may show a later state than the cursor it was taken at, so two
    rows may transiently claim the same unique value; the feed from the cursor
    replays every later change, which brings the replaced row back if it still exists.
    """
    if not params:
        return
    marks = ", ".join("?" * len(columns))
    sql = f'INSERT OR REPLACE INTO "{table.name}" ({_names(columns)}) VALUES ({marks})'
    # On the driver's own cursor (same connection, same transaction): it binds rows sent
    # as JSON lists as they are, where SQLAlchemy would want each made a tuple first.
    cursor = session.connection().connection.cursor()
    try:
        cursor.executemany(sql, params)
    except (
        dbapi2.ProgrammingError,
        dbapi2.InterfaceError,
        dbapi2.IntegrityError,
        OverflowError,
    ) as error:
        # Only rows taken in storage form can get here with a value SQLite cannot bind.
        raise ProtocolError(
            f"a {table.name} row from the server cannot be stored: {error}"
        ) from None
    finally:
        cursor.close()


def upsert_rows(session: Session, table: Table, params: list[Params]) -> None:
    """Insert or update full rows (all columns, in table order) by id."""
    if not params:
        return
    names = [column.name for column in table.columns]
    marks = ", ".join("?" * len(names))
    updates = ", ".join(f'"{n}" = excluded."{n}"' for n in names if n != "id")
    sql = (
        f'INSERT INTO "{table.name}" ({_names(names)}) VALUES ({marks}) '
        f'ON CONFLICT("id") DO UPDATE SET {updates}'
    )
    try:
        with session.begin_nested():
            session.connection().exec_driver_sql(sql, params)
    except IntegrityError:
        # A unique value moved between rows inside one server transaction split over
        # two pages: let the newer row win; the feed brings the other's new state.
        replace_rows(session, table, names, params)


def delete_rows(session: Session, table: Table, ids: list[Any]) -> None:
    if ids:
        session.connection().exec_driver_sql(
            f'DELETE FROM "{table.name}" WHERE "id" = ?', [(row_id,) for row_id in ids]
        )


def clear_synced(session: Session) -> None:
    """Empty every synced table (the outbox and the sync state are kept)."""
    connection = session.connection()
    for table in reversed(Base.metadata.sorted_tables):
        connection.exec_driver_sql(f'DELETE FROM "{table.name}"')
    session.expire_all()
