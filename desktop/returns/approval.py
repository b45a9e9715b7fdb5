"""Checking a manager's approval: the person signs in (online against the API, else
against this device's verifier) in the background; someone who is not a manager is
refused in so many words. Keeps none of their secrets (`remember=False`)."""

from __future__ import annotations

from PySide6.QtCore import QObject

from desktop.returns.manager_dialog import ManagerApproval
from desktop.services.ops import NetworkOp
from desktop.shared.errors import explain
from desktop.shared.i18n import tr
from sync.client.staff import Staff, StaffSignIn
from sync.commands.permissions import is_manager


class ApprovalCheck(QObject):
    """Answers `dialog`'s `check_requested` through `sign_in`."""

    def __init__(self, sign_in: StaffSignIn, dialog: ManagerApproval) -> None:
        super().__init__(dialog)
        self._sign_in = sign_in
        self._dialog = dialog
        dialog.check_requested.connect(self.check)

    def check(self, login: str, pin: str) -> None:
        sign_in = self._sign_in
        NetworkOp(
            parent=self,
            op=lambda: sign_in.sign_in(login, pin, remember=False),
            success=self._signed_in,
        ).failure(self._refused).start()

    def _signed_in(self, staff: Staff) -> None:
        if not is_manager(staff.role):
            self._dialog.refuse(
                tr(
                    "{name} is not a manager: only a manager can approve this. Ask a manager "
                    "to enter their login and PIN."
                ).format(name=staff.display_name)
            )
            return
        self._dialog.approve(staff)

    def _refused(self, error: BaseException) -> None:
        self._dialog.refuse(explain(error))
