"""What the 360's phone actions do: a dialog each; what it says recorded as a change op
(on the replica at once, queued for the server) and put on top of the timeline; a
refusal said on the dialog, which stays open. Branches are read as a query op."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import QObject

from desktop.customers import contact_actions
from desktop.customers.contact_bar import ContactBar
from desktop.customers.contact_dialogs import (
    AppointmentDialog,
    CallbackDialog,
    CallDialog,
)
from desktop.customers.data import CustomerOverview, TimelineEvent
from desktop.customers.profile_view import CustomerProfileView
from desktop.customers.timeline_controller import TimelineController
from desktop.services.ops import ChangeOp, QueryOp
from desktop.services.workspace import Workspace
from desktop.shared.errors import explain
from sync.commands.contact import BOOKERS
from sync.model.types import utcnow

Dialog = CallDialog | CallbackDialog | AppointmentDialog


class ContactController(QObject):
    """Drives `bar` for the customer the 360 (`view`) shows; adds to `timeline`."""

    def __init__(
        self,
        workspace: Workspace,
        view: CustomerProfileView,
        bar: ContactBar,
        timeline: TimelineController,
    ) -> None:
        super().__init__(view)
        self.workspace = workspace
        self.view = view
        self.bar = bar
        self.timeline = timeline
        self.dialog: Dialog | None = None
        bar.call_requested.connect(self.record_call)
        bar.callback_requested.connect(self.book_callback)
        bar.appointment_requested.connect(self.book_appointment)
        view.loaded.connect(self._shown)

    def _shown(self, overview: CustomerOverview) -> None:
        staff = self.workspace.staff
        self.bar.set_bookings_allowed(
            staff is None or staff.role in {role.value for role in BOOKERS}
        )

    def _customer(self) -> uuid.UUID | None:
        profile = self.view.profile
        return profile.id if profile is not None else None

    def _open(self, dialog: Dialog, submit: Callable[[], None]) -> None:
        if self.dialog is not None:
            self.dialog.close()
        self.dialog = dialog
        dialog.ok_button.clicked.connect(submit)
        dialog.finished.connect(lambda _: self._closed(dialog))
        dialog.open()

    def _closed(self, dialog: Dialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    # -- the three actions ----------------------------------------------------------------

    def record_call(self) -> None:
        customer_id = self._customer()
        if customer_id is None:
            return
        dialog = CallDialog(self.view)
        workspace = self.workspace

        def submit() -> None:
            text = dialog.written()
            self._record(
                dialog,
                customer_id,
                lambda: contact_actions.record_call(workspace, customer_id, text),
            )

        self._open(dialog, submit)

    def book_callback(self) -> None:
        customer_id = self._customer()
        if customer_id is None:
            return
        dialog = CallbackDialog(utcnow().astimezone(), self.view)
        workspace = self.workspace

        def submit() -> None:
            due_at, note = dialog.written()
            self._record(
                dialog,
                customer_id,
                lambda: contact_actions.book_callback(workspace, customer_id, due_at, note),
            )

        self._open(dialog, submit)

    def book_appointment(self) -> None:
        customer_id = self._customer()
        if customer_id is None:
            return
        dialog = AppointmentDialog(utcnow().astimezone(), self.view)
        workspace = self.workspace

        def read() -> list[contact_actions.Branch]:
            with workspace.read() as session:
                return contact_actions.branches(session, customer_id)

        def submit() -> None:
            branch_id, at, note = dialog.written()
            if branch_id is None:
                return
            self._record(
                dialog,
                customer_id,
                lambda: contact_actions.book_appointment(
                    workspace, customer_id, branch_id, at, note
                ),
            )

        self._open(dialog, submit)
        QueryOp(parent=dialog, op=read, success=dialog.set_branches).failure(
            lambda error: dialog.show_error(explain(error))
        ).start()

    # -- recording ------------------------------------------------------------------------

    def _record(
        self,
        dialog: Dialog,
        customer_id: uuid.UUID,
        change: Callable[[], TimelineEvent | None],
    ) -> None:
        dialog.set_busy(True)

        def done(event: TimelineEvent | None) -> None:
            if event is not None:
                self.timeline.model.add_event(customer_id, event)
            dialog.accept()

        def refused(error: BaseException) -> None:
            dialog.set_busy(False)
            dialog.show_error(explain(error))

        ChangeOp(parent=dialog, op=change, success=done).failure(refused).start()
