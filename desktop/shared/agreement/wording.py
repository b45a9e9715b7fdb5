"""The agreement's text as HTML, in the customer's language (`store_tr`) with their
locale's money, rates and dates."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from html import escape

from PySide6.QtCore import QLocale

from desktop.shared.agreement.data import AgreementData
from desktop.shared.formatting import local_date, locale_for, money, number
from desktop.shared.i18n import N_, Translation

# Headings and labels written inside HTML (marked here so lupdate finds them).
_REPAYMENT_SCHEDULE = N_("Repayment schedule")
_CONSENTS_GIVEN = N_("Consents given")
_CUSTOMER_SIGNATURE = N_("Customer signature")
_THE_PARTIES = N_("The parties")
_LENDER = N_("Lender")
_CUSTOMER = N_("Customer")
_IDENTITY_NUMBER = N_("Identity number")
_THE_CREDIT = N_("The credit")


# The statutory name of the annual percentage rate of charge in each language (Polish
# consumer-credit law: RRSO; Italian: TAEG): a legal term, the same in every translation.
APR_NAMES = {"pl": "RRSO", "it": "TAEG", "en": "APR"}

CONSENTS = {
    "credit_check": N_("Consent to a credit check with credit bureaus"),
    "data_processing": N_("Consent to the processing of personal data for this credit"),
    "e_signature": N_("Consent to sign this agreement electronically"),
}


AGREEMENT_TERMS = N_(
    "The customer may withdraw from this agreement within 14 days of signing it without "
    "giving a reason, and may repay the credit early at any time. The figures above are those "
    "of the offer shown to the customer; the annual percentage rate of charge includes every "
    "cost of the credit known at signing."
)

SIGNATURE_URL = "agreement://signature.png"
SIGNATURE_BOX = (360, 120)  # CSS pixels of the signature image in the box

STYLE = """
body { font-family: sans-serif; font-size: 10pt; }
h1 { font-size: 16pt; margin-bottom: 2px; }
h2 { font-size: 12pt; margin-top: 14px; margin-bottom: 4px; }
td, th { padding: 3px 6px; }
th { text-align: left; background-color: #eeeeee; }
.num { text-align: right; }
.small { font-size: 8pt; color: #444444; }
"""


class Words:
    """The customer's language: its texts (`store_tr`) and how it writes numbers."""

    def __init__(self, language: str) -> None:
        self.store_tr = Translation(language)
        self.language = self.store_tr.language
        self.locale: QLocale = locale_for(self.language)

    def money(self, text: str | int, currency: str) -> str:
        return escape(money(Decimal(str(text)), currency, self.locale))

    def rate(self, text: str | int) -> str:
        return escape(number(Decimal(str(text)), 2, self.locale) + "%")

    def day(self, value: date | datetime | str) -> str:
        if isinstance(value, str):
            value = datetime.fromisoformat(value.replace("Z", "+00:00"))
        return escape(local_date(value, self.locale))


def _row(label: str, value: str) -> str:
    return f"<tr><td>{escape(label)}</td><td class='num'><b>{value}</b></td></tr>"


def _offer_table(data: AgreementData, words: Words) -> str:
    store_tr = words.store_tr
    offer = data.offer
    currency = str(offer.get("currency", ""))
    term = int(offer.get("term_months", 0))
    apr_name = APR_NAMES.get(words.language, "APR")
    rows = [
        _row(store_tr("Product"), escape(store_tr(data.product_name))),  # a marked label
        _row(store_tr("Total amount of credit"), words.money(offer["amount"], currency)),
        _row(store_tr("Term"), escape(store_tr("%n month(s)", "", term))),
        _row(store_tr("Nominal interest rate (a year)"), words.rate(offer["nominal_rate"])),
        _row(
            store_tr("Annual percentage rate of charge") + f" ({apr_name})",
            words.rate(offer["apr"]),
        ),
        _row(store_tr("Monthly instalment"), words.money(offer["instalment"], currency)),
    ]
    if "arrangement_fee" in offer:
        fee = words.money(offer["arrangement_fee"], currency)
        rows.append(_row(store_tr("Arrangement fee"), fee))
    rows += [
        _row(store_tr("Total cost of credit"), words.money(offer["total_cost"], currency)),
        _row(store_tr("Total amount to repay"), words.money(offer["total_to_repay"], currency)),
        _row(store_tr("Offer valid until"), words.day(str(offer["valid_until"]))),
    ]
    return f"<table width='100%' cellspacing='0'>{''.join(rows)}</table>"


def _schedule(data: AgreementData, words: Words) -> str:
    if not data.schedule:
        return ""
    store_tr = words.store_tr
    currency = str(data.offer.get("currency", ""))
    heads = (
        store_tr("No."),
        store_tr("Due date"),
        store_tr("Instalment"),
        store_tr("Principal"),
        store_tr("Interest"),
        store_tr("Balance left"),
    )
    head = "".join(f"<th>{escape(text)}</th>" for text in heads)
    lines = []
    for line in data.schedule:
        amounts = (line.payment, line.principal, line.interest, line.balance)
        cells = "".join(f"<td class='num'>{words.money(str(a), currency)}</td>" for a in amounts)
        lines.append(f"<tr><td>{line.number}</td><td>{words.day(line.due)}</td>{cells}</tr>")
    return (
        f"<h2>{escape(store_tr(_REPAYMENT_SCHEDULE))}</h2>"
        f"<table width='100%' cellspacing='0' border='0.5'><tr>{head}</tr>{''.join(lines)}</table>"
    )


def _consents(data: AgreementData, words: Words) -> str:
    if not data.consents:
        return ""
    store_tr = words.store_tr
    items = []
    for consent in data.consents:
        text = store_tr(CONSENTS[consent.code]) if consent.code in CONSENTS else consent.code
        given = store_tr("given on {day}").format(day=local_date(consent.given_at, words.locale))
        items.append(f"<li>{escape(text)} ({escape(given)})</li>")
    return f"<h2>{escape(store_tr(_CONSENTS_GIVEN))}</h2><ul>{''.join(items)}</ul>"


def signature_box(data: AgreementData, words: Words, signed: bool, signed_on: str = "") -> str:
    """The box the customer signs in: the signature image when signed, else blank space."""
    store_tr = words.store_tr
    width, height = SIGNATURE_BOX
    # The same image in both: blank until signed, so the signed agreement is laid out
    # exactly as the one the customer read.
    inside = f"<img src='{SIGNATURE_URL}' width='{width}' height='{height}'>"
    caption = escape(data.customer_name)
    if signed_on:
        caption += " &middot; " + escape(signed_on)
    return (
        f"<h2>{escape(store_tr(_CUSTOMER_SIGNATURE))}</h2>"
        "<table border='1' cellspacing='0' cellpadding='8' width='60%'>"
        f"<tr><td>{inside}</td></tr>"
        f"<tr><td class='small'>{caption}</td></tr></table>"
    )


def agreement_body(data: AgreementData, words: Words, signed: bool, signed_on: str = "") -> str:
    """The agreement as HTML to put in a body (the audit page is added apart)."""
    store_tr = words.store_tr
    title = store_tr("Consumer credit agreement no. {number}, version {version}").format(
        number=data.application_number, version=data.version
    )
    parties = (
        f"<h2>{escape(store_tr(_THE_PARTIES))}</h2>"
        f"<p><b>{escape(store_tr(_LENDER))}:</b> {escape(data.branch_name)}, "
        f"{escape(data.branch_address)}<br>"
        f"<b>{escape(store_tr(_CUSTOMER))}:</b> {escape(data.customer_name)}, "
        f"{escape(data.customer_address)}<br>"
        f"<b>{escape(store_tr(_IDENTITY_NUMBER))}:</b> {escape(data.national_id_masked)}</p>"
    )
    terms = (
        f"<h2>{escape(store_tr(_THE_CREDIT))}</h2>{_offer_table(data, words)}"
        f"<p class='small'>{escape(store_tr(AGREEMENT_TERMS))}</p>"
    )
    return (
        f"<h1>{escape(title)}</h1>{parties}{terms}{_schedule(data, words)}"
        f"{_consents(data, words)}{signature_box(data, words, signed, signed_on)}"
    )


def page_html(body: str) -> str:
    return f"<html><head><style>{STYLE}</style></head><body>{body}</body></html>"
