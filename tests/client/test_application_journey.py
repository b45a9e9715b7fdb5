"""The seeds' journey end to end: a loan started on the web with a document uploaded
there, completed by phone at the contact centre, checked, signed and submitted at the
branch while offline, approved by a second person after the sync. The web then shows it
signed and approved, the offer is the same in the three channels, and every step is on
one timeline with its channel. Real API over HTTP, real replicas, real file transfers.
"""

from __future__ import annotations

import hashlib
import random
import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import select

from sync import model as m
from sync.client.files.store import FileStore
from sync.client.files.transfer import FileTransfers
from sync.client.files.uploads import queue_upload
from sync.commands.application_state import digest
from sync.rules.errors import RuleViolation
from sync.server.demo.scans import card_photo, scanned_pdf
from tests.client.conftest import TillFactory
from tests.client.helpers import Till, new_id
from tests.server.conftest import Api, headers
from tests.server.test_contact_centre_scope import _contact_centre

BRANCH = "PL-WAW-B1"
STROKES = [[[100, 500, 0], [300, 300, 40], [500, 600, 90], [800, 350, 150]]]
# What an offer says; when it was quoted (and so until when it holds) differs by channel.
FIGURES = (
    "product",
    "currency",
    "amount",
    "term_months",
    "segment",
    "nominal_rate",
    "apr",
    "instalment",
    "last_instalment",
    "arrangement_fee",
    "monthly_fee",
    "total_interest",
    "total_fees",
    "total_cost",
    "total_to_repay",
)


def _web(api: Api, method: str, path: str, **kwargs: Any) -> Any:
    response = api.http.request(
        method,
        path,
        headers=headers(api.world.channel_key)
        | {"Idempotency-Key": new_id()}
        | kwargs.pop("extra_headers", {}),
        **kwargs,
    )
    assert response.status_code == 200, response.text
    return response.json()


def _figures(offer: dict[str, Any]) -> dict[str, Any]:
    return {name: offer[name] for name in FIGURES}


def _application(till: Till, application_id: str) -> m.Application:
    with till.replica.read() as session:
        app = session.get(m.Application, uuid.UUID(application_id))
        assert app is not None
        session.expunge(app)
        return app


def _transfers(till: Till) -> FileTransfers:
    return FileTransfers(till.replica, FileStore.of_replica(till.path, till.replica_key), till.http)


def _attach(till: Till, application_id: str, document: str, data: bytes, name: str) -> str:
    """What the desk does: keep the file sealed, queue its upload, attach its row."""
    store = FileStore.of_replica(till.path, till.replica_key)
    sha = store.put(data)
    with till.replica.write() as session:
        queue_upload(session, sha, len(data))
    file_id = new_id()
    till.do(
        "application.attach_file",
        {
            "file_id": file_id,
            "application_id": application_id,
            "document": document,
            "sha256": sha,
            "size": len(data),
            "media_type": "application/pdf" if data.startswith(b"%PDF") else "image/png",
            "filename": name,
        },
    )
    return file_id


def _files(till: Till, application_id: str) -> dict[str, m.ApplicationFile]:
    with till.replica.read() as session:
        rows = session.scalars(
            select(m.ApplicationFile).where(
                m.ApplicationFile.application_id == uuid.UUID(application_id)
            )
        ).all()
        for row in rows:
            session.expunge(row)
        return {str(row.id): row for row in rows}


