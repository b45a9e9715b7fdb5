"""Creating or editing a customer: checked as staff type, saved through the workspace.

The checks are the shared ones (`sync.rules.validation`), the same the `customer.create`
and `customer.update` commands run on the device and on the central API; nothing is
saved while a field is wrong, and a refusal from the command (a duplicate e-mail, say)
is shown in the dialog, which stays open.
"""

from __future__ import annotations

import uuid
from itertools import pairwise
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.customers.queries import CustomerProfile
from desktop.services.background import run_in_background
from desktop.services.workspace import Workspace
from desktop.shared import labels
from desktop.ui.errors import explain
from sync.rules import validation

TEXT_FIELDS = ("first_name", "last_name", "email", "phone", "tax_id", "loyalty_card",
               "street", "city", "postal_code")
MAX_LENGTHS = {"first_name": 80, "last_name": 80, "email": 254, "phone": 32, "tax_id": 32,
               "loyalty_card": 32, "street": 200, "city": 80, "postal_code": 16}
CONSENT_NAMES = ("marketing_email", "marketing_sms", "profiling")


class CustomerForm(QDialog):
    """New customer (no `customer`) or edit one; `saved(customer_id)` when stored."""

    saved = Signal(object)  # uuid.UUID

    def __init__(self, workspace: Workspace, country: str = "PL",
                 customer: CustomerProfile | None = None, parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self.setObjectName("customerForm")
        self.workspace = workspace
        self.customer = customer
        self._busy = False
        self.setWindowTitle(self.tr("Edit customer") if customer else self.tr("New customer"))
        self.setMinimumWidth(560)
        self.inputs: dict[str, QLineEdit] = {}
        self.errors: dict[str, QLabel] = {}
        self.country = QComboBox()
        self.country.setObjectName("country")
        self.country.addItem(self.tr("Poland"), "PL")
        self.country.addItem(self.tr("Italy"), "IT")
        self.consents: dict[str, QCheckBox] = {}
        self._build()
        self._fill(customer, country)
        self.country.currentIndexChanged.connect(self._country_changed)
        self._country_changed()

    # -- layout -------------------------------------------------------------------------

    def _build(self) -> None:
        titles = {
            "first_name": self.tr("&First name"), "last_name": self.tr("&Last name"),
            "email": self.tr("&E-mail"), "phone": self.tr("&Phone"),
            "tax_id": self.tr("&Tax number"), "loyalty_card": self.tr("Loyalty &card"),
            "street": self.tr("St&reet"), "city": self.tr("C&ity"),
            "postal_code": self.tr("P&ostal code"),
        }
        form = QFormLayout()
        for name in TEXT_FIELDS:
            if name == "tax_id":
                form.addRow(self.tr("Co&untry"), self.country)
            field = QLineEdit()
            field.setObjectName(name)
            field.setMaxLength(MAX_LENGTHS[name])
            field.editingFinished.connect(lambda name=name: self._check_field(name))
            error = QLabel()
            error.setObjectName(f"{name}Error")
            error.setProperty("kind", "error")
            error.setWordWrap(True)
            error.hide()
            box = QVBoxLayout()
            box.setSpacing(2)
            box.addWidget(field)
            box.addWidget(error)
            label = QLabel(titles[name])
            label.setBuddy(field)
            form.addRow(label, box)
            self.inputs[name] = field
            self.errors[name] = error
        consents = QGroupBox(self.tr("Consents"))
        consent_box = QVBoxLayout(consents)
        for name in CONSENT_NAMES:
            box = QCheckBox(labels.consent(name))
            box.setObjectName(f"consent_{name}")
            consent_box.addWidget(box)
            self.consents[name] = box
        self.form_error = QLabel()
        self.form_error.setObjectName("formError")
        self.form_error.setProperty("kind", "error")
        self.form_error.setWordWrap(True)
        self.form_error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("saveCustomer")
        self.save_button.setProperty("kind", "primary")
        self.save_button.setDefault(True)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        chain = [self.inputs[name] for name in TEXT_FIELDS]
        chain.insert(TEXT_FIELDS.index("tax_id"), self.country)
        for before, after in pairwise(chain):
            self.setTabOrder(before, after)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(consents)
        layout.addWidget(self.form_error)
        layout.addWidget(self.buttons)

    def _fill(self, customer: CustomerProfile | None, country: str) -> None:
        if customer is not None:
            for name, field in self.inputs.items():
                field.setText(getattr(customer, name) or "")
            country = customer.country
            granted = {c.name: c.granted for c in customer.consents}
            for name, box in self.consents.items():
                box.setChecked(granted.get(name, False))
        index = self.country.findData(country)
        self.country.setCurrentIndex(max(index, 0))
        self.inputs["first_name"].setFocus(Qt.FocusReason.OtherFocusReason)

    def _country_changed(self) -> None:
        italian = self.country.currentData() == "IT"
        tax = self.inputs["tax_id"]
        tax.setPlaceholderText(self.tr("Codice fiscale or partita IVA") if italian
                               else self.tr("NIP, 10 digits"))
        self.inputs["phone"].setPlaceholderText("+39 02 1234 5678" if italian
                                                else "+48 601 234 567")
        self.inputs["postal_code"].setPlaceholderText("20121" if italian else "00-950")
        for name in ("phone", "tax_id", "postal_code"):
            if self.inputs[name].text().strip():
                self._check_field(name)

    # -- checking -----------------------------------------------------------------------

    def values(self) -> dict[str, str | None]:
        """The fields as typed, blank ones as None."""
        return {name: field.text().strip() or None for name, field in self.inputs.items()}

    def _message(self, problem: validation.Problem, country: str) -> str:
        """The translated sentence for a problem with a field."""
        italian = country == "IT"
        messages = {
            "first_name": self.tr("Enter the first name."),
            "last_name": self.tr("Enter the last name."),
            "email": self.tr("This is not an e-mail address; it looks like "
                             "anna.nowak@example.com."),
            "phone": (self.tr("This is not an Italian phone number; it looks like "
                              "+39 02 1234 5678 or +39 347 123 4567.") if italian
                      else self.tr("This is not a Polish phone number: it has 9 digits, "
                                   "like +48 601 234 567.")),
            "tax_id": (self.tr("This is neither a valid codice fiscale (16 characters) nor "
                               "a valid partita IVA (11 digits).") if italian
                       else self.tr("This NIP is not valid: a NIP has 10 digits and the "
                                    "last one must match the check digit.")),
            "postal_code": (self.tr("An Italian postal code has 5 digits, like 20121.")
                            if italian
                            else self.tr("A Polish postal code looks like 00-950.")),
        }
        return messages.get(problem.field, problem.message)

    def _problems(self, names: tuple[str, ...] | None = None) -> dict[str, str]:
        country = self.country.currentData()
        values = self.values()
        if names is not None:
            values = {name: values[name] for name in names}
        return {p.field: self._message(p, country)
                for p in validation.customer_problems(values, country)}

    def _check_field(self, name: str) -> None:
        problems = self._problems((name,))
        self._show_field_error(name, problems.get(name, ""))

    def _show_field_error(self, name: str, message: str) -> None:
        if message == self.errors[name].text() and bool(message) == self.errors[name].isVisible():
            return
        self.errors[name].setText(message)
        self.errors[name].setVisible(bool(message))
        self._fit()

    def _fit(self) -> None:
        """Grow (never shrink below what staff chose) to show every message whole."""
        self.layout().activate()
        wanted = self.layout().totalHeightForWidth(self.width())
        if wanted > self.height():
            self.resize(self.width(), wanted)

    def check(self) -> bool:
        """Show every problem; True when there is none."""
        problems = self._problems()
        for name in self.inputs:
            self._show_field_error(name, problems.get(name, ""))
        if problems:
            first = next(name for name in TEXT_FIELDS if name in problems)
            self.inputs[first].setFocus(Qt.FocusReason.OtherFocusReason)
            self._show_form_error(self.tr("Correct the fields marked in red; nothing was "
                                          "saved."))
        else:
            self.form_error.hide()
        return not problems

    # -- saving -------------------------------------------------------------------------

    def _consents(self) -> dict[str, bool]:
        wanted = {name: box.isChecked() for name, box in self.consents.items()}
        if self.customer is None:
            return {name: granted for name, granted in wanted.items() if granted}
        before = {c.name: c.granted for c in self.customer.consents}
        return {name: granted for name, granted in wanted.items()
                if granted != before.get(name, False)}

    def command(self) -> tuple[str, dict[str, Any], uuid.UUID]:
        """The command that stores what the form holds: name, arguments, customer id."""
        values = self.values()
        args: dict[str, Any] = {"country": self.country.currentData()}
        consents = self._consents()
        if consents:
            args["consents"] = consents
        if self.customer is None:
            customer_id = uuid.uuid4()
            args.update({name: value for name, value in values.items() if value is not None})
            args["customer_id"] = str(customer_id)
            return "customer.create", args, customer_id
        customer_id = self.customer.id
        args.update(values)
        args["customer_id"] = str(customer_id)
        return "customer.update", args, customer_id

    def submit(self) -> None:
        if self._busy or not self.check():
            return
        name, args, customer_id = self.command()
        workspace = self.workspace
        self._busy = True
        self.save_button.setEnabled(False)
        run_in_background(lambda: workspace.apply(name, args),
                          lambda _: self._stored(customer_id), self._refused)

    def _stored(self, customer_id: uuid.UUID) -> None:
        self._busy = False
        self.save_button.setEnabled(True)
        self.saved.emit(customer_id)
        self.accept()

    def _refused(self, error: BaseException) -> None:
        self._busy = False
        self.save_button.setEnabled(True)
        self._show_form_error(explain(error))

    def _show_form_error(self, message: str) -> None:
        self.form_error.setText(message)
        self.form_error.show()
        self._fit()
