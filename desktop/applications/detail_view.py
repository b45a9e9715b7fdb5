"""One application opened at the desk: the applicant, the product and offer with its
schedule, the documents, identity and consents, the history with each step's channel,
what is missing before the next step, and the actions its state allows. Widgets only:
`ApplicationsController` decides what is offered and what happens."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.applications import texts
from desktop.applications.offer_dialog import offer_lines
from desktop.applications.records import ApplicationDetail, ChecklistItem
from desktop.shared import labels
from desktop.shared.formatting import local_date, local_time, money
from desktop.shared.i18n import tr

ACTIONS = ("submit", "approve", "reject", "new_version", "withdraw")


def _label(name: str, kind: str = "") -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if kind:
        label.setProperty("kind", kind)
    return label


class DetailView(QWidget):
    """Emits what staff ask for; `show_detail` fills it, `set_action` offers an action."""

    change_offer_requested = Signal()
    identity_requested = Signal()
    consents_requested = Signal()
    sign_requested = Signal()
    action_requested = Signal(str)  # one of ACTIONS
    customer_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("applicationDetail")
        self.title = _label("applicationTitle")
        self.title.setProperty("kind", "heading")
        self.next_step = _label("applicationNextStep")
        self.error = _label("applicationError", "error")
        self.error.hide()
        self.applicant = _label("applicationApplicant")
        self.applicant.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.applicant.linkActivated.connect(lambda _link: self.customer_requested.emit())
        content = QWidget()
        column = QVBoxLayout(content)
        column.addWidget(self.title)
        column.addWidget(self.next_step)
        column.addWidget(self.error)
        column.addLayout(self._actions())
        column.addWidget(self._box(tr("Applicant"), self.applicant))
        column.addWidget(self._offer_box())
        column.addWidget(self._documents_box())
        column.addWidget(self._checks_box())
        column.addWidget(self._history_box())
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    # -- layout -------------------------------------------------------------------------

    def _box(self, title: str, *widgets: QWidget) -> QGroupBox:
        box = QGroupBox(title)
        layout = QVBoxLayout(box)
        for widget in widgets:
            layout.addWidget(widget)
        return box

    def _with_row(self, box: QGroupBox, extra: QWidget | QHBoxLayout) -> None:
        layout = box.layout()
        assert isinstance(layout, QVBoxLayout)
        if isinstance(extra, QWidget):
            layout.addWidget(extra)
        else:
            layout.addLayout(extra)

    def _button(self, name: str, text: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(lambda: slot())
        return button

    def _asks(self, name: str) -> Callable[[], None]:
        return lambda: self.action_requested.emit(name)

    def _actions(self) -> QHBoxLayout:
        texts_ = {
            "submit": tr("&Submit"),
            "approve": tr("&Approve"),
            "reject": tr("&Reject…"),
            "new_version": tr("New &version"),
            "withdraw": tr("&Withdraw…"),
        }
        self.action_buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        for name in ACTIONS:
            button = self._button(f"application_{name}", texts_[name], self._asks(name))
            if name in ("submit", "approve"):
                button.setProperty("kind", "primary")
            if name in ("reject", "withdraw"):
                button.setProperty("kind", "danger")
            self.action_buttons[name] = button
            row.addWidget(button)
        row.addStretch(1)
        self.why_not = _label("applicationWhyNot", "muted")
        wrapper = QHBoxLayout()
        wrapper.addLayout(row)
        wrapper.addWidget(self.why_not, 1)
        return wrapper

    def _offer_box(self) -> QGroupBox:
        self.offer = QFormLayout()
        self.offer_note = _label("applicationOfferNote", "muted")
        self.change_offer = self._button(
            "changeOfferButton", tr("Change &offer…"), self.change_offer_requested.emit
        )
        self.schedule = QTableWidget(0, 5)
        self.schedule.setObjectName("applicationSchedule")
        self.schedule.setHorizontalHeaderLabels(
            [tr("No."), tr("Payment"), tr("Interest"), tr("Principal"), tr("Balance")]
        )
        self.schedule.verticalHeader().hide()
        header = self.schedule.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.schedule.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.schedule.setMaximumHeight(180)
        holder = QWidget()
        holder.setLayout(self.offer)
        box = self._box(tr("Product and offer"), holder, self.offer_note, self.schedule)
        box.setObjectName("applicationOffer")
        self._with_row(box, self.change_offer)
        return box

    def _documents_box(self) -> QGroupBox:
        self.checklist = QTreeWidget()
        self.checklist.setObjectName("applicationChecklist")
        self.checklist.setHeaderLabels(
            [tr("Document"), tr("Status"), tr("Reason"), tr("Channel"), tr("By"), tr("When")]
        )
        self.checklist.setMinimumHeight(110)
        # The documents panel (attach, view, verify or reject files) goes in this slot.
        self.documents_slot = QVBoxLayout()
        self.documents_slot.setContentsMargins(0, 0, 0, 0)
        slot = QWidget()
        slot.setObjectName("applicationDocumentsSlot")
        slot.setLayout(self.documents_slot)
        box = self._box(tr("Documents"), self.checklist, slot)
        box.setObjectName("applicationDocuments")
        return box

    def set_documents_panel(self, panel: QWidget) -> None:
        """The documents panel replaces the read-only checklist."""
        self.checklist.hide()
        self.documents_slot.addWidget(panel)

    def _checks_box(self) -> QGroupBox:
        self.identity = _label("applicationIdentity")
        self.consents = _label("applicationConsents")
        self.identity_button = self._button(
            "checkIdentityButton", tr("Check &identity…"), self.identity_requested.emit
        )
        self.consents_button = self._button(
            "consentsButton", tr("&Consents…"), self.consents_requested.emit
        )
        self.sign_button = self._button("signButton", tr("Si&gn…"), self.sign_requested.emit)
        self.sign_button.setProperty("kind", "primary")
        buttons = QHBoxLayout()
        buttons.addWidget(self.identity_button)
        buttons.addWidget(self.consents_button)
        buttons.addWidget(self.sign_button)
        buttons.addStretch(1)
        box = self._box(tr("Identity and consents"), self.identity, self.consents)
        box.setObjectName("applicationChecks")
        self._with_row(box, buttons)
        return box

    def _history_box(self) -> QGroupBox:
        self.history = QListWidget()
        self.history.setObjectName("applicationHistory")
        self.history.setMinimumHeight(120)
        return self._box(tr("History"), self.history)

    # -- what the controller shows ------------------------------------------------------

    def show_detail(self, detail: ApplicationDetail) -> None:
        self.title.setText(
            tr("{number} · {status} · version {version}").format(
                number=detail.number,
                status=texts.stage(detail.stage, detail.stalled),
                version=detail.version,
            )
        )
        self.next_step.setText(texts.next_step(detail))
        applicant = detail.applicant
        contact = " · ".join(part for part in (applicant.phone, applicant.email) if part)
        self.applicant.setText(
            f'<a href="customer">{applicant.name}</a> ({applicant.number})<br>{contact}<br>'
            + tr("Started: {channel}").format(channel=labels.channel(detail.channel))
        )
        self._show_offer(detail)
        self._show_checklist(detail.checklist)
        self._show_checks(detail)
        self._show_history(detail)

    def _show_offer(self, detail: ApplicationDetail) -> None:
        while self.offer.rowCount():
            self.offer.removeRow(0)
        offer = detail.offer
        product = labels.product(detail.product) if detail.product else tr("No product")
        self.offer.addRow(tr("Product"), _value("offerProductValue", product))
        if offer is None:
            self.offer_note.setText(tr("No offer yet: choose the amount and term."))
            self.schedule.setRowCount(0)
            return
        self.offer_note.setText("")
        for name, value in offer_lines(offer):
            self.offer.addRow(name, _value("", value))
        self.schedule.setRowCount(len(detail.schedule))
        for row, item in enumerate(detail.schedule):
            values = [
                str(item.n),
                money(item.payment, offer.currency),
                money(item.interest, offer.currency),
                money(item.principal, offer.currency),
                money(item.balance, offer.currency),
            ]
            for column, value in enumerate(values):
                cell = QTableWidgetItem(value)
                if column:
                    cell.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.schedule.setItem(row, column, cell)

    def _show_checklist(self, checklist: tuple[ChecklistItem, ...]) -> None:
        self.checklist.clear()
        for item in checklist:
            top = QTreeWidgetItem([labels.document(item.code), labels.document_state(item.state)])
            for file in item.files:
                when = file.checked_at or file.uploaded_at
                who = file.checked_by or file.uploaded_by
                QTreeWidgetItem(
                    top,
                    [
                        file.filename,
                        labels.document_state(file.status),
                        file.reason,
                        labels.channel(file.channel),
                        who,
                        local_time(when),
                    ],
                )
            self.checklist.addTopLevelItem(top)
        self.checklist.expandAll()

    def _show_checks(self, detail: ApplicationDetail) -> None:
        identity = detail.identity
        if identity is None:
            self.identity.setText(tr("Identity document: not checked yet."))
        else:
            self.identity.setText(
                tr(
                    "{type} {number} ({country}), valid until {expiry}; "
                    "checked by {who}, {when}, {channel}"
                ).format(
                    type=labels.identity_type(identity.type),
                    number=identity.number_masked,
                    country=identity.country,
                    expiry=local_date(identity.expiry),
                    who=identity.checked_by or "—",
                    when=local_time(identity.checked_at),
                    channel=labels.channel(identity.channel) if identity.channel else "",
                )
            )
        lines = []
        for consent in detail.consents:
            if consent.given:
                where = consent.place or labels.channel(consent.channel)
                lines.append(
                    tr("✓ {consent}: {when}, {where} ({channel})").format(
                        consent=labels.consent(consent.code),
                        when=local_time(consent.at),
                        where=where,
                        channel=labels.channel(consent.channel),
                    )
                )
            elif consent.required:
                lines.append(
                    tr("✗ {consent}: not given yet").format(consent=labels.consent(consent.code))
                )
        self.consents.setText("<br>".join(lines))

    def _show_history(self, detail: ApplicationDetail) -> None:
        self.history.clear()
        for event in detail.history:
            text = tr("{when} · {channel} · {what}").format(
                when=local_time(event.occurred_at),
                channel=labels.channel(event.channel),
                what=texts.history_text(event),
            )
            if event.staff:
                text = tr("{text} ({staff})").format(text=text, staff=event.staff)
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, event.channel)
            self.history.addItem(item)

    def set_action(self, name: str, visible: bool, enabled: bool = True, why: str = "") -> None:
        button = self.action_buttons[name]
        button.setVisible(visible)
        button.setEnabled(enabled)
        button.setToolTip(why)

    def set_why_not(self, text: str) -> None:
        self.why_not.setText(text)

    def set_checks(self, editable: bool, can_sign: bool) -> None:
        self.change_offer.setEnabled(editable)
        self.identity_button.setEnabled(editable)
        self.consents_button.setEnabled(editable)
        self.sign_button.setEnabled(can_sign)

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))


def _value(name: str, text: str) -> QLabel:
    label = _label(name)
    label.setText(text)
    return label
