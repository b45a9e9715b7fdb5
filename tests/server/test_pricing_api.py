"""The web channel and an offline till compute the same price breakdown."""

from __future__ import annotations

from datetime import UTC, datetime

from sync.commands.pricing_source import quote
from tests.server.conftest import Api, headers

MOMENT = datetime(2026, 6, 1, 12, tzinfo=UTC)


def _api_quote(api: Api, token: str, segment: str, lines: list[tuple[str, int]]) -> dict:
    response = api.http.post(
        "/v1/prices/quote",
        headers=headers(token),
        json={
            "store_id": str(api.world.stores["PL-WAW-01"]),
            "segment": segment,
            "at": MOMENT.isoformat(),
            "lines": [
                {"product_id": str(api.world.products[sku]), "quantity": q} for sku, q in lines
            ],
        },
    )
    assert response.status_code == 200, response.text
    return response.json()


def _direct(api: Api, segment: str, lines: list[tuple[str, int]]) -> dict:
    with api.db.read() as session:
        return quote(
            session,
            "PLN",
            "PL",
            segment,
            [(api.world.products[sku], q) for sku, q in lines],
            MOMENT,
        ).to_wire()


def test_same_inputs_same_breakdown_through_the_api_and_the_engine(api: Api) -> None:
    till = api.enrol("PL-WAW-01")
    lines = [("SKU-TV", 1), ("SKU-CABLE", 3), ("SKU-KETTLE", 2)]
    for segment in ("retail", "vip"):
        direct = _direct(api, segment, lines)
        assert _api_quote(api, api.world.channel_key, segment, lines) == direct
        assert _api_quote(api, till.token, segment, lines) == direct


def test_segment_price_and_promotion_apply(api: Api) -> None:
    retail = _direct(api, "retail", [("SKU-TV", 1), ("SKU-CABLE", 3)])
    vip = _direct(api, "vip", [("SKU-TV", 1), ("SKU-CABLE", 3)])
    tv_retail, cables = retail["lines"]
    assert tv_retail["unit_list_price"] == "2999.00"
    assert vip["lines"][0]["unit_list_price"] == "2799.00"
    assert cables["promotion_code"] == "CABLES-3FOR2"
    assert cables["total"] == "39.98"  # three cables for the price of two
    assert retail["total"] == "3038.98"


def test_unknown_product_is_a_clear_error(api: Api) -> None:
    response = api.http.post(
        "/v1/prices/quote",
        headers=headers(api.world.channel_key),
        json={
            "store_id": str(api.world.stores["PL-WAW-01"]),
            "lines": [{"product_id": "00000000-0000-0000-0000-000000000000", "quantity": 1}],
        },
    )
    assert response.status_code == 422
    assert response.json()["error"]["code"] == "unknown_product"
