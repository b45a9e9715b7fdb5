"""Local search over a real replica: every key, paging, and rows that change by pull."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from alembic import command
from sqlalchemy import event, select
from sqlalchemy.engine import Connection

from sync import model as m
from sync.client import search
from sync.client.replica import alembic_config
from sync.client.search import (
    CustomerHit,
    CustomerKey,
    count_customers,
    product_by_barcode,
    search_customers,
    search_products,
)
from sync.model.types import utcnow
from tests.client.conftest import TillFactory
from tests.client.helpers import Till, new_id
from tests.server.conftest import Api

# (first, last, e-mail, phone, loyalty card) of the customers added to PL-WAW-01.
PEOPLE = [
    ("Łukasz", "Wiśniewski", "lukasz.w@example.com", "+48601234567", "2900000000017"),
    ("Anna", "Nowak", "anna.nowak@example.com", "+48 602 111 222", None),
    ("Anna", "Nowakowska", "a.nowakowska@example.pl", "+48603999000", "2900000000024"),
    ("Adam", "Kowalski", None, "+393471234567", None),
    ("Żaneta", "Łęcka", "zaneta@example.com", None, "2900000000031"),
    ("Niccolò", "De Luca", "niccolo.deluca@example.it", "+39 333 765 4321", None),
]


@dataclass
class Shop:
    api: Api
    till: Till
    ids: dict[str, uuid.UUID]  # last name -> customer id

    def find(self, text: str, after: CustomerKey | None = None) -> list[CustomerHit]:
        with self.till.replica.read() as session:
            return search_customers(session, text, after=after)

    def names(self, text: str) -> list[str]:
        return [f"{hit.first_name} {hit.last_name}" for hit in self.find(text)]


def _add_customers(
    api: Api, people: list[tuple[str, str, str | None, str | None, str | None]]
) -> dict[str, uuid.UUID]:
    ids = {}
    with api.db.write() as session:
        for n, (first, last, email, phone, card) in enumerate(people, start=1):
            customer_id = uuid.uuid4()
            session.add(
                m.Customer(
                    id=customer_id,
                    number=f"C-T{n:04d}{last[:2].upper()}",
                    first_name=first,
                    last_name=last,
                    email=email,
                    phone=phone,
                    loyalty_card=card,
                    home_store_id=api.world.stores["PL-WAW-01"],
                    country="PL",
                    city="Warszawa",
                    consents={},
                    created_at=utcnow(),
                )
            )
            ids[last] = customer_id
    return ids


@pytest.fixture
def shop(server: Api, make_till: TillFactory) -> Iterator[Shop]:
    ids = _add_customers(server, PEOPLE)
    till = make_till(server)
    till.pull()
    yield Shop(server, till, ids)


def test_last_and_first_names_match_by_prefix_whatever_the_case_and_accents(shop: Shop) -> None:
    assert shop.names("nowak") == ["Ala Nowak", "Anna Nowak", "Anna Nowakowska"]
    assert shop.names("NOWAKO") == ["Anna Nowakowska"]
    assert shop.names("wiś") == shop.names("wis") == shop.names("WIŚ") == ["Łukasz Wiśniewski"]
    assert shop.names("łu") == shop.names("lu") == shop.names("ŁU") == ["Łukasz Wiśniewski"]
    assert shop.names("Łęc") == shop.names("lec") == ["Żaneta Łęcka"]
    assert shop.names("zan") == ["Żaneta Łęcka"]
    assert shop.names("de lu") == ["Niccolò De Luca"]
    assert shop.names("niccolo") == ["Niccolò De Luca"]
    assert shop.names("xyz") == []


def test_results_come_in_last_name_first_name_order(shop: Shop) -> None:
    assert shop.names("a") == ["Adam Kowalski", "Ala Nowak", "Anna Nowak", "Anna Nowakowska"]
    everyone = shop.find("")
    keys = [hit.key for hit in everyone]
    assert keys == sorted(keys)
    assert [hit.last_name for hit in everyone][:3] == ["De Luca", "Kowalski", "Łęcka"]


def test_first_last_and_last_first(shop: Shop) -> None:
    assert shop.names("anna nowak") == ["Anna Nowak", "Anna Nowakowska"]
    assert shop.names("Anna  Nowako") == ["Anna Nowakowska"]
    assert shop.names("nowak anna") == ["Anna Nowak", "Anna Nowakowska"]
    assert shop.names("kowalski a") == ["Adam Kowalski"]
    assert shop.names("lukasz wis") == ["Łukasz Wiśniewski"]
    assert shop.names("anna kowalski") == []


def test_email_card_and_customer_number(shop: Shop) -> None:
    assert shop.names("anna.n") == ["Anna Nowak"]
    assert shop.names("ANNA.NOWAK@EX") == ["Anna Nowak"]
    assert shop.names("a.now") == ["Anna Nowakowska"]
    assert shop.names("2900000000024") == ["Anna Nowakowska"]
    assert shop.names("290000000003") == ["Żaneta Łęcka"]
    number = shop.find("nowakowska")[0].number
    assert shop.names(number) == shop.names(number.lower()) == ["Anna Nowakowska"]
    assert shop.names(number.removeprefix("C-")) == ["Anna Nowakowska"]


def test_phone_digits_with_spaces_dashes_and_country_codes(shop: Shop) -> None:
    assert shop.names("601") == ["Łukasz Wiśniewski"]
    assert shop.names("601 234") == shop.names("601-23-45") == ["Łukasz Wiśniewski"]
    assert shop.names("+48 601") == shop.names("0048601") == ["Łukasz Wiśniewski"]
    assert shop.names("48601") == ["Łukasz Wiśniewski"]
    assert shop.names("602 111 2") == ["Anna Nowak"]  # stored with spaces: national digits
    assert shop.names("333 765") == ["Niccolò De Luca"]
    assert shop.names("347") == ["Adam Kowalski"]
    assert shop.names("+39") == ["Niccolò De Luca", "Adam Kowalski"]
    assert shop.names("+4860") == [
        "Ala Nowak",
        "Anna Nowakowska",
        "Łukasz Wiśniewski",
    ]  # Ala (world) has +48600100200


def test_a_hit_carries_what_a_result_row_shows(shop: Shop) -> None:
    (hit,) = shop.find("nowakowska")
    assert hit.id == shop.ids["Nowakowska"]
    assert (
        hit.first_name,
        hit.last_name,
        hit.email,
        hit.phone,
        hit.loyalty_card,
        hit.segment,
        hit.city,
    ) == (
        "Anna",
        "Nowakowska",
        "a.nowakowska@example.pl",
        "+48603999000",
        "2900000000024",
        "retail",
        "Warszawa",
    )
    assert hit.key.id == hit.id
    with shop.till.replica.read() as session:
        assert count_customers(session) == len(PEOPLE) + 1  # and Ala from the world


@pytest.fixture(params=["walk", "read"])
def strategy(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Search keys with many matches walk the name order, with few read their index:
    force one or the other so paging is checked on both."""
    if request.param == "walk":
        monkeypatch.setattr(search, "READ_COST", 1e9)
        monkeypatch.setattr(search, "COVERED_READ_COST", 1e9)
    else:
        monkeypatch.setattr(search, "WALK_COST", 1e9)
    return str(request.param)


