"""The applications desk at a branch (PL-WAW-B1): the queue by stage and filter, found by
number or QR code, an application opened with the engine's offer, submitted, refused to
the person who signed it and approved by a second person; and the customer 360 opening
an application at the desk."""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Iterator
from datetime import timedelta
from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import update

from desktop.applications.filters import Filter
from desktop.applications.page import ApplicationsPage
from desktop.applications.records import ApplicationDetail
from desktop.applications.settings import set_stall_days
from desktop.customers.page import CustomersPage
from desktop.services.ops import pending_ops
from desktop.shared.formatting import money
from desktop.shared.page import OpenApplication
from sync import model as m
from sync.commands.application_state import digest
from sync.model.types import utcnow
from sync.rules.offers import Offer, quote
from tests.server.conftest import Api
from tests.server.world import PIN
from tests.ui.conftest import Desk, DeskFactory, web_command

BRANCH = "PL-WAW-B1"
LOAN_FIELDS = {
    "first_name": "Ewa",
    "last_name": "Kowalczyk",
    "national_id": "85010112345",
    "monthly_income": "6500.00",
    "employment_type": "permanent",
    "amount": "20000.00",
    "term_months": 36,
}
STROKES = [[[100, 500, 0], [300, 300, 40], [500, 600, 90], [800, 350, 150]]]


# -- set-up: applications at every stage, made with the shared commands --------------------


@pytest.fixture
def advisor(server: Api, make_desk: DeskFactory) -> Desk:
    """A branch desk with the advisor signed in."""
    return make_desk(server, store=BRANCH, login="advisor.waw")


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def _ref(app_id: str, **extra: object) -> dict[str, object]:
    return {"application_id": app_id, **extra}


def start(desk: Desk, **fields: object) -> str:
    app_id = str(uuid.uuid4())
    desk.workspace.apply(
        "application.start",
        {
            "application_id": app_id,
            "customer_id": str(desk.api.world.customers["ewa"]),
            "kind": "loan",
            "branch_store_id": str(desk.api.world.stores[BRANCH]),
            "fields": fields,
        },
    )
    return app_id


def complete(desk: Desk, app_id: str) -> None:
    """Fields, both documents verified, identity and consents: ready to sign."""
    apply = desk.workspace.apply
    apply("application.update_fields", _ref(app_id, fields=LOAN_FIELDS))
    for code in ("id_card", "income_statement"):
        file_id = str(uuid.uuid4())
        apply(
            "application.attach_file",
            {
                "file_id": file_id,
                "application_id": app_id,
                "document": code,
                "sha256": _sha(f"{app_id}{code}"),
                "size": 1000,
                "media_type": "application/pdf",
                "filename": f"{code}.pdf",
            },
        )
        apply("application.check_file", {"file_id": file_id, "verdict": "verified"})
    apply(
        "application.record_identity",
        _ref(app_id, type="id_card", number="ABA300000", expiry="2031-01-31", country="PL"),
    )
    for code in ("credit_check", "data_processing"):
        apply("application.give_consent", _ref(app_id, code=code, given=True))


def sign(desk: Desk, app_id: str) -> None:
    with desk.workspace.read() as session:
        content = digest(session, session.get(m.Application, uuid.UUID(app_id)))
    desk.workspace.apply(
        "application.sign",
        _ref(
            app_id,
            file_id=str(uuid.uuid4()),
            document_sha256=_sha(f"agreement {app_id}"),
            signed_sha256=_sha(f"signed {app_id}"),
            signed_size=5000,
            content_digest=content,
            language="pl",
            strokes=STROKES,
            e_sign_consent=True,
            device="Branch desk 1",
        ),
    )


def number_of(desk: Desk, app_id: str) -> str:
    with desk.workspace.read() as session:
        return session.get(m.Application, uuid.UUID(app_id)).number


def status_of(desk: Desk, app_id: str) -> str:
    with desk.workspace.read() as session:
        return session.get(m.Application, uuid.UUID(app_id)).status


def show_page(desk: Desk, qtbot: QtBot) -> ApplicationsPage:
    page = ApplicationsPage(desk.workspace)
    qtbot.addWidget(page)
    page.resize(1300, 800)
    page.show()
    page.activated()
    qtbot.waitUntil(page.is_ready)
    return page


