"""The signing ceremony at a branch: the agreement read in the customer's language, the
consent to sign electronically, the signature on the pad, the signed PDF kept, recorded and
queued; an empty pad or a dot refused. Real widgets on a real replica and API."""

from __future__ import annotations

import hashlib
import uuid
from datetime import date
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from desktop.applications import checks_data, document_actions
from desktop.applications.checks_controller import ChecksController
from desktop.applications.signing.ceremony import print_pages
from desktop.applications.signing.dialog import DONE, READ, SIGN
from desktop.shared.pdf_view import render_pages
from sync.client.files.uploads import FileUpload
from sync.commands.application_state import digest
from sync.model import Application, ApplicationFile
from tests.server.conftest import Api
from tests.ui.conftest import Desk, DeskFactory
from tests.ui.test_application_documents import BRANCH, png_bytes, start_application

LOAN_FIELDS = {
    "first_name": "Ewa",
    "last_name": "Kowalczyk",
    "national_id": "85010112345",
    "monthly_income": "6500.00",
    "employment_type": "permanent",
    "amount": "20000.00",
    "term_months": 36,
}
STROKES = [
    [[100 + 20 * i, 500 + (40 if i % 2 else -40), 15 * i] for i in range(30)],
    [[300, 300, 900], [320, 700, 1000], [340, 300, 1100]],
]
DOT = [[[500, 500, 0]]]


@pytest.fixture
def advisor(server: Api, make_desk: DeskFactory) -> Desk:
    return make_desk(server, store=BRANCH, login="advisor.waw")


