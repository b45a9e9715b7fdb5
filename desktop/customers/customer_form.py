"""Creating or editing a customer: the dialog's fields, their messages and its buttons.

What is checked and saved is decided by `form_controller`; this only lays out and says
what staff do (`field_left(name)`, `country_changed`, `submit_requested`).
"""

from __future__ import annotations

from itertools import pairwise

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

from desktop.customers.data import CustomerProfile
from desktop.shared import labels
from desktop.shared.i18n import tr

TEXT_FIELDS = (
    "first_name",
    "last_name",
    "email",
    "phone",
    "tax_id",
    "loyalty_card",
    "street",
    "city",
    "postal_code",
)
MAX_LENGTHS = {
    "first_name": 80,
    "last_name": 80,
    "email": 254,
    "phone": 32,
    "tax_id": 32,
    "loyalty_card": 32,
    "street": 200,
    "city": 80,
    "postal_code": 16,
}
CONSENT_NAMES = ("marketing_email", "marketing_sms", "profiling")


def _error_label(name: str) -> QLabel:
    error = QLabel()
    error.setObjectName(name)
    error.setProperty("kind", "error")
    error.setWordWrap(True)
    error.hide()
    return error


class CustomerForm(QDialog):
    """New customer (no `customer`) or edit one, filled with what is known."""

    field_left = Signal(str)  # the field's name: staff finished editing it
    country_changed = Signal(str)
    submit_requested = Signal()

    def __init__(
        self,
        country: str = "PL",
        customer: CustomerProfile | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("customerForm")
        self.setWindowTitle(tr("Edit customer") if customer else tr("New customer"))
        self.setMinimumWidth(560)
        self.inputs: dict[str, QLineEdit] = {}
        self.errors: dict[str, QLabel] = {}
        self.country = QComboBox()
        self.country.setObjectName("country")
        self.country.addItem(tr("Poland"), "PL")
        self.country.addItem(tr("Italy"), "IT")
        self.consents: dict[str, QCheckBox] = {}
        self._build()
        self._fill(customer, country)
        self.country.currentIndexChanged.connect(
            lambda: self.country_changed.emit(self.chosen_country())
        )

    # -- layout -------------------------------------------------------------------------

    def _build(self) -> None:
        titles = {
            "first_name": tr("&First name"),
            "last_name": tr("&Last name"),
            "email": tr("&E-mail"),
            "phone": tr("&Phone"),
            "tax_id": tr("&Tax number"),
            "loyalty_card": tr("Loyalty &card"),
            "street": tr("St&reet"),
            "city": tr("C&ity"),
            "postal_code": tr("P&ostal code"),
        }
        form = QFormLayout()
        for name in TEXT_FIELDS:
            if name == "tax_id":
                form.addRow(tr("Co&untry"), self.country)
            field = QLineEdit()
            field.setObjectName(name)
            field.setMaxLength(MAX_LENGTHS[name])
            field.editingFinished.connect(lambda name=name: self.field_left.emit(name))
            error = _error_label(f"{name}Error")
            box = QVBoxLayout()
            box.setSpacing(2)
            box.addWidget(field)
            box.addWidget(error)
            label = QLabel(titles[name])
            label.setBuddy(field)
            form.addRow(label, box)
            self.inputs[name] = field
            self.errors[name] = error
        consents = QGroupBox(tr("Consents"))
        consent_box = QVBoxLayout(consents)
        for name in CONSENT_NAMES:
            tick = QCheckBox(labels.consent(name))
            tick.setObjectName(f"consent_{name}")
            consent_box.addWidget(tick)
            self.consents[name] = tick
        self.form_error = _error_label("formError")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("saveCustomer")
        self.save_button.setProperty("kind", "primary")
        self.save_button.setDefault(True)
        self.buttons.accepted.connect(self.submit_requested)
        self.buttons.rejected.connect(self.reject)
        chain: list[QWidget] = [self.inputs[name] for name in TEXT_FIELDS]
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

    # -- what staff entered -------------------------------------------------------------

    def values(self) -> dict[str, str | None]:
        """The fields as typed, blank ones as None."""
        return {name: field.text().strip() or None for name, field in self.inputs.items()}

    def chosen_country(self) -> str:
        return str(self.country.currentData())

    def consents_ticked(self) -> dict[str, bool]:
        return {name: box.isChecked() for name, box in self.consents.items()}

    def has_text(self, name: str) -> bool:
        return bool(self.inputs[name].text().strip())

    # -- what the controller shows ------------------------------------------------------

    def show_examples(self, italian: bool) -> None:
        """Placeholders showing what the country's numbers look like."""
        self.inputs["tax_id"].setPlaceholderText(
            tr("Codice fiscale or partita IVA") if italian else tr("NIP, 10 digits")
        )
        self.inputs["phone"].setPlaceholderText(
            "+39 02 1234 5678" if italian else "+48 601 234 567"
        )
        self.inputs["postal_code"].setPlaceholderText("20121" if italian else "00-950")

    def show_field_error(self, name: str, message: str) -> None:
        """The problem with field `name` ("" hides it)."""
        error = self.errors[name]
        if message == error.text() and bool(message) == error.isVisible():
            return
        error.setText(message)
        error.setVisible(bool(message))
        self._fit()

    def show_form_error(self, message: str) -> None:
        self.form_error.setText(message)
        self.form_error.show()
        self._fit()

    def hide_form_error(self) -> None:
        self.form_error.hide()

    def focus_field(self, name: str) -> None:
        self.inputs[name].setFocus(Qt.FocusReason.OtherFocusReason)

    def set_saving(self, saving: bool) -> None:
        self.save_button.setEnabled(not saving)

    def _fit(self) -> None:
        """Grow (never shrink below what staff chose) to show every message whole."""
        layout = self.layout()
        if layout is None:
            return
        layout.activate()
        wanted = layout.totalHeightForWidth(self.width())
        if wanted > self.height():
            self.resize(self.width(), wanted)
