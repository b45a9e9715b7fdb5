"""What a change to the replica touched: tables, and rows where they are known.

A change staff make knows its rows exactly (the undo log of `capture`); a pulled page
knows its tables and rows; a snapshot or a rebuild touches everything. Screens use it
to refresh only when what they show may have changed.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

EVERYTHING = "*"


@dataclass(frozen=True)
class Touched:
    """`tables` touched; `rows[table]` the ids touched there, when known (a table in
    `tables` without an entry in `rows` may have had any row changed)."""

    tables: frozenset[str] = frozenset()
    rows: Mapping[str, frozenset[uuid.UUID]] = field(default_factory=dict)
    local: bool = False  # made on this device (rather than brought by a sync)

    @classmethod
    def everything(cls) -> Touched:
        return cls(frozenset({EVERYTHING}))

    @classmethod
    def of_tables(cls, tables: Iterable[str], *, local: bool = False) -> Touched:
        return cls(frozenset(tables), {}, local)

    @classmethod
    def of_rows(
        cls, rows: Iterable[tuple[str, uuid.UUID]], *, local: bool = False, also: Iterable[str] = ()
    ) -> Touched:
        """From (table, id) pairs; `also` names tables touched without known rows."""
        by_table: dict[str, set[uuid.UUID]] = {}
        for table, row_id in rows:
            by_table.setdefault(table, set()).add(row_id)
        tables = frozenset(by_table) | frozenset(also)
        return cls(
            tables,
            {name: frozenset(ids) for name, ids in by_table.items() if name not in also},
            local,
        )

    @classmethod
    def of_undo(
        cls, undo: Iterable[Mapping[str, Any]], *, local: bool = False, also: Iterable[str] = ()
    ) -> Touched:
        """From a command's undo log (`capture.UndoLog`)."""
        return cls.of_rows(
            ((entry["table"], uuid.UUID(str(entry["id"]))) for entry in undo),
            local=local,
            also=also,
        )

    def __bool__(self) -> bool:
        return bool(self.tables)

    def concerns(self, *tables: str) -> bool:
        """Whether any of `tables` may have changed."""
        return EVERYTHING in self.tables or not self.tables.isdisjoint(tables)

    def concerns_row(self, table: str, row_id: uuid.UUID) -> bool:
        """Whether row `row_id` of `table` may have changed."""
        if not self.concerns(table):
            return False
        known = self.rows.get(table)
        return known is None or row_id in known

    def merged(self, other: Touched) -> Touched:
        """Both changes together (rows stay known only where both knew them)."""
        if EVERYTHING in self.tables or EVERYTHING in other.tables:
            return Touched(frozenset({EVERYTHING}), {}, self.local and other.local)
        tables = self.tables | other.tables
        rows: dict[str, frozenset[uuid.UUID]] = {}
        for name in tables:
            mine = self.rows.get(name) if name in self.tables else frozenset()
            theirs = other.rows.get(name) if name in other.tables else frozenset()
            if mine is not None and theirs is not None:
                rows[name] = mine | theirs
        return Touched(tables, rows, self.local and other.local)
