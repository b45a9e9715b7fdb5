"""Checks of a customer's contact and tax data, the same in every channel.

The desktop form runs them as staff type and the `customer.create` / `customer.update`
commands run them again on the device and on the central API, so a value one channel
accepts is accepted everywhere. Pure functions: each `*_problem` returns a `Problem`
(machine code and an English sentence) or None; each `normal_*` gives the stored form.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from dataclasses import field as dataclass_field

from sync.rules.errors import RuleViolation

COUNTRIES = ("PL", "IT")
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
SEPARATORS = re.compile(r"[\s\-().]")
# National significant numbers: Poland 9 digits; Italy landlines (0...) and mobiles (3...).
NATIONAL_PHONE = {"PL": re.compile(r"^[1-9][0-9]{8}$"), "IT": re.compile(r"^[03][0-9]{5,10}$")}
CALLING_CODES = {"PL": "48", "IT": "39"}
INTERNATIONAL_PHONE = re.compile(r"^\+[1-9][0-9]{7,14}$")
POSTAL_CODE = {"PL": re.compile(r"^[0-9]{2}-[0-9]{3}$"), "IT": re.compile(r"^[0-9]{5}$")}
POSTAL_EXAMPLE = {"PL": "00-950", "IT": "20121"}
NIP_WEIGHTS = (6, 5, 7, 2, 3, 4, 5, 6, 7)
CODICE_FISCALE = re.compile(
    r"^[A-Z]{6}[0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{2}[A-Z]"
    r"[0-9LMNPQRSTUV]{3}[A-Z]$"
)
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


@dataclass(frozen=True)
class Problem:
    """Why a value is refused: the field, a stable code and a sentence for staff."""

    field: str
    code: str
    message: str
    params: Mapping[str, object] = dataclass_field(default_factory=dict)
    """The values `message` mentions (`RuleViolation.params`)."""

    def violation(self) -> RuleViolation:
        return RuleViolation(self.code, self.message, self.params)


def _problem(field: str, message: str, params: Mapping[str, object] | None = None) -> Problem:
    return Problem(field, f"invalid_{field}", message, params or {})


# E-mail ---------------------------------------------------------------------------------


def normal_email(value: str) -> str:
    """Stored lower-case, without surrounding spaces."""
    return value.strip().lower()


def email_problem(value: str) -> Problem | None:
    if EMAIL.match(normal_email(value)):
        return None
    return _problem("email", f"{value!r} is not an e-mail address.", {"value": value})


# Phone ----------------------------------------------------------------------------------


def normal_phone(value: str) -> str:
    """Digits only, with a leading "+" for an international number ("00" counts as "+")."""
    phone = SEPARATORS.sub("", value)
    if phone.startswith("00"):
        phone = "+" + phone[2:]
    return phone


def _phone_fits(phone: str, country: str) -> bool:
    if not phone.startswith("+"):
        pattern = NATIONAL_PHONE.get(country)
        return pattern is not None and bool(pattern.match(phone))
    for home, code in CALLING_CODES.items():
        if phone.startswith("+" + code):
            return bool(NATIONAL_PHONE[home].match(phone[1 + len(code) :]))
    return bool(INTERNATIONAL_PHONE.match(phone))


def phone_problem(value: str, country: str) -> Problem | None:
    """Polish numbers have 9 digits (+48); Italian ones 6 to 11, starting 0 or 3 (+39)."""
    if _phone_fits(normal_phone(value), country):
        return None
    example = "+39 02 1234 5678" if country == "IT" else "+48 601 234 567"
    return _problem(
        "phone",
        f"{value!r} is not a phone number; use the form {example}.",
        {"value": value, "example": example},
    )


# Tax numbers ----------------------------------------------------------------------------


def valid_nip(digits: str) -> bool:
    """A Polish NIP: 10 digits, the last a weighted check digit modulo 11."""
    if not re.fullmatch(r"[0-9]{10}", digits):
        return False
    check = sum(w * int(d) for w, d in zip(NIP_WEIGHTS, digits, strict=False)) % 11
    return check == int(digits[9])


def valid_partita_iva(digits: str) -> bool:
    """An Italian partita IVA: 11 digits, the last a Luhn-style check digit."""
    if not re.fullmatch(r"[0-9]{11}", digits):
        return False
    total = 0
    for position, digit in enumerate(digits[:10]):
        n = int(digit)
        if position % 2:
            n = n * 2 - 9 if n * 2 > 9 else n * 2
        total += n
    return (10 - total % 10) % 10 == int(digits[10])


def valid_codice_fiscale(code: str) -> bool:
    """An Italian codice fiscale: 16 characters in its fixed pattern, with a check letter."""
    if not CODICE_FISCALE.match(code):
        return False
    total = sum(
        CF_ODD[c] if i % 2 == 0 else (int(c) if c.isdigit() else ord(c) - 65)
        for i, c in enumerate(code[:15])
    )
    return chr(65 + total % 26) == code[15]


def normal_tax_id(value: str, country: str) -> str:
    """Upper case, without separators or the country prefix ("PL", "IT")."""
    tax_id = re.sub(r"[\s\-.]", "", value).upper()
    if tax_id.startswith(country):
        tax_id = tax_id[len(country) :]
    return tax_id


def tax_id_problem(value: str, country: str) -> Problem | None:
    """PL: a NIP; IT: a partita IVA or a codice fiscale."""
    tax_id = normal_tax_id(value, country)
    if country == "PL":
        if valid_nip(tax_id):
            return None
        return _problem(
            "tax_id",
            f"{value!r} is not a valid NIP (10 digits with a check digit).",
            {"case": "nip", "value": value},
        )
    if country == "IT":
        if valid_partita_iva(tax_id) or valid_codice_fiscale(tax_id):
            return None
        return _problem(
            "tax_id",
            f"{value!r} is neither a valid codice fiscale (16 "
            "characters) nor a valid partita IVA (11 digits).",
            {"case": "it", "value": value},
        )
    return _problem(
        "tax_id",
        f"Tax numbers from {country!r} cannot be checked.",
        {"case": "country", "country": country},
    )


# Postal code ----------------------------------------------------------------------------


def postal_code_problem(value: str, country: str) -> Problem | None:
    pattern = POSTAL_CODE.get(country)
    if pattern is not None and pattern.match(value.strip()):
        return None
    example = POSTAL_EXAMPLE.get(country, "")
    return _problem(
        "postal_code",
        f"{value!r} is not a postal code in {country} (for example {example}).",
        {"value": value, "country": country, "example": example},
    )


# A whole customer -----------------------------------------------------------------------


def customer_problems(values: Mapping[str, str | None], country: str) -> list[Problem]:
    """Every problem in a customer's fields (blank fields are left out, names required)."""
    problems: list[Problem] = []
    for name in ("first_name", "last_name"):
        if name in values and not (values[name] or "").strip():
            problems.append(_problem(name, "A customer needs a first and a last name."))
    checks: dict[str, Callable[[str], Problem | None]] = {
        "email": email_problem,
        "phone": lambda v: phone_problem(v, country),
        "tax_id": lambda v: tax_id_problem(v, country),
        "postal_code": lambda v: postal_code_problem(v, country),
    }
    for name, check in checks.items():
        value = (values.get(name) or "").strip()
        if value:
            problem = check(value)
            if problem is not None:
                problems.append(problem)
    return problems
