"""Completing an application with the customer and starting one: a contact centre edits
the applicant details of a draft started on the web (saved in the phone channel, only
what changed); a bad income is refused on the dialog with nothing saved; an advisor at a
branch starts an application from the customer 360 and it opens at the desk with the
engine's offer."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.applications.fields_dialog import ApplicantFieldsDialog
from desktop.applications.page import ApplicationsPage
from desktop.customers.page import CustomersPage
from desktop.services.ops import pending_ops
from desktop.shared.formatting import money
from desktop.shared.new_application import ChooseCustomerDialog, NewApplicationDialog
from desktop.shared.page import OpenApplication
from sync import model as m
from sync.client.tables import OutboxRow
from sync.model.types import utcnow
from sync.rules.offers import quote
from tests.server.conftest import Api
from tests.server.test_contact_centre_scope import _contact_centre
from tests.ui.conftest import Desk, DeskFactory, web_command
from tests.ui.test_applications_desk import BRANCH, open_detail, show_page
from tests.ui.test_customers import open_360

WEB_FIELDS = {
    "first_name": "Ewa",
    "last_name": "Kowalczyk",
    "monthly_income": "5000.00",
    "employment_type": "fixed_term",
    "amount": "15000.00",
    "term_months": 24,
}


@pytest.fixture
def phone(server: Api, make_desk: DeskFactory) -> Desk:
    _contact_centre(server, "PL-CC-01", "PL", "agent.waw")
    return make_desk(server, "PL-CC-01", "agent.waw", "phone")


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
            "fields": WEB_FIELDS,
        },
    )
    return app_id


@pytest.fixture
def draft(server: Api, phone: Desk) -> str:
    app_id = web_started(server)
    phone.sync()
    return app_id


@pytest.fixture
def desk(phone: Desk, draft: str, qtbot: QtBot) -> Iterator[ApplicationsPage]:
    page = show_page(phone, qtbot)
    page.controller.open_application(uuid.UUID(draft))
    open_detail(page, qtbot, draft)
    yield page
    qtbot.waitUntil(lambda: pending_ops() == 0)


def open_fields(page: ApplicationsPage) -> ApplicantFieldsDialog:
    button = page.detail.fields_button
    assert button.isVisibleTo(page) and button.isEnabled()
    button.click()
    dialog = page.controller.dialog
    assert isinstance(dialog, ApplicantFieldsDialog)
    return dialog


def form_labels(dialog: ApplicantFieldsDialog) -> list[str]:
    form = dialog.findChild(QFormLayout)
    assert form is not None
    shown = []
    for row in range(form.rowCount()):
        item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
        widget = item.widget() if item is not None else None
        assert isinstance(widget, QLabel)
        shown.append(widget.text())
    return shown


def field_changes(desk: Desk) -> list[OutboxRow]:
    with desk.workspace.read() as session:
        rows = session.scalars(
            select(OutboxRow).where(OutboxRow.name == "application.update_fields")
        ).all()
        session.expunge_all()
        return list(rows)


def fields_of(desk: Desk, app_id: str) -> dict[str, object]:
    with desk.workspace.read() as session:
        return dict(session.get(m.Application, uuid.UUID(app_id)).fields)


def test_a_contact_centre_completes_the_applicant_details_by_phone(
    server: Api, phone: Desk, draft: str, desk: ApplicationsPage, qtbot: QtBot
) -> None:
    dialog = open_fields(desk)
    assert form_labels(dialog) == [
        "First name",
        "Last name",
        "National ID number",
        "Monthly net income",
        "Employment type",
        "Employer",
        "Purpose of the loan",
        "E-mail",
        "Phone",
    ]  # the template's fields, translated; amount and term are the offer's
    employment = dialog.editors["employment_type"]
    assert isinstance(employment, QComboBox)
    assert employment.currentData() == "fixed_term"
    assert employment.currentText() == "Fixed-term contract"
    assert [employment.itemData(n) for n in range(1, employment.count())] == [
        "permanent",
        "fixed_term",
        "self_employed",
        "retired",
        "other",
    ]
    dialog.editors["monthly_income"].setText("7200.5")
    dialog.editors["employer_name"].setText("Nordvik Logistics Sp. z o.o.")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: desk.controller.dialog is None)
    qtbot.waitUntil(desk.is_ready)

    [change] = field_changes(phone)
    assert change.channel == "phone"
    assert change.args["fields"] == {  # only what changed
        "monthly_income": "7200.50",
        "employer_name": "Nordvik Logistics Sp. z o.o.",
    }
    summary = desk.detail.applicant_fields.text()
    assert money(Decimal("7200.50"), "PLN") in summary
    assert "Employer: Nordvik Logistics Sp. z o.o." in summary
    assert "Employment type: Fixed-term contract" in summary

    phone.sync()
    with server.db.read() as session:
        kept = session.get(m.Application, uuid.UUID(draft))
        assert kept.fields["monthly_income"] == "7200.50"
        assert kept.fields["employer_name"] == "Nordvik Logistics Sp. z o.o."
        assert kept.fields["first_name"] == "Ewa"  # the web's, untouched


@pytest.mark.parametrize("typed", ["12,345.678", "a lot"])
def test_a_bad_income_is_refused_on_the_dialog_and_nothing_is_saved(
    phone: Desk, draft: str, desk: ApplicationsPage, qtbot: QtBot, typed: str
) -> None:
    dialog = open_fields(desk)
    dialog.editors["monthly_income"].setText(typed)
    dialog.editors["employer_name"].setText("Szpital Miejski")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: dialog.problem.isVisibleTo(dialog))
    assert dialog.problem.text().startswith("Monthly net income: ")
    assert typed in dialog.problem.text()
    assert desk.controller.dialog is dialog  # still open, with what was typed
    assert dialog.editors["employer_name"].text() == "Szpital Miejski"
    assert dialog.save_button.isEnabled()
    qtbot.waitUntil(desk.is_ready)
    assert field_changes(phone) == []
    assert fields_of(phone, draft)["monthly_income"] == "5000.00"
    dialog.reject()
    qtbot.waitUntil(lambda: desk.controller.dialog is None)


def test_a_new_application_from_the_360_opens_at_the_desk_with_the_engines_offer(
    server: Api, make_desk: DeskFactory, qtbot: QtBot
) -> None:
    advisor = make_desk(server, store=BRANCH, login="advisor.waw")
    ewa = server.world.customers["ewa"]
    customers = CustomersPage(advisor.workspace)
    qtbot.addWidget(customers)
    customers.resize(1300, 800)
    customers.show()
    desk = show_page(advisor, qtbot)
    asked: list[object] = []
    customers.navigate.connect(asked.append)
    customers.navigate.connect(
        lambda destination: desk.open(destination) if destination.page == desk.key else None
    )
    open_360(qtbot, customers, ewa)
    profile = customers.profile
    assert profile.new_application_button.isVisibleTo(customers)
    customers.activateWindow()
    qtbot.waitUntil(customers.isActiveWindow)
    qtbot.keyClick(
        profile,
        Qt.Key.Key_A,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    starting = customers.controller.profile.new_application
    qtbot.waitUntil(lambda: isinstance(starting.dialog, NewApplicationDialog))
    dialog = starting.dialog
    assert isinstance(dialog, NewApplicationDialog)
    assert dialog.kind.currentData() == "loan"
    assert dialog.product.currentData() == "PL-CASH"
    assert not dialog.create_button.isEnabled()  # no amount yet
    dialog.amount.setText("200")  # below the product's least
    assert dialog.problem.isVisibleTo(dialog) and not dialog.create_button.isEnabled()
    dialog.amount.setText("20000")
    dialog.term.setValue(36)
    assert dialog.create_button.isEnabled()
    with advisor.workspace.read() as session:
        segment = session.get(m.Customer, ewa).segment
    engine = quote("PL-CASH", Decimal("20000"), 36, segment, utcnow())
    assert money(engine.instalment, "PLN") in dialog.figures.text()
    dialog.create_button.click()

    qtbot.waitUntil(lambda: bool(asked))
    [destination] = asked
    assert isinstance(destination, OpenApplication)
    app_id = str(destination.application_id)
    detail = open_detail(desk, qtbot, app_id)
    assert starting.dialog is None
    assert detail.status == "draft" and detail.product == "PL-CASH"
    assert detail.offer is not None
    assert (detail.offer.amount, detail.offer.term_months) == (Decimal("20000.00"), 36)
    assert detail.offer.instalment == engine.instalment
    assert detail.offer.apr == engine.apr
    with advisor.workspace.read() as session:
        app = session.get(m.Application, destination.application_id)
        assert app.channel == "branch"
        assert app.branch_store_id == server.world.stores[BRANCH]
        customer = session.get(m.Customer, ewa)
        # What the customer's record says of the applicant need not be asked again.
        assert (app.fields["first_name"], app.fields["last_name"]) == (
            customer.first_name,
            customer.last_name,
        )
    qtbot.waitUntil(lambda: pending_ops() == 0)


def test_new_at_the_desk_asks_for_the_customer_first(
    server: Api, make_desk: DeskFactory, qtbot: QtBot
) -> None:
    advisor = make_desk(server, store=BRANCH, login="advisor.waw")
    desk = show_page(advisor, qtbot)
    assert desk.queue.new_button.isVisibleTo(desk)
    desk.queue.new_button.click()
    starting = desk.controller.new_application
    chooser = starting.dialog
    assert isinstance(chooser, ChooseCustomerDialog)
    chooser.search.field.setText("Kowalczyk")
    chooser.search.run_query()
    results = chooser.search.results
    qtbot.waitUntil(lambda: results.model().rowCount() == 1)
    results.setFocus()
    results.selectRow(0)
    qtbot.keyClick(results, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(starting.dialog, NewApplicationDialog))
    dialog = starting.dialog
    assert isinstance(dialog, NewApplicationDialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData("order"))
    assert dialog.product.currentData() == "PL-INST"
    dialog.amount.setText("2400")
    dialog.term.setValue(12)
    dialog.create_button.click()
    qtbot.waitUntil(lambda: starting.dialog is None)
    qtbot.waitUntil(lambda: desk.controller.detail is not None)
    qtbot.waitUntil(desk.is_ready)
    detail = desk.controller.detail
    assert detail is not None
    assert detail.kind == "order" and detail.product == "PL-INST"
    assert detail.applicant.customer_id == server.world.customers["ewa"]
    assert detail.offer is not None and detail.offer.amount == Decimal("2400.00")
    qtbot.waitUntil(lambda: pending_ops() == 0)


def test_a_refused_save_is_said_on_the_dialog_and_what_was_typed_stays(
    phone: Desk, draft: str, desk: ApplicationsPage, qtbot: QtBot
) -> None:
    dialog = open_fields(desk)
    dialog.editors["employer_name"].setText("Urząd Miasta")
    # Meanwhile the application is withdrawn (the customer called again, say).
    phone.workspace.apply("application.withdraw", {"application_id": draft})
    dialog.save_button.click()
    qtbot.waitUntil(lambda: dialog.problem.isVisibleTo(dialog) and dialog.save_button.isEnabled())
    assert dialog.problem.text() == "This application is withdrawn."
    assert desk.controller.dialog is dialog
    assert dialog.editors["employer_name"].text() == "Urząd Miasta"
    assert "employer_name" not in fields_of(phone, draft)
    dialog.reject()
    qtbot.waitUntil(lambda: desk.controller.dialog is None)
