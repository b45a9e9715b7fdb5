"""What happens in the customer form: fields checked as staff leave them and all of them
before saving, with the shared checks (`sync.rules.validation`, the same the
`customer.create` and `customer.update` commands run on the device and on the central
API); nothing is saved while a field is wrong. Saving is a change op; a refusal from the
command (a duplicate e-mail, say) is shown in the form, which stays open."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import QObject, Signal

from desktop.customers.customer_form import TEXT_FIELDS, CustomerForm
from desktop.customers.data import CustomerProfile
from desktop.services.ops import ChangeOp
from desktop.services.workspace import Workspace
from desktop.shared.errors import explain
from desktop.shared.i18n import tr
from desktop.shared.refusals import describe
from sync.rules import validation

COUNTRY_SHAPED = ("phone", "tax_id", "postal_code")  # checked again when the country changes


class CustomerFormController(QObject):
    """Drives `view`; `saved(customer id)` once stored (the view is then accepted)."""

    saved = Signal(object)  # uuid.UUID

    def __init__(
        self, workspace: Workspace, view: CustomerForm, customer: CustomerProfile | None = None
    ) -> None:
        super().__init__(view)
        self.workspace = workspace
        self.view = view
        self.customer = customer
        self._saving = False
        view.field_left.connect(self._check_field)
        view.country_changed.connect(lambda _: self._country_changed())
        view.submit_requested.connect(self.submit)
        self._country_changed()

    def _country_changed(self) -> None:
        self.view.show_examples(self.view.chosen_country() == "IT")
        for name in COUNTRY_SHAPED:
            if self.view.has_text(name):
                self._check_field(name)

    # -- checking -----------------------------------------------------------------------

    def _message(self, problem: validation.Problem, country: str) -> str:
        """The translated sentence for a problem with a field."""
        italian = country == "IT"
        messages = {
            "first_name": tr("Enter the first name."),
            "last_name": tr("Enter the last name."),
            "email": tr("This is not an e-mail address; it looks like anna.nowak@example.com."),
            "phone": (
                tr(
                    "This is not an Italian phone number; it looks like "
                    "+39 02 1234 5678 or +39 347 123 4567."
                )
                if italian
                else tr("This is not a Polish phone number: it has 9 digits, like +48 601 234 567.")
            ),
            "tax_id": (
                tr(
                    "This is neither a valid codice fiscale (16 characters) nor "
                    "a valid partita IVA (11 digits)."
                )
                if italian
                else tr(
                    "This NIP is not valid: a NIP has 10 digits and the "
                    "last one must match the check digit."
                )
            ),
            "postal_code": (
                tr("An Italian postal code has 5 digits, like 20121.")
                if italian
                else tr("A Polish postal code looks like 00-950.")
            ),
        }
        return messages.get(problem.field) or describe(
            problem.code, problem.params, problem.message
        )

    def _problems(self, names: tuple[str, ...] | None = None) -> dict[str, str]:
        country = self.view.chosen_country()
        values = self.view.values()
        if names is not None:
            values = {name: values[name] for name in names}
        return {
            p.field: self._message(p, country)
            for p in validation.customer_problems(values, country)
        }

    def _check_field(self, name: str) -> None:
        self.view.show_field_error(name, self._problems((name,)).get(name, ""))

    def check(self) -> bool:
        """Show every problem; True when there is none."""
        problems = self._problems()
        for name in TEXT_FIELDS:
            self.view.show_field_error(name, problems.get(name, ""))
        if problems:
            self.view.focus_field(next(name for name in TEXT_FIELDS if name in problems))
            self.view.show_form_error(tr("Correct the fields marked in red; nothing was saved."))
        else:
            self.view.hide_form_error()
        return not problems

    # -- saving -------------------------------------------------------------------------

    def _consents(self) -> dict[str, bool]:
        wanted = self.view.consents_ticked()
        if self.customer is None:
            return {name: granted for name, granted in wanted.items() if granted}
        before = {c.name: c.granted for c in self.customer.consents}
        return {
            name: granted for name, granted in wanted.items() if granted != before.get(name, False)
        }

    def command(self) -> tuple[str, dict[str, Any], uuid.UUID]:
        """The command that stores what the form holds: name, arguments, customer id."""
        values = self.view.values()
        args: dict[str, Any] = {"country": self.view.chosen_country()}
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
        if self._saving or not self.check():
            return
        name, args, customer_id = self.command()
        workspace = self.workspace
        self._set_saving(True)
        ChangeOp(
            parent=self,
            op=lambda: workspace.apply(name, args),
            success=lambda _: self._stored(customer_id),
        ).failure(self._refused).start()

    def _stored(self, customer_id: uuid.UUID) -> None:
        self._set_saving(False)
        self.saved.emit(customer_id)
        self.view.accept()

    def _refused(self, error: BaseException) -> None:
        self._set_saving(False)
        self.view.show_form_error(explain(error))

    def _set_saving(self, saving: bool) -> None:
        self._saving = saving
        self.view.set_saving(saving)
