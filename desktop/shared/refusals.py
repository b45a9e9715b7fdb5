"""A refusal in the staff's language, from its code and parameters.

The server (or the rules run on this device) refuses with a code, parameters and an
English sentence. `describe` looks the code (and its case) up in
`desktop.shared.refusal_texts`, translates the template and fills in the parameters as
this locale writes them: money with `formatting.money`, whole numbers and days through
the locale, the few words some parameters stand for translated. In English (a template
with no translation) the rules' own sentence is shown as it came, with its singulars and
plurals; so is it for an unknown code, or a template whose parameters did not all come
(an answer from an older server).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from decimal import Decimal, InvalidOperation
from string import Formatter
from typing import Any

from desktop.shared import formatting
from desktop.shared.i18n import tr
from desktop.shared.refusal_texts import COUNTS, DATES, MONEY, TEMPLATES, WORDS
from sync.rules.errors import RuleViolation


def template_key(code: str, params: Mapping[str, Any]) -> str | None:
    """The catalogue's key for a refusal: `code.case` or `code`; None when unknown."""
    case = params.get("case")
    if case and f"{code}.{case}" in TEMPLATES:
        return f"{code}.{case}"
    return code if code in TEMPLATES else None


def placeholders(template: str) -> set[str]:
    """The parameter names a template mentions."""
    return {name for _, name, _, _ in Formatter().parse(template) if name}


def _money(name: str, value: str, params: Mapping[str, Any]) -> str:
    try:
        amount = Decimal(value)
    except InvalidOperation:
        return value
    currency = params.get("currency")
    if isinstance(currency, str) and currency:
        return formatting.money(amount, currency)
    return formatting.number(amount, 2)


def _day(value: str) -> str:
    try:
        return formatting.local_date(date.fromisoformat(value))
    except ValueError:
        return value


def _value(name: str, value: Any, params: Mapping[str, Any]) -> str:
    if isinstance(value, bool) or value is None:
        return str(value)
    if isinstance(value, int):  # a count grouped as the locale groups; a number as is
        return formatting.quantity(value) if name in COUNTS else str(value)
    text = str(value)
    word = WORDS.get((name, text))
    if word is not None:
        return tr(word)
    if name in MONEY:
        return _money(name, text, params)
    if name in DATES:
        return _day(text)
    return text


def describe(code: str | None, params: Mapping[str, Any] | None, message: str | None) -> str:
    """The refusal in the staff's language; the server's `message` if it cannot be said."""
    params = params or {}
    key = template_key(code or "", params)
    if key is None:
        return message or code or ""
    template = TEMPLATES[key]
    said = tr(template)
    if said == template and message:  # English (or not translated yet): the rules' words
        return message
    needed = placeholders(template)
    if any(params.get(name) is None for name in needed):
        return message or said
    values = {name: _value(name, params[name], params) for name in needed}
    return said.format(**values)


def say(refusal: RuleViolation) -> str:
    """A refusal raised on this device (or rebuilt from the server's), in the staff's
    language."""
    return describe(refusal.code, refusal.params, refusal.message)
