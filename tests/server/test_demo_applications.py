"""The demo's applications: every stage of the advisor's desk per branch, offers from the
one engine, files whose bytes the central API holds, agreements that can be approved."""

from __future__ import annotations

import hashlib
import uuid
from collections import Counter, defaultdict
from collections.abc import Iterator
from datetime import datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pypdfium2 as pdfium  # type: ignore[import-untyped]  # no type information shipped
import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from sync import model as m
from sync.commands import CommandContext, run, timeline
from sync.commands.application_state import digest, missing
from sync.rules import applications as rules
from sync.rules import files as file_rules
from sync.rules import signatures
from sync.rules.offers import quote
from sync.server import schema
from sync.server.blobs import BlobStore
from sync.server.db import Database, open_database
from sync.server.demo import seed
from sync.server.demo.applications import STALLED_DAYS
from sync.server.demo.common import demo_reference

REFERENCE = demo_reference()
STALL_DAYS = 7  # the desk's default (desktop/applications/settings.py)
BRANCHES = ("PL-WAW-B1", "IT-MIL-B1")
Stage = rules.Stage


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Database, BlobStore]]:
    folder = tmp_path_factory.mktemp("demo-applications")
    url = f"sqlite:///{folder / 'c.db'}"
    schema.upgrade(url)
    db = open_database(url)
    files = BlobStore(folder / "blobs")
    seed(db, customers=80, products=20, reference=REFERENCE, files=files)
    yield db, files
    db.dispose()


@pytest.fixture
def session(demo: tuple[Database, BlobStore]) -> Iterator[Session]:
    with demo[0].read() as session:
        yield session


@pytest.fixture
def scratch(demo: tuple[Database, BlobStore]) -> Iterator[Session]:
    """A write session whose changes are rolled back."""
    session = demo[0].writer()
    try:
        yield session
    finally:
        session.rollback()
        session.close()


def _by_branch(session: Session) -> dict[str, list[m.Application]]:
    codes = {s.id: s.code for s in session.scalars(select(m.Store))}
    found: dict[str, list[m.Application]] = defaultdict(list)
    for app in session.scalars(select(m.Application).order_by(m.Application.created_at)):
        assert app.branch_store_id is not None
        found[codes[app.branch_store_id]].append(app)
    return found


def _stage(app: m.Application) -> Stage:
    return rules.stage(rules.ApplicationStatus(app.status), missing(app, REFERENCE))


def _stalled(app: m.Application) -> bool:
    return rules.is_stalled(
        rules.ApplicationStatus(app.status), app.updated_at, REFERENCE, STALL_DAYS
    )


def _events(session: Session, app: m.Application) -> list[m.Interaction]:
    return list(
        session.scalars(
            select(m.Interaction)
            .where(m.Interaction.ref_id == app.id)
            .order_by(m.Interaction.occurred_at)
        )
    )


def _files(session: Session, app: m.Application) -> list[m.ApplicationFile]:
    return list(
        session.scalars(select(m.ApplicationFile).where(m.ApplicationFile.application_id == app.id))
    )


def test_each_branch_has_an_application_at_every_stage(session: Session) -> None:
    branches = _by_branch(session)
    assert sorted(branches) == sorted(BRANCHES)
    for code in BRANCHES:
        apps = branches[code]
        assert {_stage(app) for app in apps} == set(Stage), code
        stages = Counter(_stage(app) for app in apps)
        assert stages[Stage.WAITING_DOCUMENTS] >= 3 and stages[Stage.WAITING_APPROVAL] >= 2
        stalled = [app for app in apps if _stalled(app)]
        assert len(stalled) == 1, code
        assert REFERENCE - stalled[0].updated_at > timedelta(days=STALLED_DAYS)
        assert {app.status for app in apps if _stage(app) is Stage.WAITING_APPROVAL} == {
            "submitted",
            "in_review",
        }


def test_web_drafts_have_one_document_uploaded_there_and_others_missing(
    session: Session,
) -> None:
    for code, apps in _by_branch(session).items():
        web_only = [
            app
            for app in apps
            if app.status == "draft"
            and app.channel == "web"
            and {e.channel for e in _events(session, app)} == {"web"}
            and _files(session, app)
        ]
        assert len(web_only) >= 2, code
        for app in web_only:
            (file,) = _files(session, app)
            assert (file.channel, file.status, file.uploaded_by) == ("web", "received", None)
            assert app.documents[file.document] == "received"
            assert {state for doc, state in app.documents.items() if doc != file.document} == {
                "missing"
            }
            assert _stage(app) is Stage.WAITING_DOCUMENTS and not _stalled(app)


