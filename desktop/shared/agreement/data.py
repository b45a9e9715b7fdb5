"""What a credit agreement is made of, as plain data (no replica, no Qt)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal


@dataclass(frozen=True)
class ScheduleLine:
    """One instalment of the repayment schedule."""

    number: int
    due: date
    payment: Decimal
    principal: Decimal
    interest: Decimal
    balance: Decimal


@dataclass(frozen=True)
class Consent:
    """A consent the customer gave (`credit_check`, `data_processing`, ...) and when."""

    code: str
    given_at: datetime


@dataclass(frozen=True)
class AgreementData:
    """Everything the agreement says. `offer` is `sync.rules.offers.Offer.to_json()`: money
    and rates (percent a year) as text, `term_months` a number, `valid_until` ISO UTC."""

    application_number: str
    version: int
    customer_name: str
    customer_address: str
    national_id_masked: str
    product_name: str
    offer: Mapping[str, str | int]
    branch_name: str
    branch_address: str
    language: str  # "pl", "it" or "en": the customer's
    schedule: tuple[ScheduleLine, ...] = ()
    consents: tuple[Consent, ...] = ()

    @property
    def title(self) -> str:
        return f"{self.application_number} v{self.version}"


@dataclass(frozen=True)
class AuditData:
    """Who signed, before whom, when, where and on what: the signed agreement's audit page.
    Times are aware (UTC or any zone)."""

    document_sha256: str  # of the unsigned agreement PDF the customer read and signed
    signer_name: str
    witness_name: str
    witness_login: str
    signed_at: datetime
    device_name: str
    device_id: str
    branch: str
    identity_masked: str  # the ID document checked, e.g. "ID card ABC•••456, valid to ..."
    e_sign_consent_at: datetime
