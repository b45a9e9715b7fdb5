"""Correcting a refused change before it is sent again: one field per editable value
(`fix_values`). Nothing is JSON to staff.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
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

from desktop.shared.i18n import tr
from desktop.sync_centre.fix_values import (
    EditableValue,
    Path,
    editable_values,
    label_for,
    with_values,
)

INT_LIMIT = 1_000_000


def _object_name(path: Path) -> str:
    return "fix_" + "_".join(str(step) for step in path)


class FixDialog(QDialog):
    """Edits a refused change; `submitted(args)` asks the page to send it corrected.

    The dialog stays open until the page reports the outcome: `close_done()` on success,
    `show_error(text)` when the corrected change is refused too.
    """

    submitted = Signal(dict)

    def __init__(
        self,
        title: str,
        reason: str,
        args: dict[str, Any],
        names: dict[str, str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("fixDialog")
        self.setWindowTitle(tr("Correct and send again"))
        self._args = dict(args)
        self._editors: dict[Path, QWidget] = {}
        heading = QLabel(title)
        heading.setObjectName("fixTitle")
        heading.setProperty("kind", "subtitle")
        heading.setWordWrap(True)
        why = QLabel(tr("Refused because: {reason}").format(reason=reason))
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
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(tr("&Send corrected"))
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
            nothing = QLabel(
                tr("Nothing in this change can be corrected here; retry it or discard it.")
            )
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