def test_drafts_completed_by_phone_with_the_contact_centre(session: Session) -> None:
    centres = {
        s.id for s in session.scalars(select(m.Store).where(m.Store.kind == "contact_centre"))
    }
    for code, apps in _by_branch(session).items():
        by_phone = [
            app
            for app in apps
            if app.status == "draft" and any(e.channel == "phone" for e in _events(session, app))
        ]
        assert {_stage(app) for app in by_phone} >= {
            Stage.WAITING_DOCUMENTS,
            Stage.COMPLETING,
            Stage.READY_TO_SIGN,
        }, code
        for app in by_phone:
            assert rules.missing_fields(rules.ApplicationKind.LOAN, app.fields) == []
            phone = [e for e in _events(session, app) if e.channel == "phone"]
            assert {e.kind for e in phone} >= {
                timeline.APPLICATION_OFFER,
                timeline.APPLICATION_CONSENT,
                timeline.APPLICATION_DOCUMENT,
            }
            assert all(e.store_id in centres and e.staff_id for e in phone)
            assert all(c["channel"] == "phone" for c in app.consents.values())
        completing = [app for app in by_phone if _stage(app) is Stage.COMPLETING]
        for app in completing:
            assert [item.what for item in missing(app, REFERENCE)] == ["identity"]
            rejected = [f for f in _files(session, app) if f.status == "rejected"]
            assert rejected and all(f.reason and f.checked_by for f in rejected)


def test_the_stalled_one_was_left_half_way_on_the_web(session: Session) -> None:
    for apps in _by_branch(session).values():
        (app,) = [app for app in apps if _stalled(app)]
        assert app.status == "draft" and app.offer is None and "term_months" not in app.fields
        assert set(app.documents.values()) == {"missing"}
        assert max(e.occurred_at for e in _events(session, app)) <= app.updated_at


def test_every_offer_is_the_engines_quote_and_the_open_ones_still_hold(
    session: Session,
) -> None:
    customers = {c.id: c for c in session.scalars(select(m.Customer))}
    offers = 0
    for app in session.scalars(select(m.Application)):
        if app.offer is None:
            continue
        offers += 1
        quoted_at = datetime.fromisoformat(str(app.offer["quoted_at"]))
        expected = quote(
            str(app.product),
            Decimal(str(app.amount)),
            int(app.fields["term_months"]),
            customers[app.customer_id].segment,
            quoted_at,
        )
        assert app.offer == expected.to_json()
        assert quoted_at <= app.updated_at <= REFERENCE
        if app.status in ("draft", "signed", "submitted", "in_review"):
            assert expected.is_valid_at(REFERENCE), app.number
        if app.signed_at is not None:
            assert expected.is_valid_at(app.signed_at)
    assert offers >= 18


def test_every_file_is_in_the_central_file_store(
    session: Session, demo: tuple[Database, BlobStore]
) -> None:
    blobs = demo[1]
    rows = session.scalars(select(m.ApplicationFile)).all()
    assert len(rows) >= 30
    assert len({row.sha256 for row in rows}) == len(rows)  # each a file of its own
    for row in rows:
        data = blobs.read(row.sha256)
        assert hashlib.sha256(data).hexdigest() == row.sha256
        assert len(data) == row.size < 8 * 1024
        assert file_rules.check_file(row.filename, data[:16], row.size) == row.media_type
        if row.media_type == "application/pdf":
            document = pdfium.PdfDocument(data)
            try:
                assert len(document) == (2 if row.document == "agreement" else 1)
            finally:
                document.close()