def test_started_online_completed_by_phone_signed_offline_approved_by_another(
    any_server: Api, make_till: TillFactory
) -> None:
    api = any_server
    rng = random.Random(14)
    _contact_centre(api, "PL-CC-01", "PL", "agent.waw")
    customer = str(api.world.customers["ala"])

    # 1. The web: the customer starts a loan, picks the offer and uploads her ID card.
    application_id = new_id()
    _web(
        api,
        "POST",
        "/v1/web/commands/application.start",
        json={
            "application_id": application_id,
            "customer_id": customer,
            "kind": "loan",
            "branch_store_id": str(api.world.stores[BRANCH]),
            "product": "PL-CASH",
            "fields": {"first_name": "Ala", "last_name": "Nowak"},
        },
    )
    _web(
        api,
        "POST",
        "/v1/web/commands/application.set_offer",
        json={
            "application_id": application_id,
            "product": "PL-CASH",
            "amount": "24000.00",
            "term_months": 48,
        },
    )
    photo = card_photo(rng, (200, 180, 160))
    uploaded = _web(
        api,
        "POST",
        f"/v1/web/applications/{application_id}/files",
        params={"document": "id_card", "filename": "dowod.png"},
        content=photo,
    )
    web_quote = _web(
        api,
        "GET",
        "/v1/web/offers/quote",
        params={
            "product": "PL-CASH",
            "amount": "24000.00",
            "term_months": 48,
            "customer_id": customer,
        },
    )

    # 2. The contact centre completes it with her by phone and records the call.
    phone = make_till(api, "PL-CC-01", "agent.waw", name="phone")
    phone.snapshot()
    phone.do(
        "application.update_fields",
        {
            "application_id": application_id,
            "fields": {
                "national_id": "85010112345",
                "monthly_income": "7200.00",
                "employment_type": "permanent",
                "employer_name": "Szpital Miejski",
            },
            "step": "documents",
        },
    )
    phone.do(
        "interaction.add",
        {
            "interaction_id": new_id(),
            "customer_id": customer,
            "kind": "call",
            "text": "Completed the loan application with her; she will bring her payslip.",
        },
    )
    phone.sync()
    phone_offer = _application(phone, application_id).offer
    assert phone_offer is not None

    # 3. The branch syncs, then works offline: checks, attaches, signs and submits.
    branch = make_till(api, BRANCH, "advisor.waw", name="branch")
    branch.snapshot()
    assert not _transfers(branch).download_missing().missing
    assert FileStore.of_replica(branch.path, branch.replica_key).read(uploaded["sha256"]) == photo
    branch_offer = _application(branch, application_id).offer
    assert branch_offer is not None
    assert _figures(branch_offer) == _figures(phone_offer) == _figures(web_quote)

    offline_at = datetime.now(UTC)
    branch.do("application.check_file", {"file_id": uploaded["id"], "verdict": "verified"})
    payslip = scanned_pdf(rng, "Zaswiadczenie o dochodach", ["Ala Nowak", "7 200,00 PLN netto"])
    payslip_id = _attach(branch, application_id, "income_statement", payslip, "payslip.pdf")
    branch.do("application.check_file", {"file_id": payslip_id, "verdict": "verified"})
    branch.do(
        "application.record_identity",
        {
            "application_id": application_id,
            "type": "id_card",
            "number": "ABA300000",
            "expiry": (offline_at + timedelta(days=900)).date().isoformat(),
            "country": "PL",
        },
    )
    for code in ("credit_check", "data_processing"):
        branch.do(
            "application.give_consent",
            {"application_id": application_id, "code": code, "given": True},
        )
    with branch.replica.read() as session:
        app = session.get(m.Application, uuid.UUID(application_id))
        signed_digest = digest(session, app)
    unsigned = scanned_pdf(rng, "Umowa pozyczki", ["Ala Nowak", "24 000,00 PLN", "48 rat"])
    signed = scanned_pdf(rng, "Umowa pozyczki (podpisana)", ["Ala Nowak", "podpis"])
    signed_sha = FileStore.of_replica(branch.path, branch.replica_key).put(signed)
    with branch.replica.write() as session:
        queue_upload(session, signed_sha, len(signed))
    branch.do(
        "application.sign",
        {
            "application_id": application_id,
            "file_id": new_id(),
            "document_sha256": hashlib.sha256(unsigned).hexdigest(),
            "signed_sha256": signed_sha,
            "signed_size": len(signed),
            "content_digest": signed_digest,
            "language": "pl",
            "strokes": STROKES,
            "e_sign_consent": True,
            "device": "branch",
        },
    )
    branch.do("application.submit", {"application_id": application_id})
    assert _application(branch, application_id).status == "submitted"
    with api.db.read() as session:  # nothing reached the server while offline
        assert session.get(m.Application, uuid.UUID(application_id)).status == "draft"

    # 4. The network is back: everything syncs once, the files follow.
    summary = branch.push()
    assert summary.rejected == 0, [(r.name, r.code, r.message) for r in branch.needs_attention()][
        :2
    ]
    uploads = _transfers(branch).upload_pending()
    assert (uploads.done, uploads.waiting) == (2, 0)
    branch.pull()

    # 5. A second person approves after sync; the advisor who signed could not.
    manager = make_till(api, BRANCH, "manager.branch", name="manager")
    manager.snapshot()
    manager.do("application.approve", {"application_id": application_id, "note": "Scoring A"})
    assert manager.push().rejected == 0, manager.needs_attention()

    # The web shows it signed and approved, with the offer the other channels showed.
    seen = _web(api, "GET", f"/v1/web/applications/{application_id}")
    assert seen["status"] == "approved"
    assert seen["agreement"]["document_sha256"] == hashlib.sha256(unsigned).hexdigest()
    assert _figures(seen["offer"]) == _figures(branch_offer)

    # The stored signed PDF is the one whose hash was recorded at signing.
    with api.db.read() as session:
        server_app = session.get(m.Application, uuid.UUID(application_id))
        assert server_app.agreement["signed_sha256"] == signed_sha
    blob = api.http.get(f"/v1/files/{signed_sha}", headers=headers(branch.token))
    assert blob.status_code == 200 and hashlib.sha256(blob.content).hexdigest() == signed_sha

    # One timeline, every step with its channel.
    with api.db.read() as session:
        events = session.scalars(
            select(m.Interaction)
            .where(m.Interaction.customer_id == uuid.UUID(customer))
            .order_by(m.Interaction.occurred_at)
        ).all()
        steps = [(e.kind, e.channel) for e in events if e.ref_id == uuid.UUID(application_id)]
        calls = [e.channel for e in events if e.kind == "call"]
    assert steps[0] == ("application_started", "web")
    assert ("application_offer", "web") in steps
    assert ("application_document", "web") in steps
    assert ("application_document", "branch") in steps
    assert ("application_identity", "branch") in steps
    assert ("application_signed", "branch") in steps
    assert ("application_submitted", "branch") in steps
    assert steps[-1] == ("application_approved", "branch")
    assert calls == ["phone"]

    # A signed agreement is not changed afterwards, by any channel.
    refused = api.http.post(
        "/v1/web/commands/application.update_fields",
        json={"application_id": application_id, "fields": {"amount": "30000.00"}},
        headers=headers(api.world.channel_key) | {"Idempotency-Key": new_id()},
    )
    assert refused.status_code == 422, refused.text
    assert refused.json()["error"]["code"] == "application_signed"


