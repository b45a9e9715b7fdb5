"""The credit agreement a customer signs in a branch: the PDF in their language, and the
signed PDF with the signature and an audit page (`document.py`)."""

from desktop.shared.agreement.data import AgreementData, AuditData, Consent, ScheduleLine
from desktop.shared.agreement.document import agreement_pdf, signed_agreement_pdf

__all__ = [
    "AgreementData",
    "AuditData",
    "Consent",
    "ScheduleLine",
    "agreement_pdf",
    "signed_agreement_pdf",
]
