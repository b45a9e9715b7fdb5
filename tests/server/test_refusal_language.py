"""Refusals through the real API: a device gets the code and parameters with the English
sentence (and says it itself); the web channel says it in the caller's language, after
`Accept-Language` (pl, it, en; q-values; English by default)."""

from __future__ import annotations

import uuid
from typing import Any

import httpx
import pytest

from sync.server.messages import language
from tests.server.conftest import Api, headers
from tests.server.test_pickup_refusals import _push, _return, _sale
from tests.server.test_web_channel import _cart_with_tv

NBSP = "\u00a0"


def _place(api: Api, expected_total: str, accept_language: str | None) -> httpx.Response:
    """A web order for pickup whose shown total is wrong: refused as price_mismatch."""
    cart_id = _cart_with_tv(api)
    extra = {"Accept-Language": accept_language} if accept_language is not None else {}
    return api.http.post(
        "/v1/web/commands/order.place",
        json={
            "order_id": str(uuid.uuid4()),
            "cart_id": cart_id,
            "fulfilment": "pickup",
            "pickup_store_id": str(api.world.stores["PL-WAW-01"]),
            "payment_mode": "pay_on_pickup",
            "expected_total": expected_total,
        },
        headers=headers(api.world.channel_key) | {"Idempotency-Key": str(uuid.uuid4())} | extra,
    )


def _error(response: httpx.Response) -> dict[str, Any]:
    assert response.status_code == 422, response.text
    error: dict[str, Any] = response.json()["error"]
    assert error["code"] == "price_mismatch"
    return error


def test_a_device_gets_the_refusal_s_code_and_parameters(api: Api) -> None:
    till = api.enrol("PL-WAW-01")
    order_id, line_id = _sale(api, till, 2)
    assert _push(api, till, "return.submit", _return(order_id, line_id, 1))["status"] == "accepted"
    mutation = till.mutation(
        "return.submit", api.world.staff["cashier.waw"], _return(order_id, line_id, 2)
    )
    refused = till.push(mutation)[0]
    assert refused["code"] == "over_return"
    assert refused["params"] == {
        "case": "partly",
        "label": "HDMI cable (SKU-CABLE)",
        "asked": 2,
        "bought": 2,
        "returned": 1,
        "returnable": 1,
    }
    assert refused["message"].startswith("Only 1 of 2 units of HDMI cable")
    # Sent again, the mutation gets the answer it got, parameters too.
    assert till.push(mutation)[0] == refused


def test_the_web_channel_answers_in_polish(api: Api) -> None:
    error = _error(_place(api, "1.00", "pl-PL,pl;q=0.9,en;q=0.5"))
    total = error["params"]["total"]
    assert error["params"] == {"expected": "1.00", "total": total, "currency": "PLN"}
    whole, _, cents = total.partition(".")
    grouped = whole if len(whole) <= 3 else f"{whole[:-3]}{NBSP}{whole[-3:]}"
    assert error["message"] == (
        f"Wyświetlona suma wynosiła 1,00{NBSP}zł, a cena to {grouped},{cents}{NBSP}zł; "
        "sprawdź ceny i potwierdź nową sumę z klientem."
    )


def test_the_web_channel_answers_in_italian(api: Api) -> None:
    error = _error(_place(api, "1.00", "it"))
    assert error["message"].startswith(f"Il totale mostrato era 1,00{NBSP}zł, ma il prezzo è ")
    assert error["message"].endswith("conferma il nuovo totale con il cliente.")


@pytest.mark.parametrize("accept_language", [None, "en-GB", "de-DE,fr;q=0.8", "it;q=0.4, en"])
def test_the_web_channel_answers_in_english_otherwise(
    api: Api, accept_language: str | None
) -> None:
    error = _error(_place(api, "1.00", accept_language))
    assert error["message"].startswith("The total shown was 1.00 PLN but the price is ")


def test_the_web_channel_s_own_refusals_follow_the_language_too(api: Api) -> None:
    missing = f"/v1/web/orders/{uuid.uuid4()}"
    for wanted, said in [
        ("pl", "Zamówienie nie istnieje."),
        ("it-IT", "L'ordine non esiste."),
        ("en", "There is no such order."),
    ]:
        response = api.http.get(
            missing, headers=headers(api.world.channel_key) | {"Accept-Language": wanted}
        )
        assert response.status_code == 404
        assert response.json()["error"] == {
            "code": "not_found",
            "message": said,
            "details": None,
            "params": {"case": "web", "what": "order"},
        }


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        (None, "en"),
        ("", "en"),
        ("pl", "pl"),
        ("pl-PL", "pl"),
        ("IT-it", "it"),
        ("de, it;q=0.5, pl;q=0.7", "pl"),
        ("en;q=0.1, it;q=0.9", "it"),
        ("pl;q=0, it;q=0.2", "it"),
        ("*", "en"),
        ("pl;q=bad", "en"),
    ],
)
def test_the_language_asked_for(header: str | None, expected: str) -> None:
    assert language(header) == expected
