"""`omnidesk`: the normal app. Explains a missing OS keyring, enrols on first run, then
opens the main window on the sign-in screen."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QMessageBox

from desktop.app import Desktop, create_application, quit_on_signals
from desktop.ui import error_notice
from desktop.ui.enrol_dialog import EnrolDialog
from desktop.ui.errors import explain
from sync.client.credentials import CredentialStore, NoKeyring, default_store
from sync.client.profile import Profile, enrol_profile, is_enrolled
from sync.client.replica import ReplicaTooNew

OK, FAILED, USAGE = 0, 1, 2
WIPED = 10  # the event loop's exit code after a wipe order: back to enrolment


def _t(text: str) -> str:
    return QCoreApplication.translate("launch", text)


def _credentials() -> CredentialStore | None:
    try:
        return default_store()
    except NoKeyring as error:
        QMessageBox.critical(None, _t("No secure keyring"), _t(
            "Omnidesk keeps this device's token in the operating system's keyring, and "
            "none is available here.\n\n{detail}\n\nTo try Omnidesk without one, run "
            "`omnidesk demo`.").format(detail=str(error)))
        return None


def keyring_warning(credentials: CredentialStore) -> str:
    """What staff are told when the user allowed a keyring that does not protect secrets
    (OMNIDESK_ALLOW_PLAINTEXT_KEYRING=1); empty otherwise."""
    if not credentials.warning:
        return ""
    return _t("Not secure: this device's token and sign-in secrets are kept by {backend}, "
              "which does not protect them. Anyone who can read this computer's files can "
              "take them and act as this device. Allowed only because "
              "OMNIDESK_ALLOW_PLAINTEXT_KEYRING=1 is set; not for production."
              ).format(backend=credentials.backend_name)


def run_app(profile_name: str = "default", argv: Sequence[str] | None = None) -> int:
    app = create_application(argv)
    error_notice.install(app)
    credentials = _credentials()
    if credentials is None:
        return USAGE
    warning = keyring_warning(credentials)
    if warning:  # before anything is kept there
        QMessageBox.warning(None, _t("Keyring not secure"), warning)
    quit_on_signals(app)
    wiped: list[str] = []

    def on_wiped(message: str) -> None:
        wiped.append(message)
        app.exit(WIPED)

    while True:  # back to enrolment after a manager's wipe order erased this device
        if not is_enrolled(profile_name, credentials):
            dialog = EnrolDialog(lambda url, code, name, ca: enrol_profile(
                profile_name, url, code, name, credentials, ca))
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return OK
        try:
            profile = Profile(profile_name, credentials)
        except ReplicaTooNew as error:
            QMessageBox.critical(None, "Omnidesk", str(error))
            return USAGE
        except Exception as error:  # shown as a sentence, never a traceback
            QMessageBox.critical(None, "Omnidesk", explain(error))
            return FAILED
        wiped.clear()
        desktop = Desktop(profile, credentials, banner=warning, on_wiped=on_wiped)
        if profile.recovery is not None:
            QMessageBox.warning(desktop.window, "Omnidesk", profile.recovery.message())
        desktop.window.show()
        try:
            result = app.exec()
        finally:
            desktop.close()
        if result != WIPED or not wiped:
            return result
        QMessageBox.information(None, "Omnidesk", wiped[0])
