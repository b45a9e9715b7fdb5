"""The signing ceremony's flow: the dialog's requests turned into background ops."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject, QRectF, Qt, Signal
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from desktop.applications.signing.actions import Prepared, Signed, prepare, save_copy, sign
from desktop.applications.signing.dialog import SigningDialog
from desktop.services.ops import ChangeOp, QueryOp
from desktop.services.workspace import Workspace
from desktop.shared.errors import explain
from desktop.shared.i18n import tr
from desktop.shared.pdf_view import render_pages

PAGE_WIDTH_PX = 1100
PRINT_WIDTH_PX = 2480  # an A4 page at 300 dpi


def print_pages(printer: QPrinter, pages: list[QImage]) -> None:
    """Each page image on a page of its own, fitted to the printable area."""
    painter = QPainter(printer)
    try:
        for index, image in enumerate(pages):
            if index:
                printer.newPage()
            area = QRectF(painter.viewport())
            size = image.size().toSizeF().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRectF(area.topLeft(), size), image)
    finally:
        painter.end()


class SigningCeremony(QObject):
    """One ceremony for one application; `signed(Signed)` once it is recorded."""

    signed = Signal(object)

    def __init__(self, parent: QWidget, workspace: Workspace, app_id: str) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.app_id = app_id
        self.dialog = SigningDialog("", parent)
        self.prepared: Prepared | None = None
        self.result: Signed | None = None
        self.dialog.sign_requested.connect(self._sign)
        self.dialog.print_requested.connect(self._print)
        self.dialog.save_requested.connect(self._save)
        self.dialog.finished.connect(self.dialog.deleteLater)
        self.dialog.destroyed.connect(self.deleteLater)

    def start(self) -> None:
        self.dialog.open()
        workspace, app_id = self.workspace, self.app_id
        QueryOp(
            parent=self.dialog,
            op=lambda: prepare(workspace, app_id, PAGE_WIDTH_PX),
            success=self._prepared,
        ).failure(lambda error: self.dialog.show_refusal(explain(error))).start()

    def _prepared(self, prepared: Prepared) -> None:
        self.prepared = prepared
        self.dialog.setWindowTitle(
            tr("Signing application {number}").format(
                number=prepared.ceremony.agreement.application_number
            )
        )
        self.dialog.show_agreement(prepared.pages)

    def _sign(self, strokes: list[list[tuple[int, int, int]]], consent_at: datetime) -> None:
        prepared = self.prepared
        if prepared is None:
            return
        workspace = self.workspace
        ChangeOp(
            parent=self.dialog,
            op=lambda: sign(workspace, prepared, strokes, consent_at),
            success=self._signed,
        ).failure(self._refused).start()

    def _refused(self, error: BaseException) -> None:
        self.dialog.show_busy(False)
        self.dialog.show_error(explain(error))

    def _signed(self, result: Signed) -> None:
        self.result = result
        self.dialog.show_signed(result.filename, result.document_sha256)
        self.signed.emit(result)

    # The customer's copy

    def _print(self) -> None:
        if self.result is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.result.filename)
        chooser = QPrintDialog(printer, self.dialog)
        chooser.setObjectName("print_dialog")
        chooser.finished.connect(chooser.deleteLater)
        data = self.result.data

        def chosen(code: int) -> None:
            if code != QDialog.DialogCode.Accepted:
                return
            QueryOp(
                parent=self.dialog,
                op=lambda: render_pages(data, PRINT_WIDTH_PX),
                success=lambda pages: self._printed(printer, pages),
            ).failure(lambda error: self.dialog.show_copy_message(explain(error))).start()

        chooser.finished.connect(chosen)
        chooser.setModal(True)
        chooser.show()

    def _printed(self, printer: QPrinter, pages: list[QImage]) -> None:
        print_pages(printer, pages)
        self.dialog.show_copy_message(tr("The customer's copy was sent to the printer."))

    def _save(self) -> None:
        if self.result is None:
            return
        chooser = QFileDialog(self.dialog, tr("Save the customer's copy"))
        chooser.setObjectName("save_dialog")
        chooser.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        chooser.setDefaultSuffix("pdf")
        chooser.setNameFilter(tr("PDF documents (*.pdf)"))
        chooser.selectFile(self.result.filename)
        chooser.fileSelected.connect(lambda path: self.save_to(Path(path)))
        chooser.finished.connect(chooser.deleteLater)
        chooser.open()

    def save_to(self, path: Path) -> None:
        """Write the customer's copy to `path` (in an op)."""
        if self.result is None:
            return
        data = self.result.data
        ChangeOp(
            parent=self.dialog,
            op=lambda: save_copy(data, path),
            success=lambda saved: self.dialog.show_copy_message(
                tr("The customer's copy was saved to {path}.").format(path=str(saved))
            ),
        ).failure(lambda error: self.dialog.show_copy_message(explain(error))).start()