@pytest.fixture
def page(advisor: Desk, qtbot: QtBot) -> Iterator[ApplicationsPage]:
    yield show_page(advisor, qtbot)
    qtbot.waitUntil(lambda: pending_ops() == 0)


def shown_numbers(page: ApplicationsPage) -> set[str]:
    model = page.queue.model
    return {model.row(n).number for n in range(model.rowCount())}


def choose_filter(page: ApplicationsPage, chosen: Filter) -> None:
    page.queue.filter.setCurrentIndex(page.queue.filter.findData(chosen))


def open_detail(page: ApplicationsPage, qtbot: QtBot, app_id: str) -> ApplicationDetail:
    wanted = uuid.UUID(app_id)
    qtbot.waitUntil(
        lambda: page.controller.detail is not None and page.controller.detail.id == wanted
    )
    qtbot.waitUntil(page.is_ready)
    detail = page.controller.detail
    assert detail is not None
    return detail


def web_started(api: Api) -> str:
    app_id = str(uuid.uuid4())
    web_command(
        api,
        "application.start",
        {
            "application_id": app_id,
            "customer_id": str(api.world.customers["ewa"]),
            "kind": "loan",
            "branch_store_id": str(api.world.stores[BRANCH]),
            "fields": {"first_name": "Ewa", "amount": "15000.00", "term_months": 24},
        },
    )
    return app_id


# -- the queue --------------------------------------------------------------------------


def test_the_queue_shows_applications_by_stage_and_filter(advisor: Desk, qtbot: QtBot) -> None:
    online = web_started(advisor.api)
    advisor.sync()
    waiting = start(advisor, amount="20000.00")
    ready = start(advisor)
    complete(advisor, ready)
    signed = start(advisor)
    complete(advisor, signed)
    sign(advisor, signed)
    numbers = {
        key: number_of(advisor, app)
        for key, app in [
            ("online", online),
            ("waiting", waiting),
            ("ready", ready),
            ("signed", signed),
        ]
    }
    page = show_page(advisor, qtbot)
    assert shown_numbers(page) == set(numbers.values())
    stages = {page.queue.model.row(n).number: page.queue.model.row(n).stage for n in range(4)}
    assert stages[numbers["waiting"]] == "waiting_documents"
    assert stages[numbers["ready"]] == "ready_to_sign"
    assert stages[numbers["signed"]] == "waiting_approval"
    for chosen, expected in [
        (Filter.ONLINE, {numbers["online"]}),
        (Filter.HERE, {numbers["waiting"], numbers["ready"], numbers["signed"]}),
        (Filter.WAITING_DOCUMENTS, {numbers["online"], numbers["waiting"]}),
        (Filter.READY_TO_SIGN, {numbers["ready"]}),
        (Filter.WAITING_APPROVAL, {numbers["signed"]}),
        (Filter.STALLED, set()),
        (Filter.APPROVED, set()),
    ]:
        choose_filter(page, chosen)
        assert shown_numbers(page) == expected, chosen
    assert page.queue.empty.showing()  # approved: none, and it says so
    assert "approved" in page.queue.empty.text.lower()
    choose_filter(page, Filter.PHONE)
    assert page.queue.empty.showing() and "phone" in page.queue.empty.text.lower()


def test_searching_by_number_or_qr_code_opens_the_application(advisor: Desk, qtbot: QtBot) -> None:
    first, second = start(advisor, amount="20000.00"), start(advisor, amount="9000.00")
    page = show_page(advisor, qtbot)
    page.focus_main()
    qtbot.keyClicks(page.queue.search, number_of(advisor, second).lower())
    assert shown_numbers(page) == {number_of(advisor, second)}
    qtbot.keyClick(page.queue.search, Qt.Key.Key_Return)
    assert open_detail(page, qtbot, second).number == number_of(advisor, second)
    page.queue.search.clear()
    qtbot.keyClicks(page.queue.search, f"OMNIDESK:APPLICATION:{number_of(advisor, first)}")
    qtbot.keyClick(page.queue.search, Qt.Key.Key_Return)
    assert open_detail(page, qtbot, first).number == number_of(advisor, first)
    assert page.detail.title.text().startswith(number_of(advisor, first))
    # by the customer's name, moving with the keys and opening with Enter
    page.queue.search.clear()
    qtbot.keyClicks(page.queue.search, "kowalcz")
    assert len(shown_numbers(page)) == 2
    qtbot.keyClick(page.queue.search, Qt.Key.Key_Down)
    chosen = page.queue.selected()
    assert chosen is not None
    qtbot.keyClick(page.queue.search, Qt.Key.Key_Return)
    open_detail(page, qtbot, str(chosen.id))


