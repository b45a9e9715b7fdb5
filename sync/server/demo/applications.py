"""Loan applications at the branches, at every stage of the advisor's desk.

Per branch: drafts started on the web with one document uploaded there and the rest
missing, drafts completed by phone with the contact centre, one stalled for two weeks,
one ready to sign, signed ones waiting for a decision (submitted, in review), one
approved, one rejected with its reason and one withdrawn. Each is taken through the
steps of the application commands (application_flow.Flow), its offer quoted by the one
engine when it was chosen; the files attached are small scans and photos whose bytes
go to the central API's file store (`store_files`).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any, Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session

from sync import model as m
from sync.server.demo import scans
from sync.server.demo.application_flow import WEB, Actor, Flow
from sync.server.demo.journal import World
from sync.server.demo.names import is_female
from sync.server.demo.org import StoreInfo
from sync.server.demo.people import CustomerRef
from sync.server.demo.taxids import birth_date, codice_fiscale, pesel

STALLED_DAYS = 14
"""How long the stalled application has had no progress."""

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
REJECTIONS = (
    "The instalment would take more than half of the declared income.",
    "The credit register shows instalments overdue with another lender.",
)
CARD_TINT = {"PL": (222, 206, 214), "IT": (206, 218, 232)}
TAX_CARD_TINT = (200, 226, 206)
INCOME_TITLE = {"PL": "Zaświadczenie o zarobkach", "IT": "Certificazione Unica"}


class FileSink(Protocol):
    """Where the files' bytes go: the central API's store (sync.server.blobs.BlobStore)."""

    def put(self, data: bytes) -> str: ...

    def claim(self, sha: str, application_id: str | uuid.UUID) -> None: ...


def seed_applications(world: World) -> dict[str, bytes]:
    """Every branch's applications; returns the bytes of their files by SHA-256."""
    blobs: dict[str, bytes] = {}
    for branch in world.org.branches():
        desk = _Desk(world, branch, blobs)
        for n, scenario in enumerate(SCENARIOS):
            customer = world.customer(branch.code, n) or world.customer(
                world.org.shops(branch.country)[0].code, n
            )
            if customer is not None:
                flow = Flow(world, customer, branch, blobs)
                scenario(desk, flow, n)
                flow.write()
    return blobs


def store_files(blobs: Mapping[str, bytes], sink: FileSink) -> None:
    """Put the seeded files where the central API serves them from."""
    for sha, data in sorted(blobs.items()):
        if sink.put(data) != sha:
            raise AssertionError(f"the file store named {sha} otherwise")


def claim_files(session: Session, sink: FileSink) -> None:
    """Each seeded file counts as uploaded for the applications its rows belong to (the
    central API serves a file only for those)."""
    rows = session.execute(select(m.ApplicationFile.sha256, m.ApplicationFile.application_id))
    for sha, application_id in rows:
        sink.claim(sha, application_id)


