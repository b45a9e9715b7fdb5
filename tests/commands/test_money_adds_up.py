"""Money adds up (issue 5): for any sequence of sales, pickup orders, changes to them
before the pickup, partial pickups, cancellations, expiries and returns, run through the
real commands on a real SQLite replica, the payments less the refunds equal the value of
the goods that left less the value of the goods that came back (per currency), and stock
moves with the goods.

Orders not yet closed hold what was prepaid for goods still waiting, so the invariant is
checked per order: a closed order holds exactly the goods it let go of; an open one also
what was paid in advance for what is still waiting (all of it if the order is paid in
advance, up to it if it is paid on pickup). A refused step changes nothing.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from sync import model as m
from sync.commands import CommandContext
from sync.commands.orders import expire
from sync.commands.pricing_source import quote
from sync.rules.errors import RuleViolation
from sync.rules.money import format_wire, share

from .conftest import T0, World, new_id, open_world

ZERO = Decimal("0.00")
STORES = {"WAW": "cashier", "KRK": "cashier.krk", "MIL": "cashier.mil"}
INITIAL_STOCK = {("WAW", "shoe"): 10, ("WAW", "sock"): 50, ("KRK", "shoe"): 4}
OPEN = frozenset({"placed", "ready_for_pickup"})

_items = st.lists(st.sampled_from(["shoe", "sock"]), min_size=1, max_size=2, unique=True).flatmap(
    lambda products: st.tuples(*[st.tuples(st.just(p), st.integers(1, 4)) for p in products])
)
_order_index = st.integers(0, 30)
_picks = st.lists(st.tuples(st.integers(0, 1), st.integers(1, 3)), min_size=0, max_size=2)
_hand_overs = st.tuples(
    st.just("hand_over"),
    _order_index,
    st.none() | _picks,
    st.sampled_from(["keep", "cancel", None]),
    st.sampled_from(["card", "cash", "none"]),
)
# Staff finding units missing can only reduce an order; the rest is the customer's wish.
_missing = st.tuples(
    st.just("change"),
    _order_index,
    st.lists(st.tuples(st.integers(0, 1), st.integers(0, 3)), min_size=1, max_size=2),
    st.just([]),
    st.none(),
    st.just("none"),
    st.just("missing"),
)
_changes = st.one_of(
    _missing,
    st.tuples(
        st.just("change"),
        _order_index,
        st.lists(st.tuples(st.integers(0, 1), st.integers(0, 4)), max_size=2),
        st.lists(st.tuples(st.sampled_from(["shoe", "sock"]), st.integers(1, 3)), max_size=1),
        st.sampled_from([None, "pay_now", "pay_on_pickup"]),
        st.sampled_from(["none", "card", "cash", "short"]),
        st.sampled_from(["customer_request", "customer_request", "missing"]),
    ),
)
STEPS = st.one_of(
    st.tuples(
        st.just("sale"),
        st.sampled_from(sorted(STORES)),
        _items,
        st.sampled_from(["card", "cash", "split"]),
    ),
    st.tuples(
        st.just("order"),
        st.sampled_from(sorted(STORES)),
        _items,
        st.sampled_from(["pay_now", "pay_on_pickup"]),
        st.booleans(),
    ),
    st.tuples(st.just("ready"), _order_index),
    _hand_overs,
    _hand_overs,
    _hand_overs,
    _changes,
    _changes,
    st.tuples(st.just("cancel"), _order_index),
    st.tuples(st.just("expire"), _order_index),
    st.tuples(
        st.just("return"),
        _order_index,
        st.lists(
            st.tuples(
                st.integers(0, 1), st.integers(1, 3), st.sampled_from(["sellable", "damaged"])
            ),
            min_size=1,
            max_size=2,
        ),
        st.sampled_from(["original", "cash", "store_credit"]),
        st.sampled_from(["cashier", "cashier.krk", "cashier.mil", "manager", None]),
    ),
)


@dataclass
class Run:
    """The world, the clock, and what the test expects of every order line."""

    world: World
    now: datetime = T0
    orders: list[uuid.UUID] = field(default_factory=list)
    handed: dict[uuid.UUID, int] = field(default_factory=lambda: defaultdict(int))
    returned: dict[uuid.UUID, int] = field(default_factory=lambda: defaultdict(int))

    def tick(self) -> datetime:
        self.now += timedelta(hours=1)
        return self.now

    def order(self, index: int, *statuses: str) -> m.Order | None:
        """The `index`th order, among those in `statuses` if there are any (steps mostly
        hit orders they can change, sometimes any order, to be refused)."""
        orders = [self.world.session.get(m.Order, order_id) for order_id in self.orders]
        fitting = [order for order in orders if order.status in statuses]
        if index % 4 != 0 and fitting:
            orders = fitting
        return orders[index % len(orders)] if orders else None

    def lines(self, order: m.Order) -> list[m.OrderLine]:
        return list(
            self.world.session.scalars(
                select(m.OrderLine)
                .where(m.OrderLine.order_id == order.id)
                .order_by(m.OrderLine.position)
            )
        )


def _store_of(world: World, store_id: uuid.UUID | None) -> str | None:
    return next((code for code, s in world.stores.items() if s.id == store_id), None)


def _total(world: World, store: str, items: tuple[tuple[str, int], ...], at: datetime) -> Decimal:
    s = world.stores[store]
    return quote(
        world.session,
        s.currency,
        s.country,
        "retail",
        [(world.products[p], q) for p, q in items],
        at,
    ).total


def _lines_in(world: World, items: tuple[tuple[str, int], ...]) -> list[dict[str, Any]]:
    return [
        {"line_id": new_id(), "product_id": str(world.products[p]), "quantity": q} for p, q in items
    ]


def _net_paid(world: World, order: m.Order) -> Decimal:
    rows = world.session.scalars(select(m.Payment).where(m.Payment.order_id == order.id))
    return sum((p.amount if p.kind == "payment" else -p.amount for p in rows), ZERO)


def _value(line: m.OrderLine, units: int) -> Decimal:
    return share(line.total, units, line.quantity)


# --- the steps -----------------------------------------------------------------------


def _sale(run: Run, store: str, items: tuple[tuple[str, int], ...], pay: str) -> None:
    w, at = run.world, run.tick()
    total = _total(w, store, items, at)
    if pay == "card":
        payments = [("card", total)]
    elif pay == "cash":
        payments = [("cash", total + 10)]
    else:
        card = share(total, 1, 2) or total
        payments = [("card", card)] + ([("cash", total - card)] if total > card else [])
    customer = w.customers["giulia" if store == "MIL" else "anna"]
    result = w.do(
        STORES[store],
        "sale.complete",
        {
            "order_id": new_id(),
            "customer_id": str(customer),
            "lines": _lines_in(w, items),
            "payments": [
                {"payment_id": new_id(), "method": method, "amount": format_wire(amount)}
                for method, amount in payments
            ],
            "expected_total": format_wire(total),
        },
        at=at,
    )
    order = w.session.get(m.Order, uuid.UUID(result["order_id"]))
    run.orders.append(order.id)
    for line in run.lines(order):
        run.handed[line.id] = line.quantity


def _place(
    run: Run, store: str, items: tuple[tuple[str, int], ...], mode: str, ready: bool
) -> None:
    w, at = run.world, run.tick()
    total = _total(w, store, items, at)
    payments = (
        [
            {
                "payment_id": new_id(),
                "method": "online",
                "amount": format_wire(total),
                "reference": "PSP-1",
            }
        ]
        if mode == "pay_now"
        else []
    )
    result = w.do(
        None,
        "order.place",
        {
            "order_id": new_id(),
            "customer_id": str(w.customers["anna"]),
            "lines": _lines_in(w, items),
            "fulfilment": "pickup",
            "pickup_store_id": str(w.stores[store].id),
            "payment_mode": mode,
            "payments": payments,
            "expected_total": format_wire(total),
        },
        at=at,
    )
    run.orders.append(uuid.UUID(result["order_id"]))
    if ready:  # prepared at once, so that more sequences reach the hand-over
        w.do(STORES[store], "order.mark_ready", {"order_id": result["order_id"]}, at=run.tick())


def _staff_of(run: Run, order: m.Order) -> str:
    return STORES[_store_of(run.world, order.pickup_store_id or order.origin_store_id) or "WAW"]


def _ready(run: Run, index: int) -> None:
    order = run.order(index, "placed")
    if order is not None:
        run.world.do(
            _staff_of(run, order), "order.mark_ready", {"order_id": str(order.id)}, at=run.tick()
        )


def _hand_over(
    run: Run, index: int, picks: list[tuple[int, int]] | None, rest: str | None, pay: str
) -> None:
    order = run.order(index, "ready_for_pickup")
    if order is None:
        return
    lines = run.lines(order)
    wanted = None if picks is None else [(lines[i % len(lines)], quantity) for i, quantity in picks]
    # What the test expects to be due: the value of everything handed over once this is
    # done, less what the order holds.
    after = {line.id: line.handed_over_quantity for line in lines}
    for line, quantity in wanted if wanted is not None else ():
        after[line.id] += quantity
    if wanted is None:
        after = {line.id: line.quantity for line in lines}
    if all(0 <= after[line.id] <= line.quantity for line in lines):
        due = sum((_value(line, after[line.id]) for line in lines), ZERO) - _net_paid(
            run.world, order
        )
    else:
        due = ZERO  # refused anyway (over hand-over)
    payments = []
    if pay == "card":
        payments = [
            {
                "payment_id": new_id(),
                "method": "card",
                "amount": format_wire(due if due > 0 else Decimal("1.00")),
            }
        ]
    elif pay == "cash" and due > 0:
        payments = [
            {"payment_id": new_id(), "method": "cash", "amount": format_wire(due + Decimal("5.00"))}
        ]
    args: dict[str, Any] = {"order_id": str(order.id), "payments": payments}
    if wanted is not None:
        args["lines"] = [{"line_id": str(line.id), "quantity": q} for line, q in wanted]
    if rest is not None:
        args["rest"] = rest
    run.world.do(_staff_of(run, order), "order.hand_over", args, at=run.tick())
    for line in lines:
        run.handed[line.id] = after[line.id]


def _new_total(
    run: Run, order: m.Order, quantities: dict[uuid.UUID, int], added: dict[uuid.UUID, int]
) -> Decimal:
    """What the test expects the order to be worth after a change: unchanged lines at the
    price they were sold at, changed and new ones as a sale now prices them."""
    w, store = run.world, run.world.session.get(m.Store, order.pickup_store_id)
    total, wanted = ZERO, dict(added)
    for line in run.lines(order):
        quantity = quantities.get(line.id, line.quantity)
        if line.product_id in wanted and quantity > 0:
            quantity += wanted.pop(line.product_id)
        if quantity == line.quantity:
            total += line.total
        elif quantity > 0:
            wanted[line.product_id] = quantity
    if wanted:
        total += quote(
            w.session, order.currency, store.country, order.segment, list(wanted.items()), run.now
        ).total
    return total


def _change(
    run: Run,
    index: int,
    picks: list[tuple[int, int]],
    adds: list[tuple[str, int]],
    mode: str | None,
    pay: str,
    reason: str,
) -> None:
    order = run.order(index, "placed", "ready_for_pickup")
    if order is None:
        return
    w, at = run.world, run.tick()
    lines = run.lines(order)
    quantities = {lines[i % len(lines)].id: q for i, q in picks} if lines else {}
    added = {w.products[p]: q for p, q in adds}
    outstanding = ZERO
    if order.status in OPEN and lines:
        try:
            outstanding = _new_total(run, order, quantities, added) - _net_paid(w, order)
        except RuleViolation:
            outstanding = ZERO  # refused anyway
    amount = {
        "card": outstanding,
        "cash": outstanding + Decimal("5.00"),
        "short": share(outstanding, 1, 2),
    }.get(pay, ZERO)
    payments = (
        [
            {
                "payment_id": new_id(),
                "method": "cash" if pay == "cash" else "card",
                "amount": format_wire(amount),
            }
        ]
        if amount > 0
        else []
    )
    args: dict[str, Any] = {
        "order_id": str(order.id),
        "change_id": new_id(),
        "reason": reason,
        "set_quantities": [{"line_id": str(k), "quantity": q} for k, q in quantities.items()],
        "add": [
            {"line_id": new_id(), "product_id": str(k), "quantity": q} for k, q in added.items()
        ],
        "payments": payments,
    }
    if mode is not None:
        args["payment_mode"] = mode
    w.do(_staff_of(run, order), "order.change", args, at=at)


def _cancel(run: Run, index: int) -> None:
    order = run.order(index, "placed", "ready_for_pickup")
    if order is not None:
        run.world.do(
            "manager",
            "order.cancel",
            {"order_id": str(order.id), "reason": "Changed their mind."},
            at=run.tick(),
        )


def _expire(run: Run, index: int) -> None:
    order = run.order(index, "ready_for_pickup")
    if order is None or order.expires_at is None:
        return
    run.now = max(run.tick(), order.expires_at + timedelta(minutes=1))
    store = run.world.session.get(m.Store, order.pickup_store_id)
    try:
        expire(CommandContext(run.world.session, "store", run.now, store=store), order.id)
    except Exception:
        run.world.session.rollback()
        raise
    run.world.session.commit()


def _return(
    run: Run, index: int, picks: list[tuple[int, int, str]], method: str, who: str | None
) -> None:
    order = run.order(index, "completed", "picked_up")
    if order is None:
        return
    lines = run.lines(order)
    chosen = [(lines[i % len(lines)], quantity, condition) for i, quantity, condition in picks]
    run.world.do(
        who,
        "return.submit",
        {
            "return_id": new_id(),
            "order_id": str(order.id),
            "reason": "Does not fit",
            "refund_method": method,
            "manager_override": who == "manager",
            "lines": [
                {
                    "return_line_id": new_id(),
                    "order_line_id": str(line.id),
                    "quantity": quantity,
                    "condition": condition,
                }
                for line, quantity, condition in chosen
            ],
        },
        at=run.tick(),
    )
    for line, quantity, _ in chosen:
        run.returned[line.id] += quantity


ACTIONS = {
    "sale": _sale,
    "order": _place,
    "ready": _ready,
    "hand_over": _hand_over,
    "change": _change,
    "cancel": _cancel,
    "expire": _expire,
    "return": _return,
}


# --- what must hold ------------------------------------------------------------------


def _state(world: World) -> dict[str, Any]:
    """Everything a step may change, to show that a refused step changed nothing."""
    s = world.session
    s.expire_all()
    return {
        "payments": sorted(
            (str(p.id), p.kind, p.method, p.amount) for p in s.scalars(select(m.Payment))
        ),
        "stock": sorted(
            (str(r.store_id), str(r.product_id), r.on_hand) for r in s.scalars(select(m.Stock))
        ),
        "lines": sorted(
            (str(line.id), line.handed_over_quantity, line.returned_quantity)
            for line in s.scalars(select(m.OrderLine))
        ),
        "orders": sorted(
            (str(o.id), o.status, o.payment_state) for o in s.scalars(select(m.Order))
        ),
        "returns": sorted(str(r.id) for r in s.scalars(select(m.ReturnLine))),
    }


def _check(run: Run) -> None:
    w, s = run.world, run.world.session
    s.expire_all()
    money: dict[str, Decimal] = defaultdict(lambda: ZERO)
    goods: dict[str, Decimal] = defaultdict(lambda: ZERO)
    stock: dict[tuple[str, str], int] = defaultdict(int, INITIAL_STOCK)
    held: dict[str, Decimal] = defaultdict(lambda: ZERO)
    product_key = {v: k for k, v in w.products.items()}
    for order in s.scalars(select(m.Order)):
        lines = run.lines(order)
        left = sum((_value(line, line.handed_over_quantity) for line in lines), ZERO)
        back = sum((_value(line, line.returned_quantity) for line in lines), ZERO)
        net = _net_paid(w, order)
        waiting = sum(
            (line.total - _value(line, line.handed_over_quantity) for line in lines), ZERO
        )
        if order.status in OPEN:  # what was paid for goods still waiting is held
            if order.payment_mode == "pay_now":
                assert net == left + waiting, (order.status, net, left, waiting)
            else:
                assert left <= net <= left + waiting, (order.status, net, left, waiting)
            held[order.currency] += net - left
            assert back == 0
        else:
            assert net == left - back, (order.status, order.payment_mode, net, left, back)
        money[order.currency] += net
        goods[order.currency] += left - back
        from_store = _store_of(
            w, order.pickup_store_id if order.fulfilment == "pickup" else order.origin_store_id
        )
        for line in lines:
            assert 0 <= line.returned_quantity <= line.handed_over_quantity <= line.quantity
            assert line.handed_over_quantity == run.handed[line.id], line.sku
            assert line.returned_quantity == run.returned[line.id], line.sku
            stock[(from_store, product_key[line.product_id])] -= line.handed_over_quantity
            if order.status in ("cancelled", "expired"):
                assert line.handed_over_quantity == 0
    for ret_line, ret in s.execute(
        select(m.ReturnLine, m.Return).join(m.Return, m.Return.id == m.ReturnLine.return_id)
    ):
        if ret_line.condition == "sellable" and ret.store_id is not None:
            stock[(_store_of(w, ret.store_id), product_key[ret_line.product_id])] += (
                ret_line.quantity
            )
    for currency in set(money) | set(goods):
        assert money[currency] == goods[currency] + held[currency], currency
    for store in w.stores:
        for product in w.products:
            assert w.stock(store, product) == stock[(store, product)], (store, product)


# Two journeys every run tries first: a pay-on-pickup order collected and paid in two
# parts (the rest cancelled), then returned in two stores (not the sock that never
# left); a prepaid order partly collected, refused a cancel, expired for the rest and
# returned, then a take-away sale returned by post.
@example(
    steps=[
        ("order", "WAW", (("shoe", 2), ("sock", 3)), "pay_on_pickup", True),
        ("hand_over", 1, [(1, 1)], "keep", "cash"),
        ("hand_over", 1, [(0, 1), (1, 1)], "cancel", "card"),
        ("return", 1, [(1, 3, "sellable")], "original", "cashier.krk"),  # 1 sock never left
        ("return", 1, [(1, 2, "sellable")], "original", "cashier.krk"),
        ("return", 1, [(0, 1, "damaged")], "cash", "cashier"),
    ]
)
@example(
    steps=[
        ("order", "MIL", (("shoe", 1), ("sock", 4)), "pay_now", True),
        ("hand_over", 1, [(1, 3)], "keep", "none"),
        ("cancel", 1),
        ("expire", 1),
        ("return", 1, [(1, 2, "sellable")], "original", "cashier.mil"),
        ("sale", "KRK", (("shoe", 2),), "split"),
        ("return", 3, [(0, 1, "sellable")], "store_credit", None),
    ]
)
# A prepaid order changed at the till (a line missing, then more socks paid by card and
# switched to pay on pickup) and collected; a pay-on-pickup order partly paid in advance,
# then cancelled.
@example(
    steps=[
        ("order", "WAW", (("shoe", 2), ("sock", 1)), "pay_now", True),
        ("change", 1, [(0, 1)], [], None, "none", "missing"),
        ("change", 1, [], [("sock", 2)], None, "card", "customer_request"),
        ("change", 1, [(1, 1)], [], "pay_on_pickup", "none", "customer_request"),
        ("hand_over", 1, None, None, "cash"),
        ("order", "KRK", (("shoe", 1),), "pay_on_pickup", False),
        ("change", 2, [], [], None, "short", "customer_request"),
        ("cancel", 2),
        ("order", "KRK", (("shoe", 2),), "pay_now", False),
        ("change", 3, [(0, 0)], [("shoe", 1)], None, "none", "customer_request"),
        ("cancel", 3),
    ]
)
@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[
        HealthCheck.function_scoped_fixture,
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
    ],
)
@given(steps=st.lists(STEPS, min_size=4, max_size=30))
def test_money_adds_up(
    steps: list[tuple[Any, ...]], tmp_path: Path, template_db: tuple[Path, dict[str, Any]]
) -> None:
    with open_world(template_db, tmp_path / "money.db") as world:
        run = Run(world)
        for step in steps:
            before = _state(world)
            handed, returned = dict(run.handed), dict(run.returned)
            try:
                ACTIONS[step[0]](run, *step[1:])
            except RuleViolation:
                assert _state(world) == before, step
                run.handed = defaultdict(int, handed)
                run.returned = defaultdict(int, returned)
            _check(run)
