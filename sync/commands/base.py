"""The business commands staff and the web channel issue, and how they are run.

A command is a named operation ("cart.add_item", "order.hand_over") with validated
arguments. The same handler runs on a device's replica (applied locally at once,
offline or not) and on the central API (re-run under its own rules, authoritative).
Handlers raise `RuleViolation` to refuse; they never commit: the caller owns the
transaction.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from typing import Annotated, Any, Protocol, TypeVar

from pydantic import BaseModel, BeforeValidator, ConfigDict, ValidationError
from sqlalchemy.orm import Session

from sync.model import Role, StaffUser, Store
from sync.model.base import SyncedMixin
from sync.rules.errors import RuleViolation

Row = TypeVar("Row", bound=SyncedMixin)
RowRef = tuple[type[SyncedMixin], uuid.UUID]
"""A row by its model and id."""


class Guard(Protocol):
    """Decides whether the current caller may touch a row (the server's scope check)."""

    def check(self, row: object) -> None: ...


class AllowAll:
    """A replica holds only what its device may see, so locally everything is allowed."""

    def check(self, row: object) -> None:
        return None


@dataclass
class CommandContext:
    session: Session
    channel: str
    at: datetime
    actor: StaffUser | None = None
    store: Store | None = None
    guard: Guard = field(default_factory=AllowAll)
    # Rows created by this command, for the answer (e.g. {"order_number": "..."}).
    result: dict[str, Any] = field(default_factory=dict)
    # (model, id) of rows taken not to exist when the caller began: it read them ahead
    # for a whole batch of commands and found nothing, or they are rows the command
    # creates with new ids (see `declared_rows`; a caller assuming those must let the
    # database refuse a duplicate). `find` need not ask.
    absent: Collection[RowRef] = frozenset()

    @property
    def actor_id(self) -> uuid.UUID | None:
        return self.actor.id if self.actor else None

    @property
    def store_id(self) -> uuid.UUID | None:
        return self.store.id if self.store else None

    def get(self, model: type[Row], row_id: uuid.UUID, what: str, *, lock: bool = False) -> Row:
        """The row `row_id`, checked against the guard; refused if missing.

        `lock=True` for a row the command will change (a cart, an order, an application):
        it stays locked until the transaction ends, so two channels changing it at once
        both count instead of one overwriting the other.
        """
        row = (
            self.session.get(model, row_id, with_for_update=True)
            if lock
            else self.find(model, row_id)
        )
        if row is None:
            raise RuleViolation(
                "not_found", f"The {what} {row_id} does not exist.", {"what": what, "id": row_id}
            )
        self.guard.check(row)
        return row

    def find(self, model: type[Row], row_id: uuid.UUID) -> Row | None:
        """The row `row_id` of `model` as this transaction sees it, or None."""
        if (model, row_id) in self.absent:
            session = self.session
            known = session.identity_map.get(session.identity_key(model, row_id))
            if isinstance(known, model):
                return known
            return next(
                (row for row in session.new if type(row) is model and row.id == row_id), None
            )
        return self.session.get(model, row_id)


def _no_float(value: object) -> object:
    if isinstance(value, float):
        raise ValueError("amounts must be given as strings or integers, not floats")
    return value


Amount = Annotated[Decimal, BeforeValidator(_no_float)]


class Args(BaseModel):
    """Base of every command's arguments: unknown fields are refused."""

    model_config = ConfigDict(extra="forbid", frozen=True)


Handler = Callable[[CommandContext, Any], None]
Reads = Callable[[Any], Iterable[RowRef]]

STAFF_ROLES = frozenset(Role)


@dataclass(frozen=True)
class CommandSpec:
    name: str
    args: type[Args]
    handler: Handler
    roles: frozenset[Role]
    web: bool
    reads: Reads | None = None
    creates: Reads | None = None


COMMANDS: dict[str, CommandSpec] = {}


def command(
    name: str,
    args: type[Args],
    *,
    roles: frozenset[Role] = STAFF_ROLES,
    web: bool = False,
    reads: Reads | None = None,
    creates: Reads | None = None,
) -> Callable[[Handler], Handler]:
    """Register a handler; `roles` may issue it from a device, `web` from the web channel.

    `reads(args)`: the rows (model, id) the handler looks up without locking, so a
    caller running many commands can read them all ahead in one query per model.
    `creates(args)`: the rows it creates with ids the caller chose, which it first
    looks up (a replay finds them); a caller may take them as new, as long as a
    duplicate id fails the write.
    """

    def register(handler: Handler) -> Handler:
        if name in COMMANDS:
            raise ValueError(f"command {name} registered twice")
        COMMANDS[name] = CommandSpec(name, args, handler, frozenset(roles), web, reads, creates)
        return handler

    return register


def parse_args(spec: CommandSpec, raw: object) -> Args:
    """Validate raw arguments; a bad argument is a permanent, explained refusal."""
    try:
        return spec.args.model_validate(raw)
    except ValidationError as error:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in e['loc']) or 'arguments'}: {e['msg']}"
            for e in error.errors()
        )
        raise RuleViolation(
            "invalid_arguments",
            f"Invalid arguments for {spec.name}: {problems}.",
            {"case": "schema", "command": spec.name, "problems": problems},
        ) from None


def _spec(name: str) -> CommandSpec | None:
    from sync.commands import registry  # noqa: F401 - registers every handler

    return COMMANDS.get(name)


@dataclass(frozen=True)
class DeclaredRows:
    """The rows a command says it will look up (`read`) and create (`created`)."""

    read: list[RowRef] = field(default_factory=list)
    created: list[RowRef] = field(default_factory=list)


def declared_rows(name: str, raw_args: object) -> DeclaredRows:
    """The rows command `name` will read and create with these arguments, as far as it
    declares them (nothing for an unknown command or invalid arguments: running it says
    why)."""
    spec = _spec(name)
    if spec is None or (spec.reads is None and spec.creates is None):
        return DeclaredRows()
    try:
        args = spec.args.model_validate(raw_args)
    except ValidationError:
        return DeclaredRows()
    return DeclaredRows(
        read=list(spec.reads(args)) if spec.reads else [],
        created=list(spec.creates(args)) if spec.creates else [],
    )


def run(ctx: CommandContext, name: str, raw_args: object, *, flush: bool = True) -> dict[str, Any]:
    """Run command `name` in `ctx`; the caller commits or rolls back.

    `flush=False` leaves the command's writes pending (they are written with the next
    query or the commit): a caller running many commands in one transaction writes them
    together, and must flush before it relies on them having been accepted.
    """
    spec = _spec(name)
    if spec is None:
        raise RuleViolation(
            "unknown_command", f"There is no command called {name!r}.", {"command": name}
        )
    if ctx.actor is not None and Role(ctx.actor.role) not in spec.roles:
        raise RuleViolation(
            "forbidden_role",
            f"A {ctx.actor.role.replace('_', ' ')} may not do {name}.",
            {"role": ctx.actor.role, "command": name},
        )
    if ctx.actor is None and not spec.web:
        raise RuleViolation(
            "forbidden_channel", f"{name} cannot be done from the web channel.", {"command": name}
        )
    args = parse_args(spec, raw_args)
    spec.handler(ctx, args)
    if flush:
        ctx.session.flush()
    return ctx.result
