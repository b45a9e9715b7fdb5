"""An advisor at a branch attaches scans to an application's documents, views, verifies and
rejects them, records the identity document checked and the consents given: the real
widgets and controller on a real replica, synced from a real API."""

from __future__ import annotations

import hashlib
import uuid
import warnings
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDragEnterEvent, QDropEvent, QImage
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog, QWidget
from pytestqt.qtbot import QtBot

from desktop.applications import document_actions
from desktop.applications.checks_controller import ChecksController
from desktop.applications.documents_data import DocumentItem, documents_of
from desktop.applications.documents_panel import DocumentsPanel
from desktop.services.ops import QueryOp
from desktop.services.workspace import Workspace
from desktop.shared.signature_pad import png_bytes as image_png
from sync.client.files.uploads import FileUpload
from sync.model import Application, ApplicationFile
from sync.rules.errors import RuleViolation
from sync.rules.files import MAX_FILE_BYTES
from tests.server.conftest import Api
from tests.ui.conftest import Desk, DeskFactory

BRANCH = "PL-WAW-B1"


def png_bytes(color: str = "#3366cc") -> bytes:
    image = QImage(120, 80, QImage.Format.Format_RGB32)
    image.fill(QColor(color))
    return image_png(image)


def start_application(desk: Desk, **fields: object) -> str:
    app_id = str(uuid.uuid4())
    desk.workspace.apply(
        "application.start",
        {
            "application_id": app_id,
            "customer_id": str(desk.api.world.customers["ewa"]),
            "kind": "loan",
            "branch_store_id": str(desk.api.world.stores[BRANCH]),
            "fields": fields,
        },
    )
    return app_id


@pytest.fixture
def advisor(server: Api, make_desk: DeskFactory) -> Desk:
    return make_desk(server, store=BRANCH, login="advisor.waw")


