"""One demo application taken through the steps the application commands take.

Each step changes the row and adds the timeline event the command would add (same
kind, text, parameters, event id and channel), so seeded applications look exactly
like ones made in the app: sync/commands/applications.py, application_files.py,
application_checks.py and application_signing.py are the models.
"""

from __future__ import annotations

import hashlib
import math
import uuid
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sync import model as m
from sync.commands import numbering, timeline
from sync.commands.application_state import AGREEMENT
from sync.rules import applications as rules
from sync.rules import credit_products, offers, signatures
from sync.server.demo import scans
from sync.server.demo.journal import World
from sync.server.demo.org import StoreInfo
from sync.server.demo.people import CustomerRef

S = rules.ApplicationStatus
LOAN = rules.ApplicationKind.LOAN


@dataclass(frozen=True)
class Actor:
    """Who takes a step and where, as a command's context says it."""

    channel: str
    staff_id: uuid.UUID | None = None
    store_id: uuid.UUID | None = None

    def staff(self) -> str | None:
        return str(self.staff_id) if self.staff_id else None

    def store(self) -> str | None:
        return str(self.store_id) if self.store_id else None


WEB = Actor("web")


@dataclass
class Flow:
    """A loan application of `customer` at `branch`, built step by step."""

    world: World
    customer: CustomerRef
    branch: StoreInfo
    blobs: dict[str, bytes]
    """The bytes of every file seeded, by SHA-256 (shared by the flows)."""
    app_id: uuid.UUID = field(init=False)
    number: str = field(init=False)
    row: dict[str, Any] = field(init=False, default_factory=dict)
    files: list[dict[str, Any]] = field(init=False, default_factory=list)
    segment: str = field(init=False)
    product: credit_products.CreditProduct = field(init=False)

    def __post_init__(self) -> None:
        self.app_id = self.world.new_id()
        self.number = numbering.application_number(self.app_id)
        self.segment = self.customer.segment
        product = credit_products.default_product(self.branch.country, LOAN.value)
        assert product is not None, self.branch.country
        self.product = product

    # --- the row and its events ----------------------------------------------------------

    def _event(
        self,
        actor: Actor,
        at: datetime,
        kind: str,
        text: str,
        params: dict[str, Any],
        key: str | None = None,
    ) -> None:
        self.world.journal.event(
            self.customer,
            kind,
            text,
            actor.channel,
            at,
            "application",
            self.app_id,
            staff_id=actor.staff_id,
            store_id=actor.store_id,
            event_id=timeline.event_id(self.app_id, kind, key),
            params=params,
        )
        self.row["updated_at"] = at

    def _requote(self, at: datetime) -> None:
        fields = self.row["fields"]
        amount, term = self.row["amount"], fields.get("term_months")
        if amount is None or term is None:
            self.row["offer"] = None
            return
        offer = offers.quote(self.product.code, amount, int(term), self.segment, at)
        self.row["offer"] = offer.to_json()
        self.row["currency"] = offer.currency

    def _refresh_documents(self) -> None:
        codes = [code for code, _ in self.product.documents]
        summary = rules.document_summary(
            codes, ((f["document"], f["status"]) for f in self.files if f["document"] != AGREEMENT)
        )
        self.row["documents"] = {code: state.value for code, state in summary.items()}

    def content_digest(self) -> str:
        """sync.commands.application_state.digest of the application as it stands."""
        row = self.row
        return rules.content_digest(
            version=row["version"],
            kind=row["kind"],
            product=row["product"],
            fields=row["fields"],
            offer=row["offer"],
            files=[
                (f["document"], f["sha256"], f["status"])
                for f in sorted(self.files, key=lambda f: (f["uploaded_at"], str(f["id"])))
                if f["document"] != AGREEMENT
            ],
            identity=row["identity"],
            consents=row["consents"],
        )

    def write(self) -> None:
        """The application and its files, into the journal."""
        self.world.journal.add(m.Application, **self.row)
        for row in self.files:
            self.world.journal.add(m.ApplicationFile, **row)

    # --- the steps -----------------------------------------------------------------------

    def start(self, actor: Actor, at: datetime, fields: dict[str, Any], step: str) -> None:
        """application.start (then update_fields with the wizard's step)."""
        amount = fields.get("amount")
        self.row = {
            "id": self.app_id,
            "updated_at": at,
            "number": self.number,
            "customer_id": self.customer.id,
            "kind": LOAN.value,
            "status": S.DRAFT.value,
            "channel": actor.channel,
            "branch_store_id": self.branch.id,
            "current_step": step,
            "fields": dict(fields),
            "documents": {},
            "signatures": {},
            "amount": Decimal(amount) if amount is not None else None,
            "currency": self.branch.currency,
            "product": self.product.code,
            "offer": None,
            "version": 1,
            "identity": None,
            "consents": {},
            "agreement": None,
            "submitted_by": None,
            "decided_by": None,
            "decision_note": None,
            "created_at": at,
            "submitted_at": None,
            "decided_at": None,
            "signed_at": None,
        }
        self._requote(at)
        self._refresh_documents()
        self._event(
            actor,
            at,
            timeline.APPLICATION_STARTED,
            f"Loan application {self.number} started.",
            {"number": self.number, "application_kind": LOAN.value},
        )

    def update_fields(self, at: datetime, values: dict[str, Any], step: str) -> None:
        """application.update_fields: no event of its own; the offer follows the amount
        and the term."""
        self.row["fields"] = {**self.row["fields"], **values}
        if "amount" in values:
            self.row["amount"] = Decimal(values["amount"])
        if {"amount", "term_months"} & set(values):
            self._requote(at)
        self.row["current_step"] = step
        self.row["updated_at"] = at

    def set_offer(self, actor: Actor, at: datetime, amount: Decimal, term: int) -> None:
        """application.set_offer: the customer chose another amount or term."""
        self.row["fields"] = {**self.row["fields"], "amount": f"{amount:.2f}", "term_months": term}
        self.row["amount"] = amount
        self._requote(at)
        offer = self.row["offer"]
        self._event(
            actor,
            at,
            timeline.APPLICATION_OFFER,
            f"Offer for application {self.number}: {offer['amount']} {offer['currency']} "
            f"over {offer['term_months']} months, APR {offer['apr']} %.",
            {
                "number": self.number,
                "amount": str(offer["amount"]),
                "currency": str(offer["currency"]),
                "term": offer["term_months"],
                "apr": str(offer["apr"]),
            },
            key=f"{self.row['version']}:{at.isoformat()}",
        )

    def _file(
        self, actor: Actor, at: datetime, document: str, data: bytes, filename: str, media: str
    ) -> dict[str, Any]:
        sha = hashlib.sha256(data).hexdigest()
        self.blobs[sha] = data
        row = {
            "id": self.world.new_id(),
            "updated_at": at,
            "application_id": self.app_id,
            "document": document,
            "sha256": sha,
            "size": len(data),
            "media_type": media,
            "filename": filename,
            "app_version": self.row["version"],
            "status": rules.FileVerdict.RECEIVED.value,
            "reason": None,
            "channel": actor.channel,
            "uploaded_by": actor.staff_id,
            "uploaded_at": at,
            "checked_by": None,
            "checked_at": None,
        }
        self.files.append(row)
        return row

    def attach(
        self, actor: Actor, at: datetime, document: str, data: bytes, filename: str, media: str
    ) -> dict[str, Any]:
        """application.attach_file (the bytes are kept by their hash)."""
        row = self._file(actor, at, document, data, filename, media)
        self._refresh_documents()
        self._event(
            actor,
            at,
            timeline.APPLICATION_DOCUMENT,
            f"Document for application {self.number} received: {filename}.",
            {"number": self.number, "document": document, "filename": filename},
            key=str(row["id"]),
        )
        return row

    def check(
        self, actor: Actor, at: datetime, row: dict[str, Any], verdict: str, reason: str = ""
    ) -> None:
        """application.check_file: verified, or rejected with a reason."""
        row.update(status=verdict, reason=reason or None, checked_by=actor.staff_id, checked_at=at)
        row["updated_at"] = at
        self._refresh_documents()
        self._event(
            actor,
            at,
            timeline.APPLICATION_DOCUMENT_CHECKED,
            f"Document {row['filename']} of application {self.number} {verdict}"
            + (f": {reason}." if reason else "."),
            {
                "number": self.number,
                "document": row["document"],
                "filename": row["filename"],
                "verdict": verdict,
                "reason": reason,
            },
            key=f"{row['id']}:{at.isoformat()}",
        )

    def record_identity(
        self, actor: Actor, at: datetime, doc_type: str, number: str, expiry: date
    ) -> None:
        """application.record_identity: the document the advisor checked."""
        country = self.customer.country
        number = rules.check_identity(doc_type, number, expiry, country, at.date())
        self.row["identity"] = {
            "type": doc_type,
            "number": number,
            "expiry": expiry.isoformat(),
            "country": country,
            "checked_by": actor.staff(),
            "checked_at": at.isoformat(),
            "store_id": actor.store(),
            "channel": actor.channel,
        }
        self._event(
            actor,
            at,
            timeline.APPLICATION_IDENTITY,
            f"Identity checked for application {self.number}: "
            f"{rules.IDENTITY_TYPES[doc_type].lower()} {rules.mask(number)}.",
            {"number": self.number, "identity_type": doc_type, "masked": rules.mask(number)},
            key=f"{self.row['version']}:{at.isoformat()}",
        )

    def _consent(self, actor: Actor, at: datetime, given: bool) -> dict[str, Any]:
        return {
            "given": given,
            "at": at.isoformat(),
            "channel": actor.channel,
            "store_id": actor.store(),
            "staff_id": actor.staff(),
        }

    def give_consent(self, actor: Actor, at: datetime, code: str, given: bool = True) -> None:
        """application.give_consent."""
        self.row["consents"] = {**self.row["consents"], code: self._consent(actor, at, given)}
        self._event(
            actor,
            at,
            timeline.APPLICATION_CONSENT,
            f"{rules.CONSENTS[code]} {'given' if given else 'withdrawn'} "
            f"for application {self.number}.",
            {"number": self.number, "consent": code, "given": given},
            key=f"{code}:{at.isoformat()}",
        )

    def _move(
        self,
        actor: Actor,
        at: datetime,
        target: rules.ApplicationStatus,
        kind: str,
        text: str,
        params: dict[str, Any] | None = None,
    ) -> None:
        rules.check_transition(S(self.row["status"]), target)
        self.row["status"] = target.value
        self._event(
            actor,
            at,
            kind,
            f"Application {self.number} {text}",
            {"number": self.number, **(params or {})},
            key=f"v{self.row['version']}",
        )

    def sign(self, actor: Actor, at: datetime, device: str, language: str) -> None:
        """application.sign: the customer signed on the pad before the advisor."""
        self.row["consents"] = {
            **self.row["consents"],
            "e_signature": self._consent(actor, at, True),
        }
        rules.check_ready_to_sign(
            S(self.row["status"]),
            rules.missing_for_signing(
                LOAN,
                self.row["fields"],
                self.row["offer"],
                self.row["documents"],
                self.row["identity"],
                self.row["consents"],
                self.product.consents,
                at,
            ),
        )
        strokes = drawn_signature(self.world, self.customer)
        signatures.check_strokes(strokes)
        digest = self.content_digest()
        shown = agreement_pdf(self, language)
        signed = agreement_pdf(self, language, signed=(strokes, actor, at, device, shown))
        file = self._file(
            actor,
            at,
            AGREEMENT,
            signed,
            f"{self.number}-v{self.row['version']}-signed.pdf",
            "application/pdf",
        )
        identity = self.row["identity"] or {}
        self.row["signatures"] = {
            "applicant": {
                "method": "drawn",
                "strokes": [[list(p) for p in s] for s in signatures.normalise(strokes)],
                "strokes_sha256": signatures.strokes_digest(strokes),
                "at": at.isoformat(),
            }
        }
        self.row["agreement"] = {
            "version": self.row["version"],
            "document_sha256": hashlib.sha256(shown).hexdigest(),
            "signed_sha256": file["sha256"],
            "file_id": str(file["id"]),
            "content_digest": digest,
            "digest_at_signing": digest,
            "signed_at": at.isoformat(),
            "witness_id": actor.staff(),
            "device": device,
            "store_id": actor.store(),
            "channel": actor.channel,
            "language": language,
            "identity_masked": rules.mask(str(identity.get("number", ""))),
            "history": [],
        }
        self.row["signed_at"] = at
        self.row["current_step"] = "signature"
        version = self.row["version"]
        self._move(
            actor,
            at,
            S.SIGNED,
            timeline.APPLICATION_SIGNED,
            f"signed (version {version}, {actor.channel}).",
            {"method": "drawn", "channel": actor.channel, "version": version},
        )

    def submit(self, actor: Actor, at: datetime) -> None:
        self.row.update(submitted_at=at, submitted_by=actor.staff_id, current_step="review")
        self._move(actor, at, S.SUBMITTED, timeline.APPLICATION_SUBMITTED, "submitted.")

    def start_review(self, actor: Actor, at: datetime) -> None:
        self._move(actor, at, S.IN_REVIEW, timeline.APPLICATION_IN_REVIEW, "taken into review.")

    def decide(self, actor: Actor, at: datetime, approve: bool, note: str = "") -> None:
        """application.approve / application.reject (which needs the reason)."""
        target = S.APPROVED if approve else S.REJECTED
        self.row.update(decided_by=actor.staff_id, decided_at=at, decision_note=note or None)
        self._move(
            actor,
            at,
            target,
            timeline.APPLICATION_APPROVED if approve else timeline.APPLICATION_REJECTED,
            f"{target.value}.{f' {note}' if note else ''}",
            {"note": note},
        )

    def withdraw(self, actor: Actor, at: datetime) -> None:
        self._move(actor, at, S.WITHDRAWN, timeline.APPLICATION_WITHDRAWN, "withdrawn.")


