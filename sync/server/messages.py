"""The web channel's sentences in the language its caller asks for (`Accept-Language`).

A refusal is said from its code and parameters with the Polish or Italian template of
the same key as the desktop's catalogue (`code.case` or `code`); English, an unknown code
or a template whose parameters did not all come keep the rules' own English sentence.
Money, counts and days are written as people write them in that language.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from decimal import Decimal, InvalidOperation
from string import Formatter
from typing import Any

from sync.rules.errors import COUNT_PARAMS, DATE_PARAMS, MONEY_PARAMS
from sync.server import messages_it, messages_pl

LANGUAGES = ("en", "pl", "it")
DEFAULT = "en"
NBSP = "\u00a0"

_CATALOGUES: dict[str, tuple[dict[str, str], dict[tuple[str, str], str]]] = {
    "pl": (messages_pl.TEMPLATES, messages_pl.WORDS),
    "it": (messages_it.TEMPLATES, messages_it.WORDS),
}
_SEPARATORS = {"pl": (NBSP, ","), "it": (".", ",")}
_SYMBOLS = {"PLN": "zł", "EUR": "€"}


def _weighted(part: str) -> tuple[str, float]:
    tag, *options = (piece.strip() for piece in part.split(";"))
    weight = 1.0
    for option in options:
        name, _, value = option.partition("=")
        if name.strip().lower() == "q":
            try:
                weight = float(value)
            except ValueError:
                weight = 0.0
    return tag.lower(), weight


def language(accept_language: str | None) -> str:
    """The language (`en`, `pl`, `it`) to answer in: the caller's most wanted one this
    server speaks (`pl-PL,pl;q=0.9,en;q=0.5` -> `pl`); English when none fits."""
    wanted: list[tuple[float, int, str]] = []
    for position, part in enumerate((accept_language or "").split(",")):
        if not part.strip():
            continue
        tag, weight = _weighted(part)
        primary = tag.split("-")[0]
        if weight > 0 and primary in LANGUAGES:
            wanted.append((-weight, position, primary))
    return min(wanted)[2] if wanted else DEFAULT


def _number(value: Decimal, decimals: int, language: str) -> str:
    group, point = _SEPARATORS[language]
    exact = f"{abs(value):.{decimals}f}"
    whole, _, fraction = exact.partition(".")
    groups: list[str] = []
    while len(whole) > 3:
        whole, groups = whole[:-3], [whole[-3:], *groups]
    text = group.join([whole, *groups]) + (point + fraction if fraction else "")
    return ("-" if value < 0 else "") + text


def _value(name: str, value: Any, params: Mapping[str, Any], language: str) -> str:
    words = _CATALOGUES[language][1]
    if isinstance(value, int) and not isinstance(value, bool):
        return _number(Decimal(value), 0, language) if name in COUNT_PARAMS else str(value)
    text = str(value)
    if (name, text) in words:
        return words[(name, text)]
    if name in MONEY_PARAMS:
        try:
            amount = _number(Decimal(text), 2, language)
        except InvalidOperation:
            return text
        currency = params.get("currency")
        return f"{amount}{NBSP}{_SYMBOLS.get(str(currency), currency)}" if currency else amount
    if name in DATE_PARAMS:
        try:
            day = date.fromisoformat(text)
        except ValueError:
            return text
        return day.strftime("%d.%m.%Y" if language == "pl" else "%d/%m/%Y")
    return text


def say(code: str, params: Mapping[str, Any] | None, message: str, language: str) -> str:
    """The refusal `code` with `params` in `language`; `message` (English) otherwise."""
    if language not in _CATALOGUES:
        return message
    params = params or {}
    templates = _CATALOGUES[language][0]
    case = params.get("case")
    key = f"{code}.{case}" if case and f"{code}.{case}" in templates else code
    template = templates.get(key)
    if template is None:
        return message
    needed = {field for _, field, _, _ in Formatter().parse(template) if field}
    if any(params.get(field) is None for field in needed):
        return message
    return template.format(
        **{field: _value(field, params[field], params, language) for field in needed}
    )
