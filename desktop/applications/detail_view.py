"""One application opened at the desk, to read at a glance: a header with its number,
stage and version, what is missing before the next step, the applicant and every action
its state allows; below it the sections as tabs (offer and schedule, documents, identity
and consents, history; Ctrl+1…4). Widgets only: `ApplicationsController` decides what is
offered and what happens."""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.applications import texts
from desktop.applications.fields_dialog import summary
from desktop.applications.offer_dialog import offer_lines
from desktop.applications.records import ApplicationDetail, ChecklistItem
from desktop.shared import labels
from desktop.shared.formatting import local_date, local_time, money
from desktop.shared.i18n import tr

ACTIONS = ("submit", "approve", "reject", "new_version", "withdraw")
OFFER, DOCUMENTS, CHECKS, HISTORY = range(4)  # the tabs, Ctrl+1…4


def _label(name: str, kind: str = "") -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if kind:
        label.setProperty("kind", kind)
    return label


def _scrolled(content: QWidget) -> QScrollArea:
    """A tab whose content may be taller than the tab: scrolled up and down only."""
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    scroll.setWidget(content)
    return scroll


class DetailView(QWidget):
    """Emits what staff ask for; `show_detail` fills it, `set_action` offers an action."""

    change_offer_requested = Signal()
    identity_requested = Signal()
    consents_requested = Signal()
    sign_requested = Signal()
    fields_requested = Signal()
    action_requested = Signal(str)  # one of ACTIONS
    customer_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("applicationDetail")
        self.title = _label("applicationTitle")
        self.title.setProperty("kind", "subtitle")
        self.next_step = _label("applicationNextStep")
        self.error = _label("applicationError", "error")
        self.error.hide()
        self.applicant = _label("applicationApplicant")
        self.applicant.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.applicant.linkActivated.connect(lambda _link: self.customer_requested.emit())
        self.why_not = _label("applicationWhyNot", "muted")
        self.why_not.hide()
        self.tabs = QTabWidget()
        self.tabs.setObjectName("applicationTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self._offer_tab(), tr("Offer"))
        self.tabs.addTab(self._documents_tab(), tr("Documents"))
        self.tabs.addTab(self._checks_tab(), tr("Identity and consents"))
        self.tabs.addTab(self._history_tab(), tr("History"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        self.fields_button = self._button(
            "applicantFieldsButton", tr("Applicant &details…"), self.fields_requested.emit
        )
        applicant = QHBoxLayout()  # who applies, and their details to complete
        applicant.addWidget(self.applicant, 1)
        applicant.addWidget(self.fields_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(applicant)
        layout.addWidget(self.next_step)
        layout.addWidget(self.error)
        layout.addLayout(self._actions())
        layout.addWidget(self.why_not)
        layout.addWidget(self.tabs, 1)

    # -- layout -------------------------------------------------------------------------

    def _button(self, name: str, text: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(lambda: slot())
        return button

    def _asks(self, name: str) -> Callable[[], None]:
        return lambda: self.action_requested.emit(name)

    def _actions(self) -> QHBoxLayout:
        """Every action in one row; the controller shows those the state allows."""
        texts_ = {
            "submit": tr("&Submit"),
            "approve": tr("&Approve"),
            "reject": tr("&Reject…"),
            "new_version": tr("New &version"),
            "withdraw": tr("&Withdraw…"),
        }
        self.sign_button = self._button("signButton", tr("Si&gn…"), self.sign_requested.emit)
        self.sign_button.setProperty("kind", "primary")
        self.identity_button = self._button(
            "checkIdentityButton", tr("Check &identity…"), self.identity_requested.emit
        )
        self.consents_button = self._button(
            "consentsButton", tr("&Consents…"), self.consents_requested.emit
        )
        self.action_buttons: dict[str, QPushButton] = {}
        for name in ACTIONS:
            button = self._button(f"application_{name}", texts_[name], self._asks(name))
            if name in ("submit", "approve"):
                button.setProperty("kind", "primary")
            if name in ("reject", "withdraw"):
                button.setProperty("kind", "danger")
            self.action_buttons[name] = button
        row = QHBoxLayout()
        row.addWidget(self.sign_button)
        for name in ("submit", "approve", "reject", "new_version"):
            row.addWidget(self.action_buttons[name])
        row.addWidget(self.identity_button)
        row.addWidget(self.consents_button)
        row.addStretch(1)
        row.addWidget(self.action_buttons["withdraw"])
        return row

    def _offer_tab(self) -> QWidget:
        """The offer's figures in two columns above the schedule, which fills the rest."""
        self.offer = QGridLayout()  # label, figure, a gap, label, figure
        self.offer.setColumnMinimumWidth(2, 16)
        self.offer.setColumnStretch(5, 1)
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
        self.schedule.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        tab = QWidget()
        tab.setObjectName("applicationOffer")
        column = QVBoxLayout(tab)
        column.addLayout(self.offer)
        column.addWidget(self.offer_note)
        column.addWidget(self.schedule, 1)
        return tab

    def _documents_tab(self) -> QWidget:
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
        content = QWidget()
        content.setObjectName("applicationDocuments")
        column = QVBoxLayout(content)
        column.addWidget(self.checklist)
        column.addWidget(slot)
        column.addStretch(1)
        return _scrolled(content)

    def set_documents_panel(self, panel: QWidget) -> None:
        """The documents panel replaces the read-only checklist."""
        self.checklist.hide()
        self.documents_slot.addWidget(panel)

    def _checks_tab(self) -> QWidget:
        self.applicant_fields = _label("applicationFields")
        self.identity = _label("applicationIdentity")
        self.consents = _label("applicationConsents")
        content = QWidget()
        content.setObjectName("applicationChecks")
        column = QVBoxLayout(content)
        column.addWidget(self.applicant_fields)
        column.addWidget(self.identity)
        column.addWidget(self.consents)
        column.addStretch(1)
        return _scrolled(content)

    def _history_tab(self) -> QWidget:
        self.history = QListWidget()
        self.history.setObjectName("applicationHistory")
        self.history.setWordWrap(True)
        self.history.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        return self.history

    def show_tab(self, index: int) -> None:
        """Ctrl+1…4: one of the sections (OFFER, DOCUMENTS, CHECKS, HISTORY)."""
        if self.isVisible():
            self.tabs.setCurrentIndex(index)

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
            " · ".join(
                part
                for part in (
                    f'<a href="customer">{applicant.name}</a> ({applicant.number})',
                    contact,
                    tr("Started: {channel}").format(channel=labels.channel(detail.channel)),
                )
                if part
            )
        )
        self._show_offer(detail)
        self._show_checklist(detail.checklist)
        self._show_checks(detail)
        self._show_history(detail)

    def _show_offer(self, detail: ApplicationDetail) -> None:
        while self.offer.count():
            taken = self.offer.takeAt(0)
            widget = taken.widget() if taken is not None else None
            if widget is not None and widget is not self.change_offer:
                widget.deleteLater()
        offer = detail.offer
        product = labels.product(detail.product) if detail.product else tr("No product")
        figures = [(tr("Product"), product, "offerProductValue")]
        if offer is None:
            self.offer_note.setText(tr("No offer yet: choose the amount and term."))
            self.offer_note.show()
            self.schedule.setRowCount(0)
            self._show_figures(figures)
            return
        self.offer_note.setText("")
        self.offer_note.hide()
        self._show_figures(figures + [(name, value, "") for name, value in offer_lines(offer)])
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

    def _show_figures(self, figures: list[tuple[str, str, str]]) -> None:
        """The figures in two columns, down the first then the second (a long name
        wraps, a figure stays on one line), and Change offer… where the second ends."""
        half = (len(figures) + 1) // 2
        for number, (name, value, object_name) in enumerate(figures):
            row, column = (number, 0) if number < half else (number - half, 3)
            title = _label("", "muted")
            title.setText(name)
            self.offer.addWidget(title, row, column)
            self.offer.addWidget(_value(object_name, value), row, column + 1)
        # Below the second column's last figure (its column is one shorter, or empty).
        end = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom
        self.offer.addWidget(self.change_offer, max(half - 1, 0), 3, 1, 3, end)

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
        lines = summary(detail.kind, detail.fields, detail.currency)
        self.applicant_fields.setText(
            "<br>".join(escape(line) for line in lines)
            if lines
            else tr("Applicant details: none given yet.")
        )
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
        self.why_not.setVisible(bool(text))

    def set_checks(self, editable: bool, can_sign: bool) -> None:
        """While a draft: the offer can change, the checks are offered; Sign… once
        nothing is missing."""
        self.change_offer.setEnabled(editable)
        for button in (self.fields_button, self.identity_button, self.consents_button):
            button.setVisible(editable)
            button.setEnabled(editable)
        self.sign_button.setVisible(can_sign)
        self.sign_button.setEnabled(can_sign)

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))


def _value(name: str, text: str) -> QLabel:
    """A figure of the offer, on one line."""
    label = _label(name)
    label.setWordWrap(False)
    label.setText(text)
    return label