def test_the_detail_shows_the_engines_offer_for_this_customer(advisor: Desk, qtbot: QtBot) -> None:
    app_id = start(advisor, amount="20000.00", term_months=36)
    page = show_page(advisor, qtbot)
    page.controller.open_application(uuid.UUID(app_id))
    detail = open_detail(page, qtbot, app_id)
    with advisor.workspace.read() as session:
        stored = session.get(m.Application, uuid.UUID(app_id)).offer
    offer = Offer.from_json(stored)
    expected = quote("PL-CASH", Decimal("20000.00"), 36, "retail", offer.quoted_at)
    assert detail.offer == expected
    assert detail.schedule == expected.schedule()
    texts = [label.text() for label in page.detail.findChildren(type(page.detail.title))]
    for figure in (expected.instalment, expected.total_cost, expected.total_to_repay):
        assert money(figure, "PLN") in texts
    assert page.detail.schedule.rowCount() == 36
    assert "Before signing" in page.detail.next_step.text()
    assert "Identity card (Missing)" in page.detail.next_step.text()
    # The documents panel shows the product's checklist; the identity check opens.
    qtbot.waitUntil(lambda: page.controller.documents.document_row("id_card") is not None)
    assert page.controller.documents.document_row("income_statement") is not None
    assert not page.controller.documents.is_read_only()
    page.detail.identity_button.click()
    qtbot.waitUntil(lambda: page.controller.checks.identity_dialog is not None)
    page.controller.checks.identity_dialog.reject()


def test_change_offer_previews_the_engine_and_saves(advisor: Desk, qtbot: QtBot) -> None:
    app_id = start(advisor, amount="20000.00", term_months=36)
    page = show_page(advisor, qtbot)
    page.controller.open_application(uuid.UUID(app_id))
    detail = open_detail(page, qtbot, app_id)
    page.detail.change_offer.click()
    dialog: Any = page.controller.dialog
    assert dialog is not None and detail.offer is not None
    assert (dialog.offer.amount, dialog.offer.instalment) == (
        detail.offer.amount,
        detail.offer.instalment,
    )
    dialog.amount.setText("500")  # under the product's minimum
    assert dialog.offer is None and dialog.problem.isVisible()
    dialog.amount.setText("9000")
    dialog.term.setValue(24)
    preview = dialog.offer
    assert preview.amount == Decimal("9000.00") and preview.term_months == 24
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(
        lambda: (
            page.controller.detail is not None
            and page.controller.detail.offer is not None
            and page.controller.detail.offer.amount == Decimal("9000.00")
        )
    )
    saved = page.controller.detail.offer
    assert saved is not None and saved.instalment == preview.instalment


def test_an_application_without_progress_for_the_settings_days_is_stalled(
    advisor: Desk, qtbot: QtBot
) -> None:
    quiet, recent = start(advisor, amount="20000.00"), start(advisor, amount="9000.00")
    with advisor.profile.replica.write() as session:
        session.execute(
            update(m.Application)
            .where(m.Application.id == uuid.UUID(quiet))
            .values(updated_at=utcnow() - timedelta(days=3))
        )
    page = show_page(advisor, qtbot)
    choose_filter(page, Filter.STALLED)
    assert shown_numbers(page) == set()  # 7 days unless set
    set_stall_days(2)
    page.activated()
    qtbot.waitUntil(page.is_ready)
    assert shown_numbers(page) == {number_of(advisor, quiet)}
    assert "stalled" in page.queue.model.index(0, 5).data().lower()
    assert number_of(advisor, recent) not in shown_numbers(page)


# -- submitting and deciding ------------------------------------------------------------