class _Desk:
    """The people and places one branch's applications pass through."""

    def __init__(self, world: World, branch: StoreInfo, blobs: dict[str, bytes]) -> None:
        self.world, self.branch, self.blobs = world, branch, blobs
        self.rng = world.rng
        org = world.org
        centres = [
            s
            for s in org.stores.values()
            if s.spec.kind == "contact_centre" and s.country == branch.country
        ]
        # By phone: the country's contact centre (else the branch itself on the phone).
        self.centre = centres[0] if centres else branch
        self.advisors = [
            Actor("branch", org.one_of(branch.code, "advisor", i), branch.id) for i in (0, 1)
        ]
        self.manager = Actor("branch", org.one_of(branch.code, "manager"), branch.id)
        self.language = {"PL": "pl", "IT": "it"}[branch.country]
        self.device = f"{branch.code} desk 1"

    def phone(self, n: int) -> Actor:
        return Actor("phone", self.world.org.one_of(self.centre.code, "advisor", n), self.centre.id)

    def times(self, days_ago: float, steps: int) -> list[datetime]:
        """`steps` times from `days_ago` days ago to a little before now, in order."""
        clock = self.world.clock
        start, end = clock.ago(days=days_ago), clock.ago(hours=self.rng.uniform(0.5, 6))
        fractions = sorted(self.rng.uniform(0, 1) for _ in range(steps - 1))
        return [start, *(start + (end - start) * f for f in fractions)]

    # --- what customers and staff fill in and send -------------------------------------

    def loan(self, customer: CustomerRef) -> tuple[Decimal, int]:
        pl = customer.country == "PL"
        amount = Decimal(
            self.rng.randrange(4000, 60000, 500) if pl else self.rng.randrange(1500, 25000, 250)
        )
        return amount, self.rng.choice((12, 24, 36, 48, 60))

    def web_fields(self, customer: CustomerRef, with_term: bool = True) -> dict[str, Any]:
        amount, term = self.loan(customer)
        fields: dict[str, Any] = {
            "first_name": customer.first_name,
            "last_name": customer.last_name,
            "amount": f"{amount:.2f}",
            "loan_purpose": self.rng.choice(PURPOSES),
        }
        if with_term:
            fields["term_months"] = term
        return fields

    def phone_fields(self, customer: CustomerRef) -> dict[str, Any]:
        """What the contact centre completes with the customer on the phone."""
        rng = self.rng
        female, born = is_female(customer.first_name), birth_date(rng)
        national_id = (
            pesel(born, female, rng)
            if customer.country == "PL"
            else codice_fiscale(customer.first_name, customer.last_name, born, female, "Milano")
        )
        income = Decimal(
            rng.randrange(4500, 14000, 50)
            if customer.country == "PL"
            else rng.randrange(1600, 4200, 50)
        )
        return {
            "national_id": national_id,
            "monthly_income": f"{income:.2f}",
            "employment_type": rng.choice(EMPLOYMENT),
            "employer_name": rng.choice(EMPLOYERS[customer.country]),
        }

    def card(self, customer: CustomerRef) -> tuple[bytes, str, str]:
        """A phone photo of the identity card."""
        data = scans.card_photo(self.rng, CARD_TINT[customer.country])
        return data, f"IMG_{self.rng.randrange(1000, 9999)}.png", "image/png"

    def tax_card(self, customer: CustomerRef) -> tuple[bytes, str, str]:
        data = scans.card_photo(self.rng, TAX_CARD_TINT)
        return data, "tessera_sanitaria.png", "image/png"

    def income(self, flow: Flow) -> tuple[bytes, str, str]:
        """A scanned income statement from the employer."""
        customer, fields = flow.customer, flow.row["fields"]
        employer = fields.get("employer_name") or self.rng.choice(EMPLOYERS[customer.country])
        net = fields.get("monthly_income") or "—"
        currency = flow.branch.currency
        lines = [
            f"{employer}",
            f"{customer.name}",
            f"{'Wynagrodzenie netto' if customer.country == 'PL' else 'Reddito netto'}: "
            f"{net} {currency}",
            f"{self.world.clock.ago(days=self.rng.uniform(10, 40)).date().isoformat()}",
        ]
        data = scans.scanned_pdf(self.rng, INCOME_TITLE[customer.country], lines)
        return data, f"scan_{self.rng.randrange(100, 999)}.pdf", "application/pdf"

    def document(self, flow: Flow, code: str) -> tuple[bytes, str, str]:
        if code == "id_card":
            return self.card(flow.customer)
        if code == "tax_code":
            return self.tax_card(flow.customer)
        return self.income(flow)

    def identity(self, customer: CustomerRef) -> tuple[str, date]:
        """An identity card number that passes the country's checks, and its expiry."""
        rng = self.rng
        today = self.world.clock.day.date()
        expiry = date(today.year + rng.randrange(1, 9), rng.randrange(1, 13), rng.randrange(1, 29))
        if customer.country != "PL":
            letters = "ABCDEFGHJKLMNPRSTUVZ"
            number = f"CA{rng.randrange(10000, 99999)}{rng.choice(letters)}{rng.choice(letters)}"
            return number, expiry
        series = [rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)]
        digits = [rng.randrange(10) for _ in range(5)]
        values = [ord(c) - 55 for c in series] + digits
        check = sum(w * v for w, v in zip((7, 3, 1, 7, 3, 1, 7, 3), values, strict=True)) % 10
        return "".join(series) + str(check) + "".join(map(str, digits)), expiry


