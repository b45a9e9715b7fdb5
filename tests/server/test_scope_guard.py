"""The scope check on written rows: whatever a command writes, however it is flushed."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import select

from sync import model as m
from sync.model.types import utcnow
from sync.rules.errors import RuleViolation
from sync.server.guard import ScopeGuard
from sync.server.scopes import scope_for
from tests.server.conftest import Api


def _note(api: Api, customer: str, text: str) -> m.Interaction:
    return m.Interaction(
        id=uuid.uuid4(),
        customer_id=api.world.customers[customer],
        channel="store",
        kind="note",
        text=text,
        occurred_at=utcnow(),
    )


def test_a_row_written_outside_the_scope_is_refused_and_undone(api: Api) -> None:
    """A Warsaw device's transaction that writes a note about a Kraków customer (no
    command looked at that customer first) is refused when the row is written; rolled
    back to its savepoint, the transaction goes on and the rest is kept."""
    with api.db.write() as session:
        scope = scope_for(session, api.world.stores["PL-WAW-01"], None)
        ScopeGuard(session, scope)
        savepoint = session.begin_nested()
        session.add(_note(api, "ola", "about Kraków"))
        with pytest.raises(RuleViolation) as refused:
            session.flush()
        assert refused.value.code == "out_of_scope"
        savepoint.rollback()
        session.add(_note(api, "ala", "about Warsaw"))
        session.flush()
    with api.db.read() as session:
        texts = set(
            session.scalars(
                select(m.Interaction.text).where(
                    m.Interaction.text.in_(["about Kraków", "about Warsaw"])
                )
            )
        )
    assert texts == {"about Warsaw"}


def test_an_automatic_flush_is_checked_too(api: Api) -> None:
    """Rows written by the flush a query triggers are checked like any other."""
    with pytest.raises(RuleViolation), api.db.write() as session:
        ScopeGuard(session, scope_for(session, api.world.stores["PL-WAW-01"], None))
        session.add(_note(api, "ola", "flushed by a query"))
        session.scalars(select(m.Interaction.id)).all()
    with api.db.read() as session:
        assert (
            session.scalars(
                select(m.Interaction).where(m.Interaction.text == "flushed by a query")
            ).first()
            is None
        )
