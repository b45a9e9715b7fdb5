"""What happens on the customers page: the customer chosen in the search is shown in the
360, the customer form is opened and what it saved shown and found, the 360's requests
become places to go, the till's country (new customers' default) is read as a query op,
and a sync reads again only what it touched."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from desktop.customers import queries
from desktop.customers.customer_form import CustomerForm
from desktop.customers.data import CustomerProfile
from desktop.customers.form_controller import CustomerFormController
from desktop.customers.profile_controller import ProfileController
from desktop.customers.watched import search_concerned, till_concerned
from desktop.services.ops import QueryOp
from desktop.services.workspace import Workspace
from desktop.shared.page import (
    Destination,
    OpenApplication,
    OpenOrder,
    ShowCustomer,
    StartSale,
)
from sync.client.touched import Touched

if TYPE_CHECKING:
    from desktop.customers.page import CustomersPage


class CustomersController(QObject):
    """Reacts to what staff ask for on `view` and to the replica changing."""

    def __init__(self, workspace: Workspace, view: CustomersPage) -> None:
        super().__init__(view)
        self.workspace = workspace
        self.view = view
        self.country = "PL"  # of this till; new customers default to it
        self.form: CustomerForm | None = None
        self.profile = ProfileController(workspace, view.profile)
        view.search.customer_chosen.connect(self.show_customer)
        view.new_customer_requested.connect(self.new_customer)
        self.profile.edit_requested.connect(self.edit_customer)
        self.profile.start_sale.connect(
            lambda customer_id, cart_id: view.navigate.emit(StartSale(customer_id, cart_id))
        )
        self.profile.open_order.connect(
            lambda key, order_id: view.navigate.emit(OpenOrder(key, order_id))
        )
        self.profile.open_application.connect(
            lambda application_id: view.navigate.emit(OpenApplication(application_id))
        )

    # -- the page on screen -------------------------------------------------------------

    def activated(self) -> None:
        self.view.show_hint(can_sell=self.profile.can_sell())
        self._read_country()
        self.view.search.shown()  # read again when shown again, keeping its place
        self.profile.refresh()

    def replica_changed(self, touched: Touched) -> None:
        """Rows from the server: read again what they concern of the till, the list (the
        customer selected stays) and the 360 on screen (its tab and rows stay)."""
        if till_concerned(touched):
            self._read_country()
        if search_concerned(touched):
            self.view.search.refresh()
        self.profile.replica_changed(touched)

    def signed_out(self) -> None:
        """The person left: the search back to its start, the 360 to its placeholder, and
        their form closed."""
        if self.form is not None:
            self.form.close()
        search = self.view.search
        if search.field.text() or search.model.text:
            search.field.clear()
            search.run_query()  # the list from its start (the newest answer only)
        search.results.clearSelection()
        search.results.scrollToTop()
        self.profile.show_customer(None)

    def open(self, destination: Destination) -> None:
        if isinstance(destination, ShowCustomer):
            self.show_customer(destination.customer_id)

    def show_customer(self, customer_id: uuid.UUID) -> None:
        self.profile.show_customer(customer_id)

    def _read_country(self) -> None:
        workspace = self.workspace

        def read() -> str:
            with workspace.read() as session:
                return queries.till_country(session)

        QueryOp(parent=self, op=read, success=self._set_country).latest_only("country").start()

    def _set_country(self, country: str) -> None:
        self.country = country

    # -- the customer form --------------------------------------------------------------

    def new_customer(self) -> None:
        self._open_form(CustomerForm(self.country, parent=self.view), None)

    def edit_customer(self, customer: CustomerProfile) -> None:
        self._open_form(CustomerForm(customer=customer, parent=self.view), customer)

    def _open_form(self, form: CustomerForm, customer: CustomerProfile | None) -> None:
        if self.form is not None:
            self.form.close()
        self.form = form
        controller = CustomerFormController(self.workspace, form, customer)
        controller.saved.connect(self._saved)
        form.finished.connect(lambda _: self._form_closed(form))
        form.open()
        form.activateWindow()

    def _form_closed(self, form: CustomerForm) -> None:
        if self.form is form:
            self.form = None
        form.deleteLater()

    def _saved(self, customer_id: uuid.UUID) -> None:
        self.profile.show_customer(customer_id)
        self.view.search.refresh()
