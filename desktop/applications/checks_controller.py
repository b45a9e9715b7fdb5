"""What the advisor checks on an application: its documents' files (attach, verify, reject,
view), the identity document, the consents, and the signing ceremony.

A controller: it opens the dialogs (views), runs the work in ops and says when the
application changed (`changed`) or when something was refused (`refused`, one sentence).
The GUI thread never touches the replica, the file store or the disk.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from desktop.applications import checks_data, document_actions
from desktop.applications.checks_data import ConsentsState, IdentityState
from desktop.applications.consents_dialog import ConsentsDialog
from desktop.applications.file_viewer import FileViewer
from desktop.applications.identity_dialog import IdentityDialog
from desktop.applications.signing import SigningCeremony
from desktop.services.ops import ChangeOp, QueryOp
from desktop.services.workspace import Workspace
from desktop.shared.errors import explain
from desktop.shared.i18n import tr
from desktop.shared.pdf_view import UnreadableFile, render_pages
from sync.client.files.store import FileDamaged

VIEW_WIDTH_PX = 1100


class _OnItsWay:
    def __init__(self, filename: str) -> None:
        self.filename = filename


def _view_op(workspace: Workspace, file_id: str) -> tuple[str, list[object]] | _OnItsWay | None:
    viewed = document_actions.file_bytes(workspace, file_id)
    if viewed is None:
        return None
    if viewed.data is None:
        return _OnItsWay(viewed.filename)
    return viewed.filename, list(render_pages(viewed.data, VIEW_WIDTH_PX))


class ChecksController(QObject):
    """Documents, identity, consents and signing of the applications opened on `parent`."""

    changed = Signal()
    refused = Signal(str)

    def __init__(self, parent: QWidget, workspace: Workspace) -> None:
        super().__init__(parent)
        self._parent = parent
        self.workspace = workspace
        self.identity_dialog: IdentityDialog | None = None
        self.consents_dialog: ConsentsDialog | None = None
        self.viewer: FileViewer | None = None
        self.ceremony: SigningCeremony | None = None
        self.last_refusal = ""

    def _refuse(self, error: BaseException) -> None:
        self.last_refusal = explain(error)
        self.refused.emit(self.last_refusal)

    # Documents

    def attach(self, app_id: str, code: str, paths: list[Path]) -> None:
        """Attach the files at `paths` to document `code`; every file is checked first."""
        workspace, app_id, paths = self.workspace, str(app_id), [Path(p) for p in paths]
        ChangeOp(
            parent=self,
            op=lambda: document_actions.attach_files(workspace, app_id, code, paths),
            success=lambda _: self._changed(),
        ).failure(self._refuse).start()

    def check(self, file_id: str, verdict: str, reason: str = "") -> None:
        workspace = self.workspace
        ChangeOp(
            parent=self,
            op=lambda: document_actions.check_file(workspace, file_id, verdict, reason),
            success=lambda _: self._changed(),
        ).failure(self._refuse).start()

    def _changed(self) -> None:
        self.last_refusal = ""
        self.changed.emit()

    def view(self, file_id: str) -> None:
        """The file in a viewer; its bytes read from the file store in an op."""
        viewer = FileViewer(self._parent)
        viewer.finished.connect(viewer.deleteLater)
        self.viewer = viewer
        viewer.open()
        workspace = self.workspace

        def shown(answer: tuple[str, list[object]] | _OnItsWay | None) -> None:
            if answer is None:
                viewer.show_message(tr("This file is no longer on this device."))
            elif isinstance(answer, _OnItsWay):
                viewer.show_on_its_way(answer.filename)
            else:
                filename, pages = answer
                viewer.show_file(filename, pages)  # type: ignore[arg-type]

        def failed(error: BaseException) -> None:
            if isinstance(error, UnreadableFile | FileDamaged):
                viewer.view.show_unreadable()
            else:
                viewer.show_message(explain(error))

        QueryOp(parent=viewer, op=lambda: _view_op(workspace, file_id), success=shown).failure(
            failed
        ).start()

    # Identity

    def open_identity(self, app_id: str) -> None:
        workspace, app_id = self.workspace, str(app_id)

        def read() -> IdentityState:
            with workspace.read() as session:
                return checks_data.identity_of(session, app_id)

        QueryOp(
            parent=self, op=read, success=lambda state: self._show_identity(app_id, state)
        ).failure(self._refuse).start()

    def _show_identity(self, app_id: str, state: IdentityState) -> None:
        dialog = IdentityDialog(state, self._parent)
        dialog.finished.connect(dialog.deleteLater)
        dialog.record_requested.connect(
            lambda doc_type, number, expiry, country: self._record_identity(
                dialog, app_id, doc_type, number, expiry, country
            )
        )
        self.identity_dialog = dialog
        dialog.open()

    def _record_identity(
        self,
        dialog: IdentityDialog,
        app_id: str,
        doc_type: str,
        number: str,
        expiry: date,
        country: str,
    ) -> None:
        workspace = self.workspace

        def record() -> IdentityState:
            checks_data.record_identity(workspace, app_id, doc_type, number, expiry, country)
            with workspace.read() as session:
                return checks_data.identity_of(session, app_id)

        def recorded(state: IdentityState) -> None:
            dialog.show_recorded(state.recorded)
            self._changed()

        ChangeOp(parent=dialog, op=record, success=recorded).failure(
            lambda error: dialog.show_error(explain(error))
        ).start()

    # Consents

    def open_consents(self, app_id: str) -> None:
        workspace, app_id = self.workspace, str(app_id)
        QueryOp(
            parent=self,
            op=lambda: self._consents(workspace, app_id),
            success=lambda state: self._show_consents(app_id, state),
        ).failure(self._refuse).start()

    @staticmethod
    def _consents(workspace: Workspace, app_id: str) -> ConsentsState:
        with workspace.read() as session:
            return checks_data.consents_of(session, app_id)

    def _show_consents(self, app_id: str, state: ConsentsState) -> None:
        dialog = ConsentsDialog(state, self._parent)
        dialog.finished.connect(dialog.deleteLater)
        dialog.consent_changed.connect(
            lambda code, given: self._give_consent(dialog, app_id, code, given)
        )
        self.consents_dialog = dialog
        dialog.open()

    def _give_consent(self, dialog: ConsentsDialog, app_id: str, code: str, given: bool) -> None:
        workspace = self.workspace

        def give() -> ConsentsState:
            checks_data.give_consent(workspace, app_id, code, given)
            return self._consents(workspace, app_id)

        def given_now(state: ConsentsState) -> None:
            dialog.show_state(state)
            self._changed()

        def refused(error: BaseException) -> None:
            dialog.show_error(explain(error))
            QueryOp(
                parent=dialog,
                op=lambda: self._consents(workspace, app_id),
                success=dialog.show_state,
            ).start()

        ChangeOp(parent=dialog, op=give, success=given_now).failure(refused).start()

    # Signing

    def open_signing(self, app_id: str) -> SigningCeremony:
        ceremony = SigningCeremony(self._parent, self.workspace, str(app_id))
        ceremony.signed.connect(lambda _: self._changed())
        self.ceremony = ceremony
        ceremony.start()
        return ceremony