# --- the stages: each takes one application as far as its stage --------------------------


def _web_start(desk: _Desk, flow: Flow, at: datetime, with_term: bool = True) -> None:
    flow.start(WEB, at, desk.web_fields(flow.customer, with_term), "income")


def _phone_completion(desk: _Desk, flow: Flow, times: list[datetime], n: int) -> None:
    """The customer calls the contact centre: the fields, a new term, the consents, and
    the income statement they e-mailed during the call."""
    agent = desk.phone(n)
    at = times.pop(0)
    flow.update_fields(at, desk.phone_fields(flow.customer), "documents")
    amount, _ = desk.loan(flow.customer)
    flow.set_offer(agent, times.pop(0), amount, desk.rng.choice((24, 36, 48, 60, 72)))
    for code in flow.product.consents:
        flow.give_consent(agent, times.pop(0), code)
    data, name, media = desk.income(flow)
    flow.attach(agent, times.pop(0), "income_statement", data, name, media)
    desk.world.journal.event(
        flow.customer,
        "call",
        f"Completed loan application {flow.number} with the customer by phone; "
        f"documents to be checked at {desk.branch.spec.name}.",
        "phone",
        times.pop(0),
        None,
        None,
        staff_id=agent.staff_id,
        store_id=agent.store_id,
        event_id=desk.world.new_id(),
    )


def _attach_missing(desk: _Desk, flow: Flow, actor: Actor, times: list[datetime]) -> None:
    for code, _ in flow.product.documents:
        if flow.row["documents"][code] in ("missing", "rejected"):
            data, name, media = desk.document(flow, code)
            flow.attach(actor, times.pop(0), code, data, name, media)


def _verify_all(desk: _Desk, flow: Flow, actor: Actor, times: list[datetime]) -> None:
    for row in flow.files:
        if row["status"] == "received":
            flow.check(actor, times.pop(0), row, "verified")


def _ready(
    desk: _Desk, flow: Flow, n: int, days_ago: float, channel: str = "web"
) -> list[datetime]:
    """Started (on the web, by phone or here), completed by phone, and at the branch:
    documents brought in and verified, the identity card checked. Returns the times left."""
    times = desk.times(days_ago, 30)
    advisor = desk.advisors[n % 2]
    if channel == "web":
        _web_start(desk, flow, times.pop(0))
        data, name, media = desk.card(flow.customer)
        flow.attach(WEB, times.pop(0), "id_card", data, name, media)
    else:
        starter = desk.phone(n) if channel == "phone" else advisor
        flow.start(starter, times.pop(0), desk.web_fields(flow.customer), "income")
    _phone_completion(desk, flow, times, n)
    _attach_missing(desk, flow, advisor, times)
    _verify_all(desk, flow, advisor, times)
    number, expiry = desk.identity(flow.customer)
    flow.record_identity(advisor, times.pop(0), "id_card", number, expiry)
    flow.update_fields(times.pop(0), {}, "review")
    return times


def web_documents(desk: _Desk, flow: Flow, n: int) -> None:
    """Started on the web two days ago, the identity card's photo uploaded there."""
    times = desk.times(desk.rng.uniform(1.5, 3), 3)
    _web_start(desk, flow, times[0])
    flow.give_consent(WEB, times[1], "data_processing")
    data, name, media = desk.card(flow.customer)
    flow.attach(WEB, times[2], "id_card", data, name, media)


def web_offer_changed(desk: _Desk, flow: Flow, n: int) -> None:
    """Started on the web, the amount changed there, the income statement uploaded."""
    times = desk.times(desk.rng.uniform(2.5, 4), 3)
    _web_start(desk, flow, times[0])
    amount, term = desk.loan(flow.customer)
    flow.set_offer(WEB, times[1], amount, term)
    data, name, media = desk.income(flow)
    flow.attach(WEB, times[2], "income_statement", data, name, media)


