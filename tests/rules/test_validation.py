"""Customer data checks shared by the desktop form and the customer commands."""

from __future__ import annotations

import random

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sync.rules import validation as v
from sync.server.demo import taxids


@pytest.mark.parametrize("email", ["ala@example.com", " Ala.Nowak@Example.COM ", "a+b@x.co"])
def test_e_mail_addresses_are_accepted_and_stored_lower_case(email: str) -> None:
    assert v.email_problem(email) is None
    assert v.normal_email(email) == email.strip().lower()


@pytest.mark.parametrize("email", ["ala", "ala@", "ala@example", "a la@example.com", "@x.pl"])
def test_bad_e_mail_addresses_are_refused_with_a_reason(email: str) -> None:
    problem = v.email_problem(email)
    assert problem is not None
    assert (problem.field, problem.code) == ("email", "invalid_email")
    assert "e-mail" in problem.message


@pytest.mark.parametrize(
    ("phone", "country", "stored"),
    [
        ("+48 601 234 567", "PL", "+48601234567"),
        ("601-234-567", "PL", "601234567"),
        ("0048 601 234 567", "PL", "+48601234567"),
        ("+39 02 1234 5678", "IT", "+390212345678"),
        ("347 123 4567", "IT", "3471234567"),
        ("+39 347 123 4567", "PL", "+393471234567"),  # a Polish customer with an Italian mobile
        ("+49 30 1234567", "PL", "+49301234567"),
    ],
)
def test_phone_numbers_of_each_country(phone: str, country: str, stored: str) -> None:
    assert v.phone_problem(phone, country) is None
    assert v.normal_phone(phone) == stored


@pytest.mark.parametrize(
    ("phone", "country"),
    [
        ("12ab", "PL"),
        ("+48 601 234 56", "PL"),  # 8 digits
        ("+48 601 234 5678", "PL"),  # 10 digits
        ("60123456", "PL"),
        ("+39 12 345 678", "IT"),  # Italian numbers start with 0 or 3
        ("02 12", "IT"),
        ("+1", "PL"),
    ],
)
def test_bad_phone_numbers_are_refused_with_an_example(phone: str, country: str) -> None:
    problem = v.phone_problem(phone, country)
    assert problem is not None and problem.code == "invalid_phone"
    assert ("+48" if country == "PL" else "+39") in problem.message


def test_polish_nip_checksum() -> None:
    assert v.tax_id_problem("123-456-32-18", "PL") is None
    assert v.tax_id_problem("PL 1234563218", "PL") is None
    assert v.normal_tax_id("PL 123-456-32-18", "PL") == "1234563218"
    problem = v.tax_id_problem("1234563217", "PL")
    assert problem is not None and problem.code == "invalid_tax_id" and "NIP" in problem.message
    assert v.tax_id_problem("123456321", "PL") is not None


def test_italian_partita_iva_and_codice_fiscale() -> None:
    assert v.tax_id_problem("IT12345678903", "IT") is None
    assert v.tax_id_problem("rssmra80a01h501u", "IT") is None
    assert v.normal_tax_id("rssmra80a01h501u", "IT") == "RSSMRA80A01H501U"
    for bad in ("12345678904", "RSSMRA80A01H501X", "RSSMRA80A01H5O1U", "1234"):
        problem = v.tax_id_problem(bad, "IT")
        assert problem is not None and "partita IVA" in problem.message
    assert v.tax_id_problem("1234563218", "IT") is not None  # a NIP is not Italian


@given(st.integers(min_value=0, max_value=2**32))
def test_generated_tax_ids_are_valid_and_any_one_digit_typo_is_caught(seed: int) -> None:
    rng = random.Random(seed)
    nip, piva = taxids.nip(rng), taxids.partita_iva(rng)
    assert v.valid_nip(nip) and v.valid_partita_iva(piva)
    position, typo = rng.randrange(10), rng.randrange(1, 10)
    wrong = nip[:position] + str((int(nip[position]) + typo) % 10) + nip[position + 1 :]
    assert not v.valid_nip(wrong)
    position = rng.randrange(11)
    wrong = piva[:position] + str((int(piva[position]) + typo) % 10) + piva[position + 1 :]
    assert not v.valid_partita_iva(wrong)


def test_postal_codes_per_country() -> None:
    assert v.postal_code_problem("00-950", "PL") is None
    assert v.postal_code_problem("20121", "IT") is None
    problem = v.postal_code_problem("00950", "PL")
    assert problem is not None and "00-950" in problem.message


def test_a_whole_customer_gives_every_problem_and_skips_blank_fields() -> None:
    problems = v.customer_problems(
        {
            "first_name": "Ala",
            "last_name": " ",
            "email": "ala@",
            "phone": "",
            "tax_id": "1234563217",
            "postal_code": None,
        },
        "PL",
    )
    assert [p.field for p in problems] == ["last_name", "email", "tax_id"]
    assert (
        v.customer_problems(
            {
                "first_name": "Ala",
                "last_name": "Nowak",
                "email": "ala@example.com",
                "phone": "+48601234567",
                "tax_id": "1234563218",
                "postal_code": "00-950",
            },
            "PL",
        )
        == []
    )


def test_a_problem_becomes_the_refusal_the_commands_raise() -> None:
    problem = v.email_problem("nope")
    assert problem is not None
    refusal = problem.violation()
    assert (refusal.code, refusal.message) == ("invalid_email", problem.message)
