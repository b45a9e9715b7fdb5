"""Loan applications in progress at the branches, and notes from every channel."""

from __future__ import annotations

from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any

from sync import model as m
from sync.commands import numbering, timeline
from sync.rules.applications import ApplicationKind, ApplicationStatus, DocumentState
from sync.server.demo.common import CURRENCY
from sync.server.demo.journal import World
from sync.server.demo.names import is_female
from sync.server.demo.org import StoreInfo
from sync.server.demo.people import CustomerRef
from sync.server.demo.taxids import birth_date, codice_fiscale, pesel

S = ApplicationStatus
# Per branch: two of each stage a loan goes through before it is signed.
STAGES = (S.DRAFT, S.SUBMITTED, S.IN_REVIEW, S.APPROVED) * 2
STEP = {S.DRAFT: "income", S.SUBMITTED: "documents", S.IN_REVIEW: "review", S.APPROVED: "signature"}
DOCUMENTS = {
    S.DRAFT: (DocumentState.MISSING, DocumentState.MISSING),
    S.SUBMITTED: (DocumentState.RECEIVED, DocumentState.MISSING),
    S.IN_REVIEW: (DocumentState.VERIFIED, DocumentState.RECEIVED),
    S.APPROVED: (DocumentState.VERIFIED, DocumentState.VERIFIED),
}
EMPLOYMENT = ("permanent", "permanent", "fixed_term", "self_employed", "retired")
EMPLOYERS = {
    "PL": ("Nordvik Logistics Sp. z o.o.", "Szpital Miejski", "Kameo Polska S.A.", "Urząd Miasta"),
    "IT": (
        "Ferro Italia S.p.A.",
        "Studio Rinaldi S.r.l.",
        "Comune di Milano",
        "Ospedale San Carlo",
    ),
}
PURPOSES = ("car", "home renovation", "new kitchen", "wedding", "studies", "home electronics")


def seed_applications(world: World) -> None:
    for branch in world.org.branches():
        for n, status in enumerate(STAGES[: world.scaled(len(STAGES))]):
            customer = world.customer(branch.code, n) or world.customer(
                world.org.shops(branch.country)[0].code, n
            )
            if customer is not None:
                _application(world, branch, customer, status, n)


def _fields(world: World, customer: CustomerRef, amount: Decimal, status: S) -> dict[str, Any]:
    rng = world.rng
    female, born = is_female(customer.first_name), birth_date(rng)
    national_id = (
        pesel(born, female, rng)
        if customer.country == "PL"
        else codice_fiscale(customer.first_name, customer.last_name, born, female, "Milano")
    )
    income = Decimal(
        rng.randrange(3200, 14000, 50)
        if customer.country == "PL"
        else rng.randrange(1300, 4200, 50)
    )
    fields: dict[str, Any] = {
        "first_name": customer.first_name,
        "last_name": customer.last_name,
        "amount": f"{amount:.2f}",
        "term_months": rng.choice((12, 24, 36, 48, 60)),
        "loan_purpose": rng.choice(PURPOSES),
    }
    if status is not S.DRAFT:  # the rest was completed by phone with the contact centre
        fields.update(
            national_id=national_id,
            monthly_income=f"{income:.2f}",
            employment_type=rng.choice(EMPLOYMENT),
            employer_name=rng.choice(EMPLOYERS[customer.country]),
        )
    return fields


def _application(world: World, branch: StoreInfo, customer: CustomerRef, status: S, n: int) -> None:
    rng, journal = world.rng, world.journal
    app_id = world.new_id()
    number = numbering.application_number(app_id)
    step = 500 if customer.country == "PL" else 250
    amount = Decimal(
        rng.randrange(4000, 60000, step)
        if customer.country == "PL"
        else rng.randrange(1500, 25000, step)
    )
    # A draft stalled for two weeks shows up on the "to contact" list.
    started = world.clock.ago(days=14 if n == 0 else rng.uniform(4, 9))
    advisor = world.org.one_of(branch.code, "advisor", n)
    manager = world.org.one_of(branch.code, "manager")
    times = _timeline(world, branch, customer, status, number, app_id, started, advisor, manager)
    id_card, income = DOCUMENTS[status]
    journal.add(
        m.Application,
        id=app_id,
        updated_at=max(times.values()),
        number=number,
        customer_id=customer.id,
        kind=ApplicationKind.LOAN.value,
        status=status.value,
        channel="web",
        branch_store_id=branch.id,
        current_step=STEP[status],
        fields=_fields(world, customer, amount, status),
        documents={"id_card": id_card.value, "income_statement": income.value},
        signatures={},
        amount=amount.quantize(Decimal("0.01")),
        currency=CURRENCY[customer.country],
        decided_by=manager if status is S.APPROVED else None,
        decision_note=(
            f"Approved for {amount:.2f} {CURRENCY[customer.country]}; "
            "waiting for the customer's signature in the branch."
            if status is S.APPROVED
            else None
        ),
        created_at=started,
        submitted_at=times.get(S.SUBMITTED),
        decided_at=times.get(S.APPROVED),
        signed_at=None,
    )


def _timeline(
    world: World,
    branch: StoreInfo,
    customer: CustomerRef,
    status: S,
    number: str,
    app_id: Any,
    started: datetime,
    advisor: Any,
    manager: Any,
) -> dict[S, datetime]:
    """The application's events so far; returns when each stage was reached."""
    journal, at = world.journal, started
    times = {S.DRAFT: at}
    journal.event(
        customer,
        timeline.APPLICATION_STARTED,
        f"Loan application {number} started online.",
        "web",
        at,
        "application",
        app_id,
        params={"number": number, "application_kind": "loan"},
    )
    if status is S.DRAFT:
        return times
    at += timedelta(hours=world.rng.uniform(2, 30))
    times[S.SUBMITTED] = at
    journal.event(
        customer,
        timeline.APPLICATION_SUBMITTED,
        f"Loan application {number} completed by phone with the contact centre and submitted.",
        "phone",
        at,
        "application",
        app_id,
        params={"number": number},
    )
    if status is S.SUBMITTED:
        return times
    at += timedelta(hours=world.rng.uniform(3, 20))
    times[S.IN_REVIEW] = at
    journal.event(
        customer,
        timeline.APPLICATION_IN_REVIEW,
        f"Loan application {number} taken into review at {branch.spec.name}.",
        "branch",
        at,
        "application",
        app_id,
        staff_id=advisor,
        store_id=branch.id,
        params={"number": number},
    )
    if status is S.IN_REVIEW:
        return times
    at += timedelta(hours=world.rng.uniform(4, 30))
    times[S.APPROVED] = at
    journal.event(
        customer,
        timeline.APPLICATION_APPROVED,
        f"Loan application {number} approved; the customer is invited to sign "
        f"at {branch.spec.name}.",
        "branch",
        at,
        "application",
        app_id,
        staff_id=manager,
        store_id=branch.id,
        params={"number": number, "note": ""},
    )
    return times
