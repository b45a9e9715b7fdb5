"""The one exception business rules raise to refuse something."""

from __future__ import annotations


class RuleViolation(Exception):
    """A refusal: a stable machine `code` and a `message` staff can act on."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(code, message)
        self.code = code
        self.message = message

    def __str__(self) -> str:
        return f"{self.code}: {self.message}"