def test_a_document_uploaded_online_while_the_branch_signed_offline_stops_the_approval(
    server: Api, make_till: TillFactory
) -> None:
    """Both changes are kept (nothing is lost), and the approval explains why it cannot
    go on: the customer signed something else than what the application now holds."""
    api = server
    rng = random.Random(15)
    customer = str(api.world.customers["ala"])
    application_id = new_id()
    fields = {
        "first_name": "Ala",
        "last_name": "Nowak",
        "national_id": "85010112345",
        "monthly_income": "7200.00",
        "employment_type": "permanent",
    }
    _web(
        api,
        "POST",
        "/v1/web/commands/application.start",
        json={
            "application_id": application_id,
            "customer_id": customer,
            "kind": "loan",
            "branch_store_id": str(api.world.stores[BRANCH]),
            "product": "PL-CASH",
            "fields": fields | {"amount": "12000.00", "term_months": 24},
        },
    )
    branch = make_till(api, BRANCH, "advisor.waw", name="branch")
    branch.snapshot()
    for code in ("id_card", "income_statement"):
        scan = scanned_pdf(rng, code, ["Ala Nowak"])
        file_id = _attach(branch, application_id, code, scan, f"{code}.pdf")
        branch.do("application.check_file", {"file_id": file_id, "verdict": "verified"})
    branch.do(
        "application.record_identity",
        {
            "application_id": application_id,
            "type": "id_card",
            "number": "ABA300000",
            "expiry": (datetime.now(UTC) + timedelta(days=900)).date().isoformat(),
            "country": "PL",
        },
    )
    for code in ("credit_check", "data_processing"):
        branch.do(
            "application.give_consent",
            {"application_id": application_id, "code": code, "given": True},
        )
    with branch.replica.read() as session:
        signed_digest = digest(session, session.get(m.Application, uuid.UUID(application_id)))
    signed = scanned_pdf(rng, "Umowa (podpisana)", ["Ala Nowak"])
    signed_sha = FileStore.of_replica(branch.path, branch.replica_key).put(signed)
    branch.do(
        "application.sign",
        {
            "application_id": application_id,
            "file_id": new_id(),
            "document_sha256": hashlib.sha256(b"agreement").hexdigest(),
            "signed_sha256": signed_sha,
            "signed_size": len(signed),
            "content_digest": signed_digest,
            "language": "pl",
            "strokes": STROKES,
            "e_sign_consent": True,
            "device": "branch",
        },
    )
    branch.do("application.submit", {"application_id": application_id})

    # Meanwhile, on the web, the customer sends another payslip.
    late = _web(
        api,
        "POST",
        f"/v1/web/applications/{application_id}/files",
        params={"document": "income_statement", "filename": "payslip-november.pdf"},
        content=scanned_pdf(rng, "Payslip", ["November"]),
    )

    # Back online: the branch's work and the customer's upload are both kept.
    assert branch.push().rejected == 0
    branch.pull()
    names = {row.filename for row in _files(branch, application_id).values()}
    assert {"id_card.pdf", "income_statement.pdf", late["filename"]} <= names
    assert _application(branch, application_id).status == "submitted"

    # The approval is refused with its reason; a new version is to be signed again.
    manager = make_till(api, BRANCH, "manager.branch", name="manager")
    manager.snapshot()
    with pytest.raises(RuleViolation) as refused:
        manager.do("application.approve", {"application_id": application_id})
    assert refused.value.code == "signed_content_changed"
    branch.pull()
    branch.do("application.new_version", {"application_id": application_id})
    assert branch.push().rejected == 0
    with api.db.read() as session:
        app = session.get(m.Application, uuid.UUID(application_id))
        assert (app.status, app.version) == ("draft", 2)
        assert app.agreement["history"][0]["signed_sha256"] == signed_sha
