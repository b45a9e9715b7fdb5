"""The phone desk: an advisor at a contact centre records a call and books a callback and
a branch appointment in the customer 360; the branch serving the customer sees them on
the customer's timeline, in the phone channel, after a sync."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QDateTime
from pytestqt.qtbot import QtBot

from desktop.customers.contact_dialogs import AppointmentDialog, CallbackDialog, CallDialog
from desktop.customers.page import CustomersPage
from desktop.services.ops import pending_ops
from desktop.shared import labels
from tests.server.conftest import Api
from tests.server.test_contact_centre_scope import _contact_centre
from tests.ui.conftest import Desk, DeskFactory
from tests.ui.test_customers import make_page, open_360


@pytest.fixture
def phone(server: Api, make_desk: DeskFactory) -> Desk:
    _contact_centre(server, "PL-CC-01", "PL", "agent.waw")
    return make_desk(server, "PL-CC-01", "agent.waw", "phone")


@pytest.fixture
def page(phone: Desk, qtbot: QtBot) -> Iterator[CustomersPage]:
    customers = make_page(phone, qtbot)
    yield customers
    qtbot.waitUntil(lambda: pending_ops() == 0)


def _events(page: CustomersPage) -> list[tuple[str, str, str]]:
    """(kind, channel, text shown) of each timeline row, top to bottom."""
    model = page.profile.timeline.model
    rows = [model.row(n) for n in range(model.rowCount())]
    return [(row.kind, row.channel, row.text) for row in rows]


def _submit(qtbot: QtBot, page: CustomersPage) -> None:
    contact = page.controller.profile.contact
    dialog = contact.dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.ok_button.isEnabled)
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: contact.dialog is None)


def _later(days: int) -> QDateTime:
    return QDateTime.currentDateTime().addDays(days)


def test_a_call_and_a_callback_reach_the_branch_in_the_phone_channel(
    server: Api, phone: Desk, page: CustomersPage, make_desk: DeskFactory, qtbot: QtBot
) -> None:
    ewa = server.world.customers["ewa"]  # served by the Warsaw branch
    open_360(qtbot, page, ewa)
    bar = page.profile.contact
    assert bar.callback_button.isVisibleTo(page) and bar.appointment_button.isVisibleTo(page)
    assert not page.profile.new_sale_button.isVisibleTo(page)  # an advisor sells nothing

    bar.call_button.click()
    call = page.controller.profile.contact.dialog
    assert isinstance(call, CallDialog)
    call.outcome.setCurrentIndex(call.outcome.findData("reached"))
    call.note.setPlainText("Wants to finish the loan application by phone.")
    _submit(qtbot, page)

    bar.callback_button.click()
    callback = page.controller.profile.contact.dialog
    assert isinstance(callback, CallbackDialog)
    callback.when.setDateTime(_later(1))
    callback.note.setPlainText("Income statement")
    _submit(qtbot, page)

    bar.appointment_button.click()
    visit = page.controller.profile.contact.dialog
    assert isinstance(visit, AppointmentDialog)
    qtbot.waitUntil(lambda: visit.branch.count() == 1)  # the Polish branches only
    assert "Warszawa" in visit.branch.currentText()
    visit.when.setDateTime(_later(2))
    _submit(qtbot, page)

    shown = _events(page)
    assert [kind for kind, _, _ in shown[:3]] == [
        "appointment_booked",
        "callback_booked",
        "call",
    ]
    assert {channel for _, channel, _ in shown[:3]} == {"phone"}
    assert shown[2][2] == "Reached the customer: Wants to finish the loan application by phone."

    phone.sync()
    branch = make_desk(server, "PL-WAW-B1", "advisor.waw", "branch")
    at_branch = CustomersPage(branch.workspace)
    qtbot.addWidget(at_branch)
    at_branch.activated()
    open_360(qtbot, at_branch, ewa)
    seen = _events(at_branch)
    assert [(kind, channel) for kind, channel, _ in seen[:3]] == [
        ("appointment_booked", "phone"),
        ("callback_booked", "phone"),
        ("call", "phone"),
    ]
    assert "Income statement" in seen[1][2]
    assert labels.channel("phone") == "Phone"


def test_a_callback_in_the_past_is_refused_on_the_dialog(
    server: Api, page: CustomersPage, qtbot: QtBot
) -> None:
    open_360(qtbot, page, server.world.customers["ewa"])
    page.profile.contact.callback_button.click()
    contact = page.controller.profile.contact
    dialog = contact.dialog
    assert isinstance(dialog, CallbackDialog)
    dialog.when.setDateTime(_later(-1))
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: dialog.error.isVisibleTo(dialog) and dialog.ok_button.isEnabled())
    assert dialog.error.text() == "A callback cannot be booked for a time that has passed."
    assert contact.dialog is dialog  # still open, to choose another time
    assert [kind for kind, _, _ in _events(page)][:1] != ["callback_booked"]
    dialog.reject()
    qtbot.waitUntil(lambda: contact.dialog is None)


def test_a_cashier_records_calls_but_books_nothing(
    server: Api, make_desk: DeskFactory, qtbot: QtBot
) -> None:
    till = make_desk(server)
    page = make_page(till, qtbot)
    open_360(qtbot, page, server.world.customers["ala"])
    bar = page.profile.contact
    assert bar.call_button.isVisibleTo(page)
    assert not bar.callback_button.isVisibleTo(page)
    assert not bar.appointment_button.isVisibleTo(page)
