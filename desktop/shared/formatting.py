"""How amounts, quantities, dates and times are shown: one way for every screen, receipt
and timeline entry, in the conventions of a locale.

Built on Qt's `QLocale`: it comes with PySide6 (no further dependency), carries the CLDR
data for pl_PL and it_IT (decimal point, group separator, where the currency symbol goes,
the order of day, month and year), and it is what Qt's own widgets (spin boxes, date
editors) follow, so what is shown agrees with what staff type. The locale in force is
`QLocale()`, the default the sign-in sets for the person signed in; each function takes
`locale=` for what follows another language (a receipt prints in the store's).

What we add to QLocale, on purpose:

- Money is exact. The digits of a `Decimal` are written here, with the locale's decimal
  point and group separator; `QLocale.toString(float)` would round large amounts.
- Thousands are always grouped (`1 234,50 zł`, `1.234,50 €`), also where CLDR leaves
  four-digit numbers ungrouped, so a column of amounts lines up. The Polish separator
  is QLocale's no-break space, so an amount never wraps; so is the space before `zł`.
- The currency goes where the locale puts it (`1 234,50 zł`, `1.234,50 €`, `€1,234.50`);
  it is the locale's own symbol for its own currency and otherwise the symbol English
  uses (`€`) or the ISO code: an English screen reads `PLN 1,234.50`, with a space
  between letters and digits as CLDR's currency spacing asks.
- Dates always have two-digit days and months and four-digit years, in the locale's
  order (`07.12.2026`, `07/12/2026`); times are always 24-hour (`14:05`). Times are
  stored in UTC and shown in the machine's time zone.
- The C locale (no language set) reads as British English: `€1,234.50`, `07/12/2026`.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from decimal import ROUND_HALF_UP, Decimal

from PySide6.QtCore import QDate, QLocale

NBSP = "\u00a0"
# The symbol of a currency in a locale whose own currency it is not (CLDR English).
SYMBOLS = {"EUR": "€", "USD": "$", "GBP": "£"}
# How the sync core writes an amount and a day into a timeline text: "8205.96 PLN".
WIRE_AMOUNT = re.compile(r"(?<![\w.,])(-?\d+\.\d{2}) ([A-Z]{3})\b")
WIRE_DAY = re.compile(r"(?<![\w-])(\d{4})-(\d{2})-(\d{2})(?![\w-])")


LOCALES = {"pl": "pl_PL", "it": "it_IT", "en": "en_GB"}


def locale_for(language: str) -> QLocale:
    """The locale a language's receipts and screens are written in (`pl` -> pl_PL)."""
    return QLocale(LOCALES.get(language, "en_GB"))


def in_force(locale: QLocale | None = None) -> QLocale:
    """`locale`, or the default one; the C locale reads as British English."""
    chosen = QLocale() if locale is None else locale
    if chosen.language() == QLocale.Language.C:
        return QLocale("en_GB")
    return chosen


def group_separator(locale: QLocale) -> str:
    """The locale's group separator; any space becomes a no-break space (never wraps)."""
    separator = locale.groupSeparator()
    return NBSP if separator.isspace() or separator == "\u202f" else separator


def number(value: Decimal | int, decimals: int = 0, locale: QLocale | None = None) -> str:
    """`value` with `decimals` decimals (half up), grouped by thousands: `1 234,50`."""
    place = in_force(locale)
    exact = Decimal(value).quantize(Decimal(1).scaleb(-decimals), ROUND_HALF_UP)
    whole, _, fraction = f"{abs(exact):f}".partition(".")
    separator = group_separator(place)
    groups: list[str] = []
    while len(whole) > 3:
        whole, groups = whole[:-3], [whole[-3:], *groups]
    text = separator.join([whole, *groups])
    if fraction:
        text += place.decimalPoint() + fraction
    return (place.negativeSign() if exact < 0 else "") + text


def quantity(value: int, locale: QLocale | None = None) -> str:
    """A count of units: `3`, `1 200`."""
    return number(value, 0, locale)


def currency_symbol(currency: str, locale: QLocale | None = None) -> str:
    """`zł` in Polish, `€` for euros, the ISO code (`PLN`) where the locale has none."""
    place = in_force(locale)
    if place.currencySymbol(QLocale.CurrencySymbolFormat.CurrencyIsoCode) == currency:
        return place.currencySymbol(QLocale.CurrencySymbolFormat.CurrencySymbol)
    return SYMBOLS.get(currency, currency)


def _pattern(place: QLocale) -> tuple[str, str]:
    """What goes before and after the number in the locale's currency format."""
    shown = place.toCurrencyString(1.0, "¤")
    before, _, after = shown.partition(place.toString(1.0, "f", 2))
    return before, after


def money(amount: Decimal, currency: str, locale: QLocale | None = None) -> str:
    """`1 234,50 zł`, `1.234,50 €`, `PLN 1,234.50`: exact, two decimals, never wrapping."""
    place = in_force(locale)
    digits = number(abs(amount), 2, place)
    symbol = currency_symbol(currency, place)
    before, after = _pattern(place)
    if "¤" in before:
        # CLDR currency spacing: letters next to digits get a space.
        spacing = NBSP if symbol[-1:].isalpha() and before.endswith("¤") else ""
        text = before.replace("¤", symbol).replace(" ", NBSP) + spacing + digits
    else:
        spacing = NBSP if symbol[:1].isalpha() and after.startswith("¤") else ""
        text = digits + spacing + after.replace("¤", symbol).replace(" ", NBSP)
    negative = amount.quantize(Decimal("0.01"), ROUND_HALF_UP) < 0
    return (place.negativeSign() if negative else "") + text.strip()


def date_format(locale: QLocale | None = None) -> str:
    """The locale's short date format with `dd`, `MM` and `yyyy`: `dd.MM.yyyy`."""
    short = in_force(locale).dateFormat(QLocale.FormatType.ShortFormat)
    short = re.sub(r"d+", "dd", short)
    short = re.sub(r"M+", "MM", short)
    return re.sub(r"y+", "yyyy", short)


def _local(value: datetime) -> datetime:
    """A stored time (UTC; a naive one is taken as UTC) in the machine's time zone."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone()


def local_date(value: date | datetime | None, locale: QLocale | None = None) -> str:
    """A day (`07.12.2026`, `07/12/2026`); a time is first taken to the local zone."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        value = _local(value).date()
    place = in_force(locale)
    return place.toString(QDate(value.year, value.month, value.day), date_format(place))


def clock(value: datetime | None) -> str:
    """The local time of day, 24-hour: `14:05`."""
    return "" if value is None else _local(value).strftime("%H:%M")


def local_time(value: datetime | None, locale: QLocale | None = None) -> str:
    """A stored (UTC) time in the machine's time zone, to the minute: `07.12.2026 14:05`."""
    if value is None:
        return ""
    return f"{local_date(value, locale)} {clock(value)}"


def amounts_in_text(text: str, locale: QLocale | None = None) -> str:
    """A text the sync core wrote (`... for 8205.96 PLN, until 2026-11-23.`) with its
    amounts and days as the locale writes them (`8 205,96 zł`, `23.11.2026`)."""

    def day(found: re.Match[str]) -> str:
        try:
            return local_date(date(int(found[1]), int(found[2]), int(found[3])), locale)
        except ValueError:  # not a day after all
            return found[0]

    text = WIRE_AMOUNT.sub(lambda found: money(Decimal(found[1]), found[2], locale), text)
    return WIRE_DAY.sub(day, text)
