"""The demo data set: deterministic, idempotent, consistent, and usable by the app."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import pytest
from sqlalchemy import Table, func, select
from sqlalchemy.orm import Session

from sync import model as m
from sync.commands.catalogue import stock_id
from sync.commands.customers import clean_tax_id
from sync.commands.pricing_source import quote
from sync.model.types import utcnow
from sync.rules import credit_products
from sync.server import schema
from sync.server.auth import token_hash, verify_secret
from sync.server.blobs import BlobStore
from sync.server.db import Database, open_database
from sync.server.demo import DEMO_PIN, DEMO_WEB_KEY, seed
from sync.server.demo.common import Clock, demo_reference
from sync.server.tables import ChannelClient, StaffCredential

CUSTOMERS, PRODUCTS = 150, 40
# One reference instant for the whole module (this hour's, as the demo's default), so
# data seeded twice is identical and "now" checks hold whatever day the tests run.
REFERENCE = demo_reference()
FIXED_LOGINS = {  # login -> (role, store or territory code)
    "cashier.waw": ("cashier", "PL-WAW-01"),
    "manager.waw": ("manager", "PL-WAW-01"),
    "cashier.mil": ("cashier", "IT-MIL-01"),
    "advisor.waw": ("advisor", "PL-WAW-B1"),
    "rep.north": ("field_rep", "PL-FIELD-N"),
    "pricing.pl": ("pricing", "PL-HQ"),
    "pricing.it": ("pricing", "IT-HQ"),
    "agent.waw": ("advisor", "PL-CC-01"),
    "agent.mil": ("advisor", "IT-CC-01"),
}


def _fresh(path: Path) -> Database:
    url = f"sqlite:///{path}"
    schema.upgrade(url)
    return open_database(url)


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Database, list[str]]]:
    db = _fresh(tmp_path_factory.mktemp("demo") / "c.db")
    summary = seed(db, customers=CUSTOMERS, products=PRODUCTS, reference=REFERENCE)
    yield db, summary
    db.dispose()


@pytest.fixture
def session(seeded: tuple[Database, list[str]]) -> Iterator[Session]:
    with seeded[0].read() as session:
        yield session


def _rows(session: Session, table: Table) -> list[tuple[object, ...]]:
    return [tuple(row) for row in session.execute(select(table).order_by(*table.primary_key))]


def _synced_tables() -> list[Table]:
    return [*m.Base.metadata.sorted_tables, ChannelClient.__table__]


def ean13_valid(code: str) -> bool:
    if len(code) != 13 or not code.isdigit():
        return False
    weighted = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(code[:12]))
    return (10 - weighted % 10) % 10 == int(code[12])


# --- determinism and idempotence ---------------------------------------------------------


def test_the_same_arguments_give_identical_rows(
    tmp_path: Path, seeded: tuple[Database, list[str]]
) -> None:
    again = _fresh(tmp_path / "again.db")
    try:
        assert seed(again, customers=CUSTOMERS, products=PRODUCTS, reference=REFERENCE) == seeded[1]
        with seeded[0].read() as first, again.read() as second:
            for table in _synced_tables():
                assert _rows(first, table) == _rows(second, table), table.name
    finally:
        again.dispose()


def test_another_seed_gives_other_data(tmp_path: Path, seeded: tuple[Database, list[str]]) -> None:
    other = _fresh(tmp_path / "other.db")
    try:
        seed(other, customers=CUSTOMERS, products=PRODUCTS, seed=7, reference=REFERENCE)
        with seeded[0].read() as first, other.read() as second:
            assert _rows(first, m.Customer.__table__) != _rows(second, m.Customer.__table__)
            # ...but the fixed parts the docs rely on stay put.
            codes = select(m.Store.code).order_by(m.Store.code)
            assert first.scalars(codes).all() == second.scalars(codes).all()
    finally:
        other.dispose()


def test_seeding_a_database_with_stores_does_nothing(seeded: tuple[Database, list[str]]) -> None:
    db = seeded[0]
    with db.read() as session:
        before = {t.name: len(_rows(session, t)) for t in _synced_tables()}
    summary = seed(db, customers=10, products=10)
    assert len(summary) == 1 and "already has stores" in summary[0]
    with db.read() as session:
        assert {t.name: len(_rows(session, t)) for t in _synced_tables()} == before


def test_seeding_writes_nothing_to_the_change_feed(session: Session) -> None:
    from sync.server.tables import ChangeLog, FeedHead

    assert session.scalar(select(func.count()).select_from(ChangeLog)) == 0
    assert session.scalar(select(FeedHead.seq)) == 0


def test_too_small_a_catalogue_is_refused(tmp_path: Path) -> None:
    db = _fresh(tmp_path / "small.db")
    try:
        with pytest.raises(ValueError, match="at least"):
            seed(db, customers=10, products=3)
    finally:
        db.dispose()


def test_a_tiny_data_set_still_has_every_kind_of_journey(tmp_path: Path) -> None:
    db = _fresh(tmp_path / "tiny.db")
    try:
        seed(db, customers=20, products=8)
        with db.read() as session:
            assert session.scalar(select(func.count()).select_from(m.Customer)) == 20
            assert session.scalar(select(func.count()).select_from(m.Order)) > 0
            assert session.scalar(select(func.count()).select_from(m.Interaction)) > 0
    finally:
        db.dispose()


# --- organisation ------------------------------------------------------------------------


def test_stores_carry_their_country_currency_and_time_zone(session: Session) -> None:
    stores = session.scalars(select(m.Store)).all()
    assert Counter(s.kind for s in stores) == {
        "shop": 7,
        "branch": 2,
        "office": 1,
        "head_office": 1,
        "contact_centre": 2,
    }
    for store in stores:
        assert (store.currency, store.timezone) == {
            "PL": ("PLN", "Europe/Warsaw"),
            "IT": ("EUR", "Europe/Rome"),
        }[store.country]
        assert store.code.startswith(store.country)
    codes = {s.code for s in stores}
    assert {
        "PL-WAW-01",
        "PL-WAW-02",
        "PL-KRK-01",
        "PL-GDN-01",
        "IT-MIL-01",
        "IT-ROM-01",
        "IT-TRN-01",
        "PL-WAW-B1",
        "IT-MIL-B1",
        "PL-HQ",
        "IT-HQ",
        "PL-CC-01",
        "IT-CC-01",
    } == codes


def test_contact_centres_sell_nothing_and_hold_no_stock(session: Session) -> None:
    """Advisors serve the country's customers by phone: no stock, no neighbours, no
    orders, carts, sales or customers of their own."""
    centres = {
        s.id: s.country
        for s in session.scalars(select(m.Store).where(m.Store.kind == "contact_centre"))
    }
    assert sorted(centres.values()) == ["IT", "PL"]
    ids = sorted(centres)
    assert not session.scalars(select(m.Stock).where(m.Stock.store_id.in_(ids))).first()
    assert not session.scalars(
        select(m.StoreNeighbour).where(
            m.StoreNeighbour.store_id.in_(ids) | m.StoreNeighbour.neighbour_id.in_(ids)
        )
    ).first()
    assert not session.scalars(
        select(m.Order).where(m.Order.origin_store_id.in_(ids) | m.Order.pickup_store_id.in_(ids))
    ).first()
    assert not session.scalars(select(m.Cart).where(m.Cart.store_id.in_(ids))).first()
    assert not session.scalars(select(m.Customer).where(m.Customer.home_store_id.in_(ids))).first()
    advisors = session.scalars(select(m.StaffUser).where(m.StaffUser.store_id.in_(ids))).all()
    assert len(advisors) == 4 and {a.role for a in advisors} == {"advisor"}


def test_neighbours_see_each_other(session: Session) -> None:
    pairs = {
        (a, b)
        for a, b in session.execute(
            select(m.StoreNeighbour.store_id, m.StoreNeighbour.neighbour_id)
        )
    }
    assert pairs and all((b, a) in pairs for a, b in pairs)
    code = {store_id: c for store_id, c in session.execute(select(m.Store.id, m.Store.code))}
    assert ("PL-WAW-02", "PL-WAW-01") in {(code[a], code[b]) for a, b in pairs}
    for a, b in pairs:
        assert code[a][:2] == code[b][:2]  # stock is shared within a country


def test_territories_are_served_from_their_home_store(session: Session) -> None:
    homes = {
        territory: store
        for territory, store in session.execute(
            select(m.Territory.code, m.Store.code).join(m.Store, m.Territory.store_id == m.Store.id)
        )
    }
    assert homes == {"PL-FIELD-N": "PL-GDN-01", "IT-FIELD-NORD": "IT-MIL-01"}


def test_the_fixed_demo_logins_sign_in_with_the_demo_pin(session: Session) -> None:
    for login, (role, place) in FIXED_LOGINS.items():
        staff = session.scalars(select(m.StaffUser).where(m.StaffUser.login == login)).one()
        assert staff.role == role and staff.active
        if staff.store_id is not None:
            assert session.get(m.Store, staff.store_id).code == place
        else:
            assert session.get(m.Territory, staff.territory_id).code == place
        credential = session.get(StaffCredential, staff.id)
        assert verify_secret(DEMO_PIN, credential.secret_hash)
        assert not verify_secret("0000", credential.secret_hash)


def test_every_staff_member_has_a_credential_and_a_workplace(session: Session) -> None:
    staff = session.scalars(select(m.StaffUser)).all()
    assert len(staff) >= 25
    assert {s.role for s in staff} == {"cashier", "advisor", "field_rep", "manager", "pricing"}
    credentials = {c.staff_id for c in session.scalars(select(StaffCredential))}
    assert {s.id for s in staff} == credentials
    assert all((s.store_id is None) != (s.territory_id is None) for s in staff)


def test_the_demo_web_channel_key_is_known(
    seeded: tuple[Database, list[str]], session: Session
) -> None:
    client = session.scalars(select(ChannelClient)).one()
    assert client.key_hash == token_hash(DEMO_WEB_KEY) and client.revoked_at is None
    assert DEMO_WEB_KEY == "web_demo-shop-key"
    assert any(DEMO_WEB_KEY in line for line in seeded[1])


# --- catalogue ---------------------------------------------------------------------------


def test_every_barcode_is_a_valid_ean13(session: Session) -> None:
    codes = session.scalars(select(m.Barcode.code)).all()
    assert len(codes) >= PRODUCTS
    assert all(ean13_valid(code) for code in codes), [c for c in codes if not ean13_valid(c)]
    per_product = Counter(session.scalars(select(m.Barcode.product_id)))
    assert len(per_product) == PRODUCTS


def test_tax_rates(session: Session) -> None:
    rates = {(t.country, t.tax_class): t.rate for t in session.scalars(select(m.TaxRate))}
    assert rates == {
        ("PL", "standard"): Decimal("23"),
        ("PL", "reduced"): Decimal("8"),
        ("IT", "standard"): Decimal("22"),
        ("IT", "reduced"): Decimal("10"),
    }
    classes = dict(session.execute(select(m.Product.category, m.Product.tax_class)).all())
    assert classes["books"] == classes["food"] == "reduced"
    assert classes["tv"] == "standard"


def test_every_product_has_base_prices_valid_now(session: Session) -> None:
    now = utcnow()
    for currency in ("PLN", "EUR"):
        priced = set(
            session.scalars(
                select(m.Price.product_id)
                .join(m.PriceList)
                .where(
                    m.PriceList.currency == currency,
                    m.PriceList.segment.is_(None),
                    m.Price.valid_from <= now,
                )
                .where((m.Price.valid_to.is_(None)) | (m.Price.valid_to > now))
            )
        )
        assert len(priced) == PRODUCTS
    amounts = session.scalars(select(m.Price.amount)).all()
    assert all(isinstance(a, Decimal) and a > 0 for a in amounts)
    assert {f"{a:.2f}"[-3:] for a in amounts} <= {".99", ".49", ".90", ".29", ".00"}


def test_segment_prices_are_below_the_base_price(session: Session) -> None:
    lists = {pl.id: pl for pl in session.scalars(select(m.PriceList))}
    assert {(pl.currency, pl.segment) for pl in lists.values()} == {
        (c, s) for c in ("PLN", "EUR") for s in (None, "vip", "business")
    }
    current: dict[tuple[object, str, str | None], Decimal] = {}
    for price in session.scalars(select(m.Price).where(m.Price.valid_to.is_(None))):
        pl = lists[price.price_list_id]
        current[(price.product_id, pl.currency, pl.segment)] = price.amount
    segment_prices = [(k, v) for k, v in current.items() if k[2] is not None]
    assert segment_prices
    for (product, currency, _), amount in segment_prices:
        assert amount < current[(product, currency, None)]


def test_price_lists_belong_to_the_country_that_sells_in_their_currency(session: Session) -> None:
    lists = session.scalars(select(m.PriceList)).all()
    assert {(pl.currency, pl.country) for pl in lists} == {("PLN", "PL"), ("EUR", "IT")}


def test_promotions_are_current_except_one_expired(session: Session) -> None:
    now = utcnow()
    promotions = session.scalars(select(m.Promotion)).all()
    assert {p.kind for p in promotions} == {"percent_off", "amount_off", "bundle"}
    expired = [p for p in promotions if p.ends_at is not None and p.ends_at < now]
    assert len(expired) == 1
    current = [p for p in promotions if p.starts_at <= now and (p.ends_at or now) >= now]
    assert len(current) == len(promotions) - 1
    assert any(p.segment == "vip" for p in current)
    assert any(p.kind == "amount_off" and p.currency == "PLN" for p in current)
    bundle = next(p for p in current if p.kind == "bundle")
    assert (bundle.buy_quantity, bundle.pay_quantity) == (3, 2)


def test_every_product_is_stocked_everywhere_and_some_run_out(session: Session) -> None:
    stores = session.scalar(
        select(func.count()).select_from(m.Store).where(m.Store.kind.in_(("shop", "branch")))
    )
    on_hand = session.scalars(select(m.Stock.on_hand)).all()
    assert len(on_hand) == stores * PRODUCTS
    assert 0 in on_hand and any(1 <= n <= 3 for n in on_hand) and max(on_hand) > 10


def test_stock_rows_have_the_ids_devices_give_them(session: Session) -> None:
    for row in session.scalars(select(m.Stock)):
        assert row.id == stock_id(row.store_id, row.product_id)


# --- customers ---------------------------------------------------------------------------


def test_customers(session: Session) -> None:
    customers = session.scalars(select(m.Customer)).all()
    assert len(customers) == CUSTOMERS
    assert {c.number for c in customers} == {f"C-{n:07d}" for n in range(1, CUSTOMERS + 1)}
    countries = Counter(c.country for c in customers)
    assert 0.4 < countries["PL"] / CUSTOMERS < 0.7
    emails = [c.email for c in customers if c.email]
    assert len(emails) == len(set(emails))
    assert all(c.email or c.phone for c in customers)
    for c in customers:
        assert (c.home_store_id is None) != (c.territory_id is None)
        assert c.phone is None or c.phone.startswith({"PL": "+48", "IT": "+39"}[c.country])
        if c.tax_id:
            assert clean_tax_id(c.tax_id, c.country) == c.tax_id
        assert set(c.consents) == {"marketing_email", "marketing_sms", "profiling"}
    assert {c.segment for c in customers} == {"retail", "vip", "business"}
    assert any(c.territory_id for c in customers)
    assert any(ch in c.first_name + c.last_name for c in customers for ch in "łśżąęóćńŁŚŻò")


# --- journeys ----------------------------------------------------------------------------


def _money(value: Decimal) -> Decimal:
    return value.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def test_order_totals_are_the_sums_of_their_lines(session: Session) -> None:
    orders = session.scalars(select(m.Order)).all()
    assert orders
    for order in orders:
        lines = session.scalars(select(m.OrderLine).where(m.OrderLine.order_id == order.id)).all()
        assert lines
        for line in lines:
            assert line.total == line.unit_list_price * line.quantity - line.discount
            assert line.tax == _money(line.total * line.tax_rate / (100 + line.tax_rate))
        assert order.list_total == sum(x.unit_list_price * x.quantity for x in lines)
        assert order.discount_total == sum(x.discount for x in lines)
        assert order.tax_total == sum(x.tax for x in lines)
        assert order.total == sum(x.total for x in lines)
        assert order.total == order.list_total - order.discount_total


def test_orders_carry_the_price_the_pricing_engine_gives(session: Session) -> None:
    countries = {"PLN": "PL", "EUR": "IT"}
    for order in session.scalars(select(m.Order)):
        lines = session.scalars(
            select(m.OrderLine)
            .where(m.OrderLine.order_id == order.id)
            .order_by(m.OrderLine.position)
        ).all()
        breakdown = quote(
            session,
            order.currency,
            countries[order.currency],
            order.segment,
            [(line.product_id, line.quantity) for line in lines],
            order.placed_at,
        )
        assert [
            (x.unit_list_price, x.discount, x.promotion_code, x.tax, x.total) for x in lines
        ] == [
            (x.unit_list_price, x.discount, x.promotion_code, x.tax, x.total)
            for x in breakdown.lines
        ]
    codes = set(session.scalars(select(m.OrderLine.promotion_code)))
    assert {"CAPSULES-3FOR2", "AUDIO-15"} <= codes


def test_web_orders_wait_for_pickup_in_several_stores(session: Session) -> None:
    waiting = session.scalars(
        select(m.Order).where(m.Order.status.in_(["placed", "ready_for_pickup"]))
    ).all()
    assert {o.status for o in waiting} == {"placed", "ready_for_pickup"}
    assert len({o.pickup_store_id for o in waiting}) >= 4
    for order in waiting:
        assert (order.channel, order.fulfilment) == ("web", "pickup")
        payments = session.scalars(select(m.Payment).where(m.Payment.order_id == order.id)).all()
        if order.payment_mode == "pay_now":
            assert [(p.kind, p.method, p.amount) for p in payments] == [
                ("payment", "online", order.total)
            ]
            assert payments[0].reference and order.payment_state == "paid"
        else:
            assert order.payment_mode == "pay_on_pickup"
            assert payments == [] and order.payment_state == "unpaid"
        if order.status == "ready_for_pickup":
            assert order.ready_at and order.expires_at > order.ready_at
        assert session.get(m.Cart, order.cart_id).status == "checked_out"


def test_open_web_carts(session: Session) -> None:
    carts = session.scalars(select(m.Cart).where(m.Cart.status == "open")).all()
    assert carts
    for cart in carts:
        lines = session.scalars(select(m.CartLine).where(m.CartLine.cart_id == cart.id)).all()
        assert cart.channel == "web" and 1 <= len(lines) <= 4
    channels = set(session.scalars(select(m.CartLine.channel)))
    assert "web" in channels


def test_returns_refund_what_was_paid(session: Session) -> None:
    returns = session.scalars(select(m.Return)).all()
    assert returns
    assert any(r.store_id is None for r in returns)  # returned by post
    for ret in returns:
        order = session.get(m.Order, ret.order_id)
        assert order.status in {"completed", "picked_up", "shipped"}
        lines = session.scalars(select(m.ReturnLine).where(m.ReturnLine.return_id == ret.id)).all()
        assert ret.refund_total == sum(x.refund_amount for x in lines)
        refunds = session.scalars(select(m.Payment).where(m.Payment.return_id == ret.id)).all()
        assert sum(p.amount for p in refunds) == ret.refund_total
        assert all(p.kind == "refund" for p in refunds)
        assert order.payment_state in {"partially_refunded", "refunded"}


def test_loan_applications_at_every_stage(session: Session) -> None:
    applications = session.scalars(select(m.Application)).all()
    assert {a.status for a in applications} == {
        "draft",
        "submitted",
        "in_review",
        "approved",
        "rejected",
        "withdrawn",
    }
    branches = {s.id: s.code for s in session.scalars(select(m.Store))}
    assert {branches[a.branch_store_id] for a in applications} == {"PL-WAW-B1", "IT-MIL-B1"}
    assert {a.channel for a in applications} == {"web", "phone", "branch"}
    products = {"PL-WAW-B1": "PL-CASH", "IT-MIL-B1": "IT-PREST"}
    for app in applications:
        assert app.kind == "loan" and app.version == 1
        assert app.product == products[branches[app.branch_store_id]]
        assert set(app.documents) == {
            code for code, _ in credit_products.product(app.product).documents
        }
        assert app.fields["first_name"] and app.amount > 0
        if app.status in ("submitted", "in_review", "approved", "rejected"):
            assert app.signed_at and app.submitted_at and app.submitted_by
            assert app.agreement and app.agreement["witness_id"] == str(app.submitted_by)
            assert set(app.documents.values()) == {"verified"}
        else:
            assert app.agreement is None and app.signed_at is None
        if app.status in ("approved", "rejected"):
            assert app.decided_by and app.decided_at and app.decided_by != app.submitted_by
        if app.status == "rejected":
            assert app.decision_note
    files = session.scalars(select(m.ApplicationFile)).all()
    assert {f.application_id for f in files} <= {a.id for a in applications}
    assert {f.media_type for f in files} == {"application/pdf", "image/png"}
    assert {f.channel for f in files} == {"web", "phone", "branch"}


def test_timelines_hold_events_from_every_channel(session: Session) -> None:
    events = session.execute(select(m.Interaction.channel, m.Interaction.kind)).all()
    assert {channel for channel, _ in events} == {"web", "phone", "store", "branch", "field"}
    kinds = {kind for _, kind in events}
    assert {
        "order_placed",
        "call",
        "visit",
        "complaint",
        "callback_request",
        "return",
        "sale_completed",
        "application_started",
        "application_offer",
        "application_document",
        "application_document_checked",
        "application_identity",
        "application_consent",
        "application_signed",
        "application_submitted",
        "application_in_review",
        "application_approved",
        "application_rejected",
        "application_withdrawn",
    } <= kinds
    times = session.scalars(select(m.Interaction.occurred_at)).all()
    assert max(times) <= REFERENCE


def _pickup_queue(path: Path, reference: datetime) -> list[tuple[object, ...]]:
    """The waiting pickup orders of a small demo, with times relative to `reference`."""
    db = _fresh(path)
    try:
        seed(db, customers=40, products=12, reference=reference)
        with db.read() as session:
            waiting = session.scalars(
                select(m.Order)
                .where(m.Order.status.in_(["placed", "ready_for_pickup"]))
                .order_by(m.Order.number)
            ).all()
            queue: list[tuple[object, ...]] = []
            for order in waiting:
                held: timedelta | None = None
                if order.status == "ready_for_pickup":
                    assert order.expires_at is not None
                    held = order.expires_at - reference
                    assert held > timedelta(0)  # still held on the day it is seeded
                queue.append((order.number, order.status, order.placed_at - reference, held))
            return queue
    finally:
        db.dispose()


def test_a_demo_seeded_on_a_later_day_has_the_same_pickup_queue(tmp_path: Path) -> None:
    early = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
    later = early + timedelta(days=200, hours=5)
    queue = _pickup_queue(tmp_path / "early.db", early)
    assert {status for _, status, _, _ in queue} == {"placed", "ready_for_pickup"}
    assert _pickup_queue(tmp_path / "later.db", later) == queue


def test_prices_and_promotions_start_well_before_the_reference() -> None:
    clock = Clock(datetime(2026, 11, 23, 9, 0, tzinfo=UTC))
    assert clock.prices_from == datetime(2025, 1, 1, tzinfo=UTC)
    assert clock.current_from == datetime(2026, 1, 1, tzinfo=UTC)
    assert clock.repriced_at == datetime(2026, 3, 1, tzinfo=UTC)
    assert clock.current_to == datetime(2027, 12, 31, 23, 59, 59, tzinfo=UTC)
    with pytest.raises(ValueError, match="time zone"):
        Clock(datetime(2026, 11, 23, 9, 0))


# --- both databases ----------------------------------------------------------------------


def test_seed_on_sqlite_and_postgres(db_url: str, tmp_path: Path) -> None:
    schema.upgrade(db_url)
    db = open_database(db_url)
    files = BlobStore(tmp_path / "files")
    try:
        summary = seed(db, customers=60, products=20, files=files)
        assert any("customers: 60" in line for line in summary)
        with db.read() as session:
            assert session.scalar(select(func.count()).select_from(m.Stock)) == 9 * 20
            for order in session.scalars(select(m.Order)):
                lines = session.scalars(
                    select(m.OrderLine).where(m.OrderLine.order_id == order.id)
                ).all()
                assert order.total == sum(x.total for x in lines)
            staff = session.scalars(
                select(m.StaffUser).where(m.StaffUser.login == "cashier.waw")
            ).one()
            assert verify_secret(DEMO_PIN, session.get(StaffCredential, staff.id).secret_hash)
            shas = session.scalars(select(m.ApplicationFile.sha256)).all()
            assert shas and all(files.has(sha) for sha in shas)
        assert seed(db, customers=60, products=20)[0].startswith("the database already")
    finally:
        db.dispose()
