"""The credit agreement PDF in the customer's language, and the signed one with its audit
page: opened and read back with PDFium."""

from __future__ import annotations

import hashlib
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, date, datetime
from decimal import Decimal

import pypdfium2 as pdfium
import pytest
from PySide6.QtWidgets import QApplication

from desktop.shared.agreement import (
    AgreementData,
    AuditData,
    Consent,
    ScheduleLine,
    agreement_pdf,
    signed_agreement_pdf,
)
from sync.rules.errors import RuleViolation

NBSP = "\u00a0"
STROKES = [
    [[100 + 20 * i, 500 + (40 if i % 2 else -40), 15 * i] for i in range(30)],
    [[300, 300, 900], [320, 700, 1000], [340, 300, 1100]],
]
DOCUMENT_SHA = "ab" * 32


def offer(currency: str) -> dict[str, str | int]:
    return {
        "product": "PL-CASH" if currency == "PLN" else "IT-PREST",
        "kind": "loan",
        "currency": currency,
        "segment": "standard",
        "amount": "12000.00",
        "instalment": "563.21",
        "last_instalment": "563.19",
        "arrangement_fee": "240.00",
        "monthly_fee": "0.00",
        "total_interest": "1277.02",
        "total_fees": "240.00",
        "total_cost": "1517.02",
        "total_to_repay": "13517.02",
        "nominal_rate": "11.90",
        "apr": "14.37",
        "term_months": 24,
        "quoted_at": "2026-12-07T10:00:00Z",
        "valid_until": "2026-12-21T10:00:00Z",
    }


def agreement(language: str, currency: str) -> AgreementData:
    return AgreementData(
        application_number="APP-2026-000123",
        version=1,
        customer_name="Anna Kowalska",
        customer_address="ul. Marszałkowska 1, 00-001 Warszawa",
        national_id_masked="•••••••1234",
        product_name="Cash loan",
        offer=offer(currency),
        branch_name="Omnidesk Oddział Warszawa",
        branch_address="ul. Świętokrzyska 5, 00-002 Warszawa",
        language=language,
        schedule=tuple(
            ScheduleLine(
                n,
                date(2027, n, 7),
                Decimal("563.21"),
                Decimal("500.00"),
                Decimal("63.21"),
                Decimal(12240 - 500 * n),
            )
            for n in range(1, 4)
        ),
        consents=(
            Consent("credit_check", datetime(2026, 12, 1, 9, tzinfo=UTC)),
            Consent("e_signature", datetime(2026, 12, 7, 10, 5, tzinfo=UTC)),
        ),
    )


AUDIT = AuditData(
    document_sha256=DOCUMENT_SHA,
    signer_name="Anna Kowalska",
    witness_name="Piotr Nowak",
    witness_login="p.nowak",
    signed_at=datetime(2026, 12, 7, 10, 15, 30, tzinfo=UTC),
    device_name="WAW-B1 desk 2",
    device_id="0f1e2d3c-aaaa-bbbb-cccc-111122223333",
    branch="PL-WAW-B1 Omnidesk Oddział Warszawa",
    identity_masked="ID card ABC•••456",
    e_sign_consent_at=datetime(2026, 12, 7, 10, 5, tzinfo=UTC),
)


def pages_text(data: bytes) -> list[str]:
    document = pdfium.PdfDocument(data)
    try:
        return [document[index].get_textpage().get_text_range() for index in range(len(document))]
    finally:
        document.close()


def flat(text: str) -> str:
    """Text with any kind of space as a plain space (PDF text keeps no-break spaces)."""
    return " ".join(text.replace(NBSP, " ").replace("\u202f", " ").split())


@pytest.mark.parametrize(
    ("language", "currency", "apr_name", "amount", "total", "rate"),
    [
        ("pl", "PLN", "RRSO", "12 000,00 zł", "13 517,02 zł", "14,37%"),
        ("it", "EUR", "TAEG", "12.000,00 €", "13.517,02 €", "14,37%"),
        ("en", "EUR", "APR", "€12,000.00", "€13,517.02", "14.37%"),
    ],
)
def test_the_agreement_is_in_the_customers_language(
    qapp: QApplication,
    language: str,
    currency: str,
    apr_name: str,
    amount: str,
    total: str,
    rate: str,
) -> None:
    unsigned = agreement_pdf(agreement(language, currency))
    assert unsigned.startswith(b"%PDF-")
    pages = pages_text(unsigned)
    text = flat(" ".join(pages))
    assert f"({apr_name})" in text
    assert amount in text and total in text and rate in text
    assert "APP-2026-000123" in text and "Anna Kowalska" in text
    assert "•••••••1234" in text or "1234" in text

    signed = signed_agreement_pdf(agreement(language, currency), STROKES, AUDIT)
    signed_pages = pages_text(signed)
    assert len(signed_pages) == len(pages) + 1
    audit = flat(signed_pages[-1])
    assert DOCUMENT_SHA in audit
    assert "p.nowak" in audit and "Piotr Nowak" in audit
    assert "2026-12-07 10:15:30 UTC" in audit
    assert "0f1e2d3c-aaaa-bbbb-cccc-111122223333" in audit
    assert "ABC•••456" in audit
    assert amount in flat(" ".join(signed_pages[:-1]))


def test_the_audit_page_holds_the_strokes_digest_and_count(qapp: QApplication) -> None:
    from sync.rules.signatures import strokes_digest

    signed = signed_agreement_pdf(agreement("en", "EUR"), STROKES, AUDIT)
    audit = flat(pages_text(signed)[-1])
    assert strokes_digest(STROKES) in audit
    assert "2 strokes" in audit and "33 points" in audit and "1.1 s" in audit
    assert hashlib.sha256(signed).hexdigest() != DOCUMENT_SHA


def test_the_signature_is_drawn_in_its_box(qapp: QApplication) -> None:
    data = agreement("pl", "PLN")
    unsigned = pdfium.PdfDocument(agreement_pdf(data))
    signed = pdfium.PdfDocument(signed_agreement_pdf(data, STROKES, AUDIT))
    try:
        last = len(unsigned) - 1
        kinds = [obj.type for obj in signed[last].get_objects()]
        assert pdfium.raw.FPDF_PAGEOBJ_IMAGE in kinds
        # The same pages; on the last one, the signature's ink.
        assert len(signed) == len(unsigned) + 1
        before = bytes(unsigned[last].render(scale=1).buffer)
        after = bytes(signed[last].render(scale=1).buffer)
        assert len(before) == len(after) and before != after
    finally:
        unsigned.close()
        signed.close()


def test_a_dot_is_no_signature(qapp: QApplication) -> None:
    with pytest.raises(RuleViolation) as refused:
        signed_agreement_pdf(agreement("pl", "PLN"), [[[500, 500, 0]]], AUDIT)
    assert refused.value.code == "invalid_signature"


def test_the_agreement_is_written_off_the_gui_thread(qapp: QApplication) -> None:
    with ThreadPoolExecutor(max_workers=1) as pool:
        signed = pool.submit(signed_agreement_pdf, agreement("it", "EUR"), STROKES, AUDIT).result()
    text = flat(" ".join(pages_text(signed)))
    assert "(TAEG)" in text and DOCUMENT_SHA in text