@pytest.fixture
def host(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def ready_to_sign(desk: Desk, tmp_path: Path) -> str:
    """An application with everything the branch needs before signing (set up directly)."""
    workspace = desk.workspace
    app_id = start_application(desk, **LOAN_FIELDS)
    for code, color in (("id_card", "#113355"), ("income_statement", "#553311")):
        scan = tmp_path / f"{code}.png"
        scan.write_bytes(png_bytes(color))
        [attached] = document_actions.attach_files(workspace, app_id, code, [scan])
        document_actions.check_file(workspace, attached.file_id, "verified")
    checks_data.record_identity(workspace, app_id, "id_card", "ABA300000", date(2031, 1, 31), "PL")
    for code in ("credit_check", "data_processing"):
        checks_data.give_consent(workspace, app_id, code, True)
    return app_id


@pytest.fixture
def app_id(advisor: Desk, tmp_path: Path) -> str:
    return ready_to_sign(advisor, tmp_path)


def pdf_text(data: bytes) -> str:
    document = pdfium.PdfDocument(data)
    return "\n".join(
        document[index].get_textpage().get_text_range() for index in range(len(document))
    )


def test_the_ceremony_signs_keeps_and_records_the_agreement(
    qtbot: QtBot, advisor: Desk, host: QWidget, app_id: str, tmp_path: Path
) -> None:
    workspace = advisor.workspace
    controller = ChecksController(host, workspace)
    ceremony = controller.open_signing(app_id)
    dialog = ceremony.dialog

    # 1. the agreement, in the customer's language (Ewa lives in Poland)
    qtbot.waitUntil(lambda: dialog.viewer.page_count() > 0, timeout=20_000)
    prepared = ceremony.prepared
    assert prepared is not None
    assert prepared.ceremony.agreement.language == "pl"
    assert prepared.document_sha256 == hashlib.sha256(prepared.document).hexdigest()
    assert "Ewa Kowalczyk" in pdf_text(prepared.document)
    assert dialog.step() == READ and not dialog.to_sign.isEnabled()

    # 2. the consent to sign electronically opens the pad
    dialog.consent.setChecked(True)
    dialog.to_sign.click()
    assert dialog.step() == SIGN

    # 3. an empty pad and a dot are refused with the rule's sentence; nothing recorded
    dialog.sign.click()
    assert dialog.error_text() == "Nothing is signed yet: please sign on the pad."
    dialog.pad.set_strokes(DOT)
    dialog.sign.click()
    assert dialog.error_text() == "The signature is too small: please sign across the pad."
    with workspace.read() as session:
        app = session.get(Application, uuid.UUID(app_id))
        assert app is not None and app.status == "draft"

    # 4. signed
    dialog.pad.set_strokes(STROKES)
    with qtbot.waitSignal(controller.changed, timeout=20_000):
        dialog.sign.click()
    assert dialog.step() == DONE
    result = ceremony.result
    assert result is not None

    with workspace.read() as session:
        app = session.get(Application, uuid.UUID(app_id))
        assert app is not None and app.status == "signed"
        agreement = dict(app.agreement or {})
        [row] = session.query(ApplicationFile).filter_by(document="agreement").all()
        queued = [upload.sha256 for upload in session.query(FileUpload).all()]
    kept = workspace.files.read(agreement["signed_sha256"])
    assert agreement["signed_sha256"] == hashlib.sha256(kept).hexdigest() == row.sha256
    assert agreement["document_sha256"] == prepared.document_sha256
    assert agreement["language"] == "pl" and agreement["identity_masked"] == "••••••000"
    assert agreement["content_digest"] == agreement["digest_at_signing"]
    assert agreement["file_id"] == str(row.id) == result.file_id
    assert row.size == len(kept) and row.media_type == "application/pdf"
    assert agreement["signed_sha256"] in queued
    assert app.signatures["applicant"]["strokes"]  # the strokes with their timing
    audit = pdf_text(kept)
    assert prepared.document_sha256 in audit.replace("\r", "").replace("\n", "")
    assert "advisor.waw" in audit and "••••••000" in audit and "ABA300000" not in audit

    # 5. the customer's copy saved as a PDF
    copy = tmp_path / "copy.pdf"
    ceremony.save_to(copy)
    qtbot.waitUntil(lambda: str(copy) in dialog.copy_text.text(), timeout=10_000)
    assert copy.read_bytes() == kept

    # or printed: the print dialog is offered, the pages go to the printer
    dialog.print_button.click()
    chooser = dialog.findChild(QPrintDialog, "print_dialog")
    assert chooser is not None and chooser.isVisible()
    chooser.reject()
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    print_pages(printer, render_pages(kept, 1240))
    assert len(pdfium.PdfDocument((tmp_path / "printed.pdf").read_bytes())) == len(
        pdfium.PdfDocument(kept)
    )


def test_an_application_not_ready_is_not_offered_for_signing(
    qtbot: QtBot, advisor: Desk, host: QWidget
) -> None:
    app_id = start_application(advisor, **LOAN_FIELDS)  # no documents, no identity, no consent
    controller = ChecksController(host, advisor.workspace)
    ceremony = controller.open_signing(app_id)
    dialog = ceremony.dialog
    qtbot.waitUntil(lambda: dialog.viewer.message().startswith("Before signing"), timeout=10_000)
    assert "the identity document checked" in dialog.viewer.message()
    assert not dialog.consent.isEnabled() and ceremony.prepared is None


def test_an_application_changed_while_the_agreement_was_read_is_not_signed(
    qtbot: QtBot, advisor: Desk, host: QWidget, app_id: str
) -> None:
    """The digest is taken with the agreement shown: a change made meanwhile (here the ID
    recorded again with another expiry) refuses the signature, and nothing is kept,
    queued or recorded."""
    workspace = advisor.workspace
    controller = ChecksController(host, workspace)
    ceremony = controller.open_signing(app_id)
    dialog = ceremony.dialog
    qtbot.waitUntil(lambda: dialog.viewer.page_count() > 0, timeout=20_000)
    prepared = ceremony.prepared
    assert prepared is not None
    with workspace.read() as session:
        app = session.get(Application, uuid.UUID(app_id))
        assert app is not None and prepared.content_digest == digest(session, app)
    queued_before = sorted(_queued(advisor))
    kept_before = workspace.files.kept()

    checks_data.record_identity(workspace, app_id, "id_card", "ABA300000", date(2032, 6, 30), "PL")

    dialog.consent.setChecked(True)
    dialog.to_sign.click()
    dialog.pad.set_strokes(STROKES)
    dialog.sign.click()
    expected = (
        "The application changed while the customer was reading it: show the agreement again."
    )
    qtbot.waitUntil(lambda: dialog.error_text() == expected, timeout=20_000)
    assert dialog.step() == SIGN and ceremony.result is None
    with workspace.read() as session:
        app = session.get(Application, uuid.UUID(app_id))
        assert app is not None and app.status == "draft" and not app.agreement
        assert session.query(ApplicationFile).filter_by(document="agreement").count() == 0
    assert sorted(_queued(advisor)) == queued_before
    assert workspace.files.kept() == kept_before

    # shown again, it is signed with the digest of what was shown
    again = controller.open_signing(app_id)
    qtbot.waitUntil(lambda: again.prepared is not None, timeout=20_000)
    shown = again.prepared
    assert shown is not None and shown.content_digest != prepared.content_digest
    again.dialog.consent.setChecked(True)
    again.dialog.to_sign.click()
    again.dialog.pad.set_strokes(STROKES)
    with qtbot.waitSignal(controller.changed, timeout=20_000):
        again.dialog.sign.click()
    with workspace.read() as session:
        app = session.get(Application, uuid.UUID(app_id))
        assert app is not None and app.status == "signed"
        assert (app.agreement or {})["content_digest"] == shown.content_digest


def _queued(desk: Desk) -> list[str]:
    with desk.workspace.read() as session:
        return [row.sha256 for row in session.query(FileUpload).all()]