def drawn_signature(world: World, customer: CustomerRef) -> list[list[list[int]]]:
    """A handwritten-looking signature on the pad: the initial, then the name in one
    wavy stroke, sampled every 16 ms like a pen."""
    rng = world.rng
    t = 0
    initial: list[list[int]] = []
    for i in range(18):
        angle = math.pi * (0.3 + 1.6 * i / 17)
        x = 200 + 90 * math.cos(angle) + rng.uniform(-4, 4)
        y = 420 - 160 * math.sin(angle) + rng.uniform(-4, 4)
        initial.append([round(x), round(y), t])
        t += 16
    t += rng.randrange(180, 400)  # the pen lifted
    name: list[list[int]] = []
    loops = len(customer.last_name) + rng.randrange(0, 3)
    for i in range(6 * loops):
        x = 300 + 560 * i / (6 * loops - 1)
        y = 560 - 70 * abs(math.sin(math.pi * i / 6)) + rng.uniform(-6, 6)
        name.append([round(x), round(y), t])
        t += 16
    return [initial, name]


_AGREEMENT_TEXT = {
    "pl": {
        "title": "Umowa o kredyt gotówkowy nr {number}",
        "borrower": "Kredytobiorca: {name}",
        "amount": "Całkowita kwota kredytu: {amount} {currency}",
        "term": "Okres kredytowania: {term} miesięcy, rata: {instalment} {currency}",
        "cost": "Całkowity koszt kredytu: {cost} {currency}; RRSO: {apr} %",
        "signed": "Podpis kredytobiorcy",
        "audit": "Ścieżka audytu",
    },
    "it": {
        "title": "Contratto di prestito personale n. {number}",
        "borrower": "Richiedente: {name}",
        "amount": "Importo totale del credito: {amount} {currency}",
        "term": "Durata: {term} mesi, rata: {instalment} {currency}",
        "cost": "Costo totale del credito: {cost} {currency}; TAEG: {apr} %",
        "signed": "Firma del richiedente",
        "audit": "Registro di firma",
    },
}