@pytest.mark.parametrize("text", ["", "pag", "anna", "pager.", "+48 700", "C-T00"])
def test_paging_with_after_gives_the_next_rows_without_repeats(
    server: Api, make_till: TillFactory, strategy: str, text: str
) -> None:
    people = [
        (
            "Anna" if i % 3 else "Piotr",
            f"Pager{i % 7}",
            f"pager.{i}@example.com",
            f"+48700{i:06d}",
            None,
        )
        for i in range(40)
    ]
    _add_customers(server, people)
    till = make_till(server)
    till.pull()
    with till.replica.read() as session:
        expected = search_customers(session, text, limit=1000)
        pages, after = [], None
        while page := search_customers(session, text, limit=7, after=after):
            pages.append(page)
            after = page[-1].key
    assert len(expected) >= 13 if text not in ("", "pag") else len(expected) >= 40
    assert [hit.id for page in pages for hit in page] == [hit.id for hit in expected]
    assert all(len(page) == 7 for page in pages[:-1])


def test_a_customer_changed_or_deleted_on_the_server_is_found_as_pulled(shop: Shop) -> None:
    with shop.api.db.write() as session:
        renamed = session.get(m.Customer, shop.ids["Nowak"])
        assert renamed is not None
        renamed.last_name, renamed.phone = "Zawadzka", "+48 609 000 111"
        gone = session.get(m.Customer, shop.ids["Kowalski"])
        session.delete(gone)
    assert shop.names("nowak anna") == ["Anna Nowak", "Anna Nowakowska"]  # not pulled yet
    shop.till.pull()
    assert shop.names("nowak anna") == ["Anna Nowakowska"]
    assert shop.names("zawa") == shop.names("609 000") == ["Anna Zawadzka"]
    assert shop.names("602 111") == []
    assert shop.names("kowal") == shop.names("347") == []


