""" "Applicant details…": the fields of the application's template completed with the
customer, by phone or at the branch (amount and term are the offer's: Change offer…).
A view: `save_requested(changed fields)` says what staff confirmed; the controller saves
them and answers with `saved()` or `refused(text)`, the dialog staying open with what was
typed until then."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.shared.amounts import AmountProblem, parse_money
from desktop.shared.errors import explain
from desktop.shared.formatting import money, number
from desktop.shared.i18n import N_, tr
from sync.rules import applications as rules
from sync.rules.errors import RuleViolation

CENTS = Decimal("0.01")
OFFER_FIELDS = frozenset({"amount", "term_months"})  # changed with Change offer…

LABELS = {
    "first_name": N_("First name"),
    "last_name": N_("Last name"),
    "national_id": N_("National ID number"),
    "monthly_income": N_("Monthly net income"),
    "employment_type": N_("Employment type"),
    "employer_name": N_("Employer"),
    "loan_purpose": N_("Purpose of the loan"),
    "email": N_("E-mail"),
    "phone": N_("Phone"),
    "product_description": N_("Product"),
    "delivery_store": N_("Delivery store"),
    "notes": N_("Notes"),
}

EMPLOYMENT = {
    "permanent": N_("Permanent contract"),
    "fixed_term": N_("Fixed-term contract"),
    "self_employed": N_("Self-employed"),
    "retired": N_("Retired"),
    "other": N_("Other"),
}

ORDER = (  # the order staff ask in: the person, their work, the purpose, how to reach them
    "first_name",
    "last_name",
    "national_id",
    "monthly_income",
    "employment_type",
    "employer_name",
    "loan_purpose",
    "email",
    "phone",
    "product_description",
    "delivery_store",
    "notes",
)

Editor = QLineEdit | QComboBox | QPlainTextEdit


def editable_fields(kind: str) -> list[str]:
    """The template's fields edited here, in the order staff ask them."""
    known = set(rules.TEMPLATES[rules.ApplicationKind(kind)].fields) - OFFER_FIELDS
    return [name for name in ORDER if name in known] + sorted(known - set(ORDER))


def label(name: str) -> str:
    source = LABELS.get(name)
    return tr(source) if source is not None else name.replace("_", " ").capitalize()


def _decimal(value: object) -> Decimal | None:
    try:
        found = Decimal(str(value).strip())
    except InvalidOperation:
        return None
    return found if found.is_finite() else None


def shown_value(name: str, value: object, currency: str | None) -> str:
    """A field's value as the desk shows it: money formatted, a choice translated."""
    if value is None or str(value).strip() == "":
        return ""
    if name in rules.MONEY_FIELDS:
        amount = _decimal(value)
        if amount is not None:
            return money(amount, currency) if currency else number(amount, 2)
    if name == "employment_type":
        source = EMPLOYMENT.get(str(value))
        if source is not None:
            return tr(source)
    return str(value)


def summary(kind: str, fields: Mapping[str, object], currency: str | None) -> list[str]:
    """'Label: value' of each field filled in, in the order staff ask them."""
    lines = []
    for name in editable_fields(kind):
        text = shown_value(name, fields.get(name), currency)
        if text:
            lines.append(tr("{field}: {value}").format(field=label(name), value=text))
    return lines


class ApplicantFieldsDialog(QDialog):
    save_requested = Signal(object)  # dict[str, str | None]: only the fields changed

    def __init__(
        self, kind: str, fields: Mapping[str, object], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("applicantFieldsDialog")
        self.setWindowTitle(tr("Applicant details"))
        self.kind = kind
        self.current = dict(fields)
        self.editors: dict[str, Editor] = {}
        form = QFormLayout()
        for name in editable_fields(kind):
            editor = self._editor(name, fields.get(name))
            editor.setObjectName(f"field_{name}")
            self.editors[name] = editor
            form.addRow(label(name), editor)
        self.problem = QLabel()
        self.problem.setObjectName("fieldsProblem")
        self.problem.setProperty("kind", "error")
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

    @property
    def save_button(self) -> QWidget:
        return self.buttons.button(QDialogButtonBox.StandardButton.Save)

    def _editor(self, name: str, value: object) -> Editor:
        text = "" if value is None else str(value)
        if name == "employment_type":
            choice = QComboBox()
            choice.addItem("", None)
            for code, source in EMPLOYMENT.items():
                choice.addItem(tr(source), code)
            if text and choice.findData(text) < 0:  # a value from elsewhere stays as it is
                choice.addItem(text, text)
            choice.setCurrentIndex(max(choice.findData(text), 0) if text else 0)
            return choice
        if name == "notes":
            notes = QPlainTextEdit(text)
            notes.setTabChangesFocus(True)
            notes.setFixedHeight(70)
            return notes
        line = QLineEdit()
        if name in rules.MONEY_FIELDS and text:
            amount = _decimal(text)
            text = number(amount, 2) if amount is not None else text
        line.setText(text)
        line.setMaxLength(200)
        return line

    def _typed(self, name: str) -> str | None:
        editor = self.editors[name]
        if isinstance(editor, QComboBox):
            data = editor.currentData()
            return str(data) if data else None
        text = editor.toPlainText() if isinstance(editor, QPlainTextEdit) else editor.text()
        return text.strip() or None

    def _same(self, name: str, new: str | None) -> bool:
        old = self.current.get(name)
        if old is None or str(old).strip() == "":
            return new is None
        if new is None:
            return False
        if name in rules.MONEY_FIELDS:
            return _decimal(old) == _decimal(new)
        return str(old).strip() == new

    def changes(self) -> dict[str, str | None]:
        """The fields changed, as the command takes them; refuses (AmountProblem or
        RuleViolation) what cannot be saved, saying why."""
        changed: dict[str, str | None] = {}
        for name in self.editors:
            value = self._typed(name)
            if value is not None and name in rules.MONEY_FIELDS:
                try:
                    value = format(parse_money(value).quantize(CENTS), "f")
                except AmountProblem as problem:
                    raise AmountProblem(
                        tr("{field}: {problem}").format(field=label(name), problem=problem)
                    ) from None
            rules.validate_field(rules.ApplicationKind(self.kind), name, value)
            if not self._same(name, value):
                changed[name] = value
        return changed

    def _save(self) -> None:
        try:
            changed = self.changes()
        except (AmountProblem, RuleViolation) as problem:
            self.refused(explain(problem) if isinstance(problem, RuleViolation) else str(problem))
            return
        if not changed:
            self.accept()
            return
        self.show_problem("")
        self.save_button.setEnabled(False)
        self.save_requested.emit(changed)

    def show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))

    def refused(self, text: str) -> None:
        """Not saved: why, with everything typed still there."""
        self.show_problem(text)
        self.save_button.setEnabled(True)

    def saved(self) -> None:
        self.accept()