def agreement_pdf(
    flow: Flow,
    language: str,
    signed: tuple[list[list[list[int]]], Actor, datetime, str, bytes] | None = None,
) -> bytes:
    """The agreement as shown to sign; with `signed` (strokes, witness, time, device,
    the document shown) the signed copy: the signature in its box and an audit page."""
    words, offer = _AGREEMENT_TEXT[language], flow.row["offer"]
    values = {
        "number": flow.number,
        "name": flow.customer.name,
        "amount": offer["amount"],
        "currency": offer["currency"],
        "term": offer["term_months"],
        "instalment": offer["instalment"],
        "cost": offer["total_cost"],
        "apr": offer["apr"],
    }
    body = [words[key].format(**values) for key in ("borrower", "amount", "term", "cost")]
    page = scans.text_lines(
        [(72, 770, 15, words["title"].format(**values))]
        + [(72, 730 - 20 * i, 11, line) for i, line in enumerate(body)]
        + [(72, 300, 10, words["signed"])]
    )
    page += b"0.5 w 72 230 m 300 230 l S\n"
    if signed is None:
        return scans.pdf([page])
    strokes, witness, at, device, shown = signed
    page += scans.signature_ops(strokes, (72, 232, 228, 60))
    audit = scans.text_lines(
        [(72, 770, 15, words["audit"])]
        + [
            (72, 730 - 18 * i, 9, line)
            for i, line in enumerate(
                (
                    f"SHA-256: {hashlib.sha256(shown).hexdigest()}",
                    f"strokes: {signatures.strokes_digest(strokes)}",
                    f"{at.isoformat()} — {device}",
                    f"witness: {witness.staff()}",
                    f"ID: {rules.mask(str((flow.row['identity'] or {}).get('number', '')))}",
                )
            )
        ]
    )
    return scans.pdf([page, audit])
