"""Authority over prices, through the real API: prices are set centrally by pricing staff
for their own country (the head office also for the whole company); a store manager's
price change is refused and changes nothing; an accepted one reaches every channel."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from sqlalchemy import create_engine, func, insert, select, text

from sync import model as m
from sync.client.replica import alembic_config as replica_alembic_config
from sync.commands.pricing_source import quote
from sync.rules.errors import RuleViolation
from sync.server.schema import alembic_config
from tests.client.helpers import enrol_till
from tests.server.conftest import Api, Device, headers

FROM = datetime(2026, 5, 1, tzinfo=UTC)
MOMENT = datetime(2026, 6, 1, 12, tzinfo=UTC)


def _price_args(api: Api, price_list: str, sku: str, amount: str) -> dict[str, Any]:
    return {
        "price_id": str(uuid.uuid4()),
        "price_list_id": str(api.world.price_lists[price_list]),
        "product_id": str(api.world.products[sku]),
        "amount": amount,
        "valid_from": FROM.isoformat(),
    }


def _set_price(
    api: Api, device: Device, login: str, price_list: str, sku: str, amount: str
) -> dict[str, Any]:
    args = _price_args(api, price_list, sku, amount)
    return device.push(device.mutation("price.set", api.world.staff[login], args))[0]


def _unit_price(
    api: Api, store: str, sku: str, segment: str = "retail", token: str | None = None
) -> str:
    """The unit list price POST /v1/prices/quote gives (the web shop's key by default)."""
    response = api.http.post(
        "/v1/prices/quote",
        headers=headers(token or api.world.channel_key),
        json={
            "store_id": str(api.world.stores[store]),
            "segment": segment,
            "at": MOMENT.isoformat(),
            "lines": [{"product_id": str(api.world.products[sku]), "quantity": 1}],
        },
    )
    assert response.status_code == 200, response.text
    return response.json()["lines"][0]["unit_list_price"]


def _prices_of(api: Api, price_list: str) -> int:
    with api.db.read() as session:
        return session.scalar(
            select(func.count())
            .select_from(m.Price)
            .where(m.Price.price_list_id == api.world.price_lists[price_list])
        )


def _refused(result: dict[str, Any]) -> str:
    assert (result["status"], result["code"]) == ("rejected", "not_pricing_authority"), result
    return result["message"]


@pytest.mark.parametrize(
    ("store", "login"),
    [("PL-WAW-01", "manager.waw"), ("PL-WAW-B1", "manager.branch"), ("PL-WAW-01", "cashier.waw")],
)
def test_a_store_manager_cannot_change_a_price(api: Api, store: str, login: str) -> None:
    till = api.enrol(store)
    observer = api.enrol("PL-KRK-01")
    observer.snapshot()
    before = {shop: _unit_price(api, shop, "SKU-TV") for shop in ("PL-WAW-01", "PL-KRK-01")}
    stored = _prices_of(api, "BASE-PLN")

    message = _refused(_set_price(api, till, login, "BASE-PLN", "SKU-TV", "1.00"))

    assert "Prices are set centrally by pricing staff" in message
    assert {shop: _unit_price(api, shop, "SKU-TV") for shop in before} == before
    assert _prices_of(api, "BASE-PLN") == stored
    assert observer.pull() == []  # nothing reached any other device


def test_the_pricing_role_changes_a_price_in_every_channel(api: Api) -> None:
    office = api.enrol("PL-HQ", "pricing desk")
    shop = api.enrol("PL-WAW-02")
    shop.snapshot()
    assert _unit_price(api, "PL-WAW-01", "SKU-TV") == "2999.00"

    result = _set_price(api, office, "pricing.pl", "BASE-PLN", "SKU-TV", "2499.00")

    assert result["status"] == "accepted", result
    # The web shop's quote, for every Polish store...
    assert _unit_price(api, "PL-WAW-01", "SKU-TV") == "2499.00"
    assert _unit_price(api, "PL-KRK-01", "SKU-TV") == "2499.00"
    # ...a till's own quote, and the price rows a store's device pulls.
    assert _unit_price(api, "PL-WAW-02", "SKU-TV", token=shop.token) == "2499.00"
    pulled = {row["id"]: row for row in (c["data"] for c in shop.pull() if c["entity"] == "prices")}
    new = pulled[result["result"]["price_id"]]
    assert Decimal(new["amount"]) == Decimal("2499.00")
    assert new["price_list_id"] == str(api.world.price_lists["BASE-PLN"])
    assert len(pulled) == 2  # the new price, and the old one now ending where it starts
    # Italy prices from its own list: unchanged.
    assert _unit_price(api, "IT-MIL-01", "SKU-TV") == "699.00"


def test_segment_prices_follow_the_same_rule(api: Api) -> None:
    till = api.enrol("PL-WAW-01")
    office = api.enrol("PL-HQ")
    _refused(_set_price(api, till, "manager.waw", "VIP-PLN", "SKU-TV", "99.00"))
    assert _unit_price(api, "PL-WAW-01", "SKU-TV", "vip") == "2799.00"

    result = _set_price(api, office, "pricing.pl", "VIP-PLN", "SKU-TV", "2599.00")

    assert result["status"] == "accepted", result
    assert _unit_price(api, "PL-WAW-01", "SKU-TV", "vip") == "2599.00"
    assert _unit_price(api, "PL-WAW-01", "SKU-TV", "retail") == "2999.00"


def test_a_warsaw_pricing_person_cannot_change_the_euro_list(api: Api) -> None:
    warsaw = api.enrol("PL-HQ")
    milan = api.enrol("IT-HQ")
    stored = _prices_of(api, "BASE-EUR")

    message = _refused(_set_price(api, warsaw, "pricing.pl", "BASE-EUR", "SKU-TV", "1.00"))

    assert "belongs to IT" in message
    assert _unit_price(api, "IT-MIL-01", "SKU-TV") == "699.00"
    assert _prices_of(api, "BASE-EUR") == stored
    # Nor the Milan pricing person the złoty list; but the euro list, yes.
    _refused(_set_price(api, milan, "pricing.it", "BASE-PLN", "SKU-TV", "1.00"))
    assert (
        _set_price(api, milan, "pricing.it", "BASE-EUR", "SKU-TV", "649.00")["status"] == "accepted"
    )
    assert _unit_price(api, "IT-MIL-01", "SKU-TV") == "649.00"
    assert _unit_price(api, "PL-WAW-01", "SKU-TV") == "2999.00"


def test_a_company_wide_list_is_changed_only_from_the_head_office(api: Api) -> None:
    outlet = uuid.uuid4()  # an "outlet" segment list in euro, for every country
    with api.db.write() as session:
        session.add(
            m.PriceList(
                id=outlet,
                code="OUTLET-EUR",
                name="Outlet EUR",
                currency="EUR",
                segment="outlet",
                country=None,
            )
        )
    api.world.price_lists["OUTLET-EUR"] = outlet
    milan, head_office = api.enrol("IT-HQ"), api.enrol("PL-HQ")

    message = _refused(_set_price(api, milan, "pricing.it", "OUTLET-EUR", "SKU-TV", "499.00"))

    assert "company-wide" in message
    assert _unit_price(api, "IT-MIL-01", "SKU-TV", "outlet") == "699.00"  # the base price
    assert (
        _set_price(api, head_office, "pricing.pl", "OUTLET-EUR", "SKU-TV", "499.00")["status"]
        == "accepted"
    )
    assert _unit_price(api, "IT-MIL-01", "SKU-TV", "outlet") == "499.00"


def test_the_desktop_refuses_a_managers_price_and_prices_with_a_new_one(
    api: Api, tmp_path: Path
) -> None:
    warsaw = enrol_till(api, tmp_path / "waw.db", "PL-WAW-01", "manager.waw", "till 1")
    milan = enrol_till(api, tmp_path / "mil.db", "IT-MIL-01", "cashier.mil", "till 2")
    try:
        warsaw.snapshot()
        milan.snapshot()
        with pytest.raises(RuleViolation) as refused:
            warsaw.do("price.set", _price_args(api, "BASE-PLN", "SKU-TV", "1.00"))
        assert refused.value.code == "not_pricing_authority"
        assert warsaw.outbox() == []  # refused on the device: nothing to send

        office = api.enrol("IT-HQ")
        assert (
            _set_price(api, office, "pricing.it", "BASE-EUR", "SKU-TV", "679.00")["status"]
            == "accepted"
        )
        milan.pull()

        tv = api.world.products["SKU-TV"]
        with milan.replica.read() as session:
            offline = quote(session, "EUR", "IT", "retail", [(tv, 1)], MOMENT)
        assert offline.lines[0].unit_list_price == Decimal("679.00")
    finally:
        warsaw.close()
        milan.close()


def test_an_office_sells_nothing_not_even_for_pickup(api: Api) -> None:
    ola = str(api.world.customers["ola"])
    response = api.http.post(
        "/v1/web/commands/order.place",
        headers=headers(api.world.channel_key) | {"Idempotency-Key": str(uuid.uuid4())},
        json={
            "order_id": str(uuid.uuid4()),
            "customer_id": ola,
            "lines": [
                {
                    "line_id": str(uuid.uuid4()),
                    "quantity": 1,
                    "product_id": str(api.world.products["SKU-TV"]),
                }
            ],
            "fulfilment": "pickup",
            "pickup_store_id": str(api.world.stores["PL-HQ"]),
            "payment_mode": "pay_on_pickup",
        },
    )
    assert response.status_code == 422, response.text
    assert response.json()["error"]["code"] == "not_a_pickup_store"
    with api.db.read() as session:
        assert session.scalar(select(func.count()).select_from(m.Order)) == 0


# --- existing price lists get their country from the stores that sell in their currency --


def _stores_and_lists(connection: Any) -> None:
    store = m.Store.__table__
    for code, country, currency in [
        ("PL-1", "PL", "PLN"),
        ("IT-1", "IT", "EUR"),
        ("DE-1", "DE", "EUR"),
        ("CZ-1", "CZ", "CZK"),
    ]:
        connection.execute(
            insert(store).values(
                id=uuid.uuid4(),
                updated_at=FROM,
                code=code,
                name=code,
                kind="shop",
                country=country,
                currency=currency,
                city="x",
                address="x",
                timezone="UTC",
                return_window_days=30,
                pickup_hold_days=7,
            )
        )
    for code, currency in [("BASE-PLN", "PLN"), ("BASE-EUR", "EUR"), ("BASE-USD", "USD")]:
        # Only the columns the table had before: `country` is not in the statement.
        connection.execute(
            insert(m.PriceList.__table__).values(
                id=uuid.uuid4(), updated_at=FROM, code=code, name=code, currency=currency
            )
        )


def _countries(connection: Any) -> dict[str, str | None]:
    return dict(connection.execute(text("SELECT code, country FROM price_lists")).all())


EXPECTED = {"BASE-PLN": "PL", "BASE-EUR": None, "BASE-USD": None}  # EUR: Italy and Germany


def test_the_server_migration_gives_existing_lists_their_country(db_url: str) -> None:
    config = alembic_config(db_url)
    engine = create_engine(db_url)
    try:
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "0004")
            _stores_and_lists(connection)
            command.upgrade(config, "0005")
            assert _countries(connection) == EXPECTED
    finally:
        engine.dispose()


def test_the_replica_migration_gives_existing_lists_their_country(tmp_path: Path) -> None:
    config = replica_alembic_config()
    engine = create_engine(f"sqlite:///{tmp_path / 'replica.db'}")
    try:
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "0003")
            _stores_and_lists(connection)
            command.upgrade(config, "0004")
            assert _countries(connection) == EXPECTED
    finally:
        engine.dispose()