def test_submit_then_four_eyes_then_a_second_person_approves(advisor: Desk, qtbot: QtBot) -> None:
    app_id = start(advisor)
    complete(advisor, app_id)
    sign(advisor, app_id)
    page = show_page(advisor, qtbot)
    page.controller.open_application(uuid.UUID(app_id))
    open_detail(page, qtbot, app_id)
    submit = page.detail.action_buttons["submit"]
    assert submit.isVisible() and submit.isEnabled()
    assert not page.detail.action_buttons["approve"].isVisible()
    submit.click()
    qtbot.waitUntil(lambda: status_of(advisor, app_id) == "submitted")
    qtbot.waitUntil(
        lambda: page.controller.detail is not None and page.controller.detail.status == "submitted"
    )
    qtbot.waitUntil(page.is_ready)
    approve = page.detail.action_buttons["approve"]
    assert approve.isVisible() and not approve.isEnabled()
    assert "someone else" in page.detail.why_not.text()
    assert "someone else" in approve.toolTip()
    # Asked anyway, the rules refuse it and the desk says why.
    page.controller._action("approve")
    qtbot.waitUntil(lambda: page.detail.error.isVisible())
    qtbot.waitUntil(page.is_ready)
    assert status_of(advisor, app_id) == "submitted"
    # The branch manager signs in on the same desk and approves.
    advisor.workspace.staff = advisor.sign_in.sign_in("manager.branch", PIN)
    page.controller.read_detail()
    qtbot.waitUntil(page.is_ready)
    assert approve.isEnabled() and page.detail.why_not.text() == ""
    approve.click()
    qtbot.waitUntil(lambda: status_of(advisor, app_id) == "approved")
    qtbot.waitUntil(
        lambda: page.controller.detail is not None and page.controller.detail.status == "approved"
    )
    kinds = [event.kind for event in page.controller.detail.history]
    assert "application_submitted" in kinds and "application_approved" in kinds
    assert page.detail.history.count() == len(kinds)
    assert not approve.isVisible()


def test_an_approval_refused_because_the_content_changed_offers_a_new_version(
    advisor: Desk, qtbot: QtBot
) -> None:
    app_id = start(advisor)
    complete(advisor, app_id)
    sign(advisor, app_id)
    advisor.workspace.apply("application.submit", _ref(app_id))
    advisor.sync()
    # The web adds a document; the manager's desk sees the content changed after signing.
    with advisor.api.db.write() as session:
        app = session.get(m.Application, uuid.UUID(app_id))
        session.add(
            m.ApplicationFile(
                id=uuid.uuid4(),
                application_id=app.id,
                document="income_statement",
                sha256=_sha("late upload"),
                size=100,
                media_type="application/pdf",
                filename="late.pdf",
                status="received",
                channel="web",
            )
        )
    advisor.sync()
    advisor.workspace.staff = advisor.sign_in.sign_in("manager.branch", PIN)
    page = show_page(advisor, qtbot)
    page.controller.open_application(uuid.UUID(app_id))
    open_detail(page, qtbot, app_id)
    page.detail.action_buttons["approve"].click()
    qtbot.waitUntil(lambda: page.detail.error.isVisible())
    qtbot.waitUntil(page.is_ready)
    assert "New version" in page.detail.error.text()
    assert page.detail.action_buttons["new_version"].isVisible()
    assert status_of(advisor, app_id) == "submitted"


# -- from the customer 360 --------------------------------------------------------------


def test_enter_in_the_customer_360s_applications_opens_it_at_the_desk(
    advisor: Desk, qtbot: QtBot
) -> None:
    app_id = start(advisor, amount="20000.00")
    customers = CustomersPage(advisor.workspace)
    qtbot.addWidget(customers)
    customers.resize(1300, 800)
    customers.show()
    desk = show_page(advisor, qtbot)
    customers.navigate.connect(
        lambda destination: desk.open(destination) if destination.page == desk.key else None
    )
    asked: list[object] = []
    customers.navigate.connect(asked.append)
    customers.show_customer(advisor.api.world.customers["ewa"])
    profile = customers.profile
    qtbot.waitUntil(lambda: profile.applications_model.rowCount() == 1)
    assert not profile.new_sale_button.isVisible()  # an advisor does not sell
    profile.tabs.setCurrentIndex(3)
    table = profile.applications
    table.setFocus()
    table.selectRow(0)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(asked))
    assert asked == [OpenApplication(uuid.UUID(app_id))]
    open_detail(desk, qtbot, app_id)
    qtbot.waitUntil(lambda: pending_ops() == 0)
