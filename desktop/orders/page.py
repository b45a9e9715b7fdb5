"""The pickup work area: the store's queue of orders to collect here, from every channel;
finding one by number or QR code, preparing it and handing it over.

`PickupPage` is the flow over its view (`page_view.PickupView`): it reads the queue and
the order in the background (`QueryOp`, only the latest answer shown), runs changes in
order through a `ChangeQueue`, then re-reads the order and the queue. A sync re-reads
only what it touched of what is on screen, keeping the selection.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from desktop.orders import texts
from desktop.orders.change_dialog import ChangeOrderDialog
from desktop.orders.handing_over import HandingOver
from desktop.orders.handover_data import HandOverReceipt
from desktop.orders.page_view import SHORTCUTS, PickupView
from desktop.orders.pick_list import print_pick_list
from desktop.orders.preparing import Preparing
from desktop.orders.queries import find_order, load_order, load_queue
from desktop.orders.reads import Reads
from desktop.orders.records import ChangeOutcome, OrderDetail
from desktop.services.workspace import Workspace
from desktop.shared.change_queue import ChangeQueue
from desktop.shared.errors import explain
from desktop.shared.i18n import tr
from desktop.shared.page import Destination, OpenOrder
from sync.client.touched import Touched
from sync.commands.permissions import SELLERS
from sync.model import Role
from sync.order_codes import order_number_from_scan

__all__ = ["SHORTCUTS", "PickupPage", "concerns_order"]

QUEUE_TABLES = ("orders", "order_lines", "payments", "customers")


def concerns_order(touched: Touched, order: OrderDetail) -> bool:
    """Whether `touched` may have changed what the detail of `order` shows."""
    customer = order.customer.customer_id if order.customer is not None else None
    return (
        touched.concerns_row("orders", order.order_id)
        or any(touched.concerns_row("order_lines", line.line_id) for line in order.lines)
        or touched.concerns("payments", "stores")
        or (customer is not None and touched.concerns_row("customers", customer))
    )


class PickupPage(PickupView):
    """Orders collected at this store: queue, find, prepare, hand over (sellers)."""

    key = "pickup"
    icon_name = "pickup"
    # Store staff: a field rep's laptop has no store to collect orders at.
    roles = frozenset(role.value for role in SELLERS if role is not Role.FIELD_REP)
    watches = frozenset({*QUEUE_TABLES, "stores"})

    handed_over = Signal(object)  # HandOverReceipt
    order_changed = Signal(object)  # ChangeOutcome

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(workspace, parent)
        self.changes = ChangeQueue(self)
        self.reads = Reads(
            self, workspace, lambda error: self.show_message(explain(error), error=True)
        )
        self._order_id: uuid.UUID | None = None  # the order open (or being opened)
        self.change_dialog: ChangeOrderDialog | None = None
        self.preparing = Preparing(workspace, self.changes, self)
        self.preparing.changed.connect(self._changed)
        self.preparing.refused.connect(self._refused)
        self.handing = HandingOver(workspace, self.changes, self.preparing, self)
        self.handing.done.connect(self._handed)
        self.handing.refused.connect(lambda _: self.reload())  # shown in its dialog
        self.handing.closed.connect(self.focus_after_dialog)
        self.find_requested.connect(self.look_up)
        self.filter_changed.connect(self.reload_queue)
        self.order_picked.connect(self.open_order)
        self.detail.closed.connect(self.back_to_queue)
        self.detail.mark_ready.connect(self.mark_ready)
        self.detail.mark_missing.connect(self.mark_missing)
        self.detail.change_order.connect(self.change_order)
        self.detail.print_pick_list.connect(self.print_pick_list)
        self.detail.hand_over.connect(self.hand_over)

    # -- what the main window calls -----------------------------------------------------

    def activated(self) -> None:
        self.reload()
        self.focus_find()

    def open(self, destination: Destination) -> None:
        if isinstance(destination, OpenOrder) and destination.page == self.key:
            self.open_order(destination.order_id)

    def focus_main(self) -> None:
        self.focus_find()

    def replica_changed(self, touched: Touched) -> None:
        """Re-read the queue if `touched` concerns it, the order open if it concerns that
        order; anything else stays as it is."""
        if touched.concerns(*QUEUE_TABLES):
            self.reload_queue()
        if self._order_id is None:
            return
        shown = self.order
        if shown is not None and shown.order_id == self._order_id:
            concerned = concerns_order(touched, shown)
        else:  # still being opened: anything it shows may have changed
            concerned = touched.concerns(*self.watches)
        if concerned:
            self._load_order(self._order_id)

    def is_ready(self) -> bool:
        """No read or change in flight: what is on screen is current (tests wait for it)."""
        return not self.reads.busy() and not self.changes.busy()

    # -- reading ------------------------------------------------------------------------

    def reload(self) -> None:
        """Re-read the queue and the order open."""
        self.reload_queue()
        if self._order_id is not None:
            self._load_order(self._order_id)

    def reload_queue(self) -> None:
        which = self.current_filter()
        self.reads.read("queue", lambda session: load_queue(session, which), self.show_rows)

    def open_order(self, order_id: str | uuid.UUID) -> None:
        """Show one order (from the customer 360, or found here)."""
        self._order_id = order_id if isinstance(order_id, uuid.UUID) else uuid.UUID(order_id)
        self.show_message("")
        self.reads.forget("find")
        self._load_order(self._order_id)

    def _load_order(self, order_id: uuid.UUID) -> None:
        self.reads.read("order", lambda session: load_order(session, order_id), self._order_loaded)

    def _order_loaded(self, detail: OrderDetail | None) -> None:
        if detail is None:
            self._order_id = None
            self.show_message(tr("This order is not on this till."), error=True)
            self.back_to_queue()
            return
        self._show(detail)

    def _show(self, detail: OrderDetail) -> None:
        self._order_id = detail.order_id
        self.show_order(detail)
        self.handing.order_loaded(detail)

    def look_up(self, text: str) -> None:
        """Open the order whose number (typed or scanned from its QR code) is `text`."""
        if not text.strip():
            return
        number = order_number_from_scan(text)
        self.select_find_text()
        if number is None:
            self.show_message(
                tr("“{text}” is not an order number or an order's QR code.").format(
                    text=text.strip()
                ),
                error=True,
            )
            return
        self.reads.read(
            "find",
            lambda session: find_order(session, number),
            lambda detail: self._found(number, detail),
        )

    def _found(self, number: str, detail: OrderDetail | None) -> None:
        if detail is None:
            self.show_message(
                tr(
                    "No order {number} on this till: check the number. An order placed a "
                    "moment ago arrives with the next sync."
                ).format(number=number),
                error=True,
            )
            return
        self.show_message(
            ""
            if detail.waiting
            else tr("Order {number} is not waiting for pickup here; shown read-only.").format(
                number=number
            )
        )
        self.reads.forget("order")  # an order asked for before the one found
        self._show(detail)

    def signed_out(self) -> None:
        """The person left: back to the queue, the find field empty."""
        self.back_to_queue()
        self.hide_receipt()
        self.find_field.clear()
        self.show_message("")

    def back_to_queue(self) -> None:
        self._order_id = None
        self.reads.forget("order", "find")
        self.show_queue()

    # -- changing -----------------------------------------------------------------------

    def mark_ready(self) -> None:
        if self.order is not None:
            self.preparing.mark_ready(self.order)

    def mark_missing(self) -> None:
        if self.order is None:
            return
        line = self.selected_line()
        if line is None:
            self.show_message(tr("Choose the line with missing units first."), error=True)
            return
        self.preparing.ask_missing(self.order, line)

    def print_pick_list(self) -> None:
        """Print what to fetch from the shelves for the order on screen."""
        if self.order is not None and self.order.waiting:
            print_pick_list(self.order, self)

    def change_order(self) -> None:
        """Open "Change order" for the order on screen, if it can still be changed here."""
        order = self.order
        if order is None or not order.changeable:
            return
        if self.change_dialog is not None:
            self.change_dialog.raise_()
            return
        dialog = ChangeOrderDialog(self.workspace, order, self.changes, self)
        dialog.changed.connect(lambda outcome: self._order_was_changed(order, outcome))
        dialog.finished.connect(lambda _: self._change_closed(dialog))
        self.change_dialog = dialog
        self.hide_receipt()
        dialog.open()

    def _change_closed(self, dialog: ChangeOrderDialog) -> None:
        if self.change_dialog is dialog:
            self.change_dialog = None
        dialog.deleteLater()
        self.focus_after_dialog()

    def _order_was_changed(self, order: OrderDetail, outcome: ChangeOutcome) -> None:
        self.show_message(texts.change_done(outcome, order.number))
        self.reload()
        self.order_changed.emit(outcome)

    def hand_over(self) -> None:
        if self.order is not None:
            self.hide_receipt()
            self.handing.start(self.order)

    def _changed(self, message: str) -> None:
        self.show_message(message)
        self.reload()

    def _refused(self, error: BaseException) -> None:
        self.show_message(explain(error), error=True)
        self.reload()

    def _handed(self, receipt: HandOverReceipt) -> None:
        self.show_receipt(receipt)
        self.show_message("")
        self.back_to_queue()
        self.reload_queue()
        self.handed_over.emit(receipt)
