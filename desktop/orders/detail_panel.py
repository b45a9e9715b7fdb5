"""One pickup order on screen: its lines, who may collect it, and what is due.

A view: it lays the order out and offers the actions; the page decides what they do.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.orders import texts
from desktop.orders.records import DetailLine, OrderDetail
from desktop.shared import labels
from desktop.shared.formatting import local_time, money
from desktop.shared.i18n import tr
from desktop.shared.paged_model import Column
from desktop.shared.records_model import RecordsModel


def lines_model(parent: QWidget | None = None) -> RecordsModel[DetailLine]:
    return RecordsModel(
        [
            Column(tr("Product"), lambda line: line.name),
            Column(tr("SKU"), lambda line: line.sku),
            Column(tr("Ordered"), lambda line: str(line.quantity), align_right=True),
            Column(tr("Handed over"), lambda line: str(line.handed_over), align_right=True),
            Column(tr("Waiting"), lambda line: str(line.waiting), align_right=True),
            Column(
                tr("Line total"), lambda line: money(line.total, line.currency), align_right=True
            ),
        ],
        parent,
    )


class OrderDetailPanel(QFrame):
    """Emits `mark_ready`, `mark_missing`, `change_order`, `print_pick_list`, `hand_over`
    and `closed` (back to the queue)."""

    mark_ready = Signal()
    mark_missing = Signal()
    change_order = Signal()
    print_pick_list = Signal()
    hand_over = Signal()
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pickupOrder")
        self.setProperty("kind", "card")
        self.detail: OrderDetail | None = None
        self.heading = self._label("pickupOrderHeading", "title")
        self.state = self._label("pickupOrderState", "subtitle")
        self.identity = self._label("pickupIdentity", "")
        self.check = self._label("pickupIdentityCheck", "muted")
        self.check.setText(tr("Ask for photo ID or the order confirmation; the name must match."))
        self.payment = self._label("pickupPayment", "subtitle")
        self.model = lines_model(self)
        self.lines = QTableView()
        self.lines.setObjectName("pickupLines")
        self.lines.setModel(self.model)
        self.lines.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.lines.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.lines.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.lines.verticalHeader().hide()
        header = self.lines.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)  # the product
        layout = QVBoxLayout(self)
        for widget in (
            self.heading,
            self.state,
            self.identity,
            self.check,
            self.lines,
            self.payment,
        ):
            layout.addWidget(widget)
        layout.addLayout(self._buttons())

    def _label(self, name: str, kind: str) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        if kind:
            label.setProperty("kind", kind)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def _button(self, name: str, text: str, signal: SignalInstance) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(signal.emit)
        return button

    def _buttons(self) -> QVBoxLayout:
        """Two rows, so each button shows its whole text (and its key) in every language:
        going back and the occasional actions above, the order's next steps below."""
        self.back_button = self._button("pickupBack", tr("Back to the queue (Esc)"), self.closed)
        self.missing_button = self._button(
            "pickupMissing", tr("Mark missing… (Ctrl+M)"), self.mark_missing
        )
        self.change_button = self._button(
            "pickupChange", tr("Change order… (Ctrl+E)"), self.change_order
        )
        self.pick_button = self._button(
            "pickupPickList", tr("Pick list (Ctrl+Shift+P)"), self.print_pick_list
        )
        self.ready_button = self._button("pickupReady", tr("Mark ready (Ctrl+R)"), self.mark_ready)
        self.hand_over_button = self._button(
            "pickupHandOver", tr("Hand over (F12)"), self.hand_over
        )
        self.hand_over_button.setProperty("kind", "primary")
        occasional = QHBoxLayout()
        occasional.addWidget(self.back_button)
        occasional.addStretch(1)
        occasional.addWidget(self.pick_button)
        occasional.addWidget(self.missing_button)
        occasional.addWidget(self.change_button)
        next_steps = QHBoxLayout()
        next_steps.addStretch(1)
        next_steps.addWidget(self.ready_button)
        next_steps.addWidget(self.hand_over_button)
        rows = QVBoxLayout()
        rows.addLayout(occasional)
        rows.addLayout(next_steps)
        return rows

    def show_order(self, detail: OrderDetail) -> None:
        keep = self.selected_line()
        self.detail = detail
        self.heading.setText(
            tr("Order {number} · {channel} · placed {placed}").format(
                number=detail.number,
                channel=labels.channel(detail.channel),
                placed=local_time(detail.placed_at),
            )
        )
        self.state.setText(self._state_text(detail))
        self.identity.setText(self._identity_text(detail))
        self.payment.setText(self._payment_text(detail))
        self.model.set_rows(detail.lines)
        row = next(
            (
                n
                for n, line in enumerate(detail.lines)
                if keep is not None and line.line_id == keep.line_id
            ),
            0,
        )
        if detail.lines:
            self.lines.selectRow(row)
        placed, ready = detail.status == "placed", detail.status == "ready_for_pickup"
        self.ready_button.setVisible(detail.waiting and placed)
        self.missing_button.setVisible(detail.changeable)
        self.pick_button.setVisible(detail.waiting)
        self.change_button.setVisible(detail.changeable)
        self.hand_over_button.setVisible(detail.waiting)
        self.hand_over_button.setEnabled(placed or ready)
        self.show()

    def _state_text(self, detail: OrderDetail) -> str:
        status = labels.status(detail.status)
        if not detail.here:
            return tr(
                "{status} · collected at {store}, not here: nothing to do at this store."
            ).format(status=status, store=detail.pickup_store or "—")
        if detail.status == "ready_for_pickup":
            return tr("{status} · held until {date}").format(
                status=status, date=texts.expiry(detail.expires_at)
            )
        if detail.status == "placed":
            return tr("{status} · to prepare").format(status=status)
        return tr("{status} · not in the pickup queue any more: shown read-only.").format(
            status=status
        )

    def _identity_text(self, detail: OrderDetail) -> str:
        who = detail.customer
        if who is None:
            return tr("No customer on this order.")
        facts = [tr("Customer: {name} ({number})").format(name=who.name, number=who.number)]
        if who.phone:
            facts.append(tr("phone {phone}").format(phone=who.phone))
        if who.email:
            facts.append(tr("e-mail {email}").format(email=who.email))
        if who.loyalty_card:
            facts.append(tr("loyalty card {card}").format(card=who.loyalty_card))
        return " · ".join(facts)

    def _payment_text(self, detail: OrderDetail) -> str:
        total = money(detail.total, detail.currency)
        if not detail.waiting:  # what is owed no longer follows the total
            return tr("Total {total} · {state}").format(
                total=total, state=labels.status(detail.payment_state)
            )
        return tr("Total {total} · {payment}").format(
            total=total, payment=texts.payment(detail.payment_mode, detail.due, detail.currency)
        )

    def selected_line(self) -> DetailLine | None:
        rows = self.lines.selectionModel().selectedRows() if self.lines.selectionModel() else []
        if not rows or self.detail is None:
            return None
        return self.model.row(rows[0].row())
