"""A new application for a customer, from the customer 360 or the applications desk: the
kind, the customer's country's product, the amount and the term, with the offer previewed
live from the one engine; Create starts it (`application.start`, the place decided by the
rules: the device's branch, or none at a contact centre) and `NewApplication.started`
says which application to open.

`NewApplication.for_customer(id)` asks for the application; `choose_customer()` first
asks for the customer with the shared customer search."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desktop.services.ops import ChangeOp, QueryOp
from desktop.services.workspace import Workspace
from desktop.shared.customer_search import CustomerSearch
from desktop.shared.errors import explain
from desktop.shared.formatting import local_date, money, number
from desktop.shared.i18n import N_, tr
from desktop.shared.offer_form import OfferForm
from sync.model import Customer, Role
from sync.model.types import utcnow
from sync.rules.applications import TEMPLATES, ApplicationKind
from sync.rules.credit_products import default_product, products_for
from sync.rules.offers import Offer, quote

KINDS = {"loan": N_("Loan"), "order": N_("Instalment order")}
STARTERS = frozenset({Role.ADVISOR.value, Role.MANAGER.value})
DEFAULT_TERM = 12


@dataclass(frozen=True)
class ApplicantRef:
    """Who applies, as the dialog needs it."""

    id: uuid.UUID
    name: str
    number: str
    country: str
    segment: str


def may_start(workspace: Workspace) -> bool:
    """Whether the person signed in starts applications (advisors and managers)."""
    staff = workspace.staff
    return staff is not None and staff.role in STARTERS


def read_applicant(workspace: Workspace, customer_id: uuid.UUID) -> ApplicantRef | None:
    """Qt-free: the customer, if this device holds them (run it in a QueryOp)."""
    with workspace.read() as session:
        customer = session.get(Customer, customer_id)
        if customer is None:
            return None
        return ApplicantRef(
            id=customer.id,
            name=f"{customer.first_name} {customer.last_name}",
            number=customer.number,
            country=customer.country,
            segment=customer.segment,
        )


def start_application(
    workspace: Workspace,
    customer_id: uuid.UUID,
    kind: str,
    product: str,
    amount: Decimal,
    term: int,
) -> uuid.UUID:
    """Qt-free: a new draft with its product, amount and term, and what the customer's
    record already says of the applicant (run it in a ChangeOp)."""
    application_id = uuid.uuid4()
    fields: dict[str, object] = {}
    with workspace.read() as session:
        customer = session.get(Customer, customer_id)
        if customer is not None:
            known = {
                "first_name": customer.first_name,
                "last_name": customer.last_name,
                "email": customer.email,
                "phone": customer.phone,
            }
            template = TEMPLATES[ApplicationKind(kind)].fields
            fields = {name: value for name, value in known.items() if value and name in template}
    workspace.apply(
        "application.start",
        {
            "application_id": str(application_id),
            "customer_id": str(customer_id),
            "kind": kind,
            "branch_store_id": None,
            "product": product,
            "fields": {**fields, "amount": format(amount, "f"), "term_months": term},
        },
    )
    return application_id


def _lines(offer: Offer) -> list[tuple[str, str]]:
    cur = offer.currency
    return [
        (tr("Monthly instalment"), money(offer.instalment, cur)),
        (tr("Interest rate"), tr("{rate} % a year").format(rate=number(offer.nominal_rate, 2))),
        (tr("APR"), tr("{rate} %").format(rate=number(offer.apr, 2))),
        (tr("Total cost"), money(offer.total_cost, cur)),
        (tr("Total to repay"), money(offer.total_to_repay, cur)),
        (tr("Valid until"), local_date(offer.valid_until)),
    ]


class NewApplicationDialog(QDialog):
    """Kind, product, amount and term with the offer quoted as they are typed.
    `create_requested(kind, product, amount, term)`; then `refused(text)` or `accept()`."""

    create_requested = Signal(str, str, object, int)

    def __init__(self, applicant: ApplicantRef, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newApplicationDialog")
        self.setWindowTitle(tr("New application"))
        self.applicant = applicant
        who = QLabel(tr("{name} ({number})").format(name=applicant.name, number=applicant.number))
        who.setObjectName("newApplicationCustomer")
        self.kind = QComboBox()
        self.kind.setObjectName("newApplicationKind")
        for code, source in KINDS.items():
            if products_for(applicant.country, code):
                self.kind.addItem(tr(source), code)
        self.form = OfferForm(
            self._quote,
            _lines,
            prefix="newApplication",
            figures_name="newApplicationOffer",
            no_product=tr("No credit product is offered in this customer's country."),
        )
        self.product = self.form.product
        self.amount = self.form.amount
        self.term = self.form.term
        self.figures = self.form.figures
        self.problem = self.form.problem
        self.term.setValue(DEFAULT_TERM)
        self.limits = QLabel()
        self.limits.setObjectName("newApplicationLimits")
        self.limits.setProperty("kind", "muted")
        self.limits.setWordWrap(True)
        self.form.add_note(self.limits)
        self.form.fields.insertRow(0, tr("Customer"), who)
        self.form.fields.insertRow(1, tr("Kind"), self.kind)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.create_button = self.buttons.addButton(
            tr("C&reate"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.create_button.setObjectName("newApplicationCreate")
        self.buttons.accepted.connect(self._create)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.buttons)
        self.form.validity_changed.connect(self._quoted)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()

    @property
    def offer(self) -> Offer | None:
        return self.form.offer()

    def _quote(self, product: str, amount: Decimal, term: int) -> Offer:
        return quote(product, amount, term, self.applicant.segment, utcnow())

    def _kind_changed(self) -> None:
        kind = str(self.kind.currentData() or "loan")
        first = default_product(self.applicant.country, kind)
        self.form.load(
            [item.code for item in products_for(self.applicant.country, kind)],
            first.code if first is not None else None,
        )

    def _limits(self) -> str:
        for item in products_for(self.applicant.country):
            if item.code == self.product.currentData():
                return tr("From {low} to {high}, {shortest} to {longest} months.").format(
                    low=money(item.min_amount, item.currency),
                    high=money(item.max_amount, item.currency),
                    shortest=item.min_term,
                    longest=item.max_term,
                )
        return ""

    def refresh(self) -> None:
        """Quote again with what is typed; the problem said, Create off while there is one."""
        self.form.refresh()

    def _quoted(self, valid: bool) -> None:
        self.limits.setText(self._limits())
        self.create_button.setEnabled(valid)

    def show_problem(self, text: str) -> None:
        self.form.show_problem(text)

    def _create(self) -> None:
        values = self.form.values()
        if values is None:
            return
        self.create_button.setEnabled(False)
        self.create_requested.emit(str(self.kind.currentData()), *values)

    def refused(self, text: str) -> None:
        """Not started: why, with everything chosen still there."""
        self.show_problem(text)
        self.create_button.setEnabled(self.offer is not None)


class ChooseCustomerDialog(QDialog):
    """Who applies: the shared customer search; Enter or a click chooses."""

    chosen = Signal(object)  # the customer's id (UUID)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chooseApplicantDialog")
        self.setWindowTitle(tr("New application: who applies?"))
        self.search = CustomerSearch(workspace, self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search, 1)
        layout.addWidget(buttons)
        self.resize(560, 420)
        self.search.customer_chosen.connect(self._chosen)
        self.search.start()
        self.search.focus_search()

    def _chosen(self, customer_id: uuid.UUID) -> None:
        self.chosen.emit(customer_id)
        self.accept()


class NewApplication(QObject):
    """Runs the dialogs over `view` (the page); `started(application id)` once created."""

    started = Signal(object)  # uuid.UUID
    failed = Signal(str)  # the customer could not be read

    def __init__(self, workspace: Workspace, view: QWidget) -> None:
        super().__init__(view)
        self.workspace = workspace
        self.view = view
        self.dialog: QDialog | None = None
        self.busy = 0

    def choose_customer(self) -> None:
        if not may_start(self.workspace) or self.dialog is not None:
            return
        dialog = ChooseCustomerDialog(self.workspace, self.view)
        self._show(dialog)
        dialog.chosen.connect(self.for_customer)

    def for_customer(self, customer_id: uuid.UUID) -> None:
        if not may_start(self.workspace):
            return
        workspace = self.workspace
        self.busy += 1

        def read() -> ApplicantRef | None:
            return read_applicant(workspace, customer_id)

        def answered(applicant: ApplicantRef | None) -> None:
            self.busy -= 1
            if applicant is None:
                self.failed.emit(tr("This customer is not on this device."))
            elif self.dialog is None:
                self._ask(applicant)

        def failed(error: BaseException) -> None:
            self.busy -= 1
            self.failed.emit(explain(error))

        QueryOp(parent=self, op=read, success=answered).failure(failed).latest_only(
            "applicant"
        ).start()

    def _show(self, dialog: QDialog) -> None:
        self.dialog = dialog
        dialog.finished.connect(lambda _r: self._closed(dialog))
        dialog.open()

    def _closed(self, dialog: QDialog) -> None:
        dialog.deleteLater()
        if self.dialog is dialog:
            self.dialog = None

    def _ask(self, applicant: ApplicantRef) -> None:
        dialog = NewApplicationDialog(applicant, self.view)
        workspace = self.workspace

        def create(kind: str, product: str, amount: Decimal, term: int) -> None:
            self.busy += 1

            def done(application_id: uuid.UUID) -> None:
                self.busy -= 1
                if self.dialog is dialog:
                    dialog.accept()
                self.started.emit(application_id)

            def refused(error: BaseException) -> None:
                self.busy -= 1
                if self.dialog is dialog:
                    dialog.refused(explain(error))
                else:
                    self.failed.emit(explain(error))

            ChangeOp(
                parent=self,
                op=lambda: start_application(workspace, applicant.id, kind, product, amount, term),
                success=done,
            ).failure(refused).start()

        dialog.create_requested.connect(create)
        self._show(dialog)