def test_a_new_snapshot_replaces_what_search_finds(shop: Shop) -> None:
    with shop.api.db.write() as session:
        customer = session.get(m.Customer, shop.ids["Łęcka"])
        assert customer is not None
        customer.first_name = "Zofia"
    shop.till.snapshot()  # INSERT OR REPLACE of every row
    assert shop.names("żaneta ł") == []
    assert shop.names("zof") == shop.names("zofia lę") == ["Zofia Łęcka"]
    assert len(shop.find("")) == len(PEOPLE) + 1


def test_a_customer_created_on_the_till_is_found_at_once(shop: Shop) -> None:
    shop.till.do(
        "customer.create",
        {
            "customer_id": new_id(),
            "first_name": "Grażyna",
            "last_name": "Żółkiewska",
            "country": "PL",
            "phone": "+48 605 123 456",
            "email": "G.Z@Example.com",
        },
    )
    assert shop.names("zolk") == shop.names("żółk") == ["Grażyna Żółkiewska"]
    assert shop.names("605 12") == shop.names("g.z@") == ["Grażyna Żółkiewska"]


def test_products_by_barcode_sku_and_name_words(server: Api, make_till: TillFactory) -> None:
    till = make_till(server)
    till.pull()
    world = server.world
    with till.replica.read() as session:
        code = session.scalars(
            select(m.Barcode.code).where(m.Barcode.product_id == world.products["SKU-KETTLE"])
        ).one()
        hit = product_by_barcode(session, code)
        assert hit is not None and hit.sku == "SKU-KETTLE" and hit.name == "Kettle"
        assert product_by_barcode(session, f" {code[:6]} {code[6:]} ") == hit
        assert product_by_barcode(session, "0000000000000") is None
        assert [p.sku for p in search_products(session, code)] == ["SKU-KETTLE"]
        assert [p.sku for p in search_products(session, "sku-k")] == ["SKU-KETTLE"]
        assert [p.sku for p in search_products(session, "SKU-")] == [
            "SKU-CABLE",
            "SKU-KETTLE",
            "SKU-TV",
        ]
        assert [p.name for p in search_products(session, "kett")] == ["Kettle"]
        assert [p.name for p in search_products(session, "cab")] == ["HDMI cable"]
        assert [p.name for p in search_products(session, "55 tele")] == ["Television 55in"]
        assert search_products(session, "cable tv") == []
        assert search_products(session, " ") == []
        assert search_products(session, "kettle")[0].id == world.products["SKU-KETTLE"]


def test_search_queries_use_the_search_indexes(shop: Shop) -> None:
    statements: list[str] = []

    def record(connection: Connection, cursor: object, sql: str, *args: object) -> None:
        if sql.startswith(("SELECT", "WITH")) and "customers" in sql:
            statements.append(sql)

    event.listen(shop.till.replica.reader, "before_cursor_execute", record)
    try:
        for text in ("", "a", "nowak", "anna n", "anna.n", "601 2", "+48", "2900", "C-T"):
            shop.find(text)
            shop.find(text, after=CustomerKey("k", "", uuid.UUID(int=0)))
    finally:
        event.remove(shop.till.replica.reader, "before_cursor_execute", record)
    with shop.till.replica.read() as session:
        connection = session.connection()
        for sql in set(statements):
            if "max(rowid)" in sql or "WHERE id IN" in sql:
                continue
            marks = sql.count("?")
            plan = [
                row[3]
                for row in connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}", ("",) * marks)
            ]
            assert any("USING" in line and "INDEX" in line for line in plan), (plan, sql)
            assert not any(
                line.startswith("SCAN customers") and "INDEX" not in line for line in plan
            ), (plan, sql)
            if "INDEXED BY" in sql:
                assert not any("TEMP B-TREE" in line for line in plan), (plan, sql)


def test_the_search_indexes_go_with_a_downgrade_and_come_back(shop: Shop) -> None:
    replica = shop.till.replica

    def indexes() -> set[str]:
        with replica.writer.connect() as connection:
            return {
                row[0]
                for row in connection.exec_driver_sql(
                    "SELECT name FROM sqlite_master WHERE name LIKE 'ix_%_search_%'"
                )
            }

    assert len(indexes()) == 5
    config = alembic_config()
    with replica.writer.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0001")
    assert indexes() == set()
    with replica.writer.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    assert len(indexes()) == 5
    assert shop.names("łu") == ["Łukasz Wiśniewski"]