def test_signed_applications_keep_what_was_signed(session: Session) -> None:
    signed = [
        app
        for app in session.scalars(select(m.Application))
        if app.status in ("submitted", "in_review", "approved", "rejected")
    ]
    assert len(signed) == 8
    for app in signed:
        agreement = app.agreement
        assert agreement is not None
        assert digest(session, app) == agreement["content_digest"]
        assert agreement["digest_at_signing"] == agreement["content_digest"]
        agreement_files = [f for f in _files(session, app) if f.document == "agreement"]
        (file,) = agreement_files
        assert str(file.id) == agreement["file_id"]
        assert file.sha256 == agreement["signed_sha256"] != agreement["document_sha256"]
        assert agreement["witness_id"] == str(app.submitted_by) != str(app.decided_by)
        assert app.identity is not None
        assert agreement["identity_masked"] == rules.mask(app.identity["number"])
        assert app.consents["e_signature"]["given"] is True
        strokes = app.signatures["applicant"]["strokes"]
        signatures.check_strokes(strokes)
        assert app.signatures["applicant"]["strokes_sha256"] == signatures.strokes_digest(strokes)
        kinds = [e.kind for e in _events(session, app)]
        assert kinds.index(timeline.APPLICATION_SIGNED) < kinds.index(
            timeline.APPLICATION_SUBMITTED
        )


def test_timeline_events_are_the_ones_the_commands_record(session: Session) -> None:
    for app in session.scalars(select(m.Application)):
        events = _events(session, app)
        assert events[0].kind == timeline.APPLICATION_STARTED
        assert events[0].id == timeline.event_id(app.id, timeline.APPLICATION_STARTED)
        assert events[0].channel == app.channel
        assert max(e.occurred_at for e in events) <= app.updated_at <= REFERENCE
        for event in events:
            assert event.params and event.params["number"] == app.number
            assert event.channel in ("web", "phone", "branch")
            assert (event.staff_id is None) == (event.channel == "web")
        moves = {
            timeline.APPLICATION_SIGNED,
            timeline.APPLICATION_SUBMITTED,
            timeline.APPLICATION_IN_REVIEW,
            timeline.APPLICATION_APPROVED,
            timeline.APPLICATION_REJECTED,
            timeline.APPLICATION_WITHDRAWN,
        }
        for event in events:
            if event.kind in moves:
                assert event.id == timeline.event_id(app.id, event.kind, "v1")


def _context(session: Session, login: str, at: datetime) -> CommandContext:
    actor = session.scalars(select(m.StaffUser).where(m.StaffUser.login == login)).one()
    store = session.get(m.Store, actor.store_id)
    return CommandContext(session, "branch", at, actor=actor, store=store)


def _one(session: Session, code: str, status: str) -> m.Application:
    return next(app for app in _by_branch(session)[code] if app.status == status)


@pytest.mark.parametrize(
    ("code", "login"), [("PL-WAW-B1", "advisor.waw"), ("IT-MIL-B1", "advisor.mil")]
)
def test_the_demo_advisor_can_approve_what_waits_for_a_decision(
    scratch: Session, code: str, login: str
) -> None:
    for status in ("submitted", "in_review"):
        app = _one(scratch, code, status)
        result = run(
            _context(scratch, login, REFERENCE),
            "application.approve",
            {"application_id": str(app.id)},
        )
        assert result["status"] == "approved"


def test_a_ready_application_is_signed_with_the_real_command(scratch: Session) -> None:
    app = next(
        app for app in _by_branch(scratch)["PL-WAW-B1"] if _stage(app) is Stage.READY_TO_SIGN
    )
    content = digest(scratch, app)
    strokes = [[[100, 500, 0], [400, 420, 120], [800, 560, 300]]]
    result = run(
        _context(scratch, "advisor.waw", REFERENCE),
        "application.sign",
        {
            "application_id": str(app.id),
            "file_id": str(uuid.uuid4()),
            "document_sha256": hashlib.sha256(b"shown").hexdigest(),
            "signed_sha256": hashlib.sha256(b"signed").hexdigest(),
            "signed_size": 6,
            "content_digest": content,
            "language": "pl",
            "strokes": strokes,
            "e_sign_consent": True,
            "device": "test",
        },
    )
    assert result["status"] == "signed" and result["content_digest"] == content


def test_seeding_twice_stores_the_same_files(
    tmp_path: Path, demo: tuple[Database, BlobStore]
) -> None:
    url = f"sqlite:///{tmp_path / 'again.db'}"
    schema.upgrade(url)
    db = open_database(url)
    try:
        again = BlobStore(tmp_path / "blobs")
        seed(db, customers=80, products=20, reference=REFERENCE, files=again)
        with db.read() as session:
            shas = set(session.scalars(select(m.ApplicationFile.sha256)))
        with demo[0].read() as session:
            assert shas == set(session.scalars(select(m.ApplicationFile.sha256)))
        assert all(again.read(sha) == demo[1].read(sha) for sha in shas)
    finally:
        db.dispose()
