"""Correcting a refused change before it is sent again: one field per editable value.

The form is built from the change's own arguments: every number, text and yes/no value
staff can sensibly change (quantities, amounts, reasons, notes) gets a field; ids and
empty values are kept as they were. Nothing is JSON to staff.
"""

from __future__ import annotations

import copy
import uuid
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

Path = tuple[str | int, ...]
MAX_TEXT = 1000  # longer values (a signature image) are not edited here
INT_LIMIT = 1_000_000


@dataclass(frozen=True)
class EditableValue:
    path: Path  # where the value sits in the args: ("lines", 0, "quantity")
    key: str
    value: int | str | bool


def _is_id(key: str, value: object) -> bool:
    if key == "id" or key.endswith("_id"):
        return True
    if isinstance(value, str):
        try:
            uuid.UUID(value)
        except ValueError:
            return False
        return True
    return False


def editable_values(args: dict[str, Any] | list[Any], path: Path = ()
                    ) -> list[EditableValue]:
    """The scalar values of `args` (nested in lists and objects too) staff may change."""
    found: list[EditableValue] = []
    items: list[tuple[str | int, Any]] = (list(args.items()) if isinstance(args, dict)
                                          else list(enumerate(args)))
    for key, value in items:
        where = (*path, key)
        if isinstance(value, dict | list):
            found.extend(editable_values(value, where))
            continue
        name = key if isinstance(key, str) else str(path[-1]) if path else ""
        if value is None or not isinstance(value, bool | int | str) or _is_id(name, value):
            continue
        if isinstance(value, str) and len(value) > MAX_TEXT:
            continue
        found.append(EditableValue(where, name, value))
    return found


def with_values(args: dict[str, Any], values: dict[Path, object]) -> dict[str, Any]:
    """A copy of `args` with the values at the given paths replaced."""
    result = copy.deepcopy(args)
    for path, value in values.items():
        target: Any = result
        for step in path[:-1]:
            target = target[step]
        target[path[-1]] = value
    return result


def _tr(text: str) -> str:
    return QCoreApplication.translate("FixDialog", text)


def _key_label(key: str) -> str:
    known = {
        "quantity": _tr("Quantity"), "amount": _tr("Amount"),
        "expected_total": _tr("Total shown to the customer"), "reason": _tr("Reason"),
        "text": _tr("Text"), "note": _tr("Note"), "kind": _tr("Kind"),
        "method": _tr("Method"), "refund_method": _tr("Refund method"),
        "condition": _tr("Condition"), "delta": _tr("Change in stock"),
        "manager_override": _tr("Approved by a manager"), "reference": _tr("Reference"),
        "first_name": _tr("First name"), "last_name": _tr("Last name"),
        "email": _tr("E-mail"), "phone": _tr("Phone"), "currency": _tr("Currency"),
    }
    return known.get(key, key.replace("_", " ").capitalize())


def _group_label(key: str, number: int) -> str:
    known = {"lines": _tr("Line {n}"), "payments": _tr("Payment {n}")}
    return known.get(key, _key_label(key) + " {n}").format(n=number)


def label_for(item: EditableValue, args: dict[str, Any], names: dict[str, str]) -> str:
    """"Line 1 (USB-C cable) · Quantity": where the value is, in words."""
    parts: list[str] = []
    container: Any = args
    for position, step in enumerate(item.path[:-1]):
        container = container[step]
        following = item.path[position + 1]
        if isinstance(step, str) and isinstance(following, int):
            continue  # the list's name is given with its item's number
        if isinstance(step, int):
            label = _group_label(str(item.path[position - 1]), step + 1)
            found = container.items() if isinstance(container, dict) else ()
            named = next((names[str(v)] for k, v in found
                          if k.endswith("_id") and str(v) in names), None)
            parts.append(f"{label} ({named})" if named else label)
        else:
            parts.append(_key_label(step))
    parts.append(_key_label(item.key))
    return " · ".join(parts)


def _object_name(path: Path) -> str:
    return "fix_" + "_".join(str(step) for step in path)


class FixDialog(QDialog):
    """Edits a refused change; `submitted(args)` asks the page to send it corrected.

    The dialog stays open until the page reports the outcome: `close_done()` on success,
    `show_error(text)` when the corrected change is refused too.
    """

    submitted = Signal(dict)

    def __init__(self, title: str, reason: str, args: dict[str, Any],
                 names: dict[str, str] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fixDialog")
        self.setWindowTitle(self.tr("Correct and send again"))
        self._args = dict(args)
        self._editors: dict[Path, QWidget] = {}
        heading = QLabel(title)
        heading.setObjectName("fixTitle")
        heading.setProperty("kind", "subtitle")
        heading.setWordWrap(True)
        why = QLabel(self.tr("Refused because: {reason}").format(reason=reason))
        why.setObjectName("fixReason")
        why.setProperty("kind", "muted")
        why.setWordWrap(True)
        form = QFormLayout()
        values = editable_values(self._args)
        for item in values:
            editor = self._editor(item)
            editor.setObjectName(_object_name(item.path))
            self._editors[item.path] = editor
            form.addRow(label_for(item, self._args, names or {}), editor)
        self.error = QLabel()
        self.error.setObjectName("fixError")
        self.error.setProperty("kind", "error")
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Send corrected"))
        self.ok_button.setObjectName("fixSendButton")
        self.ok_button.setProperty("kind", "primary")
        self.ok_button.setDefault(True)
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(why)
        if values:
            layout.addLayout(form)
        else:
            nothing = QLabel(self.tr("Nothing in this change can be corrected here; "
                                     "retry it or discard it."))
            nothing.setObjectName("fixNothing")
            nothing.setProperty("kind", "muted")
            nothing.setWordWrap(True)
            layout.addWidget(nothing)
            self.ok_button.setEnabled(False)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        if values:
            self._editors[values[0].path].setFocus()

    def _editor(self, item: EditableValue) -> QWidget:
        if isinstance(item.value, bool):
            box = QCheckBox()
            box.setChecked(item.value)
            return box
        if isinstance(item.value, int):
            spin = QSpinBox()
            low = -INT_LIMIT if item.value < 0 or item.key == "delta" else 0
            spin.setRange(low, INT_LIMIT)
            spin.setValue(item.value)
            return spin
        line = QLineEdit(item.value)
        return line

    def editor(self, path: Path) -> QWidget | None:
        return self._editors.get(path)

    def values(self) -> dict[Path, object]:
        found: dict[Path, object] = {}
        for path, editor in self._editors.items():
            if isinstance(editor, QCheckBox):
                found[path] = editor.isChecked()
            elif isinstance(editor, QSpinBox):
                found[path] = editor.value()
            elif isinstance(editor, QLineEdit):
                found[path] = editor.text().strip()
        return found

    def args(self) -> dict[str, Any]:
        """The change's arguments with the corrections made in the form."""
        return with_values(self._args, self.values())

    def _submit(self) -> None:
        self.error.hide()
        self.submitted.emit(self.args())

    def set_busy(self, busy: bool) -> None:
        self.ok_button.setEnabled(not busy and bool(self._editors))
        for editor in self._editors.values():
            editor.setEnabled(not busy)

    def show_error(self, text: str) -> None:
        self.set_busy(False)
        self.error.setText(text)
        self.error.show()

    def close_done(self) -> None:
        self.accept()
