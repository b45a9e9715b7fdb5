"""What of a refused change staff may correct, and where each value is, in words.

Every number, text and yes/no value in the change's arguments (nested in lines and
payments too) staff can sensibly change gets a field; ids, empty values and long texts
(a signature image) are kept as they were.
"""

from __future__ import annotations

import copy
import uuid
from dataclasses import dataclass
from typing import Any

from desktop.shared.i18n import tr

Path = tuple[str | int, ...]
MAX_TEXT = 1000  # longer values (a signature image) are not edited here


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


def editable_values(args: dict[str, Any] | list[Any], path: Path = ()) -> list[EditableValue]:
    """The scalar values of `args` (nested in lists and objects too) staff may change."""
    found: list[EditableValue] = []
    items: list[tuple[str | int, Any]] = (
        list(args.items()) if isinstance(args, dict) else list(enumerate(args))
    )
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


def _key_label(key: str) -> str:
    known = {
        "quantity": tr("Quantity"),
        "amount": tr("Amount"),
        "expected_total": tr("Total shown to the customer"),
        "reason": tr("Reason"),
        "text": tr("Text"),
        "note": tr("Note"),
        "kind": tr("Kind"),
        "method": tr("Method"),
        "refund_method": tr("Refund method"),
        "condition": tr("Condition"),
        "delta": tr("Change in stock"),
        "manager_override": tr("Approved by a manager"),
        "reference": tr("Reference"),
        "first_name": tr("First name"),
        "last_name": tr("Last name"),
        "email": tr("E-mail"),
        "phone": tr("Phone"),
        "currency": tr("Currency"),
    }
    return known.get(key, key.replace("_", " ").capitalize())


def _group_label(key: str, number: int) -> str:
    known = {"lines": tr("Line {n}"), "payments": tr("Payment {n}")}
    return known.get(key, _key_label(key) + " {n}").format(n=number)


def label_for(item: EditableValue, args: dict[str, Any], names: dict[str, str]) -> str:
    """ "Line 1 (USB-C cable) · Quantity": where the value is, in words."""
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
            named = next(
                (names[str(v)] for k, v in found if k.endswith("_id") and str(v) in names), None
            )
            parts.append(f"{label} ({named})" if named else label)
        else:
            parts.append(_key_label(step))
    parts.append(_key_label(item.key))
    return " · ".join(parts)
