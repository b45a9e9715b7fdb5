"""The PIN rules the till and the central API share."""

from __future__ import annotations

import pytest

from sync.rules.pins import MAX_PIN_LENGTH, MIN_PIN_LENGTH, broken_pin_rule, is_short_pin
from sync.server import auth
from sync.verifiers import hash_secret, verify_secret


@pytest.mark.parametrize(
    ("pin", "rule"),
    [
        ("12ab56", "digits"),
        ("１２３４５６", "digits"),
        ("", "digits"),
        ("12345", "short"),
        ("5839201746583", "long"),
        ("111111", "easy"),
        ("123456", "easy"),
        ("987654", "easy"),
        ("583920", None),
        ("112233", None),
        ("583920174658", None),
    ],
)
def test_a_new_pin_breaks_at_most_one_rule_named_for_the_screen(pin: str, rule: str | None) -> None:
    assert broken_pin_rule(pin) == rule


def test_a_pin_shorter_than_the_minimum_is_an_old_one_to_change() -> None:
    assert (MIN_PIN_LENGTH, MAX_PIN_LENGTH) == (6, 12)
    assert is_short_pin("2468") and not is_short_pin("583920")


def test_the_central_api_answers_with_the_same_rules_and_verifiers() -> None:
    assert auth.broken_pin_rule is broken_pin_rule
    assert auth.MIN_PIN_LENGTH == MIN_PIN_LENGTH and auth.MAX_PIN_LENGTH == MAX_PIN_LENGTH
    assert auth.pin_problem("12345") == f"A PIN has at least {MIN_PIN_LENGTH} digits."
    made_on_a_till = hash_secret("583920")
    assert auth.verify_secret("583920", made_on_a_till)
    assert not verify_secret("583921", made_on_a_till)
    assert not verify_secret("583920", "md5$not$ours") and not verify_secret("583920", "x")
