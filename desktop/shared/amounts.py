"""Amounts as staff type them, read in the locale's conventions: exact `Decimal`s.

`parse_money` accepts what the locale writes (`1 234,50` and `1234,50` in Polish,
`1.234,50` in Italian, `1,234.50` in English), with or without the currency, and also a
lone decimal mark followed by one or two digits whichever it is (`1400,50` on an English
screen, `120.50` on a Polish one: no locale groups digits by two). What could be read two
ways is refused, with a hint written in the locale's form: in Polish `1.234` (a thousand
or one and a bit?) or `1,234.50`; in English `1,23`. More than two decimals are refused.
"""

from __future__ import annotations

import re
from decimal import Decimal

from PySide6.QtCore import QLocale

from desktop.shared.formatting import in_force, number
from desktop.shared.i18n import tr

SPACES = re.compile(r"[\s\u00a0\u2009\u202f]+")
SIGN = re.compile(r"^[-\u2212]")
CURRENCY = re.compile(r"^(zł|zl|pln|€|eur)|(zł|zl|pln|€|eur)$", re.IGNORECASE)
GROUPED = r"[1-9]\d{{0,2}}(?:{sep}\d{{3}})+"  # no leading 0: "0.500" is not 500
EXAMPLE = Decimal("1234.50")


class AmountProblem(ValueError):
    """Why a text is not an amount, with how to write it, in the staff's language."""


def _examples(place: QLocale) -> dict[str, str]:
    plain = number(EXAMPLE, 2, place).replace(place.groupSeparator(), "")
    return {"example": number(EXAMPLE, 2, place), "plain": plain.replace("\u00a0", "")}


def _not_an_amount(text: str, place: QLocale) -> AmountProblem:
    return AmountProblem(
        tr("“{text}” is not an amount; type it like {example} or {plain}.").format(
            text=text, **_examples(place)
        )
    )


def _two_ways(text: str, place: QLocale) -> AmountProblem:
    return AmountProblem(
        tr(
            "“{text}” can be read two ways; type it like {example} or {plain}, "
            "with “{point}” before the cents."
        ).format(text=text, point=place.decimalPoint(), **_examples(place))
    )


def _too_precise(text: str, place: QLocale) -> AmountProblem:
    return AmountProblem(
        tr("“{text}” has more than two decimals; type it like {example}.").format(
            text=text, **_examples(place)
        )
    )


def _whole(part: str, group: str) -> str | None:
    """The digits of the whole part, its groups checked (`1 234`, `1.234`), or None."""
    if re.fullmatch(r"\d+", part):
        return part
    for separator in {" ", group} - {""}:
        if re.fullmatch(GROUPED.format(sep=re.escape(separator)), part):
            return part.replace(separator, "")
    return None


def _decimal_mark(body: str, point: str, group: str, text: str, place: QLocale) -> str:
    """Which of `,` and `.` in `body` separates the cents ("" for none)."""
    marks = [mark for mark in ",." if mark in body]
    if len(marks) == 2:
        last = max(marks, key=body.rindex)
        if last != point or group not in marks or body.count(last) > 1:
            raise _two_ways(text, place)
        return last
    if not marks:
        return ""
    mark = marks[0]
    tail = body.rsplit(mark, 1)[1]
    if body.count(mark) == 1 and len(tail) in (1, 2):
        return mark  # nobody groups by two: a decimal mark in any locale
    if mark == group:
        return ""  # the whole part is checked for groups of three
    if mark == point and body.count(mark) == 1 and len(tail) > 3:
        raise _too_precise(text, place)
    raise _two_ways(text, place) if len(tail) == 3 else _not_an_amount(text, place)


def parse_money(text: str, locale: QLocale | None = None) -> Decimal:
    """The amount in `text`, exact; AmountProblem (with a hint) if it is not one."""
    place = in_force(locale)
    shown = text.strip()
    body = SPACES.sub(" ", shown)
    negative = bool(SIGN.match(body))
    body = CURRENCY.sub("", SIGN.sub("", body).strip()).strip()
    if not negative and SIGN.match(body):  # "zł -5"
        negative, body = True, SIGN.sub("", body).strip()
    if not body or not re.fullmatch(r"[\d][\d ,.]*", body) or body.endswith((" ", ",", ".")):
        raise _not_an_amount(shown, place)
    point = place.decimalPoint()
    group = place.groupSeparator() if place.groupSeparator() in ",." else ""
    mark = _decimal_mark(body, point, group, shown, place)
    whole, _, cents = body.rpartition(mark) if mark else (body, "", "")
    digits = _whole(whole, "" if group == mark else group)
    if digits is None or not re.fullmatch(r"\d{0,2}", cents):
        raise _not_an_amount(shown, place)
    amount = Decimal(f"{digits}.{cents}" if cents else digits)
    return -amount if negative else amount
