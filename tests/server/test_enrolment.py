"""Enrolment with one-time codes, staff sign-in, token revocation."""

from __future__ import annotations

from sync.model.types import utcnow
from sync.server import enrolment
from tests.server.conftest import Api, headers
from tests.server.world import PIN


def _code(api: Api, store: str) -> str:
    with api.db.write() as session:
        return enrolment.create_code(session, store, utcnow())


def test_a_code_enrols_one_device_only(api: Api) -> None:
    code = _code(api, "PL-WAW-01")
    first = api.http.post(
        "/v1/devices/enrol", json={"code": code, "name": "till 1"}, headers=headers()
    )
    assert first.status_code == 200
    assert first.json()["store_id"] == str(api.world.stores["PL-WAW-01"])
    again = api.http.post(
        "/v1/devices/enrol", json={"code": code, "name": "till 2"}, headers=headers()
    )
    assert again.status_code == 403
    assert again.json()["error"]["code"] == "enrolment_code_used"


def test_codes_are_forgiving_about_case_and_spaces(api: Api) -> None:
    code = _code(api, "PL-FIELD-N").lower().replace("-", " - ")
    response = api.http.post(
        "/v1/devices/enrol",
        json={"code": code.replace(" ", ""), "name": "laptop"},
        headers=headers(),
    )
    assert response.status_code == 200
    assert response.json()["territory_id"] == str(api.world.territories["PL-FIELD-N"])


def test_unknown_code_is_refused(api: Api) -> None:
    response = api.http.post(
        "/v1/devices/enrol", json={"code": "AAAA-BBBB-CCCC-DDDD", "name": "x"}, headers=headers()
    )
    assert response.status_code == 403
    assert response.json()["error"]["code"] == "invalid_enrolment_code"


def test_staff_sign_in_on_their_own_store_only(api: Api) -> None:
    till = api.enrol("PL-WAW-01")
    ok = till.post("/v1/staff/sign-in", {"login": "cashier.waw", "secret": PIN})
    assert ok.status_code == 200
    assert ok.json()["role"] == "cashier"
    wrong_pin = till.post("/v1/staff/sign-in", {"login": "cashier.waw", "secret": "0000"})
    assert wrong_pin.status_code == 401
    assert wrong_pin.json()["error"]["code"] == "invalid_credentials"
    elsewhere = till.post("/v1/staff/sign-in", {"login": "cashier.mil", "secret": PIN})
    assert elsewhere.status_code == 401  # the same answer as a wrong PIN
    assert elsewhere.json() == wrong_pin.json()


def test_a_revoked_device_is_locked_out(api: Api) -> None:
    till = api.enrol("PL-WAW-01")
    assert till.get("/v1/sync/changes", cursor=0).status_code == 200
    with api.db.write() as session:
        import uuid

        enrolment.revoke_device(session, uuid.UUID(till.device_id), utcnow())
    refused = till.get("/v1/sync/changes", cursor=0)
    assert refused.status_code == 401
    assert refused.json()["error"]["code"] == "token_revoked"
    pushed = till.post("/v1/sync/push", {"sent_at": utcnow().isoformat(), "mutations": []})
    assert pushed.status_code == 401


def test_a_device_can_unenrol_itself(api: Api) -> None:
    till = api.enrol("PL-WAW-01")
    assert till.post("/v1/devices/me/revoke", {}).status_code == 204
    assert till.get("/v1/sync/changes", cursor=0).json()["error"]["code"] == "token_revoked"


def test_a_device_learns_the_highest_mutation_number_the_server_applied(api: Api) -> None:
    till = api.enrol("PL-WAW-01")
    assert till.get("/v1/devices/me").json()["high_seq"] == 0
    import uuid

    till.seq = 41
    till.push(
        till.mutation(
            "interaction.add",
            api.world.staff["cashier.waw"],
            {
                "interaction_id": str(uuid.uuid4()),
                "customer_id": str(api.world.customers["ala"]),
                "kind": "note",
                "text": "hello",
            },
        )
    )
    about = till.get("/v1/devices/me").json()
    assert about["high_seq"] == 42
    assert about["device_id"] == till.device_id
