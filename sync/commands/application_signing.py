"""The signing ceremony's record: what was signed, by whom, before whom, where.

The device renders the agreement, the customer reads it and signs on the pad; the
command keeps the SHA-256 of the document shown, of the signed PDF (an application
file like any other, stored once by its hash), the content digest of the application
as signed, the strokes with their timing, the witness, the device and the place. From
then on nothing of the application may change (sync.rules.applications.check_editable):
a change means a new version, signed again.
"""

from __future__ import annotations

import uuid
from typing import Annotated, Literal

from pydantic import Field

from sync.commands import timeline
from sync.commands.application_files import AttachFile, Sha256, add_file
from sync.commands.application_state import AGREEMENT, answer, digest, load, missing
from sync.commands.base import Args, CommandContext, command
from sync.commands.permissions import SIGNERS
from sync.rules import applications as rules
from sync.rules import signatures

S = rules.ApplicationStatus
Point = Annotated[
    list[Annotated[int, Field(ge=-1, le=10_000_000)]], Field(min_length=3, max_length=3)
]
Language = Literal["pl", "it", "en"]


class Sign(Args):
    application_id: uuid.UUID
    file_id: uuid.UUID
    document_sha256: Sha256
    signed_sha256: Sha256
    signed_size: int = Field(ge=1)
    content_digest: Sha256
    language: Language
    strokes: list[Annotated[list[Point], Field(max_length=5000)]] = Field(max_length=200)
    e_sign_consent: Literal[True]
    device: str = Field(min_length=1, max_length=120)


@command("application.sign", Sign, roles=SIGNERS)
def sign(ctx: CommandContext, args: Sign) -> None:
    """The customer signed the agreement on the pad, before the advisor."""
    app = load(ctx, args.application_id)
    signatures.check_strokes(args.strokes)
    # The e-signature consent is given at the ceremony, with the signature.
    consents = {
        **(app.consents or {}),
        "e_signature": {
            "given": True,
            "at": ctx.at.isoformat(),
            "channel": ctx.channel,
            "store_id": str(ctx.store_id) if ctx.store_id else None,
            "staff_id": str(ctx.actor_id) if ctx.actor_id else None,
        },
    }
    app.consents = consents
    rules.check_ready_to_sign(S(app.status), missing(app, ctx.at))
    rules.check_submit(rules.ApplicationKind(app.kind), app.fields or {})
    add_file(
        ctx,
        AttachFile(
            file_id=args.file_id,
            application_id=app.id,
            document=AGREEMENT,
            sha256=args.signed_sha256,
            size=args.signed_size,
            media_type="application/pdf",
            filename=f"{app.number}-v{app.version}-signed.pdf",
        ),
    )
    identity = app.identity or {}
    app.signatures = {
        "applicant": {
            "method": "drawn",
            "strokes": signatures.normalise(args.strokes),
            "strokes_sha256": signatures.strokes_digest(args.strokes),
            "at": ctx.at.isoformat(),
        }
    }
    app.agreement = {
        "version": app.version,
        "document_sha256": args.document_sha256,
        "signed_sha256": args.signed_sha256,
        "file_id": str(args.file_id),
        "content_digest": args.content_digest,
        "digest_at_signing": digest(ctx.session, app),
        "signed_at": ctx.at.isoformat(),
        "witness_id": str(ctx.actor_id) if ctx.actor_id else None,
        "device": args.device,
        "store_id": str(ctx.store_id) if ctx.store_id else None,
        "channel": ctx.channel,
        "language": args.language,
        "identity_masked": rules.mask(str(identity.get("number", ""))),
        "history": list((app.agreement or {}).get("history", [])),
    }
    app.signed_at = ctx.at
    app.current_step = "signature"
    rules.check_transition(S(app.status), S.SIGNED)
    app.status = S.SIGNED.value
    timeline.record(
        ctx,
        app.customer_id,
        timeline.APPLICATION_SIGNED,
        f"Application {app.number} signed (version {app.version}, {ctx.channel}).",
        "application",
        app.id,
        key=f"v{app.version}",
        params={
            "number": app.number,
            "method": "drawn",
            "channel": ctx.channel,
            "version": app.version,
        },
    )
    answer(ctx, app)
    ctx.result["content_digest"] = app.agreement["digest_at_signing"]
