"""Polish and Italian identity and tax numbers with valid check digits.

Stored the way `sync.commands.customers.clean_tax_id` stores them: digits (or the
codice fiscale) without a country prefix.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from sync.server.demo.common import ascii_fold

NIP_WEIGHTS = (6, 5, 7, 2, 3, 4, 5, 6, 7)
PESEL_WEIGHTS = (1, 3, 7, 9, 1, 3, 7, 9, 1, 3)
CF_MONTHS = "ABCDEHLMPRST"
CF_ODD = dict(
    zip(
        "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
        (
            1,
            0,
            5,
            7,
            9,
            13,
            15,
            17,
            19,
            21,
            1,
            0,
            5,
            7,
            9,
            13,
            15,
            17,
            19,
            21,
            2,
            4,
            18,
            20,
            11,
            3,
            6,
            8,
            12,
            14,
            16,
            10,
            22,
            25,
            24,
            23,
        ),
        strict=True,
    )
)
# Cadastral codes of the towns Italian demo customers live in.
CF_TOWNS = {
    "Milano": "F205",
    "Roma": "H501",
    "Torino": "L219",
    "Bergamo": "A794",
    "Brescia": "B157",
    "Como": "C933",
    "Monza": "F704",
    "Novara": "F952",
}
VOWELS = frozenset("AEIOU")


def birth_date(rng: random.Random) -> date:
    """An adult's date of birth (born 1950-2004)."""
    return date(1950, 1, 1) + timedelta(days=rng.randint(0, 55 * 365))


def nip(rng: random.Random) -> str:
    """A Polish tax id (NIP), 10 digits with a valid check digit."""
    while True:
        digits = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(8)]
        check = sum(d * w for d, w in zip(digits, NIP_WEIGHTS, strict=True)) % 11
        if check < 10:
            return "".join(map(str, digits)) + str(check)


def partita_iva(rng: random.Random) -> str:
    """An Italian VAT number (partita IVA), 11 digits with a valid check digit."""
    digits = [rng.randint(0, 9) for _ in range(7)] + [int(c) for c in f"{rng.randint(1, 99):03d}"]
    total = 0
    for position, digit in enumerate(digits):
        if position % 2:
            digit *= 2
            digit -= 9 if digit > 9 else 0
        total += digit
    return "".join(map(str, digits)) + str((10 - total % 10) % 10)


def pesel(born: date, female: bool, rng: random.Random) -> str:
    """A Polish national id number (PESEL) for a date of birth and sex."""
    month = born.month + (20 if born.year >= 2000 else 0)
    serial = rng.randint(0, 999)
    sex = rng.choice((0, 2, 4, 6, 8) if female else (1, 3, 5, 7, 9))
    digits = f"{born.year % 100:02d}{month:02d}{born.day:02d}{serial:03d}{sex}"
    check = sum(int(d) * w for d, w in zip(digits, PESEL_WEIGHTS, strict=True)) % 10
    return digits + str((10 - check) % 10)


def _letters(text: str) -> tuple[list[str], list[str]]:
    letters = [c for c in ascii_fold(text).upper() if c.isalpha()]
    return [c for c in letters if c not in VOWELS], [c for c in letters if c in VOWELS]


def _surname_code(surname: str) -> str:
    consonants, vowels = _letters(surname)
    return "".join(consonants + vowels + ["X"] * 3)[:3]


def _name_code(name: str) -> str:
    consonants, vowels = _letters(name)
    if len(consonants) >= 4:
        return consonants[0] + consonants[2] + consonants[3]
    return "".join(consonants + vowels + ["X"] * 3)[:3]


def codice_fiscale(first: str, last: str, born: date, female: bool, town: str) -> str:
    """An Italian codice fiscale, 16 characters with a valid check character."""
    day = born.day + (40 if female else 0)
    body = (
        f"{_surname_code(last)}{_name_code(first)}{born.year % 100:02d}"
        f"{CF_MONTHS[born.month - 1]}{day:02d}{CF_TOWNS.get(town, 'F205')}"
    )
    total = sum(
        CF_ODD[c] if i % 2 == 0 else (int(c) if c.isdigit() else ord(c) - 65)
        for i, c in enumerate(body)
    )
    return body + chr(65 + total % 26)