@pytest.fixture
def host(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def files_of(workspace: Workspace, app_id: str) -> list[ApplicationFile]:
    with workspace.read() as session:
        return list(
            session.query(ApplicationFile).filter_by(application_id=uuid.UUID(app_id)).all()
        )


def uploads(workspace: Workspace) -> list[str]:
    with workspace.read() as session:
        return [row.sha256 for row in session.query(FileUpload).all()]


def shown(qtbot: QtBot, panel: DocumentsPanel, workspace: Workspace, app_id: str) -> None:
    """The panel fed as the detail view feeds it: the query in an op."""
    answered: list[list[DocumentItem]] = []

    def read() -> list[DocumentItem]:
        with workspace.read() as session:
            return documents_of(session, app_id, workspace.files)

    QueryOp(parent=panel, op=read, success=answered.append).start()
    qtbot.waitUntil(lambda: bool(answered))
    panel.show_documents(answered[0])


def wait_changed(qtbot: QtBot, controller: ChecksController, action: Callable[[], None]) -> None:
    with qtbot.waitSignal(controller.changed, timeout=10_000):
        action()


def test_a_png_attached_is_kept_sealed_listed_and_queued(
    qtbot: QtBot, advisor: Desk, host: QWidget, tmp_path: Path
) -> None:
    workspace = advisor.workspace
    app_id = start_application(advisor)
    scan = tmp_path / "id-front.png"
    data = png_bytes()
    scan.write_bytes(data)
    controller = ChecksController(host, workspace)

    wait_changed(qtbot, controller, lambda: controller.attach(app_id, "id_card", [scan]))

    [row] = files_of(workspace, app_id)
    sha = hashlib.sha256(data).hexdigest()
    assert (row.document, row.sha256, row.size, row.media_type, row.status) == (
        "id_card",
        sha,
        len(data),
        "image/png",
        "received",
    )
    assert row.filename == "id-front.png" and row.channel == "branch"
    assert workspace.files.read(sha) == data
    on_disk = (workspace.files.folder / sha).read_bytes()
    assert data not in on_disk and data[16:64] not in on_disk  # sealed at rest
    assert uploads(workspace) == [sha]
    with workspace.read() as session:
        app = session.get(Application, uuid.UUID(app_id))
        assert app is not None and app.documents["id_card"] == "received"

    panel = DocumentsPanel(host)
    panel.attach_requested.connect(
        lambda code, paths: controller.attach(app_id, code, [Path(p) for p in paths])
    )
    shown(qtbot, panel, workspace, app_id)
    file_row = panel.file_row(str(row.id))
    assert file_row is not None
    assert "id-front.png" in file_row.text() and "Received" in file_row.text()
    assert "Branch" in file_row.text() and "on its way" not in file_row.text()
    income = panel.document_row("income_statement")
    assert income is not None and not income.files and income.attach.isVisibleTo(panel)

    # a drop on the income statement's row attaches there, the same way
    second = tmp_path / "payslip.png"
    second.write_bytes(png_bytes("#cc6633"))
    host.show()  # a drop lands on a widget on screen, after the drag entered it
    qtbot.waitExposed(host)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(second))])
    with warnings.catch_warnings():  # PySide marks Qt 6's only constructor deprecated
        warnings.simplefilter("ignore", DeprecationWarning)
        enter = QDragEnterEvent(
            QPoint(10, 10),
            Qt.DropAction.CopyAction,
            mime,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
    QApplication.sendEvent(income, enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    wait_changed(qtbot, controller, lambda: QApplication.sendEvent(income, drop))
    assert drop.isAccepted()
    assert sorted(f.document for f in files_of(workspace, app_id)) == [
        "id_card",
        "income_statement",
    ]
    assert len(uploads(workspace)) == 2


@pytest.mark.parametrize("case", ["too_large", "renamed_exe"])
def test_a_file_too_large_or_not_a_scan_is_refused_and_nothing_kept(
    qtbot: QtBot, advisor: Desk, host: QWidget, tmp_path: Path, case: str
) -> None:
    workspace = advisor.workspace
    app_id = start_application(advisor)
    good = tmp_path / "fine.png"
    good.write_bytes(png_bytes())
    if case == "too_large":
        bad = tmp_path / "huge.png"
        with bad.open("wb") as file:
            file.write(png_bytes())
            file.truncate(MAX_FILE_BYTES + 1)
        expected = "too large"
    else:
        bad = tmp_path / "scan.pdf"
        bad.write_bytes(b"MZ\x90\x00\x03\x00\x00\x00" + bytes(4000))
        expected = "scan.pdf is not a PDF, JPEG or PNG file"
    controller = ChecksController(host, workspace)

    with qtbot.waitSignal(controller.refused, timeout=10_000) as refused:
        controller.attach(app_id, "id_card", [good, bad])  # one bad file refuses them all

    assert expected in refused.args[0]
    assert controller.last_refusal == refused.args[0]
    assert files_of(workspace, app_id) == []
    assert uploads(workspace) == []
    assert workspace.files.kept() == []


def test_an_attachment_the_command_refuses_takes_its_queued_upload_back(
    advisor: Desk, tmp_path: Path
) -> None:
    """The upload is queued before the command (a kill in between loses nothing); when
    the command is refused, the upload and the kept file go with it."""
    workspace = advisor.workspace
    app_id = start_application(advisor)
    scan = tmp_path / "id.png"
    scan.write_bytes(png_bytes())
    read = document_actions.read_checked(scan)
    with pytest.raises(RuleViolation):
        document_actions.attach_read(workspace, app_id, "no_such_document", read)
    assert files_of(workspace, app_id) == []
    assert uploads(workspace) == []
    assert workspace.files.kept() == []

    [attached] = document_actions.attach_files(workspace, app_id, "id_card", [scan])
    with pytest.raises(RuleViolation):  # the same bytes again, refused: the first stays
        document_actions.attach_read(workspace, app_id, "no_such_document", read)
    assert uploads(workspace) == [attached.sha256]
    assert workspace.files.kept() == [attached.sha256]


def test_a_file_is_verified_or_rejected_with_a_reason(
    qtbot: QtBot, advisor: Desk, host: QWidget, tmp_path: Path
) -> None:
    workspace = advisor.workspace
    app_id = start_application(advisor)
    scan = tmp_path / "id.png"
    scan.write_bytes(png_bytes())
    controller = ChecksController(host, workspace)
    wait_changed(qtbot, controller, lambda: controller.attach(app_id, "id_card", [scan]))
    [row] = files_of(workspace, app_id)
    file_id = str(row.id)
    panel = DocumentsPanel(host)
    panel.check_requested.connect(controller.check)
    shown(qtbot, panel, workspace, app_id)

    file_row = panel.file_row(file_id)
    assert file_row is not None
    wait_changed(qtbot, controller, file_row.verify.click)
    assert files_of(workspace, app_id)[0].status == "verified"
    shown(qtbot, panel, workspace, app_id)
    file_row = panel.file_row(file_id)
    assert file_row is not None and "Verified" in file_row.text()
    assert not file_row.verify.isVisibleTo(panel) and file_row.reject.isVisibleTo(panel)

    # a rejection needs a reason
    file_row.reject.click()
    dialog = panel.findChild(QInputDialog, "reject_dialog")
    assert dialog is not None
    dialog.setTextValue("   ")
    dialog.accept()
    assert panel.message() == "Say why the document is rejected."
    assert files_of(workspace, app_id)[0].status == "verified"

    file_row.reject.click()
    qtbot.waitUntil(lambda: panel.findChild(QInputDialog, "reject_dialog") is not None)
    dialogs = [d for d in panel.findChildren(QInputDialog, "reject_dialog") if d.isVisible()]
    dialogs[-1].setTextValue("The photo is blurred")
    wait_changed(qtbot, controller, dialogs[-1].accept)
    [row] = files_of(workspace, app_id)
    assert (row.status, row.reason) == ("rejected", "The photo is blurred")
    shown(qtbot, panel, workspace, app_id)
    file_row = panel.file_row(file_id)
    assert file_row is not None and "rejected: The photo is blurred" in file_row.text()
    assert panel.message() == ""
    with workspace.read() as session:
        app = session.get(Application, uuid.UUID(app_id))
        assert app is not None and app.documents["id_card"] == "rejected"


def test_a_file_is_viewed_or_said_to_be_on_its_way(
    qtbot: QtBot, advisor: Desk, host: QWidget, tmp_path: Path
) -> None:
    workspace = advisor.workspace
    app_id = start_application(advisor)
    scan = tmp_path / "id.png"
    scan.write_bytes(png_bytes())
    controller = ChecksController(host, workspace)
    wait_changed(qtbot, controller, lambda: controller.attach(app_id, "id_card", [scan]))
    [row] = files_of(workspace, app_id)

    controller.view(str(row.id))
    viewer = controller.viewer
    assert viewer is not None
    qtbot.waitUntil(lambda: viewer.view.page_count() == 1)
    assert viewer.windowTitle() == "id.png"
    viewer.reject()

    # a file attached elsewhere whose bytes have not arrived on this device yet
    away = str(uuid.uuid4())
    workspace.apply(
        "application.attach_file",
        {
            "file_id": away,
            "application_id": app_id,
            "document": "income_statement",
            "sha256": hashlib.sha256(b"web upload").hexdigest(),
            "size": 10,
            "media_type": "application/pdf",
            "filename": "payslip.pdf",
        },
    )
    controller.view(away)
    viewer = controller.viewer
    assert viewer is not None
    qtbot.waitUntil(lambda: "on its way" in viewer.view.message())
    panel = DocumentsPanel(host)
    shown(qtbot, panel, workspace, app_id)
    away_row = panel.file_row(away)
    assert away_row is not None and "on its way" in away_row.text()


def test_attach_opens_a_file_dialog_for_scans(
    qtbot: QtBot, advisor: Desk, host: QWidget, tmp_path: Path
) -> None:
    workspace = advisor.workspace
    app_id = start_application(advisor)
    controller = ChecksController(host, workspace)
    panel = DocumentsPanel(host)
    panel.attach_requested.connect(
        lambda code, paths: controller.attach(app_id, code, [Path(p) for p in paths])
    )
    shown(qtbot, panel, workspace, app_id)
    row = panel.document_row("id_card")
    assert row is not None
    row.attach.click()
    chooser = panel.findChild(QFileDialog, "attach_dialog")
    assert chooser is not None and chooser.isVisible()
    assert chooser.fileMode() == QFileDialog.FileMode.ExistingFiles
    assert "*.pdf *.jpg *.jpeg *.png" in chooser.nameFilters()[0]
    scan = tmp_path / "id.png"
    scan.write_bytes(png_bytes())
    wait_changed(qtbot, controller, lambda: chooser.filesSelected.emit([str(scan)]))
    assert [f.filename for f in files_of(workspace, app_id)] == ["id.png"]
    chooser.reject()


def test_read_only_once_signed_hides_changes(qtbot: QtBot, advisor: Desk, host: QWidget) -> None:
    app_id = start_application(advisor)
    panel = DocumentsPanel(host)
    shown(qtbot, panel, advisor.workspace, app_id)
    row = panel.document_row("id_card")
    assert row is not None and row.attach.isVisibleTo(panel) and row.acceptDrops()
    panel.set_read_only(True)
    row = panel.document_row("id_card")
    assert row is not None and not row.attach.isVisibleTo(panel) and not row.acceptDrops()


def test_identity_recorded_then_shown_masked_only(
    qtbot: QtBot, advisor: Desk, host: QWidget
) -> None:
    workspace = advisor.workspace
    app_id = start_application(advisor)
    controller = ChecksController(host, workspace)
    controller.open_identity(app_id)
    qtbot.waitUntil(lambda: controller.identity_dialog is not None)
    dialog = controller.identity_dialog
    assert dialog is not None
    assert dialog.country.text() == "PL"  # the customer's country proposed
    assert "No identity document recorded yet." in dialog.recorded.text()

    dialog.fill("id_card", "ABA300001", date(2031, 1, 31), "PL")  # a wrong check digit
    dialog.submit()
    assert "not a valid Polish identity card number" in dialog.error_text()
    dialog.fill("id_card", "ABA300000", date(2001, 1, 31), "PL")
    dialog.submit()
    assert "expired" in dialog.error_text()
    with workspace.read() as session:
        app = session.get(Application, uuid.UUID(app_id))
        assert app is not None and app.identity is None  # nothing saved

    dialog.fill("id_card", "aba 300000", date(2031, 1, 31), "PL")
    wait_changed(qtbot, controller, dialog.submit)
    with workspace.read() as session:
        app = session.get(Application, uuid.UUID(app_id))
        assert app is not None and app.identity is not None
        assert app.identity["number"] == "ABA300000" and app.identity["channel"] == "branch"
    assert "\u2022\u2022\u2022\u2022\u2022\u2022000" in dialog.recorded.text()
    assert "ABA300000" not in dialog.recorded.text() and dialog.number.text() == ""
    assert dialog.error_text() == ""
    dialog.reject()

    controller.open_identity(app_id)  # opened again: masked only
    qtbot.waitUntil(lambda: controller.identity_dialog is not dialog)
    again = controller.identity_dialog
    assert again is not None and "ABA" not in again.recorded.text()
    assert "\u2022\u2022\u2022\u2022\u2022\u2022000" in again.recorded.text()


def test_consents_given_with_when_and_where(qtbot: QtBot, advisor: Desk, host: QWidget) -> None:
    workspace = advisor.workspace
    app_id = start_application(advisor)
    controller = ChecksController(host, workspace)
    controller.open_consents(app_id)
    qtbot.waitUntil(lambda: controller.consents_dialog is not None)
    dialog = controller.consents_dialog
    assert dialog is not None
    assert "(required)" in dialog.box("credit_check").text()
    assert "(required)" not in dialog.box("marketing").text()
    assert dialog.when_text("credit_check") == "Not given yet."

    wait_changed(qtbot, controller, dialog.box("credit_check").click)
    assert dialog.box("credit_check").isChecked() and dialog.box("credit_check").isEnabled()
    assert dialog.when_text("credit_check").startswith("Given ")
    assert dialog.when_text("credit_check").endswith("(Branch, Omnidesk Warszawa).")
    with workspace.read() as session:
        app = session.get(Application, uuid.UUID(app_id))
        assert app is not None and app.consents["credit_check"]["given"] is True
        assert app.consents["credit_check"]["channel"] == "branch"

    wait_changed(qtbot, controller, dialog.box("credit_check").click)  # taken back
    assert not dialog.box("credit_check").isChecked()
    assert dialog.when_text("credit_check").startswith("Withdrawn ")
