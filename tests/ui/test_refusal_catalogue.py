"""One catalogue says every refusal: each code (and case) raised anywhere in sync/ has a
template whose placeholders are all among the parameters its raise sites pass, and the
web channel's Polish and Italian catalogues say the same templates."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

import pytest
from PySide6.QtCore import QLocale

from desktop.shared import formatting
from desktop.shared.refusal_texts import TEMPLATES, WORDS
from desktop.shared.refusals import describe, placeholders, template_key
from sync.server import messages_it, messages_pl
from tests.ui.refusal_sites import refusal_sites

SITES = refusal_sites()


def test_the_source_is_read_whole() -> None:
    """The reader finds the refusals it must: a code raised directly, through a helper and
    through a table, and the cases built step by step."""
    keys = {site.key for site in SITES}
    assert {
        "over_return.partly",
        "over_return.none_left",
        "invalid_field.decimals",
        "invalid_tax_id.nip",
        "order_expired",
        "not_paid.collect_goods",
        "duplicate_id.mutation_device",
        "not_found.web",
    } <= keys
    assert len({site.code for site in SITES}) >= 90


def test_every_refusal_has_a_template_with_its_parameters() -> None:
    problems: list[str] = []
    for site in SITES:
        where = f"{site.path}:{site.line}"
        if site.key not in TEMPLATES:
            problems.append(f"{where}: no template for {site.key}")
            continue
        missing = placeholders(TEMPLATES[site.key]) - site.params
        if missing:
            problems.append(f"{where}: {site.key} mentions {sorted(missing)}, not passed")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("catalogue", [messages_pl, messages_it], ids=["pl", "it"])
def test_the_web_channel_says_every_template(catalogue: object) -> None:
    templates: dict[str, str] = catalogue.TEMPLATES  # type: ignore[attr-defined]
    assert set(templates) == set(TEMPLATES)
    for key, english in TEMPLATES.items():
        assert placeholders(templates[key]) == placeholders(english), key
    assert set(catalogue.WORDS) == set(WORDS)  # type: ignore[attr-defined]


@pytest.fixture
def polish_numbers() -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale("pl_PL"))
    yield
    QLocale.setDefault(before)


def test_parameters_are_written_as_the_locale_writes_them(polish_numbers: None) -> None:
    said = describe(
        "payment_short",
        {
            "case": "advance",
            "due": "1234.50",
            "currency": "PLN",
            "total": "2000.00",
            "held": "765.50",
            "offered": "0.00",
        },
        None,
    )
    assert formatting.money(Decimal("1234.50"), "PLN") in said
    assert formatting.money(Decimal("765.50"), "PLN") in said
    window = describe("return_window_expired", {"days": 14, "closed_on": "2026-12-01"}, None)
    assert "01.12.2026" in window


def test_an_unknown_code_or_missing_parameters_give_the_server_s_sentence() -> None:
    assert describe("brand_new_code", {"x": 1}, "The server's own words.") == (
        "The server's own words."
    )
    # An older server: a refusal with no parameters.
    assert describe("over_return", {}, "Only 1 of 2 can still be returned.") == (
        "Only 1 of 2 can still be returned."
    )
    assert template_key("over_return", {"case": "partly"}) == "over_return.partly"
    assert template_key("order_empty", {}) == "order_empty"