def stalled(desk: _Desk, flow: Flow, n: int) -> None:
    """Started on the web two weeks ago and left half-way: no term, so no offer yet."""
    at = desk.world.clock.ago(days=STALLED_DAYS + desk.rng.uniform(0.2, 0.9))
    _web_start(desk, flow, at, with_term=False)
    flow.update_fields(at + timedelta(minutes=desk.rng.uniform(2, 9)), {}, "loan")


def phone_completed(desk: _Desk, flow: Flow, n: int) -> None:
    """Started on the web, completed by phone; documents waiting to be checked."""
    times = desk.times(desk.rng.uniform(3, 5), 8)
    _web_start(desk, flow, times.pop(0))
    data, name, media = desk.card(flow.customer)
    flow.attach(WEB, times.pop(0), "id_card", data, name, media)
    _phone_completion(desk, flow, times, n)


def completing(desk: _Desk, flow: Flow, n: int) -> None:
    """Started by phone; every document verified (a blurred photo rejected first and sent
    again), the identity card still to be seen at the branch."""
    times = desk.times(desk.rng.uniform(3, 5), 20)
    agent = desk.phone(n)
    flow.start(agent, times.pop(0), desk.web_fields(flow.customer), "income")
    data, name, media = desk.card(flow.customer)
    blurred = flow.attach(WEB, times.pop(0), "id_card", data, name, media)
    flow.check(
        agent, times.pop(0), blurred, "rejected", "The photo is blurred; the number cannot be read."
    )
    _phone_completion(desk, flow, times, n)
    _attach_missing(desk, flow, WEB, times)
    _verify_all(desk, flow, agent, times)


def ready_to_sign(desk: _Desk, flow: Flow, n: int) -> None:
    """Nothing missing: the customer is expected at the branch to sign."""
    _ready(desk, flow, n, desk.rng.uniform(4, 6))


def _signed(desk: _Desk, flow: Flow, n: int, days_ago: float, channel: str) -> list[datetime]:
    times = _ready(desk, flow, n, days_ago, channel)
    witness = desk.advisors[1]  # the demo's advisor (advisor.waw) may decide on it
    flow.sign(witness, times.pop(0), desk.device, desk.language)
    flow.submit(witness, times.pop(0))
    return times


def submitted(desk: _Desk, flow: Flow, n: int) -> None:
    _signed(desk, flow, n, desk.rng.uniform(5, 6.5), "web")


def in_review(desk: _Desk, flow: Flow, n: int) -> None:
    times = _signed(desk, flow, n, desk.rng.uniform(5, 6.5), "branch")
    flow.start_review(desk.manager, times.pop(0))


def approved(desk: _Desk, flow: Flow, n: int) -> None:
    times = _signed(desk, flow, n, desk.rng.uniform(8, 11), "web")
    flow.decide(desk.manager, times.pop(0), approve=True)


def rejected(desk: _Desk, flow: Flow, n: int) -> None:
    times = _signed(desk, flow, n, desk.rng.uniform(8, 11), "phone")
    flow.start_review(desk.manager, times.pop(0))
    flow.decide(desk.manager, times.pop(0), approve=False, note=desk.rng.choice(REJECTIONS))


def withdrawn(desk: _Desk, flow: Flow, n: int) -> None:
    """Started on the web, then withdrawn there: the customer found another way."""
    times = desk.times(desk.rng.uniform(6, 9), 3)
    _web_start(desk, flow, times[0])
    flow.withdraw(WEB, times[1])


SCENARIOS: tuple[Callable[[_Desk, Flow, int], None], ...] = (
    web_documents,
    web_offer_changed,
    stalled,
    phone_completed,
    completing,
    ready_to_sign,
    submitted,
    in_review,
    approved,
    rejected,
    withdrawn,
)
"""One application of each, per branch; the n-th goes to the branch's n-th customer."""
