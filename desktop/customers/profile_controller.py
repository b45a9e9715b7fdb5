"""What happens in the customer 360: the customer's overview read as a query op (only
the latest answer shown), a failure said on the 360, what staff ask for turned into
where to go, and only what a sync touched read again."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QObject, Signal

from desktop.customers import queries
from desktop.customers.contact_controller import ContactController
from desktop.customers.data import CustomerOverview, CustomerProfile
from desktop.customers.profile_view import CustomerProfileView
from desktop.customers.timeline_controller import TimelineController
from desktop.customers.watched import overview_concerned, timeline_concerned
from desktop.services.ops import QueryOp, drop_answers
from desktop.services.workspace import Workspace
from desktop.shared.errors import explain
from desktop.shared.new_application import NewApplication, may_start
from sync.client.touched import Touched
from sync.commands.permissions import SELLERS

OVERVIEW = "overview"  # the one question in flight: the latest customer asked for


class ProfileController(QObject):
    """Drives `view` (the 360). `start_sale(customer id, cart id or None)`,
    `open_order(page key, order id)` and `edit_requested(profile)` say where staff go."""

    start_sale = Signal(object, object)  # uuid.UUID, uuid.UUID | None
    open_order = Signal(str, object)  # page key, uuid.UUID
    open_application = Signal(object)  # uuid.UUID
    edit_requested = Signal(object)  # CustomerProfile

    def __init__(self, workspace: Workspace, view: CustomerProfileView) -> None:
        super().__init__(view)
        self.workspace = workspace
        self.view = view
        self.customer_id: uuid.UUID | None = None
        self.timeline = TimelineController(workspace, view.timeline)
        self.contact = ContactController(workspace, view, view.contact, self.timeline)
        view.new_sale_requested.connect(self._new_sale)
        self.new_application = NewApplication(workspace, view)
        self.new_application.started.connect(self.open_application)
        self.new_application.failed.connect(view.show_error)
        view.new_application_requested.connect(self._new_application)
        view.cart_chosen.connect(self._open_cart)
        view.edit_requested.connect(self._edit)
        view.note_requested.connect(self._write_note)
        view.tab_requested.connect(self._tab)
        view.open_order.connect(
            lambda key, order_id: self.open_order.emit(key, uuid.UUID(order_id))
        )
        view.open_application.connect(
            lambda application_id: self.open_application.emit(uuid.UUID(application_id))
        )

    # -- showing a customer -------------------------------------------------------------

    def show_customer(self, customer_id: uuid.UUID | None) -> None:
        """Show the 360 of `customer_id` (None: the placeholder)."""
        changed = customer_id != self.customer_id
        self.view.new_sale_button.setVisible(self.can_sell())
        self.view.new_application_button.setVisible(may_start(self.workspace))
        self.customer_id = customer_id
        self.timeline.show_customer(customer_id)
        if customer_id is None:
            drop_answers(self, OVERVIEW)
            self.view.show_placeholder()
            return
        if changed:
            self.view.await_customer()
        self._read_overview(customer_id)

    def refresh(self) -> None:
        """Read the whole 360 again (the page is shown again), keeping its place."""
        if self.customer_id is not None:
            self._read_overview(self.customer_id)
            self.timeline.refresh()

    def replica_changed(self, touched: Touched) -> None:
        """Read again only the parts of the 360 whose tables `touched` concerns; the tab,
        the rows selected and the scroll stay."""
        if self.customer_id is None:
            return
        if overview_concerned(touched, self.customer_id):
            self._read_overview(self.customer_id)
        if timeline_concerned(touched):
            self.timeline.refresh()

    def _read_overview(self, customer_id: uuid.UUID) -> None:
        workspace = self.workspace

        def read() -> CustomerOverview:
            with workspace.read() as session:
                return queries.overview(session, customer_id)

        QueryOp(parent=self, op=read, success=self.view.show_overview).failure(
            self._failed
        ).latest_only(OVERVIEW).start()

    def _failed(self, error: BaseException) -> None:
        if self.view.overview is None:  # nothing of this customer to show: say why instead
            self.view.show_placeholder(explain(error))
        else:
            self.view.show_error(explain(error))

    # -- what staff ask for -------------------------------------------------------------

    @property
    def profile(self) -> CustomerProfile | None:
        return self.view.profile

    def can_sell(self) -> bool:
        """Whether the person signed in may sell here (an advisor may not)."""
        staff = self.workspace.staff
        return staff is None or staff.role in {role.value for role in SELLERS}

    def _new_sale(self) -> None:
        if self.profile is not None and self.can_sell():
            self.start_sale.emit(self.profile.id, None)

    def _new_application(self) -> None:
        if self.profile is not None and may_start(self.workspace):
            self.new_application.for_customer(self.profile.id)

    def _open_cart(self, cart_id: uuid.UUID) -> None:
        if self.profile is not None and self.can_sell():
            self.start_sale.emit(self.profile.id, cart_id)

    def _edit(self) -> None:
        if self.profile is not None:
            self.edit_requested.emit(self.profile)

    def _write_note(self) -> None:
        if self.profile is not None:
            self.view.focus_note()

    def _tab(self, index: int) -> None:
        if self.profile is not None:
            self.view.show_tab(index)
